/*
 * tap.c — implementation of tests/tap.h.
 */
#define _XOPEN_SOURCE 700 /* nftw */
#include "tap.h"

#include <ftw.h>
#include <stdarg.h>
#include <stdio.h>

int tap_count, tap_failed, tap_checks, tap_check_failed;

void tap_begin(void)
{
	tap_checks = 0;
	tap_check_failed = 0;
}

void tap_end(const char *desc)
{
	tap_count++;
	if (tap_checks == 0) {
		printf("not ok %d - %s\n# no checks were made\n", tap_count,
		       desc);
		tap_failed++;
	} else if (tap_check_failed) {
		printf("not ok %d - %s\n", tap_count, desc);
		tap_failed++;
	} else {
		printf("ok %d - %s\n", tap_count, desc);
	}
	fflush(stdout);
}

int tap_check(int ok, const char *expr, const char *file, int line)
{
	tap_checks++;
	if (!ok) {
		tap_check_failed++;
		printf("# check \"%s\" failed at %s:%d\n", expr, file, line);
	}
	return ok;
}

void tap_diag(const char *fmt, ...)
{
	va_list ap;
	printf("# ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

int test_done(void)
{
	printf("1..%d\n", tap_count);
	return tap_failed ? 1 : 0;
}

static int rm_entry(const char *path, const struct stat *sb, int flag,
		    struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	return remove(path);
}

int tap_rmtree(const char *path)
{
	return nftw(path, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}
