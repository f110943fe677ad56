/*
 * main.c — the tenken executable: everything is in the core library.
 */
#include "cli/cli.h"

int main(int argc, char **argv)
{
	tk_i18n_init();
	return tk_cli_main(argc, argv);
}
