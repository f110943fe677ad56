/*
 * improvement.c — the list of improvements and the changes made to one:
 * progress, completion and verification (improvement.h).  The progress
 * workbook is improvement_form.c's, the tracker improvement_export.c's.
 */
#include "app/improvement.h"

#include "app/acting.h"
#include "app/improvement_db.h"
#include "app/query.h"
#include "lib/i18n.h"
#include "lib/util.h"

#include <stdlib.h>
#include <string.h>

const char *tk_improvement_kind_label(const char *kind)
{
	return kind && !strcmp(kind, "plan") ? "改善計画" : "措置結果";
}

const char *tk_improvement_state_label(const char *state)
{
	if (state && !strcmp(state, "verified"))
		return "確認済";
	if (state && !strcmp(state, "completed"))
		return "完了";
	return "実施中";
}

/* ------------------------------------------------------------ list */

static const char list_sql[] =
    "SELECT i.id, i.finding, d.fy, i.progress, CASE WHEN i.kind = 'plan' AND i.completed_on IS NULL AND i.due < ?3 THEN CAST(julianday(?3) - julianday(i.due) AS INTEGER) ELSE 0 END, d.code, d.name, f.clause, f.severity, i.kind, i.description, i.compensating, i.due, i.submitted_on, i.progress_on, i.completed_on, i.verified_on, i.verified_by IS NOT NULL FROM improvements i JOIN divisions d ON d.id = i.division_id JOIN findings f ON f.id = i.finding WHERE i.superseded_by IS NULL AND (?1 = 0 OR d.fy = ?1) AND (?4 IS NULL OR d.code = ?4) ORDER BY d.fy, d.ord, d.code, i.finding, i.id";

static void take_row(sqlite3_stmt *q, struct tk_improvement_row *r)
{
	char **text[] = {&r->division_code, &r->division,     &r->clause,
			 &r->severity,	    &r->kind,	      &r->description,
			 &r->compensating,  &r->due,	      &r->submitted_on,
			 &r->progress_on,   &r->completed_on, &r->verified_on};
	r->id = (long)sqlite3_column_int64(q, 0);
	r->finding = (long)sqlite3_column_int64(q, 1);
	r->fy = sqlite3_column_int(q, 2);
	r->progress = sqlite3_column_int(q, 3);
	r->days_overdue = sqlite3_column_int(q, 4);
	for (int i = 0; i < 12; i++)
		*text[i] = tk_store_col_dup(q, 5 + i);
	r->state = sqlite3_column_int(q, 17) ? "verified"
		   : r->completed_on	     ? "completed"
					     : "in_progress";
}

static void free_row(struct tk_improvement_row *r)
{
	char *text[] = {r->division_code, r->division,	   r->clause,
			r->severity,	  r->kind,	   r->description,
			r->compensating,  r->due,	   r->submitted_on,
			r->progress_on,	  r->completed_on, r->verified_on};
	for (int i = 0; i < 12; i++)
		free(text[i]);
}

static int wanted(const struct tk_improvement_filter *f,
		  const struct tk_improvement_row *r)
{
	if (f->state && strcmp(f->state, r->state))
		return 0;
	return !f->overdue_only || r->days_overdue > 0;
}

int tk_improvement_list(struct tk_store *st,
			const struct tk_improvement_filter *f,
			struct tk_improvement_list *l, struct tk_error *err)
{
	sqlite3_stmt *q;
	int step, rc, cap = 0;
	memset(l, 0, sizeof *l);
	if ((rc = tk_date_arg("--as-of", f->as_of, l->as_of, err)) ||
	    (rc = tk_store_prepare(st, list_sql, &q, err)))
		return rc;
	sqlite3_bind_int(q, 1, f->fy);
	sqlite3_bind_text(q, 3, l->as_of, -1, SQLITE_STATIC);
	if (f->division)
		sqlite3_bind_text(q, 4, f->division, -1, SQLITE_STATIC);
	while ((step = sqlite3_step(q)) == SQLITE_ROW) {
		struct tk_improvement_row r = {0};
		take_row(q, &r);
		if (!wanted(f, &r)) {
			free_row(&r);
			continue;
		}
		if (l->n == cap) {
			cap = cap ? 2 * cap : 16;
			l->rows = tk_xrealloc(l->rows, (size_t)cap * sizeof r);
		}
		l->rows[l->n++] = r;
	}
	rc = step == SQLITE_DONE ? TK_OK
				 : tk_store_error(st, err, "improvements");
	sqlite3_finalize(q);
	if (rc)
		tk_improvement_list_clear(l);
	return rc;
}

void tk_improvement_list_clear(struct tk_improvement_list *l)
{
	for (int i = 0; i < l->n; i++)
		free_row(&l->rows[i]);
	free(l->rows);
	memset(l, 0, sizeof *l);
}

/* ------------------------------------------------------------ changes */

/* Begin, find the improvement and resolve --as in its year. */
static int change_begin(struct tk_store *st, long id, struct tk_imp_facts *x,
			struct tk_acting *who, struct tk_error *err)
{
	int rc;
	if ((rc = tk_store_begin(st, err)))
		return rc;
	if ((rc = tk_imp_facts(st, id, x, err)) ||
	    (rc = tk_acting_in(st, x->fy, who, err)))
		tk_store_rollback(st);
	return rc;
}

/* Staff of the improvement's division or the year's manager. */
static int may_report(struct tk_store *st, const struct tk_imp_facts *x,
		      const struct tk_acting *who, const char *what,
		      struct tk_error *err)
{
	int manager, rc;
	if (who->division_id == x->division_id)
		return TK_OK;
	if ((rc = tk_imp_is_manager(st, x->fy, who->staff_id, &manager, err)))
		return rc;
	if (manager)
		return TK_OK;
	return tk_rule_refuse(
	    err, "role-holder",
	    "%s of improvement %ld is reported by staff of %s or by the 情報セキュリティ管理者 of FY%d, not by --as %s %s",
	    what, x->id, x->division_code, x->fy, who->code, who->name);
}

/* Progress and completion: only while the improvement is open, dated
 * from its submission to today. */
static int still_open(const struct tk_imp_facts *x, const char *d,
		      struct tk_error *err)
{
	char today[16];
	if (x->verified)
		return tk_rule_refuse(err, "improvement-verified",
				      "improvement %ld was verified on %s",
				      x->id, x->verified_on);
	if (x->completed_on[0])
		return tk_error_set(
		    err, TK_ERULE,
		    "improvement %ld was completed on %s: what is left is its verification (`tenken improvement verify`)",
		    x->id, x->completed_on);
	if (strcmp(d, x->submitted_on) < 0)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "--on %s is before improvement %ld was submitted (%s)", d,
		    x->id, x->submitted_on);
	if (strcmp(d, tk_today(today)) > 0)
		return tk_error_set(err, TK_EUSAGE,
				    "--on %s is in the future (today is %s)", d,
				    today);
	return TK_OK;
}

/* Progress (completed 0) or completion (1) of c, one transaction. */
static int record(struct tk_store *st, const struct tk_improvement_change *c,
		  int completed, struct tk_error *err)
{
	struct tk_imp_facts x;
	struct tk_acting who;
	struct tk_imp_step s = {0};
	char d[16], detail[64];
	int rc;
	if ((rc = tk_date_arg("--on", c->on, d, err)) ||
	    (rc = change_begin(st, c->id, &x, &who, err)))
		return rc;
	s.id = c->id;
	s.on = d;
	s.percent = completed ? 100 : c->percent;
	s.note = c->note;
	s.staff_id = who.staff_id;
	s.source = "command";
	s.completed = completed;
	if (completed)
		snprintf(detail, sizeof detail, "completed on %s", d);
	else
		snprintf(detail, sizeof detail, "%d%% on %s", c->percent, d);
	if (!(rc = may_report(st, &x, &who,
			      completed ? _("the completion") : _("the progress"),
			      err)) &&
	    !(rc = still_open(&x, d, err)) &&
	    !(rc = tk_imp_record_step(st, &s, err)))
		rc = tk_imp_log(st,
				completed ? "improvement.complete"
					  : "improvement.progress",
				c->id, detail, err);
	return tk_finish(st, rc, err);
}

int tk_improvement_progress(struct tk_store *st,
			    const struct tk_improvement_change *c,
			    struct tk_error *err)
{
	if (c->percent < 0 || c->percent > 100)
		return tk_error_set(err, TK_EUSAGE,
				    "--percent %d: give 0 to 100", c->percent);
	return record(st, c, 0, err);
}

int tk_improvement_complete(struct tk_store *st,
			    const struct tk_improvement_change *c,
			    struct tk_error *err)
{
	return record(st, c, 1, err);
}

/* The verification's own checks before the triggers (which hold them
 * too): completed, and on or after the completion. */
static int verifiable(const struct tk_imp_facts *x, const char *d,
		      struct tk_error *err)
{
	char today[16];
	if (x->verified)
		return tk_rule_refuse(err, "improvement-verified",
				      "improvement %ld was verified on %s",
				      x->id, x->verified_on);
	if (!x->completed_on[0])
		return tk_rule_refuse(err, "improvement-verify",
				      "improvement %ld is not completed",
				      x->id);
	if (strcmp(d, tk_today(today)) > 0)
		return tk_error_set(err, TK_EUSAGE,
				    "--on %s is in the future (today is %s)", d,
				    today);
	if (strcmp(d, x->completed_on) < 0)
		return tk_rule_refuse(err, "improvement-verify",
				      "--on %s is before its completion on %s",
				      d, x->completed_on);
	return TK_OK;
}

int tk_improvement_verify(struct tk_store *st,
			  const struct tk_improvement_change *c, int *closed,
			  struct tk_error *err)
{
	struct tk_imp_facts x;
	struct tk_acting who;
	char d[16], detail[96];
	int rc;
	*closed = 0;
	if ((rc = tk_date_arg("--on", c->on, d, err)) ||
	    (rc = change_begin(st, c->id, &x, &who, err)))
		return rc;
	if (!(rc = verifiable(&x, d, err)) &&
	    !(rc = tk_imp_set_verified(st, c->id, who.staff_id, d, err)))
		rc = tk_imp_close_finding(st, x.finding, d, closed, err);
	if (!rc) {
		if (*closed)
			snprintf(detail, sizeof detail,
				 "verified on %s; finding %ld closed", d,
				 x.finding);
		else
			snprintf(detail, sizeof detail, "verified on %s", d);
		rc = tk_imp_log(st, "improvement.verify", c->id, detail, err);
	}
	return tk_finish(st, rc, err);
}
