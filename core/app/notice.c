/*
 * notice.c — sending notices: the 改善通知書 after an audit or a
 * self-inspection, and the 横展開 notice.  See notice.h.
 *
 * Per notice: the notice row, its findings (notice_findings), the response
 * workbook's token (return_forms) and the event, then the two workbooks
 * written as hidden ".part" files; only when every workbook of the send is
 * written does the transaction commit and the files take their names.  A
 * failure leaves neither rows nor files.
 */
#include "app/notice.h"

#include "app/acting.h"
#include "app/campaign.h"
#include "app/query.h"
#include "app/returns.h"
#include "app/score.h"
#include "lib/i18n.h"
#include "lib/util.h"
#include "model/survey.h"
#include "reports/auditdoc.h"
#include "reports/noticedoc.h"
#include "reports/sheet.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ------------------------------------------------------------ gathering */

/* One finding to notify; strings owned. */
struct nf {
	long id;
	char *item_id, *clause, *severity, *judgement, *text;
};

/* One notice being made. */
struct draft {
	enum tk_ndoc_kind kind;
	int fy;
	long audit, campaign, source, division_id;
	char code[32], name[128], head[128], marking[256], origin[512];
	struct nf *f;
	int n, cap;
};

static void draft_clear(struct draft *d)
{
	for (int i = 0; i < d->n; i++) {
		free(d->f[i].item_id);
		free(d->f[i].clause);
		free(d->f[i].severity);
		free(d->f[i].judgement);
		free(d->f[i].text);
	}
	free(d->f);
	d->f = NULL;
	d->n = d->cap = 0;
}

static const char *col(sqlite3_stmt *q, int i)
{
	const char *s = (const char *)sqlite3_column_text(q, i);
	return s ? s : "";
}

/* Append the findings a query gives: id, item_id, clause, severity,
 * judgement, text. */
static int take_findings(struct tk_store *st, struct draft *d, const char *sql,
			 const struct tk_qargs *x, struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc, step;
	if ((rc = tk_store_prepare(st, sql, &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, x->a);
	sqlite3_bind_int64(q, 2, x->b);
	while ((step = sqlite3_step(q)) == SQLITE_ROW) {
		struct nf *f;
		if (d->n == d->cap) {
			d->cap = d->cap ? 2 * d->cap : 8;
			d->f = tk_xrealloc(d->f, (size_t)d->cap * sizeof *d->f);
		}
		f = &d->f[d->n++];
		f->id = (long)sqlite3_column_int64(q, 0);
		f->item_id = tk_store_col_dup(q, 1);
		f->clause = tk_xstrdup(col(q, 2));
		f->severity = tk_xstrdup(col(q, 3));
		f->judgement = tk_store_col_dup(q, 4);
		f->text = tk_xstrdup(col(q, 5));
	}
	rc = step == SQLITE_DONE ? TK_OK : tk_store_error(st, err, "findings");
	sqlite3_finalize(q);
	return rc;
}

/* The division's facts: code, name, head's name, year. */
static int division_facts(struct tk_store *st, struct draft *d,
			  struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT v.code, v.name, coalesce(s.name, ''), v.fy FROM divisions v LEFT JOIN staff s ON s.id = v.head_staff_id WHERE v.id = ?1",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, d->division_id);
	if (sqlite3_step(q) == SQLITE_ROW) {
		snprintf(d->code, sizeof d->code, "%s", col(q, 0));
		snprintf(d->name, sizeof d->name, "%s", col(q, 1));
		snprintf(d->head, sizeof d->head, "%s", col(q, 2));
		d->fy = sqlite3_column_int(q, 3);
	} else {
		rc = tk_store_error(st, err, "divisions");
	}
	sqlite3_finalize(q);
	return rc;
}

/* The audit's facts and its open findings not yet notified. */
static int gather_audit(struct tk_store *st, long audit, struct draft *d,
			struct tk_error *err)
{
	sqlite3_stmt *q;
	char wa[64];
	int rc, found = 0, reported = 0, special = 0;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT a.division_id, a.status = 'reported', a.kind = 'special', coalesce(nullif(p.marking, ''), ?2), coalesce(a.conducted_on, '') FROM audits a JOIN plans p ON p.id = a.plan WHERE a.id = ?1",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, audit);
	sqlite3_bind_text(q, 2, TK_DEFAULT_MARKING, -1, SQLITE_STATIC);
	if (sqlite3_step(q) == SQLITE_ROW) {
		found = 1;
		d->division_id = (long)sqlite3_column_int64(q, 0);
		reported = sqlite3_column_int(q, 1);
		special = sqlite3_column_int(q, 2);
		snprintf(d->marking, sizeof d->marking, "%s", col(q, 3));
		tk_doc_wareki(col(q, 4), wa, sizeof wa);
	}
	sqlite3_finalize(q);
	if (!found)
		return tk_error_set(err, TK_ENOTFOUND, "no audit %ld", audit);
	if (!reported)
		return tk_rule_refuse(err, "notice-audit",
				      "audit %ld is not reported yet", audit);
	d->kind = TK_NDOC_AUDIT;
	d->audit = audit;
	if ((rc = division_facts(st, d, err)))
		return rc;
	snprintf(d->origin, sizeof d->origin,
		 "%s（%s実施、監査番号 %ld）の結果による指摘事項",
		 special ? "特別監査" : "通常監査", wa, audit);
	return take_findings(
	    st, d,
	    "SELECT f.id, f.item_id, f.clause, f.severity, CASE f.judgement WHEN 'nonconforming' THEN '不適合' WHEN 'minor' THEN '軽微な不備' END, f.text FROM findings f WHERE f.audit = ?1 AND f.withdrawn_on IS NULL AND f.status = 'open' AND ?2 = ?2 AND NOT EXISTS (SELECT 1 FROM notice_findings n WHERE n.finding = f.id) ORDER BY f.judgement = 'minor', f.id",
	    TK_ARGS(audit, 0, NULL, NULL, NULL), err);
}

/* The campaign's facts for a self-inspection notice of division code. */
static int campaign_facts(struct tk_store *st, long campaign, const char *code,
			  struct draft *d, struct tk_error *err)
{
	long div = 0;
	int found, rc;
	if ((rc = tk_q_long(
		 st,
		 "SELECT t.division_id FROM campaign_targets t JOIN divisions v ON v.id = t.division_id WHERE t.campaign = ?1 AND v.code = ?3 AND ?2 = ?2",
		 TK_ARGS(campaign, 0, code, NULL, NULL), &div, &found, err)))
		return rc;
	if (!found)
		return tk_error_set(
		    err, TK_ENOTFOUND,
		    "division %s is not a target of campaign %ld (`tenken campaign show --id %ld`)",
		    code, campaign, campaign);
	d->kind = TK_NDOC_SELF;
	d->campaign = campaign;
	d->division_id = div;
	return division_facts(st, d, err);
}

/* The items of the notice: those named, or those of the division scoring
 * below the grade; *sel[i] set for each. */
static int select_items(const struct tk_scores *sc, int di,
			const struct tk_notice_spec *rq, char *sel,
			struct tk_error *err)
{
	const struct tk_survey *s = sc->s;
	double below = -1;
	if (rq->items) {
		char *list = tk_xstrdup(rq->items), *save = NULL;
		for (char *t = strtok_r(list, ",", &save); t;
		     t = strtok_r(NULL, ",", &save)) {
			int i = tk_survey_item(s, tk_trim(t));
			if (i < 0) {
				tk_error_set(
				    err, TK_EUSAGE,
				    "--items: survey %s has no item '%s'",
				    s->id, tk_trim(t));
				free(list);
				return TK_EUSAGE;
			}
			sel[i] = 1;
		}
		free(list);
		return TK_OK;
	}
	for (int g = 0; g < s->ngrades; g++)
		if (!strcmp(s->grades[g].label, rq->below))
			below = s->grades[g].min;
	if (below < 0)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "--below: survey %s has no grade '%s' (`tenken campaign show` lists them)",
		    s->id, rq->below);
	for (int i = 0; i < s->nitems; i++) {
		const struct tk_item_score *is = &sc->div[di].items[i];
		if (is->counted && 100.0 * is->value < below)
			sel[i] = 1;
	}
	return TK_OK;
}

/* One finding of a self-inspection item, in the caller's transaction. */
/* The division's place in the scores and its current submission. */
struct self_src {
	const struct tk_scores *sc;
	int di;
	long sub;
	const char *on;
};

static int insert_self_finding(struct tk_store *st, const struct self_src *x,
			       int i, struct tk_error *err)
{
	const struct tk_scores *sc = x->sc;
	int di = x->di;
	long sub = x->sub;
	const char *on = x->on;
	const struct tk_item *it = &sc->s->items[i];
	const struct tk_item_score *is = &sc->div[di].items[i];
	char text[2048], now[32];
	if (is->counted)
		snprintf(
		    text, sizeof text,
		    "自己点検「%s」で「%s」の評価が%.0f%%（%d件中%d件適合）",
		    sc->title, it->text, 100.0 * is->value, is->counted,
		    is->compliant);
	else
		snprintf(text, sizeof text, "自己点検「%s」で「%s」が未回答",
			 sc->title, it->text);
	char detail[256];
	int rc = tk_q_exec(
	    st,
	    "INSERT INTO findings(division_id, submission, item_idx, item_id, clause, severity, text, found_on, created_at) SELECT u.division_id, u.id, ?2, i.item_id, i.clause, i.severity, ?3, ?4, ?5 FROM submissions u JOIN campaigns c ON c.id = u.campaign JOIN survey_items i ON i.survey = c.survey AND i.idx = ?2 WHERE u.id = ?1",
	    TK_ARGS(sub, i, text, on, tk_now(now)), err);
	if (rc)
		return rc;
	snprintf(detail, sizeof detail,
		 "self-inspection; submission %ld; item %s (%s)", sub, it->id,
		 it->clause);
	return tk_log_obj(st, "finding.raise", "finding",
			  (long)sqlite3_last_insert_rowid(st->db), detail, err);
}

/* A self-inspection notice: findings raised from the division's current
 * submission for the items chosen (in the caller's transaction). */
static int gather_self(struct tk_store *st, const struct tk_notice_spec *rq,
		       const char *on, struct draft *d, struct tk_error *err)
{
	struct tk_scores *sc = NULL;
	char *sel = NULL;
	long sub;
	int di = -1, found, rc;
	if ((rc = tk_q_long(
		 st,
		 "SELECT id FROM submissions WHERE campaign = ?1 AND division_id = ?2 AND superseded_by IS NULL",
		 TK_ARGS(d->campaign, d->division_id, NULL, NULL, NULL), &sub,
		 &found, err)))
		return rc;
	if (!found)
		return tk_error_set(
		    err, TK_ENOTFOUND,
		    "division %s has returned no form for campaign %ld: there are no answers to raise findings from",
		    d->code, d->campaign);
	if ((rc = tk_scores_compute(st, d->campaign, &sc, err)))
		return rc;
	snprintf(d->marking, sizeof d->marking, "%s", sc->marking);
	snprintf(d->origin, sizeof d->origin,
		 "令和%d年度 自己点検「%s」（点検 %ld）の回答による",
		 sc->fy - 2018, sc->title, d->campaign);
	for (int i = 0; i < sc->ndiv; i++)
		if (!strcmp(sc->div[i].code, d->code))
			di = i;
	sel = tk_xcalloc((size_t)sc->s->nitems + 1, 1);
	if (di < 0)
		rc = tk_error_set(err, TK_ENOTFOUND,
				  "division %s has no scores in campaign %ld",
				  d->code, d->campaign);
	else
		rc = select_items(sc, di, rq, sel, err);
	for (int i = 0; !rc && i < sc->s->nitems; i++) {
		long seen;
		if (!sel[i])
			continue;
		if (!(rc = tk_q_long(
			  st,
			  "SELECT count(*) FROM findings WHERE submission = ?1 AND item_idx = ?2 AND withdrawn_on IS NULL",
			  TK_ARGS(sub, i, NULL, NULL, NULL), &seen, NULL,
			  err)) &&
		    !seen)
			rc = insert_self_finding(
			    st, &(struct self_src){sc, di, sub, on}, i, err);
	}
	free(sel);
	tk_scores_free(sc);
	if (rc)
		return rc;
	return take_findings(
	    st, d,
	    "SELECT f.id, f.item_id, f.clause, f.severity, NULL, f.text FROM findings f WHERE f.submission = ?1 AND f.audit IS NULL AND f.source IS NULL AND f.withdrawn_on IS NULL AND f.status = 'open' AND ?2 = ?2 AND NOT EXISTS (SELECT 1 FROM notice_findings n WHERE n.finding = f.id) ORDER BY f.item_idx",
	    TK_ARGS(sub, 0, NULL, NULL, NULL), err);
}

/* ------------------------------------------------------------ writing */

/* The workbooks written so far (hidden .part files) and their names. */
struct files {
	char **tmp, **dest;
	int n;
};

static void files_add(struct files *fl, char *tmp, char *dest)
{
	fl->tmp = tk_xrealloc(fl->tmp, (size_t)(fl->n + 1) * sizeof *fl->tmp);
	fl->dest =
	    tk_xrealloc(fl->dest, (size_t)(fl->n + 1) * sizeof *fl->dest);
	fl->tmp[fl->n] = tmp;
	fl->dest[fl->n++] = dest;
}

static void files_free(struct files *fl, int remove)
{
	for (int i = 0; i < fl->n; i++) {
		if (remove)
			unlink(fl->tmp[i]);
		free(fl->tmp[i]);
		free(fl->dest[i]);
	}
	free(fl->tmp);
	free(fl->dest);
	memset(fl, 0, sizeof *fl);
}

static const char *severity_label(const char *name)
{
	if (!strcmp(name, "high"))
		return "重大";
	if (!strcmp(name, "medium"))
		return "中";
	return !strcmp(name, "low") ? "軽微" : name;
}

static const char *required_of(const struct draft *d, const struct nf *f)
{
	if (d->kind == TK_NDOC_CROSS)
		return "同様の課題又は問題点の有無を確認し、ある場合は措置結果又は改善計画を報告すること。";
	if (f->judgement && !strcmp(f->judgement, "不適合"))
		return "速やかに是正し措置結果を報告すること。速やかな是正が困難な場合は、補完的措置を含む改善計画を報告すること。";
	return "改善を図り、措置結果又は改善計画（補完的措置を含む）を報告すること。";
}

/* Write one workbook of notice id (the notice, or its response) as a
 * .part file beside its final name in dir. */
static int write_one(const struct tk_ndoc *doc, const char *dir,
		     const char *prefix, int response, struct files *fl,
		     struct tk_error *err)
{
	char pre[128], *name, *dest, *tmp;
	int rc;
	snprintf(pre, sizeof pre, "%s_%ld_%s%s", prefix, doc->id,
		 doc->division_code, response ? "" : "_");
	name = response ? tk_xstrdup(pre)
			: tk_sheet_file_name(pre, doc->division_name, "");
	{
		struct tk_buf b = {0};
		tk_buf_adds(&b, name);
		tk_buf_adds(&b, ".xlsx");
		free(name);
		name = tk_buf_take(&b);
		tk_buf_add_path(&b, dir, name);
		dest = tk_buf_take(&b);
	}
	free(name);
	tmp = tk_sheet_part_name(dest);
	if (!(rc = tk_sheet_check_target(dest, err)))
		rc = response ? tk_ndoc_response_write(doc, tmp, dest, err)
			      : tk_ndoc_notice_write(doc, tmp, dest, err);
	if (rc) {
		unlink(tmp);
		free(tmp);
		free(dest);
		return rc;
	}
	files_add(fl, tmp, dest);
	return TK_OK;
}

/* What every notice of one send shares. */
struct send {
	const struct tk_notice_spec *rq;
	struct tk_acting who;
	char on[16];
	struct files fl;
	struct tk_notice_sent *out;
};

static int insert_notice(struct tk_store *st, const struct send *s,
			 const struct draft *d, long *id, struct tk_error *err)
{
	static const char *const kinds[] = {"audit", "self", "cross"};
	sqlite3_stmt *q;
	char now[32];
	int rc;
	if ((rc = tk_store_prepare(
		 st,
		 "INSERT INTO notices(fy, kind, audit, campaign, source, division_id, sent_on, respond_by, sent_by, file_name, created_at) VALUES (?1, ?2, nullif(?3, 0), nullif(?4, 0), nullif(?5, 0), ?6, ?7, ?8, ?9, '', ?10)",
		 &q, err)))
		return rc;
	sqlite3_bind_int(q, 1, d->fy);
	sqlite3_bind_text(q, 2, kinds[d->kind], -1, SQLITE_STATIC);
	sqlite3_bind_int64(q, 3, d->audit);
	sqlite3_bind_int64(q, 4, d->campaign);
	sqlite3_bind_int64(q, 5, d->source);
	sqlite3_bind_int64(q, 6, d->division_id);
	sqlite3_bind_text(q, 7, s->on, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 8, s->rq->respond_by, -1, SQLITE_STATIC);
	sqlite3_bind_int64(q, 9, s->who.staff_id);
	sqlite3_bind_text(q, 10, tk_now(now), -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(q) == SQLITE_DONE
		 ? TK_OK
		 : tk_store_error(st, err, "notices");
	sqlite3_finalize(q);
	*id = rc ? 0 : (long)sqlite3_last_insert_rowid(st->db);
	return rc;
}

/* The document's view of a draft. */
static struct tk_ndoc_finding *doc_findings(const struct draft *d)
{
	struct tk_ndoc_finding *f = tk_xcalloc((size_t)d->n + 1, sizeof *f);
	for (int i = 0; i < d->n; i++)
		f[i] =
		    (struct tk_ndoc_finding){d->f[i].id,
					     d->f[i].item_id,
					     d->f[i].clause,
					     severity_label(d->f[i].severity),
					     d->f[i].judgement,
					     d->f[i].text,
					     required_of(d, &d->f[i])};
	return f;
}

/* The rows and workbooks of one notice, in the send's transaction. */
static int make_notice(struct tk_store *st, struct send *s,
		       const struct draft *d, struct tk_error *err)
{
	struct tk_ndoc doc = {0};
	char token[33], detail[256], resp[96];
	long id;
	int rc;
	if ((rc = insert_notice(st, s, d, &id, err)))
		return rc;
	for (int i = 0; !rc && i < d->n && d->kind != TK_NDOC_CROSS; i++)
		rc = tk_q_exec(
		    st,
		    "INSERT INTO notice_findings(notice, finding) VALUES (?1, ?2)",
		    TK_ARGS(id, d->f[i].id, NULL, NULL, NULL), err);
	tk_return_new_token(token);
	snprintf(resp, sizeof resp, "回答書_%ld_%s.xlsx", id, d->code);
	snprintf(detail, sizeof detail,
		 "%s; division %s; findings %d; sent %s; respond by %s",
		 d->kind == TK_NDOC_CROSS  ? "cross"
		 : d->kind == TK_NDOC_SELF ? "self"
					   : "audit",
		 d->code, d->n, s->on, s->rq->respond_by);
	if (rc ||
	    (rc = tk_q_exec(
		 st,
		 "UPDATE notices SET file_name = ?3 WHERE id = ?1 AND ?2 = ?2",
		 TK_ARGS(id, 0, resp, NULL, NULL), err)) ||
	    (rc = tk_return_form_issue(st,
				       &(struct tk_return_issue){"response", id,
								 d->division_id,
								 token, resp},
				       NULL, err)) ||
	    (rc = tk_log_obj(st, "notice.send", "notice", id, detail, err)))
		return rc;
	doc = (struct tk_ndoc){
	    d->kind,	 id,	    d->fy,
	    d->marking,	 s->on,	    s->rq->respond_by,
	    d->code,	 d->name,   d->head[0] ? d->head : NULL,
	    s->who.name, d->origin, s->rq->text,
	    NULL,	 d->n,	    token};
	doc.findings = doc_findings(d);
	rc = write_one(&doc, s->rq->out_dir,
		       d->kind == TK_NDOC_CROSS ? "横展開通知" : "改善通知", 0,
		       &s->fl, err);
	if (!rc)
		rc = write_one(&doc, s->rq->out_dir, "回答書", 1, &s->fl, err);
	free((void *)doc.findings);
	if (!rc) {
		if (!s->out->n++)
			s->out->first = id;
		s->out->findings += d->kind == TK_NDOC_CROSS ? 1 : d->n;
	}
	return rc;
}

/* Check the request's common parts and open the send. */
static int send_begin(struct tk_store *st, const struct tk_notice_spec *rq,
		      struct send *s, struct tk_notice_sent *out,
		      struct tk_error *err)
{
	int rc;
	memset(s, 0, sizeof *s);
	memset(out, 0, sizeof *out);
	s->rq = rq;
	s->out = out;
	if (!rq->respond_by)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "give --respond-by YYYY-MM-DD (the reply date)");
	if (!tk_valid_date(rq->respond_by))
		return tk_error_set(
		    err, TK_EUSAGE,
		    "--respond-by: '%s' is not a date YYYY-MM-DD",
		    rq->respond_by);
	if (!rq->out_dir)
		return tk_error_set(err, TK_EUSAGE, "give --out DIR");
	if ((rc = tk_date_arg("--on", rq->on, s->on, err)) ||
	    (rc = tk_mkdirs(rq->out_dir, err)))
		return rc;
	return tk_store_begin(st, err);
}

/* The acting person must be the year's manager. */
static int manager_of(struct tk_store *st, int fy, struct send *s,
		      const char *what, struct tk_error *err)
{
	int rc = tk_acting_in(st, fy, &s->who, err);
	return rc ? rc
		  : tk_acting_require(st, &s->who, TK_ROLE_MANAGER, what, err);
}

/* Commit and put the workbooks in place, or roll back and remove them. */
static int send_end(struct tk_store *st, struct send *s, int rc,
		    struct tk_error *err)
{
	int written = 0;
	rc = tk_finish(st, rc, err);
	if (!rc)
		rc = tk_sheet_put_in_place(s->fl.tmp, s->fl.dest, s->fl.n,
					   &written, err);
	files_free(&s->fl, 1);
	if (!rc)
		s->out->dir = tk_xstrdup(s->rq->out_dir);
	return rc;
}

int tk_notice_send(struct tk_store *st, const struct tk_notice_spec *rq,
		   struct tk_notice_sent *out, struct tk_error *err)
{
	struct send s;
	struct draft d = {0};
	int rc;
	if (!rq->audit == !rq->campaign)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "give either --audit ID or --campaign ID --division CODE");
	if (rq->campaign && (!rq->division || !rq->items == !rq->below))
		return tk_error_set(
		    err, TK_EUSAGE,
		    "with --campaign give --division CODE and either --items ID,... or --below GRADE");
	if ((rc = send_begin(st, rq, &s, out, err)))
		return rc;
	if (rq->audit)
		rc = gather_audit(st, rq->audit, &d, err);
	else
		rc = campaign_facts(st, rq->campaign, rq->division, &d, err);
	if (!rc)
		rc = manager_of(
		    st, d.fy, &s,
		    _("sending an improvement notice (第2 5(2)オ(イ))"), err);
	if (!rc && rq->campaign)
		rc = gather_self(st, rq, s.on, &d, err);
	if (!rc && rq->marking)
		snprintf(d.marking, sizeof d.marking, "%s", rq->marking);
	if (!rc && !d.n)
		rc = tk_error_set(
		    err, TK_EUSAGE,
		    "nothing to notify: %s has no open finding that was not notified already",
		    d.code);
	if (!rc)
		rc = make_notice(st, &s, &d, err);
	draft_clear(&d);
	return send_end(st, &s, rc, err);
}

/* ------------------------------------------------------------ 横展開 */

/* The finding to spread, as the draft of every cross notice. */
static int source_finding(struct tk_store *st, long finding, struct draft *d,
			  struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc, found = 0, withdrawn = 0;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT v.fy, f.division_id, f.withdrawn_on IS NOT NULL, coalesce(nullif(p.marking, ''), ?2) FROM findings f JOIN divisions v ON v.id = f.division_id LEFT JOIN audits a ON a.id = f.audit LEFT JOIN plans p ON p.id = a.plan WHERE f.id = ?1",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, finding);
	sqlite3_bind_text(q, 2, TK_DEFAULT_MARKING, -1, SQLITE_STATIC);
	if (sqlite3_step(q) == SQLITE_ROW) {
		found = 1;
		d->fy = sqlite3_column_int(q, 0);
		d->division_id = (long)sqlite3_column_int64(q, 1);
		withdrawn = sqlite3_column_int(q, 2);
		snprintf(d->marking, sizeof d->marking, "%s", col(q, 3));
	}
	sqlite3_finalize(q);
	if (!found)
		return tk_error_set(err, TK_ENOTFOUND, "no finding %ld",
				    finding);
	if (withdrawn)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "finding %ld is withdrawn: there is nothing to spread",
		    finding);
	d->kind = TK_NDOC_CROSS;
	d->source = finding;
	snprintf(
	    d->origin, sizeof d->origin,
	    "他の所属に対する情報セキュリティ監査において指摘された事項（指摘番号 %ld）",
	    finding);
	return take_findings(
	    st, d,
	    "SELECT f.id, f.item_id, f.clause, f.severity, NULL, f.text FROM findings f WHERE f.id = ?1 AND ?2 = ?2",
	    TK_ARGS(finding, 0, NULL, NULL, NULL), err);
}

/* The divisions a cross notice goes to. */
struct targets {
	long *ids;
	int n, skipped;
};

static void targets_add(struct targets *t, long id)
{
	t->ids = tk_xrealloc(t->ids, (size_t)(t->n + 1) * sizeof *t->ids);
	t->ids[t->n++] = id;
}

/* "all": every other division of the year not asked before. */
static int targets_all(struct tk_store *st, const struct draft *src,
		       struct targets *t, struct tk_error *err)
{
	sqlite3_stmt *q;
	long cnt;
	int rc, step;
	if ((rc = tk_q_long(
		 st,
		 "SELECT count(*) FROM notices WHERE kind = 'cross' AND source = ?1 AND ?2 = ?2",
		 TK_ARGS(src->source, 0, NULL, NULL, NULL), &cnt, NULL, err)))
		return rc;
	t->skipped = (int)cnt;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT v.id FROM divisions v WHERE v.fy = ?1 AND v.id <> ?2 AND NOT EXISTS (SELECT 1 FROM notices n WHERE n.kind = 'cross' AND n.source = ?3 AND n.division_id = v.id) ORDER BY v.ord, v.code",
		 &q, err)))
		return rc;
	sqlite3_bind_int(q, 1, src->fy);
	sqlite3_bind_int64(q, 2, src->division_id);
	sqlite3_bind_int64(q, 3, src->source);
	while ((step = sqlite3_step(q)) == SQLITE_ROW)
		targets_add(t, (long)sqlite3_column_int64(q, 0));
	rc = step == SQLITE_DONE ? TK_OK : tk_store_error(st, err, "divisions");
	sqlite3_finalize(q);
	return rc;
}

/* One division named: of the year, and not asked before. */
static int target_named(struct tk_store *st, const struct draft *src,
			const char *code, struct targets *t,
			struct tk_error *err)
{
	long id, asked;
	int found, rc;
	if ((rc = tk_q_long(
		 st,
		 "SELECT id FROM divisions WHERE fy = ?1 AND code = ?3 AND ?2 = ?2",
		 TK_ARGS(src->fy, 0, code, NULL, NULL), &id, &found, err)))
		return rc;
	if (!found)
		return tk_error_set(err, TK_ENOTFOUND, "no division %s in FY%d",
				    code, src->fy);
	if ((rc = tk_q_long(
		 st,
		 "SELECT count(*) FROM notices WHERE kind = 'cross' AND source = ?1 AND division_id = ?2",
		 TK_ARGS(src->source, id, NULL, NULL, NULL), &asked, NULL,
		 err)))
		return rc;
	if (asked)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "division %s was already asked about finding %ld (`tenken notice list`)",
		    code, src->source);
	targets_add(t, id);
	return TK_OK;
}

/* The divisions to ask: "all", or those named (asked before: refused). */
static int cross_targets(struct tk_store *st, const struct draft *src,
			 const char *divisions, struct targets *t,
			 struct tk_error *err)
{
	char *list, *save = NULL;
	int rc = TK_OK;
	if (!strcmp(divisions, "all"))
		return targets_all(st, src, t, err);
	list = tk_xstrdup(divisions);
	for (char *s = strtok_r(list, ",", &save); s && !rc;
	     s = strtok_r(NULL, ",", &save))
		rc = target_named(st, src, tk_trim(s), t, err);
	free(list);
	return rc;
}

int tk_notice_cross(struct tk_store *st, const struct tk_notice_spec *rq,
		    struct tk_notice_sent *out, struct tk_error *err)
{
	struct send s;
	struct draft src = {0};
	struct targets t = {0};
	int rc;
	if (!rq->finding || !rq->divisions)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "give --finding ID and --divisions all|CODE,...");
	if ((rc = send_begin(st, rq, &s, out, err)))
		return rc;
	if (!(rc = source_finding(st, rq->finding, &src, err)) &&
	    !(rc = manager_of(
		  st, src.fy, &s,
		  _("sending a cross-division notice (第2 5(2)オ(ウ))"), err)))
		rc = cross_targets(st, &src, rq->divisions, &t, err);
	out->skipped = t.skipped;
	if (!rc && rq->marking)
		snprintf(src.marking, sizeof src.marking, "%s", rq->marking);
	if (!rc && !t.n)
		rc = tk_error_set(
		    err, TK_EUSAGE,
		    "every other division was already asked about finding %ld",
		    rq->finding);
	for (int i = 0; !rc && i < t.n; i++) {
		struct draft d = src;
		d.division_id = t.ids[i];
		if (!(rc = division_facts(st, &d, err)))
			rc = make_notice(st, &s, &d, err);
	}
	free(t.ids);
	draft_clear(&src);
	return send_end(st, &s, rc, err);
}
