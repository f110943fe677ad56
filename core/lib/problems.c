/*
 * problems.c — the problem-list collector (problems.h).
 */
#include "lib/problems.h"
#include "lib/i18n.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* A problem line is kept whole up to this many bytes, then cut on a
 * UTF-8 character boundary (a cell may hold 32,767 characters). */
#define MAX_LINE 4096

void tk_problem(struct tk_problems *p, const char *fmt, ...)
{
	va_list ap;
	char line[MAX_LINE];
	int n;
	if (++p->count > (p->max > 0 ? p->max : 100))
		return;
	va_start(ap, fmt);
	n = vsnprintf(line, sizeof line, _(fmt), ap);
	va_end(ap);
	if (n >= (int)sizeof line) /* cut: drop a partial character */
		line[tk_utf8_valid_prefix(line, strlen(line))] = '\0';
	if (p->text.len)
		tk_buf_addc(&p->text, '\n');
	tk_buf_adds(&p->text, line);
}

int tk_problems_error(const struct tk_problems *p, struct tk_error *err,
		      int code)
{
	int max = p->max > 0 ? p->max : 100;
	if (p->count > max)
		return tk_error_set(err, code, "%s\n... and %d more problems",
				    p->text.s ? p->text.s : "", p->count - max);
	return tk_error_set(err, code, "%s", p->text.s ? p->text.s : "");
}

void tk_problems_free(struct tk_problems *p)
{
	tk_buf_free(&p->text);
	p->count = 0;
}
