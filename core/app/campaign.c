/*
 * campaign.c — creating, listing and closing campaigns, and the return
 * status of each target division.
 */
#include "app/campaign.h"

#include "app/acting.h"
#include "app/query.h"
#include "model/vocab.h"

#include "app/survey_db.h"
#include "lib/i18n.h"
#include "lib/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* TK_OK when fy has a division code, TK_EINPUT when not, TK_EDB when the
 * query fails. */
static int division_known(struct tk_store *st, int fy, const char *code,
			  struct tk_error *err)
{
	sqlite3_stmt *e;
	int rc, step;
	if ((rc = tk_store_prepare(
		 st, "SELECT 1 FROM divisions WHERE fy=?1 AND code=?2", &e,
		 err)))
		return rc;
	sqlite3_bind_int(e, 1, fy);
	sqlite3_bind_text(e, 2, code, -1, SQLITE_STATIC);
	step = sqlite3_step(e);
	if (step == SQLITE_DONE)
		rc = tk_error_set(err, TK_EINPUT,
				  "--divisions: no division '%s' in FY%d", code,
				  fy);
	else if (step != SQLITE_ROW)
		rc = tk_store_error(st, err, "divisions");
	sqlite3_finalize(e);
	return rc;
}

/* Add the targets of campaign id: "all" (or NULL) or a list of codes. */
static int add_targets(struct tk_store *st, long id, int fy,
		       const char *divisions, struct tk_error *err)
{
	sqlite3_stmt *q = NULL;
	int rc = TK_OK;
	if (divisions && !*divisions)
		return TK_OK; /* the caller adds them (audit plans) */
	if (!divisions || !strcmp(divisions, "all")) {
		if ((rc = tk_store_prepare(
			 st,
			 "INSERT INTO campaign_targets(campaign, division_id) SELECT ?1, id FROM divisions WHERE fy=?2 AND kind IN ('hq','station')",
			 &q, err)))
			return rc;
		sqlite3_bind_int64(q, 1, id);
		sqlite3_bind_int(q, 2, fy);
		if (sqlite3_step(q) != SQLITE_DONE)
			rc = tk_store_error(st, err, "campaign targets");
		sqlite3_finalize(q);
		return rc;
	}
	char *list = tk_xstrdup(divisions), *save = NULL, *code;
	if ((rc = tk_store_prepare(
		 st,
		 "INSERT OR IGNORE INTO campaign_targets(campaign, division_id) SELECT ?1, id FROM divisions WHERE fy=?2 AND code=?3",
		 &q, err)))
		goto done;
	for (code = strtok_r(list, ",", &save); code;
	     code = strtok_r(NULL, ",", &save)) {
		while (*code == ' ')
			code++;
		sqlite3_reset(q);
		sqlite3_bind_int64(q, 1, id);
		sqlite3_bind_int(q, 2, fy);
		sqlite3_bind_text(q, 3, code, -1, SQLITE_STATIC);
		if (sqlite3_step(q) != SQLITE_DONE) {
			rc = tk_store_error(st, err, "campaign targets");
			goto done;
		}
		if (sqlite3_changes(st->db) == 0 &&
		    sqlite3_total_changes(st->db) >= 0) {
			/* Either unknown or given twice: tell which. */
			if ((rc = division_known(st, fy, code, err)))
				goto done;
		}
	}
done:
	sqlite3_finalize(q);
	free(list);
	return rc;
}

/* --due of a campaign of FY fy: a date, not before the year starts (1
 * April of fy).  TK_OK or TK_EUSAGE. */
static int check_due(const char *due, int fy, struct tk_error *err)
{
	char start[16];
	if (!due)
		return TK_OK;
	if (!tk_valid_date(due))
		return tk_error_set(err, TK_EUSAGE,
				    "--due: '%s' is not a date YYYY-MM-DD",
				    due);
	snprintf(start, sizeof start, "%04d-04-01", fy);
	if (strcmp(due, start) < 0)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "--due %s is before FY%d starts (%s): a campaign's due date is in its fiscal year or later",
		    due, fy, start);
	return TK_OK;
}

/* The survey may be used for a campaign with spec: TK_OK or TK_EUSAGE. */
static int check_spec(const struct tk_survey *s,
		      const struct tk_campaign_spec *spec, struct tk_error *err)
{
	int rc;
	if ((rc = check_due(spec->due, spec->fy, err)))
		return rc;
	if (tk_survey_kind_is_audit(s->kind))
		return tk_error_set(
		    err, TK_EUSAGE,
		    "survey %s is an audit checklist (%s); campaigns are for self-inspection: plan an audit with `tenken audit plan create`",
		    s->id, s->kind);
	return TK_OK;
}

/* TK_OK when fy has an organisation, else TK_ENOTFOUND (or TK_EDB). */
static int org_year_exists(struct tk_store *st, int fy, struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc, step;
	if ((rc = tk_store_prepare(st, "SELECT 1 FROM org_years WHERE fy=?1",
				   &q, err)))
		return rc;
	sqlite3_bind_int(q, 1, fy);
	step = sqlite3_step(q);
	if (step == SQLITE_DONE)
		rc = tk_error_set(
		    err, TK_ENOTFOUND,
		    "no organisation for FY%d; import it first with `tenken org import --year %d`",
		    fy, fy);
	else if (step != SQLITE_ROW)
		rc = tk_store_error(st, err, "org_years");
	sqlite3_finalize(q);
	return rc;
}

/* Insert the campaign row; *id gets its id. */
static int insert_campaign(struct tk_store *st, long survey_id,
			   const struct tk_campaign_spec *spec,
			   const char *title, long *id, struct tk_error *err)
{
	sqlite3_stmt *q;
	char now[32];
	int rc;
	if ((rc = tk_store_prepare(
		 st,
		 "INSERT INTO campaigns(survey, fy, title, due, marking, return_to, created_at, created_by) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, survey_id);
	sqlite3_bind_int(q, 2, spec->fy);
	sqlite3_bind_text(q, 3, title, -1, SQLITE_STATIC);
	if (spec->due)
		sqlite3_bind_text(q, 4, spec->due, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 5,
			  spec->marking ? spec->marking : TK_DEFAULT_MARKING,
			  -1, SQLITE_STATIC);
	sqlite3_bind_text(
	    q, 6, spec->return_to ? spec->return_to : TK_DEFAULT_RETURN_TO, -1,
	    SQLITE_STATIC);
	sqlite3_bind_text(q, 7, tk_now(now), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(q, 8, tk_actor(), -1, SQLITE_STATIC);
	if (sqlite3_step(q) != SQLITE_DONE)
		rc = tk_store_error(st, err, "campaign");
	else
		*id = (long)sqlite3_last_insert_rowid(st->db);
	sqlite3_finalize(q);
	return rc;
}

int tk_campaign_write(struct tk_store *st, const struct tk_survey *s,
		      const struct tk_campaign_spec *spec, long *id,
		      struct tk_error *err)
{
	long survey_id;
	char title[512], obj[64], detail[600];
	int rc;

	if ((rc = org_year_exists(st, spec->fy, err)) ||
	    (rc = tk_survey_store(st, s, &survey_id, err)))
		return rc;
	if (spec->title)
		snprintf(title, sizeof title, "%s", spec->title);
	else
		snprintf(title, sizeof title, "令和%d年度 %s", spec->fy - 2018,
			 s->title);
	if ((rc = insert_campaign(st, survey_id, spec, title, id, err)) ||
	    (rc = add_targets(st, *id, spec->fy, spec->divisions, err)))
		return rc;
	snprintf(obj, sizeof obj, "campaign %ld", *id);
	snprintf(detail, sizeof detail, "%s; survey %s %s %s; FY%d; due %s",
		 title, s->id, s->version, s->hash, spec->fy,
		 spec->due ? spec->due : "-");
	return tk_store_log(st, "campaign.create", obj, detail, err);
}

int tk_campaign_create(struct tk_store *st, const struct tk_survey *s,
		       const struct tk_campaign_spec *spec, long *id,
		       struct tk_error *err)
{
	struct tk_acting who;
	int rc;

	*id = 0;
	if ((rc = check_spec(s, spec, err)))
		return rc;
	if ((rc = tk_store_begin(st, err)))
		return rc;
	if ((rc = org_year_exists(st, spec->fy, err)) ||
	    (rc = tk_acting_manager_duty(
		 st, spec->fy, _("planning a self-inspection (第2 4(1)ア)"),
		 &who, err)) ||
	    (rc = tk_campaign_write(st, s, spec, id, err))) {
		tk_store_rollback(st);
		*id = 0;
		return rc;
	}
	return tk_store_commit(st, err);
}

int tk_campaign_get(struct tk_store *st, long id, struct tk_campaign *c,
		    struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc;
	memset(c, 0, sizeof *c);
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT c.id, c.survey, c.fy, c.title, c.due, c.marking, c.return_to, c.status, s.survey_id, s.version, s.hash, (SELECT count(*) FROM campaign_targets t WHERE t.campaign=c.id) FROM campaigns c JOIN surveys s ON s.id=c.survey WHERE c.id=?1",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, id);
	if ((rc = sqlite3_step(q)) != SQLITE_ROW) {
		rc = rc == SQLITE_DONE
			 ? tk_error_set(
			       err, TK_ENOTFOUND,
			       "no campaign %ld (see `tenken campaign list`)",
			       id)
			 : tk_store_error(st, err, "campaign");
		sqlite3_finalize(q);
		return rc;
	}
	c->id = id;
	c->survey = (long)sqlite3_column_int64(q, 1);
	c->fy = sqlite3_column_int(q, 2);
	c->title = tk_store_col_dup(q, 3);
	c->due = tk_store_col_dup(q, 4);
	c->marking = tk_store_col_dup(q, 5);
	c->return_to = tk_store_col_dup(q, 6);
	c->status = tk_store_col_dup(q, 7);
	c->survey_id = tk_store_col_dup(q, 8);
	c->survey_version = tk_store_col_dup(q, 9);
	c->survey_hash = tk_store_col_dup(q, 10);
	c->targets = sqlite3_column_int(q, 11);
	sqlite3_finalize(q);
	return TK_OK;
}

void tk_campaign_clear(struct tk_campaign *c)
{
	free(c->title);
	free(c->due);
	free(c->marking);
	free(c->return_to);
	free(c->status);
	free(c->survey_id);
	free(c->survey_version);
	free(c->survey_hash);
	memset(c, 0, sizeof *c);
}

/* TK_EUSAGE when campaign id holds an audit plan's checklist: its state
 * follows the audit's (app/audit.h). */
static int audit_plan_campaign(struct tk_store *st, long id,
			       struct tk_error *err)
{
	sqlite3_stmt *q;
	int step, rc;
	if ((rc = tk_store_prepare(st, "SELECT id FROM plans WHERE campaign=?1",
				   &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, id);
	step = sqlite3_step(q);
	if (step == SQLITE_ROW)
		rc = tk_error_set(
		    err, TK_EUSAGE,
		    "campaign %ld holds the checklists of audit plan %lld: it follows its audits (a reported audit takes no more results)",
		    id, (long long)sqlite3_column_int64(q, 0));
	else if (step != SQLITE_DONE)
		rc = tk_store_error(st, err, "plans");
	sqlite3_finalize(q);
	return rc;
}

int tk_campaign_set_status(struct tk_store *st, long id, const char *status,
			   struct tk_error *err)
{
	struct tk_campaign c;
	struct tk_acting who;
	sqlite3_stmt *q = NULL;
	char now[32], obj[64];
	int rc, fy;
	if ((rc = tk_campaign_get(st, id, &c, err)))
		return rc;
	fy = c.fy;
	tk_campaign_clear(&c);
	if ((rc = tk_store_begin(st, err)))
		return rc;
	if ((rc = audit_plan_campaign(st, id, err)) ||
	    (rc = tk_acting_manager_duty(
		 st, fy, _("closing or reopening a campaign"), &who, err)) ||
	    (rc = tk_store_prepare(
		 st,
		 "UPDATE campaigns SET status=?2, closed_at=CASE ?2 WHEN 'closed' THEN ?3 END WHERE id=?1",
		 &q, err)))
		goto fail;
	sqlite3_bind_int64(q, 1, id);
	sqlite3_bind_text(q, 2, status, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 3, tk_now(now), -1, SQLITE_TRANSIENT);
	if (sqlite3_step(q) != SQLITE_DONE) {
		rc = tk_store_error(st, err, "campaign");
		goto fail;
	}
	sqlite3_finalize(q);
	q = NULL;
	snprintf(obj, sizeof obj, "campaign %ld", id);
	if ((rc = tk_store_log(st,
			       !strcmp(status, TK_CAMPAIGN_CLOSED)
				   ? "campaign.close"
				   : "campaign.reopen",
			       obj, "", err)))
		goto fail;
	return tk_store_commit(st, err);
fail:
	sqlite3_finalize(q);
	tk_store_rollback(st);
	return rc;
}

/* ------------------------------------------------------------ edit */

/* What campaign edit may change in c: TK_OK, TK_EUSAGE or TK_ERULE. */
static int edit_allowed(const struct tk_campaign *c,
			const struct tk_campaign_edit *e, struct tk_error *err)
{
	int rc;
	if (!e->due && !e->title)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "campaign edit: give --due D, --title T or both");
	if (e->title && !tk_has_text(e->title))
		return tk_error_set(err, TK_EUSAGE,
				    "--title: the title is empty");
	if ((rc = check_due(e->due, c->fy, err)))
		return rc;
	if (!strcmp(c->status, TK_CAMPAIGN_CLOSED))
		return tk_error_set(
		    err, TK_ERULE,
		    "campaign %ld is closed: `tenken campaign reopen` it before changing its due date or title",
		    c->id);
	return TK_OK;
}

/* The change and its event, inside the caller's transaction. */
static int edit_write(struct tk_store *st, const struct tk_campaign *c,
		      const struct tk_campaign_edit *e, struct tk_error *err)
{
	struct tk_acting who;
	struct tk_buf d = {0};
	int rc;
	if ((rc = audit_plan_campaign(st, c->id, err)) ||
	    (rc = tk_acting_manager_duty(st, c->fy, _("changing a campaign"),
					 &who, err)) ||
	    (rc = tk_q_exec(
		 st,
		 "UPDATE campaigns SET due=coalesce(?3, due), title=coalesce(?4, title) WHERE id=?1",
		 TK_ARGS(c->id, 0, e->due, e->title, NULL), err)))
		return rc;
	if (e->due)
		tk_buf_addf(&d, "due %s -> %s", c->due ? c->due : "-", e->due);
	if (e->title)
		tk_buf_addf(&d, "%stitle %s -> %s", e->due ? "; " : "",
			    c->title, e->title);
	rc = tk_log_obj(st, "campaign.edit", "campaign", c->id, d.s, err);
	tk_buf_free(&d);
	return rc;
}

int tk_campaign_edit(struct tk_store *st, const struct tk_campaign_edit *e,
		     struct tk_error *err)
{
	struct tk_campaign c;
	int rc = tk_campaign_get(st, e->id, &c, err);
	if (!rc && !(rc = edit_allowed(&c, e, err)) &&
	    !(rc = tk_store_begin(st, err)))
		rc = tk_finish(st, edit_write(st, &c, e, err), err);
	tk_campaign_clear(&c);
	return rc;
}

/* ------------------------------------------------------------ delete */

/* TK_ERULE when campaign id has submissions or notices (they are
 * evidence: close the campaign instead). */
static int delete_allowed(struct tk_store *st, long id, struct tk_error *err)
{
	long n = 0;
	int rc;
	if ((rc = tk_q_long(
		 st, "SELECT count(*) FROM submissions WHERE campaign=?1",
		 TK_ARGS(id, 0, NULL, NULL, NULL), &n, NULL, err)))
		return rc;
	if (n)
		return tk_error_set(
		    err, TK_ERULE,
		    "campaign %ld has %ld submission(s) (returned forms imported): it cannot be deleted; close it with `tenken campaign close`",
		    id, n);
	if ((rc =
		 tk_q_long(st, "SELECT count(*) FROM notices WHERE campaign=?1",
			   TK_ARGS(id, 0, NULL, NULL, NULL), &n, NULL, err)))
		return rc;
	if (n)
		return tk_error_set(
		    err, TK_ERULE,
		    "campaign %ld has %ld notice(s) sent from it: it cannot be deleted",
		    id, n);
	return audit_plan_campaign(st, id, err);
}

/* The rows of campaign id (targets, exported forms, the campaign) and
 * the event; *forms gets the number of forms deleted. */
static int delete_write(struct tk_store *st, const struct tk_campaign *c,
			long *forms, struct tk_error *err)
{
	struct tk_acting who;
	char detail[600];
	int rc;
	if ((rc = delete_allowed(st, c->id, err)) ||
	    (rc = tk_acting_manager_duty(st, c->fy, _("deleting a campaign"),
					 &who, err)) ||
	    (rc = tk_q_long(st, "SELECT count(*) FROM forms WHERE campaign=?1",
			    TK_ARGS(c->id, 0, NULL, NULL, NULL), forms, NULL,
			    err)) ||
	    (rc = tk_q_exec(st, "DELETE FROM forms WHERE campaign=?1",
			    TK_ARGS(c->id, 0, NULL, NULL, NULL), err)) ||
	    (rc =
		 tk_q_exec(st, "DELETE FROM campaign_targets WHERE campaign=?1",
			   TK_ARGS(c->id, 0, NULL, NULL, NULL), err)) ||
	    (rc = tk_q_exec(st, "DELETE FROM campaigns WHERE id=?1",
			    TK_ARGS(c->id, 0, NULL, NULL, NULL), err)))
		return rc;
	snprintf(detail, sizeof detail, "%s; survey %s; FY%d; %ld form(s)",
		 c->title, c->survey_id, c->fy, *forms);
	return tk_log_obj(st, "campaign.delete", "campaign", c->id, detail,
			  err);
}

int tk_campaign_delete(struct tk_store *st, long id, long *forms,
		       struct tk_error *err)
{
	struct tk_campaign c;
	int rc = tk_campaign_get(st, id, &c, err);
	*forms = 0;
	if (!rc && !(rc = tk_store_begin(st, err)))
		rc = tk_finish(st, delete_write(st, &c, forms, err), err);
	tk_campaign_clear(&c);
	return rc;
}

static void list_row(sqlite3_stmt *q, struct tk_campaign_row *r)
{
	r->id = (long)sqlite3_column_int64(q, 0);
	r->fy = sqlite3_column_int(q, 1);
	r->title = tk_store_col_dup(q, 2);
	r->survey = tk_store_col_dup(q, 3);
	r->version = tk_store_col_dup(q, 4);
	r->due = tk_store_col_dup(q, 5);
	r->status = tk_store_col_dup(q, 6);
	r->targets = sqlite3_column_int(q, 7);
	r->submitted = sqlite3_column_int(q, 8);
}

int tk_campaign_list(struct tk_store *st, struct tk_campaign_list *l,
		     struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc, step, cap = 0;
	memset(l, 0, sizeof *l);
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT c.id, c.fy, c.title, s.survey_id, s.version, c.due, c.status, (SELECT count(*) FROM campaign_targets t WHERE t.campaign=c.id), (SELECT count(DISTINCT u.division_id) FROM submissions u WHERE u.campaign=c.id AND u.superseded_by IS NULL) FROM campaigns c JOIN surveys s ON s.id=c.survey ORDER BY c.id",
		 &q, err)))
		return rc;
	while ((step = sqlite3_step(q)) == SQLITE_ROW) {
		if (l->n == cap) {
			cap = cap ? cap * 2 : 16;
			l->rows =
			    tk_xrealloc(l->rows, (size_t)cap * sizeof *l->rows);
		}
		list_row(q, &l->rows[l->n++]);
	}
	if (step != SQLITE_DONE)
		rc = tk_store_error(st, err, "campaigns");
	sqlite3_finalize(q);
	if (rc)
		tk_campaign_list_clear(l);
	return rc;
}

void tk_campaign_list_clear(struct tk_campaign_list *l)
{
	for (int i = 0; i < l->n; i++) {
		free(l->rows[i].title);
		free(l->rows[i].survey);
		free(l->rows[i].version);
		free(l->rows[i].due);
		free(l->rows[i].status);
	}
	free(l->rows);
	memset(l, 0, sizeof *l);
}

/*
 * The state of row r (its status already set): "returned" when a form of
 * the division was refused after its last accepted one (or with none
 * accepted), else its status, a missing return counting as "late" once
 * the due day has passed.
 */
static const char *state_of(struct tk_status *s, const struct tk_status_row *r,
			    int refused_last)
{
	char today[16];
	if (refused_last) {
		s->returned++;
		return "returned";
	}
	if (!strcmp(r->status, "missing") && s->c.due &&
	    strcmp(tk_today(today), s->c.due) > 0)
		return "late";
	return r->status;
}

/* One status row from the query of status_rows(). */
static void status_row(sqlite3_stmt *q, struct tk_status *s)
{
	struct tk_status_row *r = &s->rows[s->n++];
	const char *day = (const char *)sqlite3_column_text(q, 4);
	r->code = tk_store_col_dup(q, 0);
	r->name = tk_store_col_dup(q, 1);
	r->imported_at = tk_store_col_dup(q, 3);
	r->answered = sqlite3_column_int(q, 5);
	r->submissions = sqlite3_column_int(q, 6);
	r->head = tk_store_col_dup(q, 7);
	r->kept_aside = sqlite3_column_int(q, 8);
	r->staff_returned = sqlite3_column_int(q, 9);
	r->staff_expected = sqlite3_column_int(q, 10);
	r->inspected_on = tk_store_col_dup(q, 11);
	r->filled_by = tk_store_col_dup(q, 12);
	r->head_confirmed_by = tk_store_col_dup(q, 13);
	r->head_confirmed_on = tk_store_col_dup(q, 14);
	r->status = "missing";
	if (!r->imported_at) {
		r->state = state_of(s, r, sqlite3_column_int(q, 15));
		return;
	}
	s->submitted++;
	r->status = "submitted";
	/* Late: imported on a (local) day after the due day. */
	if (s->c.due && day && strcmp(day, s->c.due) > 0) {
		r->status = "late";
		s->late++;
	}
	r->state = state_of(s, r, sqlite3_column_int(q, 15));
}

static int status_rows(struct tk_store *st, long id, struct tk_status *s,
		       struct tk_error *err)
{
	sqlite3_stmt *q;
	char obj[64];
	int rc, step, cap = 0;
	if ((rc = tk_store_prepare(
		 st,
		 "WITH ev AS MATERIALIZED (SELECT object, max(CASE WHEN action='import.reject' THEN id END) AS rej, max(CASE WHEN action='form.import' THEN id END) AS acc FROM events WHERE action IN ('import.reject', 'form.import') AND substr(object, 1, length(?2))=?2 GROUP BY object) SELECT d.code, d.name, d.kind, max(u.imported_at), date(max(u.imported_at), 'localtime'), coalesce(sum((SELECT sum(answered) FROM item_stats i WHERE i.submission=u.id)), 0), (SELECT count(*) FROM submissions v WHERE v.campaign=t.campaign AND v.division_id=t.division_id), h.name, coalesce(sum((SELECT count(*) FROM gated_answers g WHERE g.submission=u.id)), 0), coalesce(sum((SELECT count(*) FROM staff m WHERE m.division_id=t.division_id AND EXISTS (SELECT 1 FROM answers a WHERE a.submission=u.id AND a.staff_id=m.id))), 0), (SELECT count(*) FROM staff m WHERE m.division_id=t.division_id), max(u.inspected_on), max(u.filled_by), max(u.head_confirmed_by), max(u.head_confirmed_on), coalesce(ev.rej > coalesce(ev.acc, 0), 0) FROM campaign_targets t JOIN divisions d ON d.id=t.division_id LEFT JOIN submissions u ON u.campaign=t.campaign AND u.division_id=t.division_id AND u.superseded_by IS NULL LEFT JOIN staff h ON h.id=d.head_staff_id LEFT JOIN ev ON ev.object=?2 || d.code WHERE t.campaign=?1 GROUP BY t.division_id ORDER BY d.ord, d.code",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, id);
	/* the object of form.import and import.reject events (app/import.c) */
	snprintf(obj, sizeof obj, "campaign %ld division ", id);
	sqlite3_bind_text(q, 2, obj, -1, SQLITE_STATIC);
	while ((step = sqlite3_step(q)) == SQLITE_ROW) {
		if (s->n == cap) {
			cap = cap ? cap * 2 : 64;
			s->rows =
			    tk_xrealloc(s->rows, (size_t)cap * sizeof *s->rows);
		}
		status_row(q, s);
	}
	if (step != SQLITE_DONE)
		rc = tk_store_error(st, err, "campaign status");
	sqlite3_finalize(q);
	return rc;
}

int tk_campaign_status(struct tk_store *st, long id, struct tk_status *s,
		       struct tk_error *err)
{
	long staff = 0;
	int rc;
	memset(s, 0, sizeof *s);
	if ((rc = tk_campaign_get(st, id, &s->c, err)) ||
	    (rc = tk_q_long(
		 st, "SELECT respondent='staff' FROM surveys WHERE id=?1",
		 TK_ARGS(.a = s->c.survey), &staff, NULL, err)))
		return rc;
	s->staff = staff != 0;
	if ((rc = status_rows(st, id, s, err)))
		tk_status_clear(s);
	return rc;
}

void tk_status_clear(struct tk_status *s)
{
	for (int i = 0; i < s->n; i++) {
		free(s->rows[i].code);
		free(s->rows[i].name);
		free(s->rows[i].imported_at);
		free(s->rows[i].head);
		free(s->rows[i].inspected_on);
		free(s->rows[i].filled_by);
		free(s->rows[i].head_confirmed_by);
		free(s->rows[i].head_confirmed_on);
	}
	free(s->rows);
	tk_campaign_clear(&s->c);
	memset(s, 0, sizeof *s);
}
