/*
 * main.c — the tenken executable: everything is in the core library.
 */
#include "cli/cli.h"

#include <locale.h>

int main(int argc, char **argv)
{
	setlocale(LC_CTYPE, "C.UTF-8");
	return tk_cli_main(argc, argv);
}
