/*
 * audit_results.c — an audit checklist coming back through `tenken
 * import` (the gate before it is read and the findings after), and the
 * audits and plans as read by `audit list`, `audit show`, `audit plan
 * list`.  See audit.h.
 */
#include "app/acting.h"
#include "app/audit.h"
#include "lib/i18n.h"
#include "lib/util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int tk_audit_label_finding(const char *label, const char **judgement)
{
	*judgement = NULL;
	if (!label)
		return 0;
	if (!strcmp(label, "不適合"))
		*judgement = "nonconforming";
	else if (!strcmp(label, "軽微な不備"))
		*judgement = "minor";
	return *judgement != NULL;
}

/* The gate's facts of the audit of campaign and division. */
struct gate {
	int special, leads;
	char status[16], notified[16];
};

static int gate_facts(struct tk_store *st, long campaign, long division,
		      struct tk_audit_target *t, struct gate *g,
		      struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc, step;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT a.id, a.kind='special', (SELECT count(*) FROM audit_team m WHERE m.audit=a.id AND m.role='lead'), a.status, coalesce(a.notified_on, ''), coalesce(a.conducted_on, '') FROM audits a JOIN plans p ON p.id=a.plan WHERE p.campaign=?1 AND a.division_id=?2",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, campaign);
	sqlite3_bind_int64(q, 2, division);
	if ((step = sqlite3_step(q)) == SQLITE_ROW) {
		t->audit = (long)sqlite3_column_int64(q, 0);
		g->special = sqlite3_column_int(q, 1);
		g->leads = sqlite3_column_int(q, 2);
		snprintf(g->status, sizeof g->status, "%s",
			 (const char *)sqlite3_column_text(q, 3));
		snprintf(g->notified, sizeof g->notified, "%s",
			 (const char *)sqlite3_column_text(q, 4));
		snprintf(t->date, sizeof t->date, "%s",
			 (const char *)sqlite3_column_text(q, 5));
	}
	rc = step == SQLITE_ROW || step == SQLITE_DONE
		 ? TK_OK
		 : tk_store_error(st, err, "audits");
	sqlite3_finalize(q);
	return rc;
}

/* The refusal of rule key with a detail, as text for a file's problem. */
static void rule_why(char *why, size_t size, const char *key, const char *fmt,
		     ...)
{
	struct tk_error e;
	char detail[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(detail, sizeof detail, _(fmt), ap);
	va_end(ap);
	tk_rule_refuse(&e, key, "%s", detail);
	{
		/* cut on a character boundary when it does not fit */
		size_t n = strlen(e.message);
		if (n >= size)
			for (n = size - 1;
			     n && ((unsigned char)e.message[n] & 0xC0) == 0x80;
			     n--)
				;
		memcpy(why, e.message, n);
		why[n] = '\0';
	}
}

/* The results are recorded by the audit's team or the year's manager. */
static int recorder(struct tk_store *st, long audit, char *why, size_t size,
		    struct tk_error *err)
{
	struct tk_acting who;
	sqlite3_stmt *q;
	long manager;
	int rc, fy = 0, member = 0;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT a.fy, (SELECT count(*) FROM audit_team t JOIN staff s ON s.id=t.staff_id WHERE t.audit=a.id AND s.code=?2) FROM audits a WHERE a.id=?1",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, audit);
	sqlite3_bind_text(q, 2, tk_acting() ? tk_acting() : "", -1,
			  SQLITE_STATIC);
	if (sqlite3_step(q) == SQLITE_ROW) {
		fy = sqlite3_column_int(q, 0);
		member = sqlite3_column_int(q, 1);
	}
	sqlite3_finalize(q);
	if (member)
		return TK_OK;
	if ((rc = tk_acting_in(st, fy, &who, err)) ||
	    (rc = tk_role_holder(st, fy, TK_ROLE_MANAGER, &manager, err)))
		return rc;
	if (manager != who.staff_id)
		rule_why(
		    why, size, "role-holder",
		    "the results of audit %ld are recorded by its team or the 情報セキュリティ管理者, not by --as %s",
		    audit, who.code);
	return TK_OK;
}

int tk_audit_import_gate(struct tk_store *st, long campaign, long division,
			 struct tk_audit_gate *gate, struct tk_error *err)
{
	struct tk_audit_target *t = &gate->t;
	char *why = gate->why;
	size_t size = sizeof gate->why;
	struct gate g = {0};
	int rc;
	memset(t, 0, sizeof *t);
	why[0] = '\0';
	if ((rc = gate_facts(st, campaign, division, t, &g, err)))
		return rc;
	if (!t->audit)
		snprintf(
		    why, size,
		    "no audit of this division under the plan of campaign %ld",
		    campaign);
	else if (!strcmp(g.status, "reported"))
		rule_why(
		    why, size, "audit-reported",
		    "audit %ld is reported: its checklist can no longer change",
		    t->audit);
	else if (!g.special && !g.notified[0])
		rule_why(why, size, "audit-notice",
			 "audit %ld: `tenken audit notify` first", t->audit);
	else if (g.leads != 1)
		rule_why(
		    why, size, "audit-lead",
		    "audit %ld has %d lead auditors: `tenken audit assign --role lead`",
		    t->audit, g.leads);
	if (why[0])
		return TK_OK;
	return recorder(st, t->audit, why, size, err);
}

/* Earlier findings of the audit from other submissions: withdrawn, the new
 * checklist supersedes them. */
static int withdraw_earlier(struct tk_store *st,
			    const struct tk_audit_target *t, long submission,
			    struct tk_error *err)
{
	sqlite3_stmt *q;
	char today[16], why[64];
	int rc;
	if ((rc = tk_store_prepare(
		 st,
		 "UPDATE findings SET withdrawn_on=?3, withdrawn_reason=?4 WHERE audit=?1 AND withdrawn_on IS NULL AND submission IS NOT ?2",
		 &q, err)))
		return rc;
	snprintf(why, sizeof why, "superseded by submission %ld", submission);
	sqlite3_bind_int64(q, 1, t->audit);
	sqlite3_bind_int64(q, 2, submission);
	sqlite3_bind_text(q, 3, tk_today(today), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(q, 4, why, -1, SQLITE_STATIC);
	rc = sqlite3_step(q) == SQLITE_DONE
		 ? TK_OK
		 : tk_store_error(st, err, "findings");
	sqlite3_finalize(q);
	return rc;
}

/* One finding from a judged item, and its event. */
static int raise_finding(struct tk_store *st, sqlite3_stmt *q,
			 const struct tk_audit_results *r,
			 const struct tk_audit_judged *j, const char *judgement,
			 struct tk_error *err)
{
	const struct tk_audit_target *t = r->t;
	long submission = r->submission;
	const struct tk_item *it = &r->s->items[j->item];
	char now[32], obj[64], detail[300];
	long id;
	sqlite3_reset(q);
	sqlite3_bind_int64(q, 1, t->audit);
	sqlite3_bind_int(q, 2, j->item);
	sqlite3_bind_text(q, 3, it->clause, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 4, tk_severity_name(it->severity), -1,
			  SQLITE_STATIC);
	sqlite3_bind_text(q, 5, j->note ? j->note : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 6, t->date[0] ? t->date : tk_today(now), -1,
			  SQLITE_TRANSIENT);
	sqlite3_bind_text(q, 7, tk_now(now), -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(q, 8, submission);
	sqlite3_bind_text(q, 9, it->id, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 10, judgement, -1, SQLITE_STATIC);
	if (sqlite3_step(q) != SQLITE_DONE)
		return tk_store_error(st, err, "findings");
	id = (long)sqlite3_last_insert_rowid(st->db);
	snprintf(obj, sizeof obj, "finding %ld", id);
	snprintf(detail, sizeof detail, "audit %ld; item %s (%s); %s", t->audit,
		 it->id, it->clause, judgement);
	return tk_store_log(st, "finding.raise", obj, detail, err);
}

int tk_audit_import_store(struct tk_store *st, const struct tk_audit_results *r,
			  struct tk_error *err)
{
	const struct tk_audit_target *t = r->t;
	const struct tk_audit_judged *j = r->j;
	long submission = r->submission;
	int n = r->n;
	sqlite3_stmt *f = NULL, *e = NULL;
	int rc;
	if ((rc = withdraw_earlier(st, t, submission, err)) ||
	    (rc = tk_store_prepare(
		 st,
		 "INSERT INTO findings(audit, division_id, item_idx, clause, severity, text, found_on, created_at, submission, item_id, judgement) SELECT ?1, division_id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10 FROM audits WHERE id=?1",
		 &f, err)) ||
	    (rc = tk_store_prepare(
		 st,
		 "INSERT INTO audit_evidence(submission, item_idx, examined) VALUES (?1, ?2, ?3)",
		 &e, err)))
		goto done;
	for (int i = 0; !rc && i < n; i++) {
		const char *judgement;
		if (j[i].examined && *j[i].examined) {
			sqlite3_reset(e);
			sqlite3_bind_int64(e, 1, submission);
			sqlite3_bind_int(e, 2, j[i].item);
			sqlite3_bind_text(e, 3, j[i].examined, -1,
					  SQLITE_STATIC);
			if (sqlite3_step(e) != SQLITE_DONE)
				rc = tk_store_error(st, err, "audit_evidence");
		}
		if (!rc && tk_audit_label_finding(j[i].label, &judgement))
			rc = raise_finding(st, f, r, &j[i], judgement, err);
	}
	if (!rc) {
		char obj[64];
		snprintf(obj, sizeof obj, "audit %ld", t->audit);
		sqlite3_finalize(f);
		f = NULL;
		if ((rc = tk_store_prepare(
			 st, "UPDATE audits SET status='conducted' WHERE id=?1",
			 &f, err)) == TK_OK) {
			sqlite3_bind_int64(f, 1, t->audit);
			rc = sqlite3_step(f) == SQLITE_DONE
				 ? TK_OK
				 : tk_store_error(st, err, "audits");
		}
		if (!rc) {
			char detail[64];
			snprintf(detail, sizeof detail, "submission %ld",
				 submission);
			rc =
			    tk_store_log(st, "audit.results", obj, detail, err);
		}
	}
done:
	sqlite3_finalize(f);
	sqlite3_finalize(e);
	return rc;
}

/* --------------------------------------------------------- reading */

#define AUDIT_SELECT                                                                                                                                                                                                                                                                                                             \
	"SELECT a.id, a.plan, coalesce(p.campaign, 0), a.fy, a.kind='special', p.title, CASE WHEN p.approved_by IS NULL THEN 'drafted' ELSE 'approved' END, d.code, d.name, a.conducted_on, a.notified_on, a.reported_on, a.status, (SELECT s.survey_id || ' ' || s.version FROM surveys s WHERE s.id=p.survey), "               \
	"(SELECT count(*) FROM findings f WHERE f.audit=a.id AND f.withdrawn_on IS NULL AND f.severity='high'), (SELECT count(*) FROM findings f WHERE f.audit=a.id AND f.withdrawn_on IS NULL AND f.severity='medium'), (SELECT count(*) FROM findings f WHERE f.audit=a.id AND f.withdrawn_on IS NULL AND f.severity='low'), " \
	"(SELECT count(*) FROM findings f WHERE f.audit=a.id AND f.withdrawn_on IS NULL AND f.judgement='nonconforming'), (SELECT count(*) FROM findings f WHERE f.audit=a.id AND f.withdrawn_on IS NULL AND f.judgement='minor'), (SELECT count(*) FROM audit_team t WHERE t.audit=a.id) "                                      \
	"FROM audits a JOIN plans p ON p.id=a.plan JOIN divisions d ON d.id=a.division_id "

static void audit_row(sqlite3_stmt *q, struct tk_audit_view *v)
{
	memset(v, 0, sizeof *v);
	v->id = (long)sqlite3_column_int64(q, 0);
	v->plan = (long)sqlite3_column_int64(q, 1);
	v->campaign = (long)sqlite3_column_int64(q, 2);
	v->fy = sqlite3_column_int(q, 3);
	v->special = sqlite3_column_int(q, 4);
	v->plan_title = tk_store_col_dup(q, 5);
	v->plan_state = tk_store_col_dup(q, 6);
	v->division = tk_store_col_dup(q, 7);
	v->division_name = tk_store_col_dup(q, 8);
	v->date = tk_store_col_dup(q, 9);
	v->notified_on = tk_store_col_dup(q, 10);
	v->reported_on = tk_store_col_dup(q, 11);
	v->status = tk_store_col_dup(q, 12);
	v->checklist = tk_store_col_dup(q, 13);
	for (int k = 0; k < 3; k++)
		v->by_severity[k] = sqlite3_column_int(q, 14 + k);
	v->nonconforming = sqlite3_column_int(q, 17);
	v->minor = sqlite3_column_int(q, 18);
	v->nteam = sqlite3_column_int(q, 19);
}

static int audit_team_rows(struct tk_store *st, struct tk_audit_view *v,
			   struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc, step, n = 0;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT s.code, s.name, g.name, d.name, t.role='lead' FROM audit_team t JOIN staff s ON s.id=t.staff_id JOIN grades g ON g.rank=s.grade JOIN divisions d ON d.id=s.division_id WHERE t.audit=?1 ORDER BY t.role='lead' DESC, s.code",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, v->id);
	v->team = tk_xcalloc((size_t)v->nteam + 1, sizeof *v->team);
	while ((step = sqlite3_step(q)) == SQLITE_ROW && n < v->nteam) {
		struct tk_auditor_row *r = &v->team[n++];
		r->code = tk_store_col_dup(q, 0);
		r->name = tk_store_col_dup(q, 1);
		r->grade = tk_store_col_dup(q, 2);
		r->division = tk_store_col_dup(q, 3);
		r->lead = sqlite3_column_int(q, 4);
	}
	v->nteam = n;
	rc = step == SQLITE_DONE || step == SQLITE_ROW
		 ? TK_OK
		 : tk_store_error(st, err, "audit_team");
	sqlite3_finalize(q);
	return rc;
}

static int audit_finding_rows(struct tk_store *st, struct tk_audit_view *v,
			      struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc, step, cap = 0;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT id, item_id, clause, severity, judgement, text, found_on, withdrawn_on, status, withdrawn_reason FROM findings WHERE audit=?1 ORDER BY id",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, v->id);
	while ((step = sqlite3_step(q)) == SQLITE_ROW) {
		struct tk_finding_row *f;
		if (v->nfindings == cap) {
			cap = cap ? 2 * cap : 8;
			v->findings = tk_xrealloc(
			    v->findings, (size_t)cap * sizeof *v->findings);
		}
		f = &v->findings[v->nfindings++];
		f->id = (long)sqlite3_column_int64(q, 0);
		f->item_id = tk_store_col_dup(q, 1);
		f->clause = tk_store_col_dup(q, 2);
		f->severity = tk_store_col_dup(q, 3);
		f->judgement = tk_store_col_dup(q, 4);
		f->text = tk_store_col_dup(q, 5);
		f->found_on = tk_store_col_dup(q, 6);
		f->withdrawn_on = tk_store_col_dup(q, 7);
		f->status = tk_store_col_dup(q, 8);
		f->withdrawn_reason = tk_store_col_dup(q, 9);
	}
	rc = step == SQLITE_DONE ? TK_OK : tk_store_error(st, err, "findings");
	sqlite3_finalize(q);
	return rc;
}

int tk_audit_get(struct tk_store *st, long id, struct tk_audit_view *v,
		 struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc, step;
	memset(v, 0, sizeof *v);
	if ((rc = tk_store_prepare(st, AUDIT_SELECT "WHERE a.id=?1", &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, id);
	step = sqlite3_step(q);
	if (step == SQLITE_ROW)
		audit_row(q, v);
	rc = step == SQLITE_ROW ? TK_OK
	     : step == SQLITE_DONE
		 ? tk_error_set(err, TK_ENOTFOUND, "no audit %ld", id)
		 : tk_store_error(st, err, "audits");
	sqlite3_finalize(q);
	if (!rc && !(rc = audit_team_rows(st, v, err)))
		rc = audit_finding_rows(st, v, err);
	if (rc)
		tk_audit_view_clear(v);
	return rc;
}

void tk_audit_view_clear(struct tk_audit_view *v)
{
	free(v->plan_title);
	free(v->plan_state);
	free(v->division);
	free(v->division_name);
	free(v->date);
	free(v->notified_on);
	free(v->reported_on);
	free(v->status);
	free(v->checklist);
	for (int i = 0; v->team && i < v->nteam; i++) {
		free(v->team[i].code);
		free(v->team[i].name);
		free(v->team[i].grade);
		free(v->team[i].division);
	}
	free(v->team);
	for (int i = 0; i < v->nfindings; i++) {
		struct tk_finding_row *f = &v->findings[i];
		free(f->item_id);
		free(f->clause);
		free(f->severity);
		free(f->judgement);
		free(f->text);
		free(f->found_on);
		free(f->withdrawn_on);
		free(f->withdrawn_reason);
		free(f->status);
	}
	free(v->findings);
	memset(v, 0, sizeof *v);
}

int tk_audit_list(struct tk_store *st, int fy, struct tk_audit_list *l,
		  struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc, step, cap = 0;
	memset(l, 0, sizeof *l);
	if ((rc = tk_store_prepare(
		 st, AUDIT_SELECT "WHERE ?1=0 OR a.fy=?1 ORDER BY a.fy, a.id",
		 &q, err)))
		return rc;
	sqlite3_bind_int(q, 1, fy);
	while ((step = sqlite3_step(q)) == SQLITE_ROW) {
		if (l->n == cap) {
			cap = cap ? 2 * cap : 16;
			l->rows =
			    tk_xrealloc(l->rows, (size_t)cap * sizeof *l->rows);
		}
		audit_row(q, &l->rows[l->n++]);
	}
	rc = step == SQLITE_DONE ? TK_OK : tk_store_error(st, err, "audits");
	sqlite3_finalize(q);
	if (rc)
		tk_audit_list_clear(l);
	return rc;
}

void tk_audit_list_clear(struct tk_audit_list *l)
{
	for (int i = 0; i < l->n; i++)
		tk_audit_view_clear(&l->rows[i]);
	free(l->rows);
	memset(l, 0, sizeof *l);
}

int tk_plan_list(struct tk_store *st, int fy, struct tk_plan_list *l,
		 struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc, step, cap = 0;
	memset(l, 0, sizeof *l);
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT p.id, coalesce(p.campaign, 0), p.fy, p.kind='special_audit', (SELECT count(*) FROM plan_targets t WHERE t.plan=p.id), (SELECT count(*) FROM audits a WHERE a.plan=p.id), p.title, CASE WHEN p.approved_by IS NULL THEN 'drafted' ELSE 'approved' END, ds.code, p.drafted_on, da.code, p.approved_on, p.reviewed_on, p.reason, (SELECT s.survey_id || ' ' || s.version FROM surveys s WHERE s.id=p.survey) FROM plans p LEFT JOIN staff ds ON ds.id=p.drafted_by LEFT JOIN staff da ON da.id=p.approved_by WHERE p.kind IN ('regular_audit','special_audit') AND (?1=0 OR p.fy=?1) ORDER BY p.fy, p.id",
		 &q, err)))
		return rc;
	sqlite3_bind_int(q, 1, fy);
	while ((step = sqlite3_step(q)) == SQLITE_ROW) {
		struct tk_plan_row *r;
		if (l->n == cap) {
			cap = cap ? 2 * cap : 8;
			l->rows =
			    tk_xrealloc(l->rows, (size_t)cap * sizeof *l->rows);
		}
		r = &l->rows[l->n++];
		r->id = (long)sqlite3_column_int64(q, 0);
		r->campaign = (long)sqlite3_column_int64(q, 1);
		r->fy = sqlite3_column_int(q, 2);
		r->special = sqlite3_column_int(q, 3);
		r->targets = sqlite3_column_int(q, 4);
		r->audits = sqlite3_column_int(q, 5);
		r->title = tk_store_col_dup(q, 6);
		r->state = tk_store_col_dup(q, 7);
		r->drafted_by = tk_store_col_dup(q, 8);
		r->drafted_on = tk_store_col_dup(q, 9);
		r->approved_by = tk_store_col_dup(q, 10);
		r->approved_on = tk_store_col_dup(q, 11);
		r->reviewed_on = tk_store_col_dup(q, 12);
		r->reason = tk_store_col_dup(q, 13);
		r->checklist = tk_store_col_dup(q, 14);
	}
	rc = step == SQLITE_DONE ? TK_OK : tk_store_error(st, err, "plans");
	sqlite3_finalize(q);
	if (rc)
		tk_plan_list_clear(l);
	return rc;
}

void tk_plan_list_clear(struct tk_plan_list *l)
{
	for (int i = 0; i < l->n; i++) {
		struct tk_plan_row *r = &l->rows[i];
		free(r->title);
		free(r->state);
		free(r->drafted_by);
		free(r->drafted_on);
		free(r->approved_by);
		free(r->approved_on);
		free(r->reviewed_on);
		free(r->reason);
		free(r->checklist);
	}
	free(l->rows);
	memset(l, 0, sizeof *l);
}
