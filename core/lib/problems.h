/*
 * problems.h — the one collector of "every problem found" lists: CSV
 * import, workbook import and plugin conversion all check their input
 * completely and report every problem, one per line, up to a limit.
 *
 *	struct tk_problems p = {.max = 100};
 *	tk_problem(&p, "%s:%ld: column '%s': ...", file, line, col);
 *	if (p.count) tk_problems_error(&p, err, TK_EINPUT); // sets err
 *	tk_problems_free(&p);
 */
#ifndef TK_PROBLEMS_H
#define TK_PROBLEMS_H

#include "lib/error.h"
#include "lib/util.h"

struct tk_problems {
	struct tk_buf text; /* the kept problems, one per line */
	int count;	    /* problems found, kept or not */
	int max;	    /* keep at most this many (0: 100) */
};

/* Add one problem (one line); past max it is only counted. */
void tk_problem(struct tk_problems *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Set err to code with the kept problems, and "... and N more" when some
 * were not kept; returns code. */
int tk_problems_error(const struct tk_problems *p, struct tk_error *err,
		      int code);

void tk_problems_free(struct tk_problems *p);

#endif
