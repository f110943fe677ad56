/*
 * query.c — the small statement helpers the use cases share (query.h).
 */
#include "app/query.h"

#include "lib/util.h"

#include <stdio.h>

static void bind_args(sqlite3_stmt *q, const struct tk_qargs *x)
{
	const char *t[3] = {x->c, x->d, x->e};
	sqlite3_bind_int64(q, 1, x->a);
	sqlite3_bind_int64(q, 2, x->b);
	for (int i = 0; i < 3; i++)
		if (t[i])
			sqlite3_bind_text(q, 3 + i, t[i], -1, SQLITE_STATIC);
}

/* Run sql with x and take column 0 of the first row as a number into
 * *out; *found says whether there was a row (NULL: must be). */
int tk_q_long(struct tk_store *st, const char *sql, const struct tk_qargs *x,
	      long *out, int *found, struct tk_error *err)
{
	sqlite3_stmt *q;
	int step, rc;
	*out = 0;
	if ((rc = tk_store_prepare(st, sql, &q, err)))
		return rc;
	bind_args(q, x);
	step = sqlite3_step(q);
	if (step == SQLITE_ROW)
		*out = (long)sqlite3_column_int64(q, 0);
	rc = step == SQLITE_ROW || step == SQLITE_DONE
		 ? TK_OK
		 : tk_store_error(st, err, NULL);
	sqlite3_finalize(q);
	if (!rc && found)
		*found = step == SQLITE_ROW;
	return rc;
}

/* Run a change with x. */
int tk_q_exec(struct tk_store *st, const char *sql, const struct tk_qargs *x,
	      struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc;
	if ((rc = tk_store_prepare(st, sql, &q, err)))
		return rc;
	bind_args(q, x);
	rc = sqlite3_step(q) == SQLITE_DONE ? TK_OK
					    : tk_store_error(st, err, NULL);
	sqlite3_finalize(q);
	return rc;
}

int tk_log_obj(struct tk_store *st, const char *action, const char *kind,
	       long id, const char *detail, struct tk_error *err)
{
	char obj[64];
	snprintf(obj, sizeof obj, "%s %ld", kind, id);
	return tk_store_log(st, action, obj, detail ? detail : "", err);
}

/* A date option: NULL takes today; else a real YYYY-MM-DD. */
int tk_date_arg(const char *name, const char *v, char out[16],
		struct tk_error *err)
{
	if (!v) {
		tk_today(out);
		return TK_OK;
	}
	if (!tk_valid_date(v))
		return tk_error_set(err, TK_EUSAGE,
				    "%s: '%s' is not a date YYYY-MM-DD", name,
				    v);
	snprintf(out, 16, "%s", v);
	return TK_OK;
}

/* 1 when s holds more than blanks. */
int tk_has_text(const char *s)
{
	const char *start;
	size_t len;
	tk_trim_span(s, &start, &len);
	return len > 0;
}

/* Commit, or roll back when rc says so; returns rc or the commit's. */
int tk_finish(struct tk_store *st, int rc, struct tk_error *err)
{
	if (rc) {
		tk_store_rollback(st);
		return rc;
	}
	return tk_store_commit(st, err);
}
