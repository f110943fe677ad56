/*
 * query.h — small helpers the use cases share: one-statement queries and
 * changes with up to five parameters, the event of one object, date and
 * text arguments, and ending a transaction.
 */
#ifndef TK_QUERY_H
#define TK_QUERY_H

#include "lib/error.h"
#include "store/store.h"

/* The parameters of one statement: ?1 ?2 numbers, ?3 ?4 ?5 texts (NULL
 * binds NULL). */
struct tk_qargs {
	long a, b;
	const char *c, *d, *e;
};
#define TK_ARGS(...) (&(const struct tk_qargs){__VA_ARGS__})

/* Run sql with x and take column 0 of the first row as a number into
 * *out; *found says whether there was a row (NULL: must be). */
int tk_q_long(struct tk_store *st, const char *sql, const struct tk_qargs *x,
	      long *out, int *found, struct tk_error *err);
/* Run a change with x. */
int tk_q_exec(struct tk_store *st, const char *sql, const struct tk_qargs *x,
	      struct tk_error *err);
/* The event of one object: action, "KIND ID", detail. */
int tk_log_obj(struct tk_store *st, const char *action, const char *kind,
	       long id, const char *detail, struct tk_error *err);
/* A date option: NULL takes today; else a real YYYY-MM-DD (TK_EUSAGE
 * naming the option). */
int tk_date_arg(const char *name, const char *v, char out[16],
		struct tk_error *err);
/* 1 when s holds more than blanks. */
int tk_has_text(const char *s);
/* Commit, or roll back when rc says so; returns rc or the commit's. */
int tk_finish(struct tk_store *st, int rc, struct tk_error *err);

#endif
