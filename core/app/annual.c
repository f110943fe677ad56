/*
 * annual.c — gathering the annual report (annual.h): the shared query
 * helpers, the year's dates, the summary's key figures against the year
 * before, the evidence-trail anchor, and freeing it all.  The sheets'
 * figures are gathered by annual_self.c, annual_audit.c and
 * annual_follow.c; the narrative by annual_text.c.
 */
#include "app/annual_int.h"

#include "app/campaign.h"
#include "app/score.h"
#include "lib/util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

int tk_an_rows(struct tk_store *st, const char *sql, const struct tk_qargs *x,
	       void (*row)(sqlite3_stmt *q, void *ctx), void *ctx,
	       const char *what, struct tk_error *err)
{
	const char *t[3] = {x->c, x->d, x->e};
	sqlite3_stmt *q;
	int rc, step;
	if ((rc = tk_store_prepare(st, sql, &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, x->a);
	sqlite3_bind_int64(q, 2, x->b);
	for (int i = 0; i < 3; i++)
		if (t[i])
			sqlite3_bind_text(q, 3 + i, t[i], -1, SQLITE_STATIC);
	while ((step = sqlite3_step(q)) == SQLITE_ROW)
		row(q, ctx);
	rc = step == SQLITE_DONE ? TK_OK : tk_store_error(st, err, what);
	sqlite3_finalize(q);
	return rc;
}

int tk_an_counts(struct tk_store *st, struct tk_annual_count *c,
		 const char *const *sql, int n, const struct tk_qargs *x,
		 struct tk_error *err)
{
	int rc = TK_OK;
	for (int i = 0; i < n && !rc; i++)
		rc = tk_q_long(st, sql[i], x, &c[i].n, NULL, err);
	return rc;
}

void *tk_an_push(void *p, int *n, size_t size, void **out)
{
	char *q = tk_xrealloc(p, (size_t)(*n + 1) * size);
	memset(q + (size_t)*n * size, 0, size);
	(*n)++;
	if (out)
		*out = q + (size_t)(*n - 1) * size;
	return q;
}

char *tk_an_col(sqlite3_stmt *q, int i)
{
	const char *t = (const char *)sqlite3_column_text(q, i);
	return tk_xstrdup(t ? t : "");
}

int tk_annual_chapter(const char *clause)
{
	/* "第N" with N one digit 2..8, then not a digit */
	static const char dai[] = "第";
	size_t n = sizeof dai - 1;
	if (!clause || strncmp(clause, dai, n) || clause[n] < '2' ||
	    clause[n] > '8' || (clause[n + 1] >= '0' && clause[n + 1] <= '9'))
		return TK_ANNUAL_CHAPTERS - 1;
	return clause[n] - '2';
}

/* The year's days, and as-of: the one asked for, else today, but no
 * later than the year's last day. */
static int set_dates(const struct tk_annual_req *req, struct tk_annual *a,
		     struct tk_error *err)
{
	int rc;
	snprintf(a->year_start, sizeof a->year_start, "%04d-04-01",
		 req->fy % 10000);
	snprintf(a->year_end, sizeof a->year_end, "%04d-03-31",
		 (req->fy + 1) % 10000);
	if ((rc = tk_date_arg("--as-of", req->as_of, a->as_of, err)))
		return rc;
	if (!req->as_of && strcmp(a->as_of, a->year_end) > 0)
		snprintf(a->as_of, sizeof a->as_of, "%s", a->year_end);
	return TK_OK;
}

static const struct tk_annual_key keys[TK_AK_COUNT] = {
    {"targets", "自己点検の対象（延べ所属数）", "所属", {0, 0}, {0, 0}},
    {"submitted", "提出所属数（延べ）", "所属", {0, 0}, {0, 0}},
    {"participation", "提出率", "%", {0, 0}, {0, 0}},
    {"mean_score", "平均得点", "点", {0, 0}, {0, 0}},
    {"audits_conducted", "監査を実施した所属", "所属", {0, 0}, {0, 0}},
    {"findings", "指摘事項", "件", {0, 0}, {0, 0}},
    {"improvements_completed", "完了した改善", "件", {0, 0}, {0, 0}},
    {"exceptions_active", "有効な例外措置", "件", {0, 0}, {0, 0}},
};

/* Per key from TK_AK_AUDITS: ?1 year, ?3 the day it is counted on, ?4
 * and ?5 the year's days. */
static const char *const key_sql[TK_AK_COUNT - TK_AK_AUDITS] = {
    "SELECT count(*) FROM audits WHERE fy = ?1 AND status IN ('conducted','reported')",
    "SELECT count(*) FROM findings f JOIN divisions d ON d.id = f.division_id WHERE d.fy = ?1 AND f.withdrawn_on IS NULL AND f.source IS NULL",
    "SELECT count(*) FROM improvements WHERE superseded_by IS NULL AND completed_on BETWEEN ?4 AND min(?5, ?3)",
    "SELECT count(*) FROM exceptions WHERE decided_by IS NOT NULL AND state IN ('active','ended','revoked') AND starts_on <= ?3 AND ends_on >= ?3 AND (closed_on IS NULL OR closed_on > ?3)",
};

/* The key figures of the database side for column k (0 this year, 1 the
 * year before, counted on its last day). */
static int key_counts(struct tk_store *st, struct tk_annual *a, int k,
		      struct tk_error *err)
{
	char as_of[16], start[16], end[16];
	int fy = a->fy - k, rc = TK_OK;
	snprintf(start, sizeof start, "%04d-04-01", fy % 10000);
	snprintf(end, sizeof end, "%04d-03-31", (fy + 1) % 10000);
	snprintf(as_of, sizeof as_of, "%s", k ? end : a->as_of);
	for (int i = TK_AK_AUDITS; i < TK_AK_COUNT && !rc; i++) {
		long n;
		rc =
		    tk_q_long(st, key_sql[i - TK_AK_AUDITS],
			      TK_ARGS(fy, 0, as_of, start, end), &n, NULL, err);
		a->key[i].has[k] = 1;
		a->key[i].v[k] = (double)n;
	}
	return rc;
}

/* Targets, submissions and the mean of the campaigns' scores, from the
 * campaigns of this year (column 0). */
static void key_self(struct tk_annual *a)
{
	double sum = 0;
	int n = 0, t = 0, s = 0;
	for (int i = 0; i < a->ncampaigns; i++) {
		const struct tk_scores *sc = a->campaigns[i].sc;
		t += sc->targeted;
		s += sc->submitted;
		if (sc->has_score) {
			sum += sc->score;
			n++;
		}
	}
	a->key[TK_AK_TARGETS].has[0] = a->key[TK_AK_SUBMITTED].has[0] =
	    a->ncampaigns > 0;
	a->key[TK_AK_TARGETS].v[0] = t;
	a->key[TK_AK_SUBMITTED].v[0] = s;
	a->key[TK_AK_PARTICIPATION].has[0] = t > 0;
	a->key[TK_AK_PARTICIPATION].v[0] = t ? round(10000.0 * s / t) / 100 : 0;
	a->key[TK_AK_SCORE].has[0] = n > 0;
	a->key[TK_AK_SCORE].v[0] = n ? round(sum / n * 100) / 100 : 0;
}

/* The head of the event log now, as `tenken log anchor` prints it. */
static int take_anchor(struct tk_store *st, struct tk_annual *a,
		       struct tk_error *err)
{
	struct tk_anchor head;
	int rc = tk_store_log_head(st, &head, err);
	if (rc)
		return rc;
	a->anchor_entries = head.n;
	snprintf(a->anchor_head, sizeof a->anchor_head, "%s", head.hash);
	tk_anchor_format(&head, a->anchor);
	return TK_OK;
}

/* The marking: the latest campaign's of the year, else the default. */
static int take_marking(struct tk_store *st, struct tk_annual *a,
			struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc, step;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT marking FROM campaigns WHERE fy = ?1 ORDER BY id DESC LIMIT 1",
		 &q, err)))
		return rc;
	sqlite3_bind_int(q, 1, a->fy);
	step = sqlite3_step(q);
	a->marking = step == SQLITE_ROW ? tk_an_col(q, 0)
					: tk_xstrdup(TK_DEFAULT_MARKING);
	rc = step == SQLITE_ROW || step == SQLITE_DONE
		 ? TK_OK
		 : tk_store_error(st, err, "campaigns");
	sqlite3_finalize(q);
	return rc;
}

static int year_known(struct tk_store *st, int fy, struct tk_error *err)
{
	long n;
	int rc = tk_q_long(st, "SELECT count(*) FROM org_years WHERE fy = ?1",
			   TK_ARGS(fy, 0, NULL, NULL, NULL), &n, NULL, err);
	if (!rc && !n)
		rc = tk_error_set(
		    err, TK_ENOTFOUND,
		    "no organisation for fiscal year %d (import it with `tenken org import --year %d`)",
		    fy, fy);
	return rc;
}

int tk_annual_gather(struct tk_store *st, const struct tk_annual_req *req,
		     struct tk_annual *a, struct tk_error *err)
{
	int rc;
	memset(a, 0, sizeof *a);
	a->fy = req->fy;
	a->threshold =
	    req->threshold > 0 ? req->threshold : TK_ANNUAL_THRESHOLD;
	memcpy(a->key, keys, sizeof keys);
	a->issues = req->issues ? tk_xstrdup(req->issues) : NULL;
	if ((rc = set_dates(req, a, err)) ||
	    (rc = year_known(st, a->fy, err)) ||
	    (rc = take_anchor(st, a, err)) || (rc = take_marking(st, a, err)) ||
	    (rc = tk_an_self(st, a, err)) ||
	    (rc = tk_an_prev_self(st, a, err)) ||
	    (rc = key_counts(st, a, 0, err)) ||
	    (rc = key_counts(st, a, 1, err)) ||
	    (rc = tk_an_audits(st, a, err)) ||
	    (rc = tk_an_findings(st, a, err)) ||
	    (rc = tk_an_improvements(st, a, err)) ||
	    (rc = tk_an_exceptions(st, a, err)) ||
	    (rc = tk_an_texts(st, a, err))) {
		tk_annual_clear(a);
		return rc;
	}
	key_self(a);
	tk_an_narrative(a);
	return TK_OK;
}

static void clear_campaign(struct tk_annual_campaign *c)
{
	free(c->title);
	free(c->survey_id);
	tk_scores_free(c->sc);
	free(c->trend_div);
	free(c->trend_item);
}

static void clear_finding(struct tk_annual_finding *f)
{
	free(f->division_code);
	free(f->division);
	free(f->clause);
	free(f->severity);
	free(f->text);
	free(f->found_on);
	free(f->prev_text);
}

static void clear_lists(struct tk_annual *a)
{
	for (int i = 0; i < a->nspecials; i++) {
		struct tk_annual_special *s = &a->specials[i];
		free(s->title);
		free(s->reason);
		free(s->targets);
		free(s->approved_on);
	}
	for (int i = 0; i < a->ncross; i++) {
		struct tk_annual_cross *c = &a->cross[i];
		char *p[] = {c->division_code, c->division,    c->clause,
			     c->sent_on,       c->respond_by,  c->answer,
			     c->answer_note,   c->responded_on};
		for (size_t k = 0; k < sizeof p / sizeof p[0]; k++)
			free(p[k]);
	}
	for (int i = 0; i < a->nexpiring; i++) {
		free(a->expiring[i].system);
		free(a->expiring[i].division);
		free(a->expiring[i].clause);
		free(a->expiring[i].ends_on);
	}
	for (int i = 0; i < a->ntexts; i++) {
		free(a->texts[i].division_code);
		free(a->texts[i].division);
		free(a->texts[i].source);
		free(a->texts[i].text);
	}
	for (int i = 0; i < a->nweak; i++) {
		free(a->weak[i].title);
		free(a->weak[i].item_id);
		free(a->weak[i].text);
		free(a->weak[i].clause);
	}
}

void tk_annual_clear(struct tk_annual *a)
{
	for (int i = 0; i < a->ncampaigns; i++)
		clear_campaign(&a->campaigns[i]);
	free(a->campaigns);
	for (int i = 0; i < a->nserious; i++)
		clear_finding(&a->serious[i]);
	free(a->serious);
	for (int i = 0; i < a->nrecurring; i++)
		clear_finding(&a->recurring[i]);
	free(a->recurring);
	clear_lists(a);
	free(a->specials);
	free(a->cross);
	free(a->expiring);
	free(a->texts);
	free(a->weak);
	for (int i = 0; i < 4; i++)
		free(a->narrative[i]);
	for (int k = 0; k < TK_ANNUAL_LATE_KINDS; k++) {
		for (int i = 0; i < a->late[k].n; i++) {
			free(a->late[k].rows[i].division_code);
			free(a->late[k].rows[i].division);
			free(a->late[k].rows[i].what);
			free(a->late[k].rows[i].due);
		}
		free(a->late[k].rows);
	}
	free(a->marking);
	free(a->issues);
	memset(a, 0, sizeof *a);
}
