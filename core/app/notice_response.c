/*
 * notice_response.c — a division's response to a notice (回答書, format
 * tenken-response/1) coming back through `tenken import`, and the list of
 * notices.  See notice.h and returns.h.
 *
 * Every row is checked before anything is written: the finding is one of
 * the notice's (a finding of another division is refused at its cell), the
 * answer fits the notice (該当なし only for a cross notice), 措置済み has
 * what was done and a completion date not in the future, 改善計画 has its
 * measures, 補完的措置, owner and a due date not before the notice
 * (第2 5(2)オ(エ)), and a finding whose improvement is verified is not
 * answered again.  An accepted response replaces an earlier one's
 * improvements (kept as history, superseded_by) in one transaction.
 */
#include "app/notice.h"

#include "app/acting.h"
#include "app/query.h"
#include "app/returns.h"
#include "lib/i18n.h"
#include "lib/util.h"
#include "reports/noticedoc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum answer { A_NONE, A_DONE, A_PLAN };

/* One answered row; strings owned. */
struct resp_row {
	uint32_t row;
	long finding;
	enum answer answer;
	char *what, *comp, *owner, *miles;
	char done[11], due[11];
};

/* The notice a response answers. */
struct target {
	long id, source, division_id;
	int cross;
	char sent_on[16], responded_on[16];
	long *findings; /* the findings it may answer */
	int nfindings;
};

struct response {
	const struct tk_return_in *in;
	struct tk_problems *pr;
	struct target t;
	struct resp_row *rows;
	int n;
	char today[16];
};

static void response_free(struct response *r)
{
	for (int i = 0; i < r->n; i++) {
		free(r->rows[i].what);
		free(r->rows[i].comp);
		free(r->rows[i].owner);
		free(r->rows[i].miles);
	}
	free(r->rows);
	free(r->t.findings);
}

/* A problem at column c of row: "NAME: 回答!F7: ...". */
static void at(struct response *r, uint32_t row, uint32_t c, const char *msg,
	       const char *arg)
{
	char ref[16];
	tk_xlsx_ref(row, c, ref);
	tk_problem(r->pr, "%s: %s!%s: %s%s", r->in->name, TK_NDOC_SHEET, ref,
		   _(msg), arg ? arg : "");
}

/* ------------------------------------------------------------ reading */

static int load_target(struct tk_store *st, long notice, struct target *t,
		       struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc, step;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT n.kind = 'cross', coalesce(n.source, 0), n.division_id, n.sent_on, coalesce(n.responded_on, '') FROM notices n WHERE n.id = ?1",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, notice);
	if ((step = sqlite3_step(q)) == SQLITE_ROW) {
		t->id = notice;
		t->cross = sqlite3_column_int(q, 0);
		t->source = (long)sqlite3_column_int64(q, 1);
		t->division_id = (long)sqlite3_column_int64(q, 2);
		snprintf(t->sent_on, sizeof t->sent_on, "%s",
			 (const char *)sqlite3_column_text(q, 3));
		snprintf(t->responded_on, sizeof t->responded_on, "%s",
			 (const char *)sqlite3_column_text(q, 4));
	}
	sqlite3_finalize(q);
	if (step != SQLITE_ROW)
		return tk_store_error(st, err, "notices");
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT finding FROM notice_findings WHERE notice = ?1 AND ?2 = 0 UNION SELECT ?3 WHERE ?2 = 1 ORDER BY 1",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, notice);
	sqlite3_bind_int(q, 2, t->cross);
	sqlite3_bind_int64(q, 3, t->source);
	while ((step = sqlite3_step(q)) == SQLITE_ROW) {
		t->findings =
		    tk_xrealloc(t->findings, (size_t)(t->nfindings + 1) *
						 sizeof *t->findings);
		t->findings[t->nfindings++] = (long)sqlite3_column_int64(q, 0);
	}
	rc = step == SQLITE_DONE ? TK_OK
				 : tk_store_error(st, err, "notice_findings");
	sqlite3_finalize(q);
	return rc;
}

static int of_notice(const struct target *t, long finding)
{
	for (int i = 0; i < t->nfindings; i++)
		if (t->findings[i] == finding)
			return 1;
	return 0;
}

static char *text_at(struct response *r, uint32_t row, uint32_t c)
{
	char buf[4096];
	tk_return_text(r->in, row, c, buf, sizeof buf);
	return tk_xstrdup(buf);
}

/* The answer of a row, or -1 (a problem is recorded). */
static int answer_at(struct response *r, uint32_t row)
{
	char a[64];
	tk_return_text(r->in, row, TK_NDOC_COL_ANSWER, a, sizeof a);
	if (!strcmp(a, TK_NDOC_DONE))
		return A_DONE;
	if (!strcmp(a, TK_NDOC_PLAN))
		return A_PLAN;
	if (!strcmp(a, TK_NDOC_NONE) && r->t.cross)
		return A_NONE;
	if (!*a)
		at(r, row, TK_NDOC_COL_ANSWER,
		   r->t.cross ? "choose 該当なし, 措置済み or 改善計画"
			      : "choose 措置済み or 改善計画",
		   NULL);
	else
		at(r, row, TK_NDOC_COL_ANSWER,
		   "not an answer of this notice: ", a);
	return -1;
}

/* A date cell that must be given. */
static void date_at(struct response *r, uint32_t row, uint32_t c, char out[11],
		    const char *what)
{
	int k = tk_return_date(r->in, row, c, out);
	if (k == 0)
		at(r, row, c, what, NULL);
	else if (k < 0)
		at(r, row, c, "not a date: write it as YYYY-MM-DD", NULL);
}

/* Check the parts the answer needs. */
static void check_row(struct response *r, struct resp_row *w)
{
	uint32_t row = w->row;
	if (w->answer == A_NONE)
		return;
	if (!*w->what)
		at(r, row, TK_NDOC_COL_WHAT,
		   w->answer == A_DONE ? "措置済み needs what was done"
				       : "改善計画 needs its measures",
		   NULL);
	if (w->answer == A_DONE) {
		date_at(r, row, TK_NDOC_COL_DONE, w->done,
			"措置済み needs the date it was completed");
		if (*w->done && strcmp(w->done, r->today) > 0)
			at(r, row, TK_NDOC_COL_DONE,
			   "the completion date is in the future: ", w->done);
		return;
	}
	if (!*w->comp)
		at(r, row, TK_NDOC_COL_COMP,
		   "an improvement plan needs 補完的措置 (compensating measures, 第2 5(2)オ(エ))",
		   NULL);
	if (!*w->owner)
		at(r, row, TK_NDOC_COL_OWNER,
		   "an improvement plan needs its owner (担当者)", NULL);
	date_at(r, row, TK_NDOC_COL_DUE, w->due,
		"an improvement plan needs a due date (第2 5(2)オ(エ))");
	if (*w->due && strcmp(w->due, r->t.sent_on) < 0) {
		char m[512];
		snprintf(
		    m, sizeof m,
		    _("the due date %s is before the notice (%s): a plan is due on or after it"),
		    w->due, r->t.sent_on);
		at(r, row, TK_NDOC_COL_DUE, m, NULL);
	}
}

/* Read the row: its finding and answer; 0 when it is empty. */
static int read_row(struct response *r, uint32_t row)
{
	const struct tk_xlsx_cell *id =
	    tk_return_at(r->in, row, TK_NDOC_COL_ID);
	struct resp_row w = {0};
	int a;
	if (!id)
		return 0;
	w.row = row;
	if (id->type != TK_CELL_NUMBER || id->num < 1 ||
	    !of_notice(&r->t, (long)id->num)) {
		at(r, row, TK_NDOC_COL_ID,
		   "not a finding of this notice (a finding of another division, or the sheet was altered): ",
		   id->text);
		return 1;
	}
	w.finding = (long)id->num;
	if ((a = answer_at(r, row)) < 0)
		return 1;
	w.answer = (enum answer)a;
	w.what = text_at(r, row, TK_NDOC_COL_WHAT);
	w.comp = text_at(r, row, TK_NDOC_COL_COMP);
	w.owner = text_at(r, row, TK_NDOC_COL_OWNER);
	w.miles = text_at(r, row, TK_NDOC_COL_MILES);
	check_row(r, &w);
	r->rows = tk_xrealloc(r->rows, (size_t)(r->n + 1) * sizeof *r->rows);
	r->rows[r->n++] = w;
	return 1;
}

/* Every row, then every finding answered once and none verified. */
static int read_rows(struct tk_store *st, struct response *r,
		     struct tk_error *err)
{
	uint32_t last = tk_return_last_row(r->in);
	for (uint32_t row = (uint32_t)r->in->first_row; row <= last; row++)
		read_row(r, row);
	for (int i = 0; i < r->t.nfindings; i++) {
		long f = r->t.findings[i], verified;
		int k = 0, rc;
		for (int j = 0; j < r->n; j++)
			k += r->rows[j].finding == f;
		if (k != 1)
			tk_problem(
			    r->pr,
			    "%s: %s: finding %ld is answered %d times: answer each finding of the notice once",
			    r->in->name, TK_NDOC_SHEET, f, k);
		if ((rc = tk_q_long(
			 st,
			 "SELECT count(*) FROM improvements i JOIN notice_findings nf ON nf.finding = i.finding WHERE nf.notice = ?1 AND i.superseded_by IS NULL AND i.verified_by IS NOT NULL AND (i.finding = ?2 OR ?2 = 0)",
			 TK_ARGS(r->t.id, r->t.cross ? 0 : f, NULL, NULL, NULL),
			 &verified, NULL, err)))
			return rc;
		if (verified)
			tk_problem(
			    r->pr,
			    "%s: finding %ld already has a verified improvement: it cannot be answered again",
			    r->in->name, f);
	}
	return TK_OK;
}

/* ------------------------------------------------------------ writing */

/* The finding a cross answer is about: the division's own, made from the
 * source finding on the first answer that is not 該当なし. */
static int cross_finding(struct tk_store *st, const struct response *r,
			 long *finding, struct tk_error *err)
{
	char now[32], detail[128];
	int found, rc;
	if ((rc = tk_q_long(
		 st,
		 "SELECT finding FROM notice_findings WHERE notice = ?1 AND ?2 = ?2",
		 TK_ARGS(r->t.id, 0, NULL, NULL, NULL), finding, &found,
		 err)) ||
	    found)
		return rc;
	if ((rc = tk_q_exec(
		 st,
		 "INSERT INTO findings(division_id, item_id, clause, severity, text, found_on, source, created_at) SELECT ?2, f.item_id, f.clause, f.severity, '横展開：' || f.text, ?3, f.id, ?4 FROM findings f WHERE f.id = ?1",
		 TK_ARGS(r->t.source, r->t.division_id, r->t.sent_on,
			 tk_now(now), NULL),
		 err)))
		return rc;
	*finding = (long)sqlite3_last_insert_rowid(st->db);
	snprintf(detail, sizeof detail,
		 "cross-division; notice %ld; source finding %ld", r->t.id,
		 r->t.source);
	if ((rc = tk_log_obj(st, "finding.raise", "finding", *finding, detail,
			     err)))
		return rc;
	return tk_q_exec(
	    st, "INSERT INTO notice_findings(notice, finding) VALUES (?1, ?2)",
	    TK_ARGS(r->t.id, *finding, NULL, NULL, NULL), err);
}

static int insert_improvement(struct tk_store *st, const struct response *r,
			      const struct resp_row *w, long finding,
			      struct tk_error *err)
{
	sqlite3_stmt *q;
	char now[32];
	long id;
	int rc, done = w->answer == A_DONE;
	if ((rc = tk_store_prepare(
		 st,
		 "INSERT INTO improvements(finding, notice, division_id, kind, description, compensating, owner, due, milestones, submitted_on, progress, completed_on, created_at) VALUES (?1, ?2, ?3, ?4, ?5, nullif(?6, ''), nullif(?7, ''), nullif(?8, ''), nullif(?9, ''), ?10, ?11, nullif(?12, ''), ?13)",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, finding);
	sqlite3_bind_int64(q, 2, r->t.id);
	sqlite3_bind_int64(q, 3, r->t.division_id);
	sqlite3_bind_text(q, 4, done ? "measure_taken" : "plan", -1,
			  SQLITE_STATIC);
	sqlite3_bind_text(q, 5, w->what, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 6, done ? "" : w->comp, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 7, w->owner, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 8, done ? "" : w->due, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 9, w->miles, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 10, r->today, -1, SQLITE_STATIC);
	sqlite3_bind_int(q, 11, done ? 100 : 0);
	sqlite3_bind_text(q, 12, done ? w->done : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 13, tk_now(now), -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(q) == SQLITE_DONE
		 ? TK_OK
		 : tk_store_error(st, err, "improvements");
	sqlite3_finalize(q);
	if (rc)
		return rc;
	id = (long)sqlite3_last_insert_rowid(st->db);
	if ((rc = tk_q_exec(
		 st,
		 "UPDATE improvements SET superseded_by = ?1 WHERE finding = ?2 AND superseded_by IS NULL AND id <> ?1",
		 TK_ARGS(id, finding, NULL, NULL, NULL), err)))
		return rc;
	return tk_q_exec(
	    st,
	    "UPDATE findings SET status = 'answered' WHERE id = ?1 AND status = 'open' AND ?2 = ?2",
	    TK_ARGS(finding, 0, NULL, NULL, NULL), err);
}

/* One row's changes. */
static int write_row(struct tk_store *st, const struct response *r,
		     const struct resp_row *w, struct tk_error *err)
{
	static const char *const names[] = {"none", "done", "plan"};
	long finding = w->finding;
	int rc;
	if (r->t.cross &&
	    (rc = tk_q_exec(
		 st,
		 "UPDATE notices SET answer = ?3, answer_note = nullif(?4, '') WHERE id = ?1 AND ?2 = ?2",
		 TK_ARGS(r->t.id, 0, names[w->answer], w->what, NULL), err)))
		return rc;
	if (w->answer == A_NONE)
		return TK_OK;
	if (r->t.cross && (rc = cross_finding(st, r, &finding, err)))
		return rc;
	return insert_improvement(st, r, w, finding, err);
}

static int write_response(struct tk_store *st, const struct response *r,
			  long form, struct tk_error *err)
{
	int counts[3] = {0}, rc;
	char detail[256];
	if ((rc = tk_store_begin(st, err)))
		return rc;
	for (int i = 0; !rc && i < r->n; i++) {
		counts[r->rows[i].answer]++;
		rc = write_row(st, r, &r->rows[i], err);
	}
	snprintf(detail, sizeof detail,
		 "%s; 措置済み %d, 改善計画 %d, 該当なし %d; sha256 %.16s",
		 r->t.responded_on[0] ? "again" : "first", counts[A_DONE],
		 counts[A_PLAN], counts[A_NONE], r->in->sha);
	if (!rc)
		rc = tk_q_exec(
		    st,
		    "UPDATE notices SET responded_on = coalesce(responded_on, ?3) WHERE id = ?1 AND ?2 = ?2",
		    TK_ARGS(r->t.id, 0, r->today, NULL, NULL), err);
	if (!rc)
		rc = tk_return_record(st, r->in, form, r->n, err);
	if (!rc)
		rc = tk_log_obj(st, "notice.response", "notice", r->t.id,
				detail, err);
	return tk_finish(st, rc, err);
}

int tk_response_import(struct tk_store *st, const struct tk_return_in *in,
		       struct tk_problems *pr, struct tk_return_out *out,
		       struct tk_error *err)
{
	struct tk_return_form rf;
	struct tk_acting who;
	struct response r = {.in = in, .pr = pr};
	int before = pr->count, rc;
	tk_today(r.today);
	if ((rc = tk_return_resolve(st, in, "response", &rf, pr, err)) ||
	    pr->count > before)
		return rc;
	if ((rc = tk_acting_in(st, rf.fy, &who, err)) ||
	    (rc = load_target(st, rf.notice, &r.t, err)) ||
	    (rc = read_rows(st, &r, err)))
		goto done;
	if (r.t.cross && r.n != 1 && pr->count == before)
		tk_problem(
		    pr,
		    "%s: %s: a cross-division notice is answered in one row",
		    in->name, TK_NDOC_SHEET);
	if (pr->count > before)
		goto done;
	snprintf(out->division_code, sizeof out->division_code, "%s",
		 rf.division_code);
	snprintf(out->division, sizeof out->division, "%s", rf.division);
	out->rows = r.n;
	out->superseded = r.t.responded_on[0] != '\0';
	if (!in->dry_run)
		rc = write_response(st, &r, rf.id, err);
done:
	response_free(&r);
	return rc;
}

/* ------------------------------------------------------------ list */

void tk_notice_list_clear(struct tk_notice_list *l)
{
	for (int i = 0; i < l->n; i++) {
		struct tk_notice_row *w = &l->rows[i];
		free(w->kind);
		free(w->division);
		free(w->division_name);
		free(w->sent_on);
		free(w->respond_by);
		free(w->responded_on);
		free(w->answer);
	}
	free(l->rows);
	memset(l, 0, sizeof *l);
}

static void take_notice_row(sqlite3_stmt *q, struct tk_notice_row *w)
{
	w->id = (long)sqlite3_column_int64(q, 0);
	w->kind = tk_store_col_dup(q, 1);
	w->fy = sqlite3_column_int(q, 2);
	w->audit = (long)sqlite3_column_int64(q, 3);
	w->campaign = (long)sqlite3_column_int64(q, 4);
	w->source = (long)sqlite3_column_int64(q, 5);
	w->division = tk_store_col_dup(q, 6);
	w->division_name = tk_store_col_dup(q, 7);
	w->sent_on = tk_store_col_dup(q, 8);
	w->respond_by = tk_store_col_dup(q, 9);
	w->responded_on = tk_store_col_dup(q, 10);
	w->answer = tk_store_col_dup(q, 11);
	w->findings = sqlite3_column_int(q, 12);
	w->improvements = sqlite3_column_int(q, 13);
	w->days_overdue = sqlite3_column_int(q, 14);
}

int tk_notice_list(struct tk_store *st, int fy, const char *division,
		   const char *as_of, struct tk_notice_list *l,
		   struct tk_error *err)
{
	sqlite3_stmt *q;
	char today[16];
	int rc, step;
	memset(l, 0, sizeof *l);
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT n.id, n.kind, n.fy, coalesce(n.audit, 0), coalesce(n.campaign, 0), coalesce(n.source, 0), v.code, v.name, n.sent_on, n.respond_by, n.responded_on, n.answer, (SELECT count(*) FROM notice_findings f WHERE f.notice = n.id), (SELECT count(*) FROM improvements i WHERE i.notice = n.id AND i.superseded_by IS NULL), CASE WHEN n.responded_on IS NULL AND n.respond_by < ?3 THEN CAST(julianday(?3) - julianday(n.respond_by) AS INTEGER) ELSE 0 END FROM notices n JOIN divisions v ON v.id = n.division_id WHERE (?1 = 0 OR n.fy = ?1) AND (?2 IS NULL OR v.code = ?2) ORDER BY n.id",
		 &q, err)))
		return rc;
	sqlite3_bind_int(q, 1, fy);
	if (division)
		sqlite3_bind_text(q, 2, division, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 3, as_of ? as_of : tk_today(today), -1,
			  SQLITE_TRANSIENT);
	while ((step = sqlite3_step(q)) == SQLITE_ROW) {
		l->rows =
		    tk_xrealloc(l->rows, (size_t)(l->n + 1) * sizeof *l->rows);
		take_notice_row(q, &l->rows[l->n++]);
	}
	rc = step == SQLITE_DONE ? TK_OK : tk_store_error(st, err, "notices");
	sqlite3_finalize(q);
	if (rc)
		tk_notice_list_clear(l);
	return rc;
}
