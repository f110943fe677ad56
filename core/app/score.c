/*
 * score.c — computing the scores of a campaign.  See app/score.h,
 * model/score.h and docs/scoring.md.  Rendering is in cli/render_score.c.
 */
#include "app/score.h"

#include "app/campaign.h"
#include "app/survey_db.h"
#include "lib/map.h"
#include "lib/util.h"
#include "plugin/plugin.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A copy of column i; "" for NULL.  The caller frees it. */
static char *dupcol(sqlite3_stmt *q, int i)
{
	const char *t = (const char *)sqlite3_column_text(q, i);
	return tk_xstrdup(t ? t : "");
}

void tk_scores_free(struct tk_scores *sc)
{
	if (!sc)
		return;
	for (int i = 0; i < sc->ndiv; i++) {
		struct tk_division_score *d = &sc->div[i];
		free(d->code);
		free(d->name);
		free(d->kind);
		free(d->group_code);
		free(d->group_name);
		free(d->head_name);
		free(d->submitted_at);
		free(d->inspected_on);
		free(d->filled_by);
		free(d->head_confirmed_by);
		free(d->head_confirmed_on);
		free(d->section);
		free(d->items);
		tk_hooks_rows_free(d->extra_labels, d->extra_values, d->nextra);
	}
	free(sc->div);
	for (int i = 0; i < sc->ngroups; i++) {
		free(sc->groups[i].code);
		free(sc->groups[i].name);
	}
	free(sc->groups);
	free(sc->items);
	free(sc->section);
	free(sc->grade_count);
	free(sc->title);
	free(sc->marking);
	free(sc->due);
	tk_survey_free(sc->s);
	free(sc);
}

/* The campaign's target divisions into sc->div (by code), with byid
 * mapping each division id to its index.  TK_OK or TK_EDB. */
static int load_targets(struct tk_store *st, struct tk_scores *sc,
			struct tk_map *byid, struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc, step, cap = 0;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT d.id, d.code, d.name, d.kind, coalesce(p.code, ''), coalesce(p.name, ''), coalesce(h.name, ''), (SELECT count(*) FROM staff s WHERE s.division_id=d.id) FROM campaign_targets t JOIN divisions d ON d.id=t.division_id LEFT JOIN divisions p ON p.id=d.parent_id LEFT JOIN staff h ON h.id=d.head_staff_id WHERE t.campaign=?1 ORDER BY d.ord, d.code",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, sc->campaign);
	while ((step = sqlite3_step(q)) == SQLITE_ROW) {
		struct tk_division_score *d;
		if (sc->ndiv == cap) {
			cap = cap ? cap * 2 : 64;
			sc->div =
			    tk_xrealloc(sc->div, (size_t)cap * sizeof *sc->div);
		}
		d = &sc->div[sc->ndiv];
		memset(d, 0, sizeof *d);
		d->id = (long)sqlite3_column_int64(q, 0);
		d->code = dupcol(q, 1);
		d->name = dupcol(q, 2);
		d->kind = dupcol(q, 3);
		d->group_code = dupcol(q, 4);
		d->group_name = dupcol(q, 5);
		d->head_name = dupcol(q, 6);
		d->staff = sqlite3_column_int(q, 7);
		d->grade = "";
		d->section =
		    tk_xcalloc((size_t)sc->s->nsections, sizeof *d->section);
		d->items = tk_xcalloc((size_t)sc->s->nitems, sizeof *d->items);
		tk_map_put(byid, "", 0); /* keep the map non-empty */
		{
			char key[32];
			snprintf(key, sizeof key, "%ld", d->id);
			tk_map_put(byid, key, sc->ndiv);
		}
		sc->ndiv++;
	}
	rc = step == SQLITE_DONE ? TK_OK
				 : tk_store_error(st, err, "campaign targets");
	sqlite3_finalize(q);
	sc->targeted = sc->ndiv;
	return rc;
}

/* The index of division id in sc->div, or -1 when not a target. */
static int lookup(const struct tk_map *byid, long id)
{
	char key[32];
	long i;
	snprintf(key, sizeof key, "%ld", id);
	return tk_map_get(byid, key, &i) ? (int)i : -1;
}

/* The current submissions and their item statistics into sc->div: a
 * division's per-staff submissions (one a member) add up.
 * TK_OK or TK_EDB. */
static int load_stats(struct tk_store *st, struct tk_scores *sc,
		      const struct tk_map *byid, struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc, step;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT division_id, max(imported_at), max(inspected_on), max(filled_by), max(head_confirmed_by), max(head_confirmed_on) FROM submissions WHERE campaign=?1 AND superseded_by IS NULL GROUP BY division_id",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, sc->campaign);
	while ((step = sqlite3_step(q)) == SQLITE_ROW) {
		int i = lookup(byid, (long)sqlite3_column_int64(q, 0));
		if (i < 0)
			continue;
		sc->div[i].submitted = 1;
		sc->div[i].submitted_at = dupcol(q, 1);
		sc->div[i].inspected_on = dupcol(q, 2);
		sc->div[i].filled_by = dupcol(q, 3);
		sc->div[i].head_confirmed_by = dupcol(q, 4);
		sc->div[i].head_confirmed_on = dupcol(q, 5);
		sc->submitted++;
	}
	rc = step == SQLITE_DONE ? TK_OK
				 : tk_store_error(st, err, "submissions");
	sqlite3_finalize(q);
	if (rc)
		return rc;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT u.division_id, s.item_idx, sum(s.answered), sum(s.counted), sum(s.total), sum(s.compliant) FROM submissions u JOIN item_stats s ON s.submission=u.id WHERE u.campaign=?1 AND u.superseded_by IS NULL GROUP BY u.division_id, s.item_idx",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, sc->campaign);
	while ((step = sqlite3_step(q)) == SQLITE_ROW) {
		int i = lookup(byid, (long)sqlite3_column_int64(q, 0));
		int it = sqlite3_column_int(q, 1);
		struct tk_item_score *x;
		if (i < 0 || it < 0 || it >= sc->s->nitems)
			continue;
		x = &sc->div[i].items[it];
		x->answered = sqlite3_column_int(q, 2);
		x->counted = sqlite3_column_int(q, 3);
		x->value =
		    x->counted ? sqlite3_column_double(q, 4) / x->counted : 0;
		x->compliant = sqlite3_column_int(q, 5);
	}
	rc =
	    step == SQLITE_DONE ? TK_OK : tk_store_error(st, err, "item stats");
	sqlite3_finalize(q);
	return rc;
}

/* 100 × Σ(w·v)/Σw over items [first, first+n) with a value; NAN if none. */
static double weighted(const struct tk_survey *s,
		       const struct tk_item_score *items, int first, int n)
{
	double sw = 0, swv = 0;
	for (int i = first; i < first + n; i++)
		if (items[i].counted) {
			sw += s->items[i].weight;
			swv += s->items[i].weight * items[i].value;
		}
	return sw > 0 ? 100.0 * swv / sw : NAN;
}

/* Each division's section and overall score, through the survey's score
 * and report hooks when it has them; its grade.  TK_OK or the hook's
 * error. */
static int score_divisions(struct tk_scores *sc, struct tk_error *err)
{
	const struct tk_survey *s = sc->s;
	tk_hooks *hooks = NULL;
	struct tk_hook_item *hi = NULL;
	int rc = TK_OK;
	if (s->has_score_hook || s->has_report_hook) {
		if ((rc = tk_hooks_open(s, NULL, &hooks, err)))
			return rc;
		hi = tk_xcalloc((size_t)s->nitems, sizeof *hi);
	}
	for (int d = 0; d < sc->ndiv && !rc; d++) {
		struct tk_division_score *ds = &sc->div[d];
		double v;
		for (int i = 0; i < s->nitems; i++) {
			ds->answered += ds->items[i].answered > 0;
			ds->applicable += ds->items[i].counted > 0;
		}
		for (int k = 0; k < s->nsections; k++)
			ds->section[k] =
			    weighted(s, ds->items, s->sections[k].first,
				     s->sections[k].count);
		v = weighted(s, ds->items, 0, s->nitems);
		ds->has_score = !isnan(v);
		ds->score = ds->has_score ? v : 0;
		if (hooks && ds->submitted) {
			double def = ds->score;
			int has_def = ds->has_score;
			for (int i = 0; i < s->nitems; i++) {
				hi[i].answered = ds->items[i].counted > 0;
				hi[i].value = ds->items[i].value;
				hi[i].applicable = ds->items[i].counted > 0;
			}
			struct tk_hook_division hd = {ds->code, ds->kind, hi,
						      def, has_def};
			struct tk_hook_rows rows = {NULL, NULL, 0};
			if (s->has_score_hook)
				rc = tk_hooks_score_division(
				    hooks, &hd, &ds->score, &ds->has_score,
				    err);
			if (!rc && s->has_report_hook)
				rc = tk_hooks_report_division(hooks, &hd, &rows,
							      err);
			ds->extra_labels = rows.labels;
			ds->extra_values = rows.values;
			ds->nextra = rows.n;
		}
		/* Scores are reported with 2 decimals: grade and rank what
		 * is reported, so that two divisions shown as 90.00 are not
		 * A and B (17/20 + 19/20 sums to 89.99999…). */
		if (ds->has_score)
			ds->score = round(ds->score * 100) / 100;
		ds->grade = ds->has_score ? tk_survey_grade(s, ds->score) : "";
	}
	free(hi);
	tk_hooks_close(hooks);
	return rc;
}

/* Rank 1 for the best scored division; ties share a rank. */
static void rank_divisions(struct tk_scores *sc)
{
	for (int d = 0; d < sc->ndiv; d++) {
		struct tk_division_score *a = &sc->div[d];
		if (!a->has_score)
			continue;
		a->rank = 1;
		for (int e = 0; e < sc->ndiv; e++)
			if (sc->div[e].has_score && sc->div[e].score > a->score)
				a->rank++;
	}
}

static void aggregate_groups(struct tk_scores *sc);

/* Totals per item and section, the organisation's score and grade
 * counts, and the groups. */
static void aggregate(struct tk_scores *sc)
{
	const struct tk_survey *s = sc->s;
	double sum = 0;
	int n = 0;
	sc->items = tk_xcalloc((size_t)s->nitems + 1, sizeof *sc->items);
	sc->section = tk_xcalloc((size_t)s->nsections + 1, sizeof *sc->section);
	sc->grade_count =
	    tk_xcalloc((size_t)s->ngrades + 1, sizeof *sc->grade_count);
	for (int i = 0; i < s->nitems; i++) {
		struct tk_item_total *t = &sc->items[i];
		double vs = 0;
		for (int d = 0; d < sc->ndiv; d++) {
			const struct tk_item_score *x = &sc->div[d].items[i];
			if (!x->counted)
				continue;
			t->divisions++;
			t->counted += x->counted;
			t->compliant += x->compliant;
			vs += x->value;
		}
		t->mean = t->divisions ? vs / t->divisions : NAN;
		t->compliance =
		    t->counted ? (double)t->compliant / t->counted : NAN;
	}
	for (int k = 0; k < s->nsections; k++) {
		double ss = 0;
		int m = 0;
		for (int d = 0; d < sc->ndiv; d++)
			if (!isnan(sc->div[d].section[k])) {
				ss += sc->div[d].section[k];
				m++;
			}
		sc->section[k] = m ? ss / m : NAN;
	}
	for (int d = 0; d < sc->ndiv; d++) {
		const struct tk_division_score *ds = &sc->div[d];
		if (!ds->has_score)
			continue;
		sum += ds->score;
		n++;
		for (int g = 0; g < s->ngrades; g++)
			if (!strcmp(ds->grade, s->grades[g].label)) {
				sc->grade_count[g]++;
				break;
			}
	}
	sc->has_score = n > 0;
	sc->score = n ? sum / n : 0;
	aggregate_groups(sc);
}

/* Groups: the parent bureau of each division, with the mean score of its
 * scored divisions. */
static void aggregate_groups(struct tk_scores *sc)
{
	for (int d = 0; d < sc->ndiv; d++) {
		const struct tk_division_score *ds = &sc->div[d];
		int g;
		for (g = 0; g < sc->ngroups; g++)
			if (!strcmp(sc->groups[g].code, ds->group_code))
				break;
		if (g == sc->ngroups) {
			sc->groups = tk_xrealloc(
			    sc->groups, (size_t)(g + 1) * sizeof *sc->groups);
			memset(&sc->groups[g], 0, sizeof sc->groups[g]);
			sc->groups[g].code = tk_xstrdup(ds->group_code);
			sc->groups[g].name = tk_xstrdup(
			    *ds->group_name ? ds->group_name : "（直轄）");
			sc->ngroups++;
		}
		sc->groups[g].divisions++;
		if (ds->has_score) {
			sc->groups[g].scored++;
			sc->groups[g].score += ds->score;
		}
	}
	for (int g = 0; g < sc->ngroups; g++) {
		sc->groups[g].has_score = sc->groups[g].scored > 0;
		if (sc->groups[g].scored)
			sc->groups[g].score /= sc->groups[g].scored;
	}
}

static int compute(struct tk_store *st, long campaign, int with_prev,
		   struct tk_scores **out, struct tk_error *err);

/* The same survey's latest campaign of an earlier year, if any, and its
 * scores per division and for the organisation.  TK_OK or an error. */
static int previous_year(struct tk_store *st, struct tk_scores *sc,
			 struct tk_error *err)
{
	sqlite3_stmt *q;
	struct tk_scores *prev = NULL;
	int rc;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT c.id, c.fy FROM campaigns c JOIN surveys s ON s.id=c.survey WHERE s.survey_id=?1 AND c.fy<?2 ORDER BY c.fy DESC, c.id DESC LIMIT 1",
		 &q, err)))
		return rc;
	sqlite3_bind_text(q, 1, sc->s->id, -1, SQLITE_STATIC);
	sqlite3_bind_int(q, 2, sc->fy);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		sc->prev_campaign = (long)sqlite3_column_int64(q, 0);
		sc->prev_fy = sqlite3_column_int(q, 1);
	}
	rc = rc == SQLITE_ROW || rc == SQLITE_DONE
		 ? TK_OK
		 : tk_store_error(st, err, "previous campaign");
	sqlite3_finalize(q);
	if (rc)
		return rc;
	if (!sc->prev_campaign)
		return TK_OK;
	if ((rc = compute(st, sc->prev_campaign, 0, &prev, err)))
		return rc;
	/* Matched by division code: names may have changed. */
	for (int d = 0; d < sc->ndiv; d++)
		for (int e = 0; e < prev->ndiv; e++)
			if (!strcmp(sc->div[d].code, prev->div[e].code) &&
			    prev->div[e].has_score) {
				sc->div[d].has_prev = 1;
				sc->div[d].prev_score = prev->div[e].score;
			}
	sc->has_prev_score = prev->has_score;
	sc->prev_score = prev->score;
	tk_scores_free(prev);
	return TK_OK;
}

/* tk_scores_compute; with_prev: also the previous year. */
static int compute(struct tk_store *st, long campaign, int with_prev,
		   struct tk_scores **out, struct tk_error *err)
{
	struct tk_campaign c;
	struct tk_scores *sc;
	struct tk_map byid = {0};
	int rc;
	*out = NULL;
	if ((rc = tk_campaign_get(st, campaign, &c, err)))
		return rc;
	sc = tk_xcalloc(1, sizeof *sc);
	sc->campaign = campaign;
	sc->fy = c.fy;
	sc->title = tk_xstrdup(c.title);
	sc->marking = tk_xstrdup(c.marking);
	sc->due = tk_xstrdup(c.due ? c.due : "");
	rc = tk_survey_load(st, c.survey, &sc->s, err);
	tk_campaign_clear(&c);
	if (!rc)
		rc = load_targets(st, sc, &byid, err);
	if (!rc)
		rc = load_stats(st, sc, &byid, err);
	if (!rc)
		rc = score_divisions(sc, err);
	if (!rc) {
		rank_divisions(sc);
		aggregate(sc);
		if (with_prev)
			rc = previous_year(st, sc, err);
	}
	tk_map_free(&byid);
	if (rc) {
		tk_scores_free(sc);
		return rc;
	}
	*out = sc;
	return TK_OK;
}

int tk_scores_compute(struct tk_store *st, long campaign,
		      struct tk_scores **out, struct tk_error *err)
{
	return compute(st, campaign, 1, out, err);
}
