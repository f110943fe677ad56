/*
 * problems.c — the problem-list collector (problems.h).
 */
#include "lib/problems.h"

#include <stdarg.h>
#include <stdio.h>

void tk_problem(struct tk_problems *p, const char *fmt, ...)
{
	va_list ap;
	char line[1024];
	if (++p->count > (p->max > 0 ? p->max : 100))
		return;
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
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
