/*
 * t-error.c — the error table is complete and the exit statuses are the
 * documented ones (docs/cli.md).
 */
#include "lib/error.h"
#include "tap.h"

static void t_table(void)
{
	for (int c = 0; c < TK_ECODE_COUNT; c++) {
		check(tk_strerror(c) != NULL);
		check(strcmp(tk_strerror(c), "unknown error") != 0);
		for (int d = 0; d < c; d++)
			check(strcmp(tk_strerror(c), tk_strerror(d)) != 0);
	}
	check_str(tk_strerror(TK_ECODE_COUNT), "unknown error");
	check_str(tk_strerror(-1), "unknown error");
}

static void t_exit(void)
{
	check_int(tk_exit_status(TK_OK), ==, 0);
	check_int(tk_exit_status(TK_EUSAGE), ==, 2);
	check_int(tk_exit_status(TK_EINPUT), ==, 3);
	check_int(tk_exit_status(TK_EPLUGIN), ==, 3);
	check_int(tk_exit_status(TK_ELIMIT), ==, 3);
	check_int(tk_exit_status(TK_ESEAL), ==, 3);
	check_int(tk_exit_status(TK_EDB), ==, 1);
	check_int(tk_exit_status(TK_EIO), ==, 1);
	check_int(tk_exit_status(TK_ERULE), ==, 1);
}

static void t_set(void)
{
	struct tk_error e;
	tk_error_clear(&e);
	check_int(e.code, ==, TK_OK);
	check_int(tk_error_set(&e, TK_EINPUT, "%s:%d: bad", "f.csv", 3), ==,
		  TK_EINPUT);
	check_str(e.message, "f.csv:3: bad");
	check_int(tk_error_set(NULL, TK_EIO, "x"), ==, TK_EIO);
}

int main(void)
{
	TEST(t_table(), "every code has its own message");
	TEST(t_exit(), "exit statuses follow docs/cli.md");
	TEST(t_set(), "tk_error_set formats and returns the code");
	return test_done();
}
