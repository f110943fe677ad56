/*
 * audit.c — audit plans, audits, teams, notices, findings and reports.
 * See audit.h.  The documents themselves are written by
 * reports/auditdoc.c from the data gathered here (audit_doc.c).
 */
#include "app/audit.h"

#include "app/acting.h"
#include "app/audit_doc.h"
#include "app/campaign.h"
#include "app/form_export.h"
#include "formats/csv.h"
#include "lib/i18n.h"
#include "lib/util.h"
#include "model/vocab.h"

#include "app/query.h"

#include <stdlib.h>
#include <string.h>

/* The facts of a plan that the steps check. */
struct plan_facts {
	long id;
	int fy, special, approved;
	long campaign, drafted_by;
	char drafted_on[16];
};

static int plan_facts(struct tk_store *st, long plan, struct plan_facts *p,
		      struct tk_error *err)
{
	sqlite3_stmt *q;
	int step, rc;
	memset(p, 0, sizeof *p);
	p->id = plan;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT fy, kind='special_audit', approved_by IS NOT NULL, coalesce(campaign, 0), coalesce(drafted_by, 0), coalesce(drafted_on, '') FROM plans WHERE id=?1 AND kind IN ('regular_audit','special_audit')",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, plan);
	step = sqlite3_step(q);
	if (step == SQLITE_ROW) {
		p->fy = sqlite3_column_int(q, 0);
		p->special = sqlite3_column_int(q, 1);
		p->approved = sqlite3_column_int(q, 2);
		p->campaign = (long)sqlite3_column_int64(q, 3);
		p->drafted_by = (long)sqlite3_column_int64(q, 4);
		snprintf(p->drafted_on, sizeof p->drafted_on, "%s",
			 (const char *)sqlite3_column_text(q, 5));
	}
	rc = step == SQLITE_ROW ? TK_OK
	     : step == SQLITE_DONE
		 ? tk_error_set(err, TK_ENOTFOUND, "no audit plan %ld", plan)
		 : tk_store_error(st, err, "plans");
	sqlite3_finalize(q);
	return rc;
}

/* The facts of an audit that the steps check. */
struct audit_facts {
	long plan, division, campaign;
	int fy, special, leads, team;
	char status[16], date[16], notified[16];
};

static int audit_facts(struct tk_store *st, long id, struct audit_facts *a,
		       struct tk_error *err)
{
	sqlite3_stmt *q;
	int step, rc;
	memset(a, 0, sizeof *a);
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT a.plan, a.division_id, coalesce(p.campaign, 0), a.fy, a.kind='special', (SELECT count(*) FROM audit_team t WHERE t.audit=a.id AND t.role='lead'), (SELECT count(*) FROM audit_team t WHERE t.audit=a.id), a.status, coalesce(a.conducted_on, ''), coalesce(a.notified_on, '') FROM audits a JOIN plans p ON p.id=a.plan WHERE a.id=?1",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, id);
	step = sqlite3_step(q);
	if (step == SQLITE_ROW) {
		a->plan = (long)sqlite3_column_int64(q, 0);
		a->division = (long)sqlite3_column_int64(q, 1);
		a->campaign = (long)sqlite3_column_int64(q, 2);
		a->fy = sqlite3_column_int(q, 3);
		a->special = sqlite3_column_int(q, 4);
		a->leads = sqlite3_column_int(q, 5);
		a->team = sqlite3_column_int(q, 6);
		snprintf(a->status, sizeof a->status, "%s",
			 (const char *)sqlite3_column_text(q, 7));
		snprintf(a->date, sizeof a->date, "%s",
			 (const char *)sqlite3_column_text(q, 8));
		snprintf(a->notified, sizeof a->notified, "%s",
			 (const char *)sqlite3_column_text(q, 9));
	}
	rc = step == SQLITE_ROW ? TK_OK
	     : step == SQLITE_DONE
		 ? tk_error_set(err, TK_ENOTFOUND, "no audit %ld", id)
		 : tk_store_error(st, err, "audits");
	sqlite3_finalize(q);
	return rc;
}

/* TK_OK when the audit is not reported yet. */
static int not_reported(const struct audit_facts *a, long id,
			struct tk_error *err)
{
	if (!strcmp(a->status, "reported"))
		return tk_rule_refuse(err, "audit-reported", "audit %ld", id);
	return TK_OK;
}

/* The acting person must be on the audit's team (as lead when lead_only),
 * or, when manager_too, the year's 情報セキュリティ管理者. */
/* Who may act on an audit: its lead only, its team, or its team and the
 * manager. */
enum { LEAD_ONLY, TEAM_OR_MANAGER };

static int acting_on_team(struct tk_store *st, long audit,
			  const struct tk_acting *who, int may,
			  const char *what, struct tk_error *err)
{
	int lead_only = may == LEAD_ONLY, manager_too = may == TEAM_OR_MANAGER;
	long v, mgr;
	int found, rc;
	if ((rc = tk_q_long(
		 st,
		 "SELECT role='lead' FROM audit_team WHERE audit=?1 AND staff_id=?2",
		 TK_ARGS(audit, who->staff_id, NULL, NULL, NULL), &v, &found,
		 err)))
		return rc;
	if (found && (!lead_only || v))
		return TK_OK;
	if (manager_too) {
		if ((rc = tk_role_holder(st, who->fy, TK_ROLE_MANAGER, &mgr,
					 err)))
			return rc;
		if (mgr && mgr == who->staff_id)
			return TK_OK;
	}
	return tk_rule_refuse(
	    err, "role-holder",
	    "%s of audit %ld is done by its %s, not by --as %s %s", what, audit,
	    lead_only ? _("lead auditor (主任監査官)")
		      : _("team or the 情報セキュリティ管理者"),
	    who->code, who->name);
}

/* ------------------------------------------------------------ plans */

/* The targets of the plan: "all" (HQ divisions and stations) or codes. */
static int plan_targets(struct tk_store *st, long plan, int fy,
			const char *targets, struct tk_error *err)
{
	char *list, *save = NULL, *code;
	long id;
	int rc = TK_OK, found;
	if (!targets || !strcmp(targets, "all"))
		return tk_q_exec(
		    st,
		    "INSERT INTO plan_targets(plan, division_id) SELECT ?1, id FROM divisions WHERE fy=?2 AND kind IN ('hq','station')",
		    TK_ARGS(plan, fy, NULL, NULL, NULL), err);
	list = tk_xstrdup(targets);
	for (code = strtok_r(list, ",", &save); !rc && code;
	     code = strtok_r(NULL, ",", &save)) {
		code = tk_trim(code);
		if ((rc = tk_q_long(
			 st,
			 "SELECT id FROM divisions WHERE fy=?1 AND code=?3 AND ?2=?2",
			 TK_ARGS(fy, 0, code, NULL, NULL), &id, &found, err)))
			break;
		if (!found)
			rc = tk_error_set(err, TK_ENOTFOUND,
					  "--targets: no division %s in FY%d",
					  code, fy);
		else
			rc = tk_q_exec(
			    st,
			    "INSERT OR IGNORE INTO plan_targets(plan, division_id) VALUES (?1, ?2)",
			    TK_ARGS(plan, id, NULL, NULL, NULL), err);
	}
	free(list);
	return rc;
}

/* One row of the schedule CSV: division, date, procedure. */
static int schedule_row(struct tk_store *st, long plan, int fy,
			struct tk_csv *c, const int col[3],
			struct tk_error *err)
{
	const char *code = tk_trim(c->fields[col[0]]);
	const char *date =
	    col[1] < c->nfields ? tk_trim(c->fields[col[1]]) : "";
	const char *proc = col[2] >= 0 && col[2] < c->nfields
			       ? tk_trim(c->fields[col[2]])
			       : "";
	long id;
	int found, rc;
	if (*date && (!tk_valid_date(date) || tk_date_fy(date) != fy))
		return tk_error_set(
		    err, TK_EINPUT,
		    "%s:%ld: '%s' is not a date YYYY-MM-DD in FY%d (April %d to March %d)",
		    c->path, c->line, date, fy, fy, fy + 1);
	if ((rc = tk_q_long(
		 st,
		 "SELECT t.division_id FROM plan_targets t JOIN divisions d ON d.id=t.division_id WHERE t.plan=?1 AND d.code=?3 AND ?2=?2",
		 TK_ARGS(plan, 0, code, NULL, NULL), &id, &found, err)))
		return rc;
	if (!found)
		return tk_error_set(
		    err, TK_EINPUT,
		    "%s:%ld: division %s is not a target of the plan (--targets)",
		    c->path, c->line, code);
	return tk_q_exec(
	    st,
	    "UPDATE plan_targets SET scheduled_on=nullif(?3, ''), procedure=?4 WHERE plan=?1 AND division_id=?2",
	    TK_ARGS(plan, id, date, proc, NULL), err);
}

/* The schedule CSV (division, date, procedure; or 所属, 監査日, 実施要領). */
static int plan_schedule(struct tk_store *st, long plan, int fy,
			 const char *path, struct tk_error *err)
{
	static const char *const names[3][3] = {
	    {"division", "所属", "所属コード"},
	    {"date", "監査日", "実施日"},
	    {"procedure", "実施要領", "要領"}};
	struct tk_csv *c = NULL;
	int col[3] = {-1, -1, -1}, r, rc;
	if (!path)
		return TK_OK;
	if ((rc = tk_csv_open(path, TK_ENC_AUTO, &c, err)))
		return rc;
	if ((r = tk_csv_next(c, err)) <= 0) {
		tk_csv_close(c);
		return r < 0 ? TK_EINPUT
			     : tk_error_set(err, TK_EINPUT, "%s: empty file",
					    path);
	}
	for (int f = 0; f < c->nfields; f++)
		for (int k = 0; k < 3; k++)
			for (int n = 0; n < 3; n++)
				if (!strcmp(tk_trim(c->fields[f]), names[k][n]))
					col[k] = f;
	if (col[0] < 0 || col[1] < 0)
		rc = tk_error_set(
		    err, TK_EINPUT,
		    "%s:1: the header needs the columns division (所属) and date (監査日); procedure (実施要領) is optional",
		    path);
	while (!rc && (r = tk_csv_next(c, err)) > 0)
		if (c->nfields > col[0] && *tk_trim(c->fields[col[0]]))
			rc = schedule_row(st, plan, fy, c, col, err);
	if (!rc && r < 0)
		rc = TK_EINPUT;
	tk_csv_close(c);
	return rc;
}

/* The survey fits the plan's kind; a special audit has a reason. */
static int check_plan_request(const struct tk_survey *s,
			      const struct tk_plan_request *rq,
			      struct tk_error *err)
{
	const char *want = rq->special ? "special_audit" : "regular_audit";
	if (strcmp(s->kind, want))
		return tk_error_set(
		    err, TK_EUSAGE,
		    "--checklist %s is a %s survey; a %s audit needs a %s checklist",
		    s->id, s->kind, rq->special ? _("special") : _("regular"),
		    want);
	if (rq->special && (!rq->reason || !*rq->reason))
		return tk_error_set(
		    err, TK_EUSAGE,
		    "a special audit needs --reason: why it is especially needed (第2 5(3)ア)");
	if (rq->special && (!rq->params || !*rq->params))
		return tk_error_set(
		    err, TK_EUSAGE,
		    "a special audit's items are chosen by the 情報セキュリティ管理者 (第2 5(3)ア): give --param themes=…, clauses=… or items=…");
	if (rq->on && !tk_valid_date(rq->on))
		return tk_error_set(err, TK_EUSAGE,
				    "--on: '%s' is not a date YYYY-MM-DD",
				    rq->on);
	return TK_OK;
}

/* The plan row; *id gets its id. */
static int insert_plan(struct tk_store *st, const struct tk_plan_request *rq,
		       const struct tk_acting *who,
		       const char *const title_on[2], long *id,
		       struct tk_error *err)
{
	const char *title = title_on[0], *on = title_on[1];
	sqlite3_stmt *q;
	char now[32];
	int rc;
	if ((rc = tk_store_prepare(
		 st,
		 "INSERT INTO plans(fy, kind, title, body, drafted_by, drafted_at, drafted_on, params, reason, marking) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
		 &q, err)))
		return rc;
	sqlite3_bind_int(q, 1, rq->fy);
	sqlite3_bind_text(q, 2, rq->special ? "special_audit" : "regular_audit",
			  -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 3, title, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 4, rq->body ? rq->body : "", -1, SQLITE_STATIC);
	sqlite3_bind_int64(q, 5, who->staff_id);
	sqlite3_bind_text(q, 6, tk_now(now), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(q, 7, on, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 8, rq->params ? rq->params : "", -1,
			  SQLITE_STATIC);
	if (rq->reason)
		sqlite3_bind_text(q, 9, rq->reason, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 10, rq->marking ? rq->marking : TK_DEFAULT_MARKING,
			  -1, SQLITE_STATIC);
	if (sqlite3_step(q) != SQLITE_DONE)
		rc = tk_store_error(st, err, "plans");
	else
		*id = (long)sqlite3_last_insert_rowid(st->db);
	sqlite3_finalize(q);
	return rc;
}

/* The plan's checklist campaign: the survey frozen, the plan's targets. */
static int plan_campaign(struct tk_store *st, const struct tk_survey *s,
			 const struct tk_plan_request *rq, long plan,
			 const char *title, struct tk_error *err)
{
	struct tk_campaign_spec spec = {0};
	long campaign;
	int rc;
	spec.fy = rq->fy;
	spec.title = title;
	spec.divisions = ""; /* the plan's targets, added below */
	spec.marking = rq->marking;
	if ((rc = tk_campaign_write(st, s, &spec, &campaign, err)) ||
	    (rc = tk_q_exec(
		 st,
		 "INSERT INTO campaign_targets(campaign, division_id) SELECT ?2, division_id FROM plan_targets WHERE plan=?1",
		 TK_ARGS(plan, campaign, NULL, NULL, NULL), err)))
		return rc;
	return tk_q_exec(
	    st,
	    "UPDATE plans SET campaign=?2, survey=(SELECT survey FROM campaigns WHERE id=?2) WHERE id=?1",
	    TK_ARGS(plan, campaign, NULL, NULL, NULL), err);
}

int tk_audit_plan_create(struct tk_store *st, const struct tk_survey *s,
			 const struct tk_plan_request *rq, long *id,
			 struct tk_error *err)
{
	struct tk_acting who;
	char title[512], on[16], detail[700];
	int rc;

	*id = 0;
	if ((rc = check_plan_request(s, rq, err)) ||
	    (rc = tk_date_arg("--on", rq->on, on, err)))
		return rc;
	if (rq->title)
		snprintf(title, sizeof title, "%s", rq->title);
	else
		snprintf(title, sizeof title, "令和%d年度 %s実施計画",
			 rq->fy - 2018, rq->special ? "特別監査" : "通常監査");
	if ((rc = tk_store_begin(st, err)))
		return rc;
	if ((rc = tk_acting_in(st, rq->fy, &who, err)) ||
	    (rc = tk_acting_require(st, &who, TK_ROLE_MANAGER,
				    _("drafting an audit plan (第2 5(2)ア)"),
				    err)) ||
	    (rc = insert_plan(st, rq, &who, (const char *const[]){title, on},
			      id, err)) ||
	    (rc = plan_targets(st, *id, rq->fy, rq->targets, err)) ||
	    (rc = plan_schedule(st, *id, rq->fy, rq->schedule, err)) ||
	    (rc = plan_campaign(st, s, rq, *id, title, err)))
		goto done;
	snprintf(detail, sizeof detail,
		 "%s; %s audit; checklist %s %s %s%s%s; targets %s", title,
		 rq->special ? "special" : "regular", s->id, s->version,
		 s->hash, rq->params ? "; params " : "",
		 rq->params ? rq->params : "",
		 rq->targets ? rq->targets : "all");
	rc = tk_log_obj(st, "plan.draft", "plan", *id, detail, err);
done:
	if (rc)
		*id = 0;
	return tk_finish(st, rc, err);
}

int tk_audit_plan_review(struct tk_store *st, long plan, const char *on,
			 struct tk_error *err)
{
	struct plan_facts p;
	struct tk_acting who;
	char d[16];
	int rc;
	if ((rc = tk_date_arg("--committee-date", on, d, err)) ||
	    (rc = tk_store_begin(st, err)))
		return rc;
	if (!(rc = plan_facts(st, plan, &p, err)) &&
	    !(rc = tk_acting_in(st, p.fy, &who, err)) &&
	    !(rc = tk_acting_require(st, &who, TK_ROLE_MANAGER,
				     _("recording the committee's review"),
				     err)) &&
	    !(rc = tk_q_exec(st, "UPDATE plans SET reviewed_on=?3 WHERE id=?1",
			     TK_ARGS(plan, 0, d, NULL, NULL), err)))
		rc = tk_log_obj(st, "plan.review", "plan", plan, d, err);
	return tk_finish(st, rc, err);
}

int tk_audit_plan_approve(struct tk_store *st, long plan, const char *on,
			  struct tk_error *err)
{
	struct plan_facts p;
	struct tk_acting who;
	char d[16];
	int rc;
	if ((rc = tk_date_arg("--on", on, d, err)) ||
	    (rc = tk_store_begin(st, err)))
		return rc;
	if ((rc = plan_facts(st, plan, &p, err)) ||
	    (rc = tk_acting_in(st, p.fy, &who, err)))
		return tk_finish(st, rc, err);
	if (p.approved)
		rc = tk_rule_refuse(err, "plan-approved", "plan %ld", plan);
	else if (who.staff_id == p.drafted_by)
		rc = tk_rule_refuse(err, "separation-approval",
				    "plan %ld was drafted by %s", plan,
				    who.code);
	else if (strcmp(d, p.drafted_on) < 0)
		rc = tk_rule_refuse(
		    err, "plan-approval",
		    "plan %ld was drafted on %s; --on %s is earlier", plan,
		    p.drafted_on, d);
	if (!rc)
		rc = tk_acting_require(
		    st, &who, TK_ROLE_CHIEF,
		    _("approving an audit plan (第2 5(2)ア)"), err);
	if (!rc)
		rc = tk_q_exec(
		    st,
		    "UPDATE plans SET approved_by=?2, approved_on=?3, approved_at=?4 WHERE id=?1",
		    TK_ARGS(plan, who.staff_id, d, d, NULL), err);
	if (!rc)
		rc = tk_log_obj(st, "plan.approve", "plan", plan, d, err);
	return tk_finish(st, rc, err);
}

/* ----------------------------------------------------------- audits */

/* Insert the audit of division (id div) on date; *id gets it. */
static int insert_audit(struct tk_store *st, const struct plan_facts *p,
			long div, const char *date, long *id,
			struct tk_error *err)
{
	long plan = p->id;
	sqlite3_stmt *q;
	char now[32];
	int rc;
	if (date && tk_date_fy(date) != p->fy)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "--date %s is not in FY%d, the plan's year (April %d to March %d)",
		    date, p->fy, p->fy, p->fy + 1);
	if ((rc = tk_store_prepare(
		 st,
		 "INSERT INTO audits(plan, kind, fy, division_id, survey, conducted_on, procedure, created_at) SELECT ?1, ?2, ?3, ?4, p.survey, ?5, t.procedure, ?6 FROM plans p JOIN plan_targets t ON t.plan=p.id AND t.division_id=?4 WHERE p.id=?1",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, plan);
	sqlite3_bind_text(q, 2, p->special ? "special" : "regular", -1,
			  SQLITE_STATIC);
	sqlite3_bind_int(q, 3, p->fy);
	sqlite3_bind_int64(q, 4, div);
	if (date)
		sqlite3_bind_text(q, 5, date, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 6, tk_now(now), -1, SQLITE_TRANSIENT);
	if (sqlite3_step(q) != SQLITE_DONE)
		rc = tk_store_error(st, err, "audits");
	else if (sqlite3_changes(st->db) == 0)
		rc = tk_rule_refuse(err, "audit-plan",
				    "the division is not a target of plan %ld",
				    plan);
	else
		*id = (long)sqlite3_last_insert_rowid(st->db);
	sqlite3_finalize(q);
	return rc;
}

/* One audit, in the caller's transaction, with its event. */
static int create_one(struct tk_store *st, const struct plan_facts *p,
		      const char *division, const char *date, long *id,
		      struct tk_error *err)
{
	long plan = p->id;
	char detail[200];
	long div, sched;
	int found, rc;
	if ((rc = tk_q_long(
		 st,
		 "SELECT id FROM divisions WHERE fy=?1 AND code=?3 AND ?2=?2",
		 TK_ARGS(p->fy, 0, division, NULL, NULL), &div, &found, err)))
		return rc;
	if (!found)
		return tk_error_set(err, TK_ENOTFOUND, "no division %s in FY%d",
				    division, p->fy);
	if ((rc = tk_q_long(
		 st,
		 "SELECT count(*) FROM audits WHERE plan=?1 AND division_id=?2",
		 TK_ARGS(plan, div, NULL, NULL, NULL), &sched, NULL, err)))
		return rc;
	if (sched)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "plan %ld already has an audit of division %s (`tenken audit list`)",
		    plan, division);
	if ((rc = insert_audit(st, p, div, date, id, err)))
		return rc;
	if (!date &&
	    (rc = tk_q_exec(
		 st,
		 "UPDATE audits SET conducted_on=(SELECT scheduled_on FROM plan_targets WHERE plan=?2 AND division_id=audits.division_id) WHERE id=?1",
		 TK_ARGS(*id, plan, NULL, NULL, NULL), err)))
		return rc;
	snprintf(detail, sizeof detail, "plan %ld; division %s; date %s", plan,
		 division, date ? date : "(schedule)");
	return tk_log_obj(st, "audit.create", "audit", *id, detail, err);
}

/* The plan exists, is approved, and the acting person is its manager. */
static int plan_ready(struct tk_store *st, long plan, struct plan_facts *p,
		      struct tk_error *err)
{
	struct tk_acting who;
	int rc;
	if ((rc = plan_facts(st, plan, p, err)) ||
	    (rc = tk_acting_in(st, p->fy, &who, err)) ||
	    (rc = tk_acting_require(st, &who, TK_ROLE_MANAGER,
				    _("setting up an audit"), err)))
		return rc;
	if (!p->approved)
		return tk_rule_refuse(
		    err, "audit-plan",
		    "plan %ld is not approved by the 本部長 yet", plan);
	return TK_OK;
}

int tk_audit_create(struct tk_store *st, long plan, const char *division,
		    const char *date, long *id, struct tk_error *err)
{
	struct plan_facts p;
	int rc;
	*id = 0;
	if (date && !tk_valid_date(date))
		return tk_error_set(err, TK_EUSAGE,
				    "--date: '%s' is not a date YYYY-MM-DD",
				    date);
	if ((rc = tk_store_begin(st, err)))
		return rc;
	if (!(rc = plan_ready(st, plan, &p, err)))
		rc = create_one(st, &p, division, date, id, err);
	if (rc)
		*id = 0;
	return tk_finish(st, rc, err);
}

int tk_audit_create_scheduled(struct tk_store *st, long plan, int *n,
			      struct tk_error *err)
{
	struct plan_facts p;
	sqlite3_stmt *q = NULL;
	int rc, step;
	*n = 0;
	if ((rc = tk_store_begin(st, err)))
		return rc;
	if ((rc = plan_ready(st, plan, &p, err)) ||
	    (rc = tk_store_prepare(
		 st,
		 "SELECT d.code, t.scheduled_on FROM plan_targets t JOIN divisions d ON d.id=t.division_id WHERE t.plan=?1 AND t.scheduled_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM audits a WHERE a.plan=?1 AND a.division_id=t.division_id) ORDER BY t.scheduled_on, d.ord, d.code",
		 &q, err)))
		return tk_finish(st, rc, err);
	sqlite3_bind_int64(q, 1, plan);
	while (!rc && (step = sqlite3_step(q)) == SQLITE_ROW) {
		char code[64], date[16];
		long id;
		snprintf(code, sizeof code, "%s",
			 (const char *)sqlite3_column_text(q, 0));
		snprintf(date, sizeof date, "%s",
			 (const char *)sqlite3_column_text(q, 1));
		if (!(rc = create_one(st, &p, code, date, &id, err)))
			(*n)++;
	}
	if (!rc && step != SQLITE_DONE)
		rc = tk_store_error(st, err, "plan_targets");
	sqlite3_finalize(q);
	return tk_finish(st, rc, err);
}

/* The audit, its facts, and the acting person resolved in its year. */
static int audit_begin(struct tk_store *st, long audit, struct audit_facts *a,
		       struct tk_acting *who, struct tk_error *err)
{
	int rc;
	if ((rc = tk_store_begin(st, err)))
		return rc;
	if ((rc = audit_facts(st, audit, a, err)) ||
	    (rc = tk_acting_in(st, a->fy, who, err)) ||
	    (rc = not_reported(a, audit, err)))
		tk_store_rollback(st);
	return rc;
}

int tk_audit_assign(struct tk_store *st, long audit, const char *staff,
		    int lead, int remove, struct tk_error *err)
{
	struct audit_facts a;
	struct tk_acting who;
	char detail[128];
	long sid;
	int found, rc;
	if ((rc = audit_begin(st, audit, &a, &who, err)))
		return rc;
	if ((rc = tk_acting_require(st, &who, TK_ROLE_MANAGER,
				    _("naming auditors (第2 5(2)ウ(ア))"),
				    err)) ||
	    (rc = tk_q_long(
		 st, "SELECT id FROM staff WHERE fy=?1 AND code=?3 AND ?2=?2",
		 TK_ARGS(a.fy, 0, staff, NULL, NULL), &sid, &found, err)))
		return tk_finish(st, rc, err);
	if (!found)
		return tk_finish(
		    st,
		    tk_rule_refuse(
			err, "staff-year",
			"no member of staff %s in FY%d, the audit's year",
			staff, a.fy),
		    err);
	if (remove) {
		rc = tk_q_exec(
		    st, "DELETE FROM audit_team WHERE audit=?1 AND staff_id=?2",
		    TK_ARGS(audit, sid, NULL, NULL, NULL), err);
		if (!rc && sqlite3_changes(st->db) == 0)
			rc = tk_error_set(err, TK_ENOTFOUND,
					  "%s is not on the team of audit %ld",
					  staff, audit);
	} else
		rc = tk_q_exec(
		    st,
		    "INSERT INTO audit_team(audit, staff_id, role) VALUES (?1, ?2, ?3) ON CONFLICT(audit, staff_id) DO UPDATE SET role=excluded.role",
		    TK_ARGS(audit, sid, lead ? "lead" : "auditor", NULL, NULL),
		    err);
	if (!rc && !remove && lead &&
	    (rc = tk_q_long(
		 st,
		 "SELECT count(*) FROM audit_team WHERE audit=?1 AND role='lead' AND ?2=?2",
		 TK_ARGS(audit, 0, NULL, NULL, NULL), &sid, NULL, err)) ==
		TK_OK &&
	    sid > 1)
		rc = tk_rule_refuse(
		    err, "audit-lead",
		    "audit %ld has a lead already; make them a member first (--role member)",
		    audit);
	snprintf(detail, sizeof detail, "%s %s",
		 remove ? "off"
		 : lead ? "lead"
			: "member",
		 staff);
	if (!rc)
		rc = tk_log_obj(st, remove ? "audit.unassign" : "audit.assign",
				"audit", audit, detail, err);
	return tk_finish(st, rc, err);
}

int tk_audit_notify(struct tk_store *st, const struct tk_notice_request *rq,
		    char **path, struct tk_error *err)
{
	long audit = rq->audit;
	const char *procedure = rq->procedure;
	struct audit_facts a;
	struct tk_acting who;
	char d[16];
	int rc;
	*path = NULL;
	if ((rc = tk_date_arg("--on", rq->on, d, err)) ||
	    (rc = audit_begin(st, audit, &a, &who, err)))
		return rc;
	if ((rc = tk_acting_require(
		 st, &who, TK_ROLE_MANAGER,
		 _("notifying the audited division (第2 5(2)イ)"), err)))
		return tk_finish(st, rc, err);
	if (!a.date[0])
		rc = tk_error_set(
		    err, TK_EUSAGE,
		    "audit %ld has no date yet: give it one with `tenken audit create --date` or the plan's schedule",
		    audit);
	else if (strcmp(d, a.date) > 0)
		rc = tk_rule_refuse(err, "notice-date",
				    "notice %s is after the audit date %s", d,
				    a.date);
	if (!rc && procedure)
		rc = tk_q_exec(st, "UPDATE audits SET procedure=?3 WHERE id=?1",
			       TK_ARGS(audit, 0, procedure, NULL, NULL), err);
	if (!rc)
		rc = tk_q_exec(st,
			       "UPDATE audits SET notified_on=?3 WHERE id=?1",
			       TK_ARGS(audit, 0, d, NULL, NULL), err);
	if (!rc)
		rc = tk_audit_doc_notice(st, audit, rq->out_dir, path, err);
	if (!rc)
		rc = tk_log_obj(st, "audit.notify", "audit", audit, d, err);
	if (rc && *path) {
		remove(*path);
		free(*path);
		*path = NULL;
	}
	return tk_finish(st, rc, err);
}

int tk_audit_form(struct tk_store *st, long audit, const char *out_dir,
		  char **path, struct tk_error *err)
{
	struct audit_facts a;
	struct tk_acting who;
	struct tk_form_export_req rq = {0};
	char *code = NULL;
	int rc, written;
	*path = NULL;
	if ((rc = audit_begin(st, audit, &a, &who, err)))
		return rc;
	if (!(rc = acting_on_team(st, audit, &who, TEAM_OR_MANAGER,
				  "writing the checklist", err)))
		rc = tk_audit_division_code(st, a.division, &code, err);
	tk_store_rollback(st); /* only checked: the export has its own */
	if (!rc) {
		rq.campaign = a.campaign;
		rq.out_dir = out_dir;
		rq.division_code = code;
		rq.audit_checked = 1;
		rc = tk_form_export(st, &rq, &written, err);
	}
	if (!rc)
		rc = tk_audit_form_path(st, a.campaign, a.division, out_dir,
					path, err);
	free(code);
	return rc;
}

/* ---------------------------------------------------------- findings */

/* The finding's audit, checked for a change by its lead before the
 * report. */
static int finding_begin(struct tk_store *st, long finding, long *audit,
			 struct tk_error *err)
{
	struct audit_facts a;
	struct tk_acting who;
	int found, rc;
	if ((rc = tk_q_long(
		 st,
		 "SELECT audit FROM findings WHERE id=?1 AND ?2=?2 AND withdrawn_on IS NULL",
		 TK_ARGS(finding, 0, NULL, NULL, NULL), audit, &found, err)))
		return rc;
	if (!found || !*audit)
		return tk_error_set(err, TK_ENOTFOUND,
				    "no open audit finding %ld", finding);
	if ((rc = audit_begin(st, *audit, &a, &who, err)))
		return rc;
	if ((rc = acting_on_team(st, *audit, &who, LEAD_ONLY,
				 _("changing a finding"), err)))
		tk_store_rollback(st);
	return rc;
}

int tk_finding_edit(struct tk_store *st, long finding, const char *text,
		    struct tk_error *err)
{
	long audit;
	int rc;
	if (!text || !tk_has_text(text))
		return tk_error_set(err, TK_EUSAGE,
				    "--text: the 所見 cannot be empty");
	if ((rc = finding_begin(st, finding, &audit, err)))
		return rc;
	rc = tk_q_exec(st, "UPDATE findings SET text=?3 WHERE id=?1",
		       TK_ARGS(finding, 0, text, NULL, NULL), err);
	if (!rc)
		rc = tk_log_obj(st, "finding.edit", "finding", finding, text,
				err);
	return tk_finish(st, rc, err);
}

int tk_finding_withdraw(struct tk_store *st, long finding, const char *on,
			const char *reason, struct tk_error *err)
{
	long audit;
	char d[16];
	int rc;
	if (!reason || !*reason)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "--reason: say why the finding is withdrawn");
	if ((rc = tk_date_arg("--on", on, d, err)) ||
	    (rc = finding_begin(st, finding, &audit, err)))
		return rc;
	rc = tk_q_exec(
	    st,
	    "UPDATE findings SET withdrawn_on=?3, withdrawn_reason=?4 WHERE id=?1",
	    TK_ARGS(finding, 0, d, reason, NULL), err);
	if (!rc)
		rc = tk_log_obj(st, "finding.withdraw", "finding", finding,
				reason, err);
	return tk_finish(st, rc, err);
}

/* ------------------------------------------------------------ report */

/* Required items of the checklist not judged in the current submission,
 * for the audited division's kind. */
static int unanswered(struct tk_store *st, const struct audit_facts *a, long *n,
		      long *submission, struct tk_error *err)
{
	int found, rc;
	if ((rc = tk_q_long(
		 st,
		 "SELECT id FROM submissions WHERE campaign=?1 AND division_id=?2 AND superseded_by IS NULL",
		 TK_ARGS(a->campaign, a->division, NULL, NULL, NULL),
		 submission, &found, err)))
		return rc;
	if (!found) {
		*n = -1;
		return TK_OK;
	}
	return tk_audit_doc_unanswered(st, a->campaign, a->division,
				       *submission, n, err);
}

int tk_audit_report(struct tk_store *st, long audit, const char *on,
		    const char *evaluation, const char *out,
		    struct tk_error *err)
{
	struct audit_facts a;
	struct tk_acting who;
	char d[16];
	long n, sub;
	int rc;
	if (!evaluation || !*evaluation)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "the report needs the lead's 総合評価 (--evaluation-file F): the results are evaluated as a whole (第2 5(2)オ(ア))");
	if ((rc = tk_date_arg("--on", on, d, err)) ||
	    (rc = audit_begin(st, audit, &a, &who, err)))
		return rc;
	if ((rc = acting_on_team(st, audit, &who, LEAD_ONLY, "the report",
				 err)) ||
	    (rc = unanswered(st, &a, &n, &sub, err)))
		return tk_finish(st, rc, err);
	if (a.leads != 1)
		rc = tk_rule_refuse(err, "audit-lead", "audit %ld has %d leads",
				    audit, a.leads);
	else if (n < 0)
		rc = tk_rule_refuse(
		    err, "audit-findings",
		    "no checklist of audit %ld has been imported yet (`tenken audit form`, then `tenken import`)",
		    audit);
	else if (n > 0)
		rc = tk_rule_refuse(
		    err, "audit-findings",
		    "%ld required items of the checklist are not judged", n);
	else if (a.date[0] && strcmp(d, a.date) < 0)
		rc = tk_error_set(err, TK_EUSAGE,
				  "--on %s is before the audit date %s", d,
				  a.date);
	if (!rc)
		rc = tk_q_exec(
		    st,
		    "UPDATE audits SET evaluation=?3, reported_on=?4, reported_by=?2, status='reported' WHERE id=?1",
		    TK_ARGS(audit, who.staff_id, evaluation, d, NULL), err);
	if (!rc)
		rc = tk_audit_doc_report(st, audit, out, err);
	if (!rc)
		rc = tk_log_obj(st, "audit.report", "audit", audit, d, err);
	if (rc)
		remove(out);
	return tk_finish(st, rc, err);
}
