/*
 * annual_self.c — the self-inspections of the annual report (annual.h):
 * each campaign of the year with its status (app/campaign.h), refused
 * forms (import.reject events), staff who answered or were absent, its
 * scores (app/score.h, from item_stats), the weakest items, the trend over
 * up to five years and the items below the compliance threshold; and the
 * same totals for the year before.
 */
#include "app/annual_int.h"

#include "app/campaign.h"
#include "app/score.h"
#include "lib/util.h"
#include "model/vocab.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* Self-inspection campaigns of year ?1, oldest first. */
#define SELF_CAMPAIGNS                                                         \
	"SELECT c.id FROM campaigns c JOIN surveys s ON s.id = c.survey WHERE c.fy = ?1 AND s.kind = 'self_inspection' ORDER BY c.id"

struct ids {
	int n;
	long *v;
};

static void take_id(sqlite3_stmt *q, void *ctx)
{
	struct ids *l = ctx;
	long *p = TK_AN_PUSH(l->v, l->n);
	*p = (long)sqlite3_column_int64(q, 0);
}

static int campaign_ids(struct tk_store *st, int fy, struct ids *l,
			struct tk_error *err)
{
	return tk_an_rows(st, SELF_CAMPAIGNS, TK_ARGS(fy, 0, NULL, NULL, NULL),
			  take_id, l, "campaigns", err);
}

/* Status counts of campaign c (as `tenken status`), its refused forms and
 * its absent staff (a reason for absence instead of answers: the
 * member's note, item -1, with no answer; found by index per member). */
static int status_of(struct tk_store *st, struct tk_annual_campaign *c,
		     struct tk_error *err)
{
	struct tk_status s;
	char obj[64];
	int rc;
	if ((rc = tk_campaign_status(st, c->id, &s, err)))
		return rc;
	c->targets = s.n;
	c->submitted = s.submitted;
	c->late = s.late;
	c->missing = s.n - s.submitted;
	c->returned = s.returned;
	c->staff = s.staff;
	for (int i = 0; i < s.n; i++) {
		c->staff_expected += s.rows[i].staff_expected;
		c->staff_answered += s.rows[i].staff_returned;
	}
	tk_status_clear(&s);
	snprintf(obj, sizeof obj, "campaign %ld division ", c->id);
	if ((rc = tk_q_long(
		 st,
		 "SELECT count(*) FROM events WHERE action = 'import.reject' AND substr(object, 1, length(?3)) = ?3",
		 TK_ARGS(0, 0, obj, NULL, NULL), &c->rejects, NULL, err)))
		return rc;
	if (!c->staff)
		return TK_OK;
	rc = tk_q_long(
	    st,
	    "SELECT count(*) FROM submissions u JOIN staff m ON m.division_id = u.division_id AND (u.member_id = 0 OR u.member_id = m.id) CROSS JOIN answers a ON a.submission = u.id AND a.staff_id = m.id AND a.item_idx = -1 WHERE u.campaign = ?1 AND u.superseded_by IS NULL AND NOT EXISTS (SELECT 1 FROM answers b WHERE b.submission = u.id AND b.staff_id = m.id AND b.item_idx >= 0)",
	    TK_ARGS(c->id, 0, NULL, NULL, NULL), &c->staff_absent, NULL, err);
	c->staff_answered -= c->staff_absent;
	return rc;
}

/* The TK_ANNUAL_WEAK items of lowest mean, ties by order. */
static void weakest(struct tk_annual_campaign *c)
{
	const struct tk_scores *sc = c->sc;
	for (int k = 0; k < TK_ANNUAL_WEAK; k++) {
		int best = -1;
		for (int i = 0; i < sc->s->nitems; i++) {
			int taken = 0;
			if (!sc->items[i].divisions)
				continue;
			for (int m = 0; m < c->nweak; m++)
				taken |= c->weak[m] == i;
			if (!taken && (best < 0 || sc->items[i].mean <
						       sc->items[best].mean))
				best = i;
		}
		if (best < 0)
			return;
		c->weak[c->nweak++] = best;
	}
}

/* The latest campaign of survey id in year fy, 0 when none. */
static int campaign_of(struct tk_store *st, const char *survey, int fy,
		       long *id, struct tk_error *err)
{
	return tk_q_long(
	    st,
	    "SELECT c.id FROM campaigns c JOIN surveys s ON s.id = c.survey WHERE s.survey_id = ?3 AND c.fy = ?1 ORDER BY c.id DESC LIMIT 1",
	    TK_ARGS(fy, 0, survey, NULL, NULL), id, NULL, err);
}

/* Column k of the trend from the scores p of an earlier (or this) year:
 * divisions matched by code, items by id and clause. */
static void trend_column(struct tk_annual_campaign *c, int k,
			 const struct tk_scores *p)
{
	const struct tk_scores *sc = c->sc;
	c->trend_org[k] = (struct tk_annual_cell){
	    p->has_score ? TK_AN_VALUE : TK_AN_NONE, p->score};
	for (int d = 0; d < sc->ndiv; d++) {
		c->trend_div[d][k].state = TK_AN_NONE;
		for (int e = 0; e < p->ndiv; e++)
			if (!strcmp(sc->div[d].code, p->div[e].code) &&
			    p->div[e].has_score)
				c->trend_div[d][k] = (struct tk_annual_cell){
				    TK_AN_VALUE, p->div[e].score};
	}
	for (int i = 0; i < sc->s->nitems; i++) {
		const struct tk_item *it = &sc->s->items[i];
		int j = tk_survey_item(p->s, it->id);
		struct tk_annual_cell *x = &c->trend_item[i][k];
		if (j < 0 || strcmp(p->s->items[j].clause, it->clause))
			x->state = TK_AN_INCOMPARABLE;
		else if (p->items[j].divisions)
			*x = (struct tk_annual_cell){TK_AN_VALUE,
						     100 * p->items[j].mean};
		else
			x->state = TK_AN_NONE;
	}
}

/* The trend: this year in the last column, a gap for a year without a
 * campaign of the survey. */
static int trend(struct tk_store *st, struct tk_annual_campaign *c,
		 struct tk_error *err)
{
	int last = TK_ANNUAL_YEARS - 1, rc = TK_OK;
	c->trend_div =
	    tk_xcalloc((size_t)c->sc->ndiv + 1, sizeof *c->trend_div);
	c->trend_item =
	    tk_xcalloc((size_t)c->sc->s->nitems + 1, sizeof *c->trend_item);
	for (int k = 0; k <= last && !rc; k++) {
		struct tk_scores *p = NULL;
		c->trend_fy[k] = c->sc->fy - last + k;
		if (k == last) {
			c->trend_campaign[k] = c->id;
			trend_column(c, k, c->sc);
			break;
		}
		if ((rc = campaign_of(st, c->survey_id, c->trend_fy[k],
				      &c->trend_campaign[k], err)) ||
		    !c->trend_campaign[k])
			continue;
		if (!(rc =
			  tk_scores_compute(st, c->trend_campaign[k], &p, err)))
			trend_column(c, k, p);
		tk_scores_free(p);
	}
	return rc;
}

/* Items of c whose staff/division compliance is below the threshold. */
static void below_threshold(struct tk_annual *a,
			    const struct tk_annual_campaign *c)
{
	const struct tk_scores *sc = c->sc;
	for (int i = 0; i < sc->s->nitems; i++) {
		const struct tk_item_total *t = &sc->items[i];
		struct tk_annual_weak *w;
		if (!t->counted || 100 * t->compliance >= a->threshold)
			continue;
		w = TK_AN_PUSH(a->weak, a->nweak);
		w->campaign = c->id;
		w->title = tk_xstrdup(c->title);
		w->item_id = tk_xstrdup(sc->s->items[i].id);
		w->text = tk_xstrdup(sc->s->items[i].text);
		w->clause = tk_xstrdup(sc->s->items[i].clause);
		w->compliance = round(100 * t->compliance * 100) / 100;
	}
}

static int one_campaign(struct tk_store *st, struct tk_annual *a, long id,
			struct tk_error *err)
{
	struct tk_annual_campaign *c = TK_AN_PUSH(a->campaigns, a->ncampaigns);
	int rc;
	c->id = id;
	if ((rc = tk_scores_compute(st, id, &c->sc, err)))
		return rc;
	c->title = tk_xstrdup(c->sc->title);
	c->survey_id = tk_xstrdup(c->sc->s->id);
	if ((rc = status_of(st, c, err)) || (rc = trend(st, c, err)))
		return rc;
	weakest(c);
	below_threshold(a, c);
	return TK_OK;
}

int tk_an_self(struct tk_store *st, struct tk_annual *a, struct tk_error *err)
{
	struct ids l = {0};
	int rc = campaign_ids(st, a->fy, &l, err);
	for (int i = 0; i < l.n && !rc; i++)
		rc = one_campaign(st, a, l.v[i], err);
	free(l.v);
	return rc;
}

int tk_an_prev_self(struct tk_store *st, struct tk_annual *a,
		    struct tk_error *err)
{
	struct ids l = {0};
	double sum = 0;
	int rc = campaign_ids(st, a->fy - 1, &l, err), n = 0, t = 0, s = 0;
	for (int i = 0; i < l.n && !rc; i++) {
		struct tk_scores *p = NULL;
		if ((rc = tk_scores_compute(st, l.v[i], &p, err)))
			break;
		t += p->targeted;
		s += p->submitted;
		if (p->has_score) {
			sum += p->score;
			n++;
		}
		tk_scores_free(p);
	}
	free(l.v);
	a->key[TK_AK_TARGETS].has[1] = a->key[TK_AK_SUBMITTED].has[1] = l.n > 0;
	a->key[TK_AK_TARGETS].v[1] = t;
	a->key[TK_AK_SUBMITTED].v[1] = s;
	a->key[TK_AK_PARTICIPATION].has[1] = t > 0;
	a->key[TK_AK_PARTICIPATION].v[1] = t ? round(10000.0 * s / t) / 100 : 0;
	a->key[TK_AK_SCORE].has[1] = n > 0;
	a->key[TK_AK_SCORE].v[1] = n ? round(sum / n * 100) / 100 : 0;
	return rc;
}
