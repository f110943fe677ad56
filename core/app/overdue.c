/*
 * overdue.c — the four lists of `tenken overdue` (overdue.h).
 */
#include "app/overdue.h"

#include "app/improvement_db.h"
#include "app/query.h"
#include "lib/util.h"

#include <stdlib.h>
#include <string.h>

/* Each query takes ?1 fy (0: all), ?2 as-of, ?3 the provisional days, and
 * gives id, finding, fy, days, progress, division code, name, what, due. */
static const char *const sql[TK_OVERDUE_KINDS] = {
    "SELECT n.id, 0, n.fy, CAST(julianday(?2) - julianday(n.respond_by) AS INTEGER), 0, d.code, d.name, n.kind, n.respond_by FROM notices n JOIN divisions d ON d.id = n.division_id WHERE n.kind IN ('audit','self') AND n.responded_on IS NULL AND n.respond_by < ?2 AND (?1 = 0 OR n.fy = ?1) ORDER BY n.respond_by, n.id",
    "SELECT i.id, i.finding, d.fy, CAST(julianday(?2) - julianday(i.due) AS INTEGER), i.progress, d.code, d.name, f.clause, i.due FROM improvements i JOIN divisions d ON d.id = i.division_id JOIN findings f ON f.id = i.finding WHERE i.superseded_by IS NULL AND i.kind = 'plan' AND i.completed_on IS NULL AND i.due < ?2 AND (?1 = 0 OR d.fy = ?1) ORDER BY i.due, i.id",
    "SELECT n.id, coalesce(n.source, 0), n.fy, CAST(julianday(?2) - julianday(n.respond_by) AS INTEGER), 0, d.code, d.name, n.kind, n.respond_by FROM notices n JOIN divisions d ON d.id = n.division_id WHERE n.kind = 'cross' AND n.answer IS NULL AND n.respond_by < ?2 AND (?1 = 0 OR n.fy = ?1) ORDER BY n.respond_by, n.id",
    "SELECT e.id, 0, e.fy, CAST(julianday(?2) - julianday(e.requested_on) AS INTEGER) - ?3, 0, d.code, d.name, e.system, date(e.requested_on, '+' || ?3 || ' days') FROM exceptions e LEFT JOIN divisions d ON d.id = e.division_id WHERE e.state = 'provisional' AND NOT EXISTS (SELECT 1 FROM exceptions x WHERE x.follows = e.id) AND julianday(?2) - julianday(e.requested_on) > ?3 AND (?1 = 0 OR e.fy = ?1) ORDER BY e.requested_on, e.id",
};

const char *tk_overdue_key(enum tk_overdue_kind k)
{
	static const char *const keys[] = {"notices", "plans", "cross",
					   "exceptions"};
	return keys[k];
}

/* N from the meta table, or the default when unset or not a number. */
static int provisional_days(struct tk_store *st, int *n, struct tk_error *err)
{
	sqlite3_stmt *q;
	int step, rc;
	*n = TK_PROVISIONAL_DAYS;
	if ((rc = tk_store_prepare(st, "SELECT value FROM meta WHERE key = ?1",
				   &q, err)))
		return rc;
	sqlite3_bind_text(q, 1, TK_PROVISIONAL_DAYS_KEY, -1, SQLITE_STATIC);
	while ((step = sqlite3_step(q)) == SQLITE_ROW) {
		const char *v = (const char *)sqlite3_column_text(q, 0);
		char *end;
		long d = v ? strtol(v, &end, 10) : -1;
		if (v && !*end && d >= 0 && d <= 3650)
			*n = (int)d;
	}
	rc = step == SQLITE_DONE ? TK_OK : tk_store_error(st, err, "meta");
	sqlite3_finalize(q);
	return rc;
}

static void take_row(sqlite3_stmt *q, struct tk_overdue_row *r)
{
	r->id = (long)sqlite3_column_int64(q, 0);
	r->finding = (long)sqlite3_column_int64(q, 1);
	r->fy = sqlite3_column_int(q, 2);
	r->days = sqlite3_column_int(q, 3);
	r->progress = sqlite3_column_int(q, 4);
	r->division_code = tk_store_col_dup(q, 5);
	r->division = tk_store_col_dup(q, 6);
	r->what = tk_store_col_dup(q, 7);
	r->due = tk_store_col_dup(q, 8);
}

static int one_list(struct tk_store *st, enum tk_overdue_kind k, int fy,
		    struct tk_overdue *o, struct tk_error *err)
{
	struct tk_overdue_list *l = &o->lists[k];
	sqlite3_stmt *q;
	int step, rc, cap = 0;
	if ((rc = tk_store_prepare(st, sql[k], &q, err)))
		return rc;
	sqlite3_bind_int(q, 1, fy);
	sqlite3_bind_text(q, 2, o->as_of, -1, SQLITE_STATIC);
	sqlite3_bind_int(q, 3, o->provisional_days);
	while ((step = sqlite3_step(q)) == SQLITE_ROW) {
		if (l->n == cap) {
			cap = cap ? 2 * cap : 8;
			l->rows =
			    tk_xrealloc(l->rows, (size_t)cap * sizeof *l->rows);
		}
		memset(&l->rows[l->n], 0, sizeof l->rows[0]);
		take_row(q, &l->rows[l->n++]);
	}
	rc = step == SQLITE_DONE ? TK_OK
				 : tk_store_error(st, err, tk_overdue_key(k));
	sqlite3_finalize(q);
	return rc;
}

int tk_overdue_get(struct tk_store *st, int fy, const char *as_of,
		   struct tk_overdue *o, struct tk_error *err)
{
	int rc;
	memset(o, 0, sizeof *o);
	if ((rc = tk_date_arg("--as-of", as_of, o->as_of, err)) ||
	    (rc = provisional_days(st, &o->provisional_days, err)))
		return rc;
	for (int k = 0; k < TK_OVERDUE_KINDS && !rc; k++)
		rc = one_list(st, (enum tk_overdue_kind)k, fy, o, err);
	if (rc)
		tk_overdue_clear(o);
	return rc;
}

void tk_overdue_clear(struct tk_overdue *o)
{
	for (int k = 0; k < TK_OVERDUE_KINDS; k++) {
		struct tk_overdue_list *l = &o->lists[k];
		for (int i = 0; i < l->n; i++) {
			free(l->rows[i].division_code);
			free(l->rows[i].division);
			free(l->rows[i].what);
			free(l->rows[i].due);
		}
		free(l->rows);
		l->rows = NULL;
		l->n = 0;
	}
}
