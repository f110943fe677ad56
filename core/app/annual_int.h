/*
 * annual_int.h — what the parts of the annual report's gathering share
 * (annual.c, annual_self.c, annual_audit.c, annual_follow.c): one way to
 * run a query over its rows, and the arguments every query takes.
 */
#ifndef TK_APP_ANNUAL_INT_H
#define TK_APP_ANNUAL_INT_H

#include "app/annual.h"
#include "app/query.h"

#include <string.h>

/* The arguments of the report's queries: ?1 the year, ?2 the year before,
 * ?3 the as-of date, ?4 the year's first and ?5 its last day. */
#define TK_AN_ARGS(a)                                                          \
	TK_ARGS((a)->fy, (a)->fy - 1, (a)->as_of, (a)->year_start,             \
		(a)->year_end)

/* Run sql with x and call row(q, ctx) for each row; the loop ends with
 * SQLITE_DONE or TK_EDB naming what. */
int tk_an_rows(struct tk_store *st, const char *sql, const struct tk_qargs *x,
	       void (*row)(sqlite3_stmt *q, void *ctx), void *ctx,
	       const char *what, struct tk_error *err);

/* Each count's value from its query (column 0), with x. */
int tk_an_counts(struct tk_store *st, struct tk_annual_count *c,
		 const char *const *sql, int n, const struct tk_qargs *x,
		 struct tk_error *err);

/* A new zeroed element at the end of array *p of *n elements. */
void *tk_an_push(void *p, int *n, size_t size, void **out);
#define TK_AN_PUSH(arr, n)                                                     \
	((arr) = tk_an_push((arr), &(n), sizeof *(arr), NULL), &(arr)[(n)-1])

/* A copy of column i; "" for NULL. */
char *tk_an_col(sqlite3_stmt *q, int i);

/* The parts: each fills its sheets' figures of a. */
int tk_an_self(struct tk_store *st, struct tk_annual *a, struct tk_error *err);
int tk_an_audits(struct tk_store *st, struct tk_annual *a,
		 struct tk_error *err);
int tk_an_findings(struct tk_store *st, struct tk_annual *a,
		   struct tk_error *err);
int tk_an_improvements(struct tk_store *st, struct tk_annual *a,
		       struct tk_error *err);
int tk_an_exceptions(struct tk_store *st, struct tk_annual *a,
		     struct tk_error *err);
int tk_an_texts(struct tk_store *st, struct tk_annual *a, struct tk_error *err);
/* The summary's figures of the year before (column 1 of a->key). */
int tk_an_prev_self(struct tk_store *st, struct tk_annual *a,
		    struct tk_error *err);
/* The four paragraphs of 概要, from the figures. */
void tk_an_narrative(struct tk_annual *a);

#endif
