/*
 * improvement_db.c — the statements shared by the improvement use cases
 * (improvement_db.h).
 */
#include "app/improvement_db.h"

#include "lib/util.h"

#include <stdio.h>
#include <string.h>

static void col_text(sqlite3_stmt *q, int i, char *out, size_t n)
{
	const char *s = (const char *)sqlite3_column_text(q, i);
	snprintf(out, n, "%s", s ? s : "");
}

int tk_imp_facts(struct tk_store *st, long id, struct tk_imp_facts *x,
		 struct tk_error *err)
{
	sqlite3_stmt *q;
	int step, rc;
	memset(x, 0, sizeof *x);
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT i.id, i.finding, i.division_id, d.fy, i.verified_by IS NOT NULL, i.kind, d.code, i.submitted_on, i.completed_on, i.verified_on, i.progress FROM improvements i JOIN divisions d ON d.id = i.division_id WHERE i.id = ?1 AND i.superseded_by IS NULL",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, id);
	step = sqlite3_step(q);
	if (step == SQLITE_ROW) {
		x->id = (long)sqlite3_column_int64(q, 0);
		x->finding = (long)sqlite3_column_int64(q, 1);
		x->division_id = (long)sqlite3_column_int64(q, 2);
		x->fy = sqlite3_column_int(q, 3);
		x->verified = sqlite3_column_int(q, 4);
		col_text(q, 5, x->kind, sizeof x->kind);
		col_text(q, 6, x->division_code, sizeof x->division_code);
		col_text(q, 7, x->submitted_on, sizeof x->submitted_on);
		col_text(q, 8, x->completed_on, sizeof x->completed_on);
		col_text(q, 9, x->verified_on, sizeof x->verified_on);
		x->progress = sqlite3_column_int(q, 10);
		step = sqlite3_step(q);
	} else if (step == SQLITE_DONE) {
		rc = tk_error_set(
		    err, TK_ENOTFOUND,
		    "no improvement %ld (or it was replaced by a later response; see `tenken improvement list`)",
		    id);
	}
	if (!rc && step != SQLITE_DONE)
		rc = tk_store_error(st, err, "improvements");
	sqlite3_finalize(q);
	return rc;
}

int tk_imp_is_manager(struct tk_store *st, int fy, long staff, int *yes,
		      struct tk_error *err)
{
	sqlite3_stmt *q;
	int step, rc;
	*yes = 0;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT 1 FROM roles WHERE fy = ?1 AND role = 'security_manager' AND staff_id = ?2",
		 &q, err)))
		return rc;
	sqlite3_bind_int(q, 1, fy);
	sqlite3_bind_int64(q, 2, staff);
	while ((step = sqlite3_step(q)) == SQLITE_ROW)
		*yes = 1;
	rc = step == SQLITE_DONE ? TK_OK : tk_store_error(st, err, "roles");
	sqlite3_finalize(q);
	return rc;
}

/* Run a prepared change to its end. */
static int run(struct tk_store *st, sqlite3_stmt *q, const char *what,
	       struct tk_error *err)
{
	int rc = sqlite3_step(q) == SQLITE_DONE ? TK_OK
						: tk_store_error(st, err, what);
	sqlite3_finalize(q);
	return rc;
}

int tk_imp_record_step(struct tk_store *st, const struct tk_imp_step *s,
		       struct tk_error *err)
{
	sqlite3_stmt *q;
	char now[32];
	const char *note = s->note ? s->note : "";
	int rc;
	if ((rc = tk_store_prepare(
		 st,
		 "INSERT INTO improvement_progress(improvement, on_date, percent, note, staff_id, source, recorded_at) VALUES (?1, ?2, ?3, ?4, nullif(?5, 0), ?6, ?7)",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, s->id);
	sqlite3_bind_text(q, 2, s->on, -1, SQLITE_STATIC);
	sqlite3_bind_int(q, 3, s->percent);
	sqlite3_bind_text(q, 4, note, -1, SQLITE_STATIC);
	sqlite3_bind_int64(q, 5, s->staff_id);
	sqlite3_bind_text(q, 6, s->source, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 7, tk_now(now), -1, SQLITE_TRANSIENT);
	if ((rc = run(st, q, "improvement_progress", err)) ||
	    (rc = tk_store_prepare(
		 st,
		 "UPDATE improvements SET progress = ?2, progress_on = ?3, progress_note = ?4, completed_on = CASE WHEN ?5 THEN ?3 ELSE completed_on END, completion_note = CASE WHEN ?5 THEN ?4 ELSE completion_note END WHERE id = ?1",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, s->id);
	sqlite3_bind_int(q, 2, s->percent);
	sqlite3_bind_text(q, 3, s->on, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 4, note, -1, SQLITE_STATIC);
	sqlite3_bind_int(q, 5, s->completed);
	return run(st, q, "improvements", err);
}

int tk_imp_set_verified(struct tk_store *st, long id, long staff,
			const char *on, struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc;
	if ((rc = tk_store_prepare(
		 st,
		 "UPDATE improvements SET verified_by = ?2, verified_on = ?3 WHERE id = ?1",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, id);
	sqlite3_bind_int64(q, 2, staff);
	sqlite3_bind_text(q, 3, on, -1, SQLITE_STATIC);
	return run(st, q, "improvements", err);
}

int tk_imp_close_finding(struct tk_store *st, long finding, const char *on,
			 int *closed, struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc;
	if ((rc = tk_store_prepare(
		 st,
		 "UPDATE findings SET status = 'closed', closed_on = ?2 WHERE id = ?1 AND status <> 'closed' AND NOT EXISTS (SELECT 1 FROM improvements WHERE finding = ?1 AND superseded_by IS NULL AND verified_by IS NULL)",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, finding);
	sqlite3_bind_text(q, 2, on, -1, SQLITE_STATIC);
	if (!(rc = run(st, q, "findings", err)))
		*closed = sqlite3_changes(st->db) > 0;
	return rc;
}

int tk_imp_log(struct tk_store *st, const char *action, long id,
	       const char *detail, struct tk_error *err)
{
	char obj[48];
	snprintf(obj, sizeof obj, "improvement %ld", id);
	return tk_store_log(st, action, obj, detail ? detail : "", err);
}
