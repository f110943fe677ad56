/*
 * error.c — message table and helpers for struct tk_error.
 */
#include "lib/error.h"
#include "lib/i18n.h"
#include "lib/util.h"

#include <stdio.h>
#include <string.h>

static const char *const messages[TK_ECODE_COUNT] = {
    [TK_OK] = N_("success"),
    [TK_ENOMEM] = N_("out of memory"),
    [TK_EUSAGE] = N_("usage error"),
    [TK_EINPUT] = N_("invalid input"),
    [TK_EPLUGIN] = N_("plugin error"),
    [TK_EDB] = N_("database error"),
    [TK_ESCHEMA] = N_("unsupported database schema"),
    [TK_EIO] = N_("input/output error"),
    [TK_ENOTFOUND] = N_("not found"),
    [TK_ERULE] = N_("not allowed by the security standard"),
    [TK_ELIMIT] = N_("input exceeds a safety limit"),
    [TK_ESEAL] = N_("sealed bundle verification failed"),
    [TK_EREPORT] = N_("workbook could not be written"),
};

const char *tk_strerror(int code)
{
	if (code < 0 || code >= TK_ECODE_COUNT || !messages[code])
		return _("unknown error");
	return _(messages[code]);
}

int tk_exit_status(int code)
{
	switch (code) {
	case TK_OK:
		return 0;
	case TK_EUSAGE:
		return 2;
	case TK_EINPUT:
	case TK_EPLUGIN:
	case TK_ELIMIT:
	case TK_ESEAL:
		return 3;
	default:
		return 1;
	}
}

int tk_error_vset(struct tk_error *err, int code, const char *fmt, va_list ap)
{
	if (err) {
		err->code = code;
		int n =
		    vsnprintf(err->message, sizeof err->message, _(fmt), ap);
		if (n >=
		    (int)sizeof err->message) /* cut: no partial character */
			err->message[tk_utf8_valid_prefix(
			    err->message, strlen(err->message))] = '\0';
	}
	return code;
}

int tk_error_set(struct tk_error *err, int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	tk_error_vset(err, code, fmt, ap);
	va_end(ap);
	return code;
}

void tk_error_clear(struct tk_error *err)
{
	if (err) {
		err->code = TK_OK;
		err->message[0] = '\0';
	}
}
