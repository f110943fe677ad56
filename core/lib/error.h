/*
 * error.h — the one error type of tenken.
 *
 * Every fallible function returns an int that is TK_OK (0) or one of the
 * tk_code values below, and fills a caller-owned struct tk_error with the
 * detail a user needs: the file, sheet!cell, line or plugin:line, and what was
 * wrong.  Library errors (SQLite, libzip, expat, Lua, libxlsxwriter) are
 * translated into these codes at the module boundary.
 *
 * tk_strerror() gives the fixed text of a code; tests/t-error.c keeps the
 * table and the enum in sync.  tk_exit_status() maps a code to the CLI's exit
 * status (docs/cli.md).
 */
#ifndef TK_ERROR_H
#define TK_ERROR_H

#include <stdarg.h>
#include <stddef.h>

enum tk_code {
	TK_OK = 0,
	TK_ENOMEM,     /* out of memory */
	TK_EUSAGE,     /* bad command line */
	TK_EINPUT,     /* invalid input file (CSV, workbook, bundle) */
	TK_EPLUGIN,    /* plugin failed to load, broke a rule or a limit */
	TK_EDB,	       /* database error */
	TK_ESCHEMA,    /* database schema too new or damaged */
	TK_EIO,	       /* file could not be read or written */
	TK_ENOTFOUND,  /* named object does not exist */
	TK_ERULE,      /* the standard's rules forbid it (兼務禁止 etc.) */
	TK_ELIMIT,     /* input exceeds a safety limit */
	TK_ESEAL,      /* sealed bundle tampered with or wrongly keyed */
	TK_EREPORT,    /* workbook could not be written */
	TK_ECODE_COUNT /* keep last */
};

/* The detail of the last error; message is the full user-facing text. */
struct tk_error {
	int code;
	char message[2048];
};

/* Fixed description of a code; statically allocated, never NULL. */
const char *tk_strerror(int code);

/* Exit status for a code: 0 ok, 2 usage, 3 invalid input/plugin, 1 other. */
int tk_exit_status(int code);

/* Set err (if not NULL) to code and a printf-style message; returns code. */
int tk_error_set(struct tk_error *err, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
int tk_error_vset(struct tk_error *err, int code, const char *fmt, va_list ap);

/* Clear err to TK_OK with an empty message. */
void tk_error_clear(struct tk_error *err);

#endif
