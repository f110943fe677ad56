/*
 * t-error.c — the error table is complete and the exit statuses are the
 * documented ones (docs/cli.md).
 */
#include "lib/error.h"
#include "lib/util.h"

#include "tap.h"
#include <string.h>

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

/* A message longer than the buffer is cut on a character boundary: a
 * Japanese message (3 bytes a character) never ends in a partial one. */
static void t_cut(void)
{
	struct tk_error e;
	char big[3000];
	size_t n = 0;
	while (n + 3 < sizeof big) {
		memcpy(big + n, "\xe7\x82\xb9", 3); /* 点 */
		n += 3;
	}
	big[n] = '\0';
	tk_error_set(&e, TK_EINPUT, "xy%s", big); /* 2 + 3k bytes */
	n = strlen(e.message);
	check_int((long)n, <, (long)sizeof e.message);
	check_int((long)tk_utf8_valid_prefix(e.message, n), ==, (long)n);
	check_int((long)(n - 2) % 3, ==, 0);
}

int main(void)
{
	TEST(t_table(), "every code has its own message");
	TEST(t_exit(), "exit statuses follow docs/cli.md");
	TEST(t_set(), "tk_error_set formats and returns the code");
	TEST(t_cut(), "a long message is cut on a character boundary");
	return test_done();
}
