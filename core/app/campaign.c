/*
 * campaign.c — creating, listing and closing campaigns, and the return
 * status of each target division.
 */
#include "app/campaign.h"

#include "app/survey_db.h"

#include <stdlib.h>
#include <string.h>

static int valid_date(const char *s)
{
	int y, m, d, n = 0;
	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !(s[i] >= '0' && s[i] <= '9'))
			return 0;
	n = sscanf(s, "%4d-%2d-%2d", &y, &m, &d);
	return n == 3 && tk_valid_ymd(y, m, d);
}

static int add_targets(struct tk_store *st, long id, int fy,
		       const char *divisions, struct tk_error *err)
{
	sqlite3_stmt *q = NULL;
	int rc = TK_OK;
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
			sqlite3_stmt *e;
			int known = 0;
			if (!tk_store_prepare(
				st,
				"SELECT 1 FROM divisions WHERE fy=?1 AND code=?2",
				&e, err)) {
				sqlite3_bind_int(e, 1, fy);
				sqlite3_bind_text(e, 2, code, -1,
						  SQLITE_STATIC);
				known = sqlite3_step(e) == SQLITE_ROW;
				sqlite3_finalize(e);
			}
			if (!known) {
				rc = tk_error_set(
				    err, TK_EINPUT,
				    "--divisions: no division '%s' in FY%d",
				    code, fy);
				goto done;
			}
		}
	}
done:
	sqlite3_finalize(q);
	free(list);
	return rc;
}

int tk_campaign_create(struct tk_store *st, const struct tk_survey *s,
		       const struct tk_campaign_spec *spec, long *id,
		       struct tk_error *err)
{
	sqlite3_stmt *q = NULL;
	long survey_id;
	char now[32], title[512], obj[64], detail[600];
	int rc;

	*id = 0;
	if (spec->due && !valid_date(spec->due))
		return tk_error_set(err, TK_EUSAGE,
				    "--due: '%s' is not a date YYYY-MM-DD",
				    spec->due);
	if (!strcmp(s->kind, "regular_audit") ||
	    !strcmp(s->kind, "special_audit"))
		return tk_error_set(
		    err, TK_EUSAGE,
		    "survey %s is an audit checklist (%s); campaigns are for self-inspection",
		    s->id, s->kind);
	if ((rc = tk_store_begin(st, err)))
		return rc;
	if ((rc = tk_store_prepare(st, "SELECT 1 FROM org_years WHERE fy=?1",
				   &q, err)))
		goto fail;
	sqlite3_bind_int(q, 1, spec->fy);
	if (sqlite3_step(q) != SQLITE_ROW) {
		rc = tk_error_set(
		    err, TK_ENOTFOUND,
		    "no organisation for FY%d; import it first with `tenken org import --year %d`",
		    spec->fy, spec->fy);
		goto fail;
	}
	sqlite3_finalize(q);
	q = NULL;
	if ((rc = tk_survey_store(st, s, &survey_id, err)))
		goto fail;
	if (spec->title)
		snprintf(title, sizeof title, "%s", spec->title);
	else
		snprintf(title, sizeof title, "令和%d年度 %s", spec->fy - 2018,
			 s->title);
	if ((rc = tk_store_prepare(
		 st,
		 "INSERT INTO campaigns(survey, fy, title, due, marking, return_to, created_at, created_by) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)",
		 &q, err)))
		goto fail;
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
	if (sqlite3_step(q) != SQLITE_DONE) {
		rc = tk_store_error(st, err, "campaign");
		goto fail;
	}
	sqlite3_finalize(q);
	q = NULL;
	*id = (long)sqlite3_last_insert_rowid(st->db);
	if ((rc = add_targets(st, *id, spec->fy, spec->divisions, err)))
		goto fail;
	snprintf(obj, sizeof obj, "campaign %ld", *id);
	snprintf(detail, sizeof detail, "%s; survey %s %s %s; FY%d; due %s",
		 title, s->id, s->version, s->hash, spec->fy,
		 spec->due ? spec->due : "-");
	if ((rc = tk_store_log(st, "campaign.create", obj, detail, err)))
		goto fail;
	return tk_store_commit(st, err);
fail:
	sqlite3_finalize(q);
	tk_store_rollback(st);
	*id = 0;
	return rc;
}

static char *dup_col(sqlite3_stmt *q, int i)
{
	const char *t = (const char *)sqlite3_column_text(q, i);
	return t ? tk_xstrdup(t) : NULL;
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
	if (sqlite3_step(q) != SQLITE_ROW) {
		sqlite3_finalize(q);
		return tk_error_set(
		    err, TK_ENOTFOUND,
		    "no campaign %ld (see `tenken campaign list`)", id);
	}
	c->id = id;
	c->survey = (long)sqlite3_column_int64(q, 1);
	c->fy = sqlite3_column_int(q, 2);
	c->title = dup_col(q, 3);
	c->due = dup_col(q, 4);
	c->marking = dup_col(q, 5);
	c->return_to = dup_col(q, 6);
	c->status = dup_col(q, 7);
	c->survey_id = dup_col(q, 8);
	c->survey_version = dup_col(q, 9);
	c->survey_hash = dup_col(q, 10);
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

int tk_campaign_set_status(struct tk_store *st, long id, const char *status,
			   struct tk_error *err)
{
	struct tk_campaign c;
	sqlite3_stmt *q = NULL;
	char now[32], obj[64];
	int rc;
	if ((rc = tk_campaign_get(st, id, &c, err)))
		return rc;
	tk_campaign_clear(&c);
	if ((rc = tk_store_begin(st, err)))
		return rc;
	if ((rc = tk_store_prepare(
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
			       !strcmp(status, "closed") ? "campaign.close"
							 : "campaign.reopen",
			       obj, "", err)))
		goto fail;
	return tk_store_commit(st, err);
fail:
	sqlite3_finalize(q);
	tk_store_rollback(st);
	return rc;
}

int tk_campaign_list(struct tk_store *st, int json, FILE *out,
		     struct tk_error *err)
{
	sqlite3_stmt *q;
	struct tk_buf b = {0};
	int n = 0, rc;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT c.id, c.fy, c.title, s.survey_id, s.version, c.due, c.status, (SELECT count(*) FROM campaign_targets t WHERE t.campaign=c.id), (SELECT count(*) FROM submissions u WHERE u.campaign=c.id AND u.superseded_by IS NULL) FROM campaigns c JOIN surveys s ON s.id=c.survey ORDER BY c.id",
		 &q, err)))
		return rc;
	if (json)
		tk_buf_adds(&b, "[");
	else
		tk_buf_addf(&b, "%-4s %-6s %-14s %-10s %-7s %9s  %s\n", "id",
			    "FY", "survey", "due", "status", "submitted",
			    "title");
	while (sqlite3_step(q) == SQLITE_ROW) {
		const char *title = (const char *)sqlite3_column_text(q, 2);
		const char *sid = (const char *)sqlite3_column_text(q, 3);
		const char *due = (const char *)sqlite3_column_text(q, 5);
		const char *status = (const char *)sqlite3_column_text(q, 6);
		if (json) {
			tk_buf_addf(
			    &b, "%s\n {\"id\":%lld,\"fy\":%d,\"title\":",
			    n ? "," : "", (long long)sqlite3_column_int64(q, 0),
			    sqlite3_column_int(q, 1));
			tk_buf_json_str(&b, title);
			tk_buf_adds(&b, ",\"survey\":");
			tk_buf_json_str(&b, sid);
			tk_buf_adds(&b, ",\"version\":");
			tk_buf_json_str(
			    &b, (const char *)sqlite3_column_text(q, 4));
			tk_buf_adds(&b, ",\"due\":");
			tk_buf_json_str(&b, due);
			tk_buf_adds(&b, ",\"status\":");
			tk_buf_json_str(&b, status);
			tk_buf_addf(&b, ",\"targets\":%d,\"submitted\":%d}",
				    sqlite3_column_int(q, 7),
				    sqlite3_column_int(q, 8));
		} else {
			tk_buf_addf(
			    &b, "%-4lld FY%-4d %-14s %-10s %-7s %4d/%-4d  %s\n",
			    (long long)sqlite3_column_int64(q, 0),
			    sqlite3_column_int(q, 1), sid, due ? due : "-",
			    status, sqlite3_column_int(q, 8),
			    sqlite3_column_int(q, 7), title);
		}
		n++;
	}
	sqlite3_finalize(q);
	if (json)
		tk_buf_adds(&b, "\n]\n");
	fputs(b.s, out);
	tk_buf_free(&b);
	return TK_OK;
}

int tk_campaign_show(struct tk_store *st, long id, int json, FILE *out,
		     struct tk_error *err)
{
	struct tk_campaign c;
	struct tk_buf b = {0};
	int rc;
	if ((rc = tk_campaign_get(st, id, &c, err)))
		return rc;
	if (json) {
		tk_buf_addf(&b, "{\"id\":%ld,\"fy\":%d,\"title\":", c.id, c.fy);
		tk_buf_json_str(&b, c.title);
		tk_buf_adds(&b, ",\"survey\":");
		tk_buf_json_str(&b, c.survey_id);
		tk_buf_adds(&b, ",\"version\":");
		tk_buf_json_str(&b, c.survey_version);
		tk_buf_adds(&b, ",\"hash\":");
		tk_buf_json_str(&b, c.survey_hash);
		tk_buf_adds(&b, ",\"due\":");
		tk_buf_json_str(&b, c.due);
		tk_buf_adds(&b, ",\"marking\":");
		tk_buf_json_str(&b, c.marking);
		tk_buf_adds(&b, ",\"return_to\":");
		tk_buf_json_str(&b, c.return_to);
		tk_buf_adds(&b, ",\"status\":");
		tk_buf_json_str(&b, c.status);
		tk_buf_addf(&b, ",\"targets\":%d}\n", c.targets);
	} else {
		tk_buf_addf(
		    &b,
		    "campaign %ld: %s\n  FY%d, survey %s %s (hash %.16s…)\n"
		    "  due %s, status %s, %d target divisions\n"
		    "  marking: %s\n  return to: %s\n",
		    c.id, c.title, c.fy, c.survey_id, c.survey_version,
		    c.survey_hash, c.due ? c.due : "-", c.status, c.targets,
		    c.marking, c.return_to);
	}
	fputs(b.s, out);
	tk_buf_free(&b);
	tk_campaign_clear(&c);
	return TK_OK;
}

int tk_campaign_status(struct tk_store *st, long id, int json, FILE *out,
		       struct tk_error *err)
{
	struct tk_campaign c;
	sqlite3_stmt *q;
	struct tk_buf b = {0};
	int rc, n = 0, submitted = 0, late = 0;
	if ((rc = tk_campaign_get(st, id, &c, err)))
		return rc;
	rc = tk_store_prepare(
	    st,
	    "SELECT d.code, d.name, d.kind, u.imported_at, date(u.imported_at, 'localtime'), (SELECT coalesce(sum(answered), 0) FROM item_stats i WHERE  i.submission=u.id), (SELECT count(*) FROM submissions v WHERE v.campaign=t.campaign  AND v.division_id=t.division_id), h.name FROM campaign_targets t JOIN divisions d ON d.id=t.division_id LEFT JOIN submissions u ON u.campaign=t.campaign AND  u.division_id=t.division_id AND u.superseded_by IS NULL LEFT JOIN staff h ON h.id=d.head_staff_id WHERE t.campaign=?1 ORDER BY d.code",
	    &q, err);
	if (rc)
		goto done;
	sqlite3_bind_int64(q, 1, id);
	if (json)
		tk_buf_addf(&b, "{\"campaign\":%ld,\"due\":", id);
	if (json) {
		tk_buf_json_str(&b, c.due);
		tk_buf_adds(&b, ",\"divisions\":[");
	} else {
		tk_buf_addf(&b, "campaign %ld: %s (due %s)\n", id, c.title,
			    c.due ? c.due : "-");
		tk_buf_addf(&b, "%-8s %-10s %-20s %8s %9s  %s\n", "code",
			    "status", "imported", "answers", "versions",
			    "division (head)");
	}
	while (sqlite3_step(q) == SQLITE_ROW) {
		const char *at = (const char *)sqlite3_column_text(q, 3);
		const char *day = (const char *)sqlite3_column_text(q, 4);
		const char *status = "missing";
		if (at) {
			submitted++;
			status = "submitted";
			/* Late: imported on a (local) day after the due day. */
			if (c.due && day && strcmp(day, c.due) > 0) {
				status = "late";
				late++;
			}
		}
		if (json) {
			tk_buf_adds(&b, n ? ",\n {\"division\":"
					  : "\n {\"division\":");
			tk_buf_json_str(
			    &b, (const char *)sqlite3_column_text(q, 0));
			tk_buf_adds(&b, ",\"name\":");
			tk_buf_json_str(
			    &b, (const char *)sqlite3_column_text(q, 1));
			tk_buf_adds(&b, ",\"status\":");
			tk_buf_json_str(&b, status);
			tk_buf_adds(&b, ",\"imported_at\":");
			tk_buf_json_str(&b, at);
			tk_buf_addf(
			    &b, ",\"answered\":%d,\"submissions\":%d,\"head\":",
			    sqlite3_column_int(q, 5), sqlite3_column_int(q, 6));
			tk_buf_json_str(
			    &b, (const char *)sqlite3_column_text(q, 7));
			tk_buf_addc(&b, '}');
		} else {
			const char *head =
			    (const char *)sqlite3_column_text(q, 7);
			tk_buf_addf(&b, "%-8s %-10s %-20s %8d %9d  %s%s%s%s\n",
				    sqlite3_column_text(q, 0), status,
				    at ? at : "-", sqlite3_column_int(q, 5),
				    sqlite3_column_int(q, 6),
				    sqlite3_column_text(q, 1), head ? " (" : "",
				    head ? head : "", head ? ")" : "");
		}
		n++;
	}
	sqlite3_finalize(q);
	if (json)
		tk_buf_addf(
		    &b,
		    "\n],\"targets\":%d,\"submitted\":%d,\"late\":%d,\"missing\":%d}\n",
		    n, submitted, late, n - submitted);
	else
		tk_buf_addf(&b, "%d of %d submitted (%d late), %d missing\n",
			    submitted, n, late, n - submitted);
	fputs(b.s, out);
done:
	tk_buf_free(&b);
	tk_campaign_clear(&c);
	return rc;
}
