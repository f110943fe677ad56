/*
 * score.c — computing and printing the scores of a campaign.  See score.h
 * and docs/scoring.md.
 */
#include "model/score.h"

#include "app/campaign.h"
#include "app/survey_db.h"
#include "lib/map.h"
#include "lib/util.h"
#include "plugin/plugin.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

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

static int load_targets(struct tk_store *st, struct tk_scores *sc,
			struct tk_map *byid, struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc, cap = 0;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT d.id, d.code, d.name, d.kind, coalesce(p.code, ''), coalesce(p.name, ''), coalesce(h.name, ''), (SELECT count(*) FROM staff s WHERE s.division_id=d.id) FROM campaign_targets t JOIN divisions d ON d.id=t.division_id LEFT JOIN divisions p ON p.id=d.parent_id LEFT JOIN staff h ON h.id=d.head_staff_id WHERE t.campaign=?1 ORDER BY d.code",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, sc->campaign);
	while (sqlite3_step(q) == SQLITE_ROW) {
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
	sqlite3_finalize(q);
	sc->targeted = sc->ndiv;
	return TK_OK;
}

static int lookup(const struct tk_map *byid, long id)
{
	char key[32];
	long i;
	snprintf(key, sizeof key, "%ld", id);
	return tk_map_get(byid, key, &i) ? (int)i : -1;
}

static int load_stats(struct tk_store *st, struct tk_scores *sc,
		      const struct tk_map *byid, struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT division_id, imported_at FROM submissions WHERE campaign=?1 AND superseded_by IS NULL",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, sc->campaign);
	while (sqlite3_step(q) == SQLITE_ROW) {
		int i = lookup(byid, (long)sqlite3_column_int64(q, 0));
		if (i < 0)
			continue;
		sc->div[i].submitted = 1;
		sc->div[i].submitted_at = dupcol(q, 1);
		sc->submitted++;
	}
	sqlite3_finalize(q);
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT u.division_id, s.item_idx, s.answered, s.counted, s.total, s.compliant FROM submissions u JOIN item_stats s ON s.submission=u.id WHERE u.campaign=?1 AND u.superseded_by IS NULL",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, sc->campaign);
	while (sqlite3_step(q) == SQLITE_ROW) {
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
	sqlite3_finalize(q);
	return TK_OK;
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
			if (s->has_score_hook)
				rc = tk_hooks_score(
				    hooks, ds->code, ds->kind, hi, def, has_def,
				    &ds->score, &ds->has_score, err);
			if (!rc && s->has_report_hook)
				rc = tk_hooks_report(
				    hooks, ds->code, ds->kind, hi, def, has_def,
				    &ds->extra_labels, &ds->extra_values,
				    &ds->nextra, err);
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
	/* Groups: the parent bureau of each division. */
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
	if (sqlite3_step(q) == SQLITE_ROW) {
		sc->prev_campaign = (long)sqlite3_column_int64(q, 0);
		sc->prev_fy = sqlite3_column_int(q, 1);
	}
	sqlite3_finalize(q);
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

/* ------------------------------------------------------------ output */

static void num_or_null(struct tk_buf *b, int have, double v)
{
	if (have && !isnan(v))
		tk_buf_addf(b, "%.2f", v);
	else
		tk_buf_adds(b, "null");
}

static void csv_field(struct tk_buf *b, const char *s)
{
	int quote = strpbrk(s, ",\"\n\r") != NULL;
	if (!quote) {
		tk_buf_adds(b, s);
		return;
	}
	tk_buf_addc(b, '"');
	for (; *s; s++) {
		if (*s == '"')
			tk_buf_addc(b, '"');
		tk_buf_addc(b, *s);
	}
	tk_buf_addc(b, '"');
}

static void csv_num(struct tk_buf *b, int have, double v)
{
	if (have && !isnan(v))
		tk_buf_addf(b, "%.2f", v);
}

/* Divisions whose value for item i is lowest (up to n), as codes. */
static int weakest(const struct tk_scores *sc, int item, int *out, int n)
{
	int k = 0;
	for (int d = 0; d < sc->ndiv; d++) {
		const struct tk_item_score *x = &sc->div[d].items[item];
		if (!x->counted || x->value >= 1.0)
			continue;
		int pos = k < n ? k++ : n;
		if (pos == n) {
			if (x->value >= sc->div[out[n - 1]].items[item].value)
				continue;
			pos = n - 1;
		}
		out[pos] = d;
		for (int j = pos; j > 0; j--) {
			if (sc->div[out[j]].items[item].value <
			    sc->div[out[j - 1]].items[item].value) {
				int t = out[j];
				out[j] = out[j - 1];
				out[j - 1] = t;
			}
		}
	}
	return k;
}

static void print_divisions(const struct tk_scores *sc,
			    enum tk_score_format fmt, struct tk_buf *b)
{
	if (fmt == TK_FMT_CSV)
		tk_buf_adds(
		    b,
		    "division,name,kind,group,submitted,score,grade,rank,answered,applicable,previous,change\n");
	else if (fmt == TK_FMT_JSON)
		tk_buf_adds(b, "[");
	else
		tk_buf_addf(
		    b,
		    "%s (FY%d) — organisation %s%.1f, %d/%d submitted\n%-8s %6s %-3s %4s %5s  %s\n",
		    sc->title, sc->fy, sc->has_score ? "" : "no score ",
		    sc->score, sc->submitted, sc->targeted, "code", "score",
		    "gr", "rank", "chg", "division");
	for (int d = 0; d < sc->ndiv; d++) {
		const struct tk_division_score *x = &sc->div[d];
		int chg = x->has_score && x->has_prev;
		if (fmt == TK_FMT_JSON) {
			tk_buf_adds(b, d ? ",\n {\"division\":"
					 : "\n {\"division\":");
			tk_buf_json_str(b, x->code);
			tk_buf_adds(b, ",\"name\":");
			tk_buf_json_str(b, x->name);
			tk_buf_adds(b, ",\"kind\":");
			tk_buf_json_str(b, x->kind);
			tk_buf_adds(b, ",\"group\":");
			tk_buf_json_str(b, x->group_code);
			tk_buf_addf(b, ",\"submitted\":%s,\"score\":",
				    x->submitted ? "true" : "false");
			num_or_null(b, x->has_score, x->score);
			tk_buf_adds(b, ",\"grade\":");
			tk_buf_json_str(b, x->has_score ? x->grade : NULL);
			tk_buf_adds(b, ",\"rank\":");
			if (x->rank)
				tk_buf_addf(b, "%d", x->rank);
			else
				tk_buf_adds(b, "null");
			tk_buf_addf(
			    b,
			    ",\"answered\":%d,\"applicable\":%d,\"previous\":",
			    x->answered, x->applicable);
			num_or_null(b, x->has_prev, x->prev_score);
			tk_buf_adds(b, ",\"change\":");
			num_or_null(b, chg, x->score - x->prev_score);
			tk_buf_adds(b, "}");
		} else if (fmt == TK_FMT_CSV) {
			csv_field(b, x->code);
			tk_buf_addc(b, ',');
			csv_field(b, x->name);
			tk_buf_addf(b, ",%s,", x->kind);
			csv_field(b, x->group_code);
			tk_buf_addf(b, ",%d,", x->submitted);
			csv_num(b, x->has_score, x->score);
			tk_buf_addf(b, ",%s,", x->has_score ? x->grade : "");
			if (x->rank)
				tk_buf_addf(b, "%d", x->rank);
			tk_buf_addf(b, ",%d,%d,", x->answered, x->applicable);
			csv_num(b, x->has_prev, x->prev_score);
			tk_buf_addc(b, ',');
			csv_num(b, chg, x->score - x->prev_score);
			tk_buf_addc(b, '\n');
		} else {
			char score[16] = "-", change[16] = "", rank[16] = "";
			if (x->has_score)
				snprintf(score, sizeof score, "%.1f", x->score);
			if (chg)
				snprintf(change, sizeof change, "%+.1f",
					 x->score - x->prev_score);
			if (x->rank)
				snprintf(rank, sizeof rank, "%d", x->rank);
			tk_buf_addf(b, "%-8s %6s %-3s %4s %5s  %s%s\n", x->code,
				    score, x->has_score ? x->grade : "", rank,
				    change, x->name,
				    x->submitted ? "" : " (未提出)");
		}
	}
	if (fmt == TK_FMT_JSON)
		tk_buf_adds(b, "\n]\n");
}

static void print_sections(const struct tk_scores *sc, enum tk_score_format fmt,
			   struct tk_buf *b)
{
	const struct tk_survey *s = sc->s;
	if (fmt == TK_FMT_JSON)
		tk_buf_adds(b, "[");
	else if (fmt == TK_FMT_CSV) {
		tk_buf_adds(b, "division,name");
		for (int k = 0; k < s->nsections; k++) {
			tk_buf_addc(b, ',');
			csv_field(b, s->sections[k].id);
		}
		tk_buf_adds(b, "\n");
	} else {
		tk_buf_addf(b, "%-8s %7s  %s\n", "section", "score", "title");
	}
	if (fmt == TK_FMT_CSV) {
		tk_buf_adds(b, ",（全体）");
		for (int k = 0; k < s->nsections; k++) {
			tk_buf_addc(b, ',');
			csv_num(b, 1, sc->section[k]);
		}
		tk_buf_addc(b, '\n');
		for (int d = 0; d < sc->ndiv; d++) {
			csv_field(b, sc->div[d].code);
			tk_buf_addc(b, ',');
			csv_field(b, sc->div[d].name);
			for (int k = 0; k < s->nsections; k++) {
				tk_buf_addc(b, ',');
				csv_num(b, 1, sc->div[d].section[k]);
			}
			tk_buf_addc(b, '\n');
		}
		return;
	}
	for (int k = 0; k < s->nsections; k++) {
		if (fmt == TK_FMT_JSON) {
			tk_buf_adds(b, k ? ",\n {\"section\":"
					 : "\n {\"section\":");
			tk_buf_json_str(b, s->sections[k].id);
			tk_buf_adds(b, ",\"title\":");
			tk_buf_json_str(b, s->sections[k].title);
			tk_buf_adds(b, ",\"score\":");
			num_or_null(b, 1, sc->section[k]);
			tk_buf_adds(b, ",\"divisions\":{");
			for (int d = 0; d < sc->ndiv; d++) {
				if (d)
					tk_buf_addc(b, ',');
				tk_buf_json_str(b, sc->div[d].code);
				tk_buf_addc(b, ':');
				num_or_null(b, 1, sc->div[d].section[k]);
			}
			tk_buf_adds(b, "}}");
		} else {
			char v[16] = "-";
			if (!isnan(sc->section[k]))
				snprintf(v, sizeof v, "%.1f", sc->section[k]);
			tk_buf_addf(b, "%-8s %7s  %s\n", s->sections[k].id, v,
				    s->sections[k].title);
		}
	}
	if (fmt == TK_FMT_JSON)
		tk_buf_adds(b, "\n]\n");
}

static void print_items(const struct tk_scores *sc, enum tk_score_format fmt,
			struct tk_buf *b)
{
	const struct tk_survey *s = sc->s;
	if (fmt == TK_FMT_JSON)
		tk_buf_adds(b, "[");
	else if (fmt == TK_FMT_CSV)
		tk_buf_adds(
		    b,
		    "item,section,clause,weight,severity,divisions,mean,compliance,weakest,text\n");
	else
		tk_buf_addf(b, "%-10s %-18s %6s %6s  %s\n", "item", "clause",
			    "mean", "comply", "text");
	for (int i = 0; i < s->nitems; i++) {
		const struct tk_item *it = &s->items[i];
		const struct tk_item_total *t = &sc->items[i];
		int weak[5], nw = weakest(sc, i, weak, 5);
		if (fmt == TK_FMT_JSON) {
			tk_buf_adds(b, i ? ",\n {\"item\":" : "\n {\"item\":");
			tk_buf_json_str(b, it->id);
			tk_buf_adds(b, ",\"section\":");
			tk_buf_json_str(b, s->sections[it->section].id);
			tk_buf_adds(b, ",\"clause\":");
			tk_buf_json_str(b, it->clause);
			tk_buf_addf(
			    b,
			    ",\"weight\":%g,\"severity\":\"%s\",\"divisions\":%d,\"mean\":",
			    it->weight, tk_severity_name(it->severity),
			    t->divisions);
			num_or_null(b, t->divisions, t->mean * 100);
			tk_buf_adds(b, ",\"compliance\":");
			num_or_null(b, t->counted, t->compliance * 100);
			tk_buf_adds(b, ",\"weakest\":[");
			for (int k = 0; k < nw; k++) {
				if (k)
					tk_buf_addc(b, ',');
				tk_buf_json_str(b, sc->div[weak[k]].code);
			}
			tk_buf_adds(b, "],\"text\":");
			tk_buf_json_str(b, it->text);
			tk_buf_adds(b, "}");
		} else if (fmt == TK_FMT_CSV) {
			csv_field(b, it->id);
			tk_buf_addc(b, ',');
			csv_field(b, s->sections[it->section].id);
			tk_buf_addc(b, ',');
			csv_field(b, it->clause);
			tk_buf_addf(b, ",%g,%s,%d,", it->weight,
				    tk_severity_name(it->severity),
				    t->divisions);
			csv_num(b, t->divisions, t->mean * 100);
			tk_buf_addc(b, ',');
			csv_num(b, t->counted, t->compliance * 100);
			tk_buf_addc(b, ',');
			for (int k = 0; k < nw; k++)
				tk_buf_addf(b, "%s%s", k ? " " : "",
					    sc->div[weak[k]].code);
			tk_buf_addc(b, ',');
			csv_field(b, it->text);
			tk_buf_addc(b, '\n');
		} else {
			char m[16] = "-", c[16] = "-";
			if (t->divisions)
				snprintf(m, sizeof m, "%.1f", t->mean * 100);
			if (t->counted)
				snprintf(c, sizeof c, "%.1f%%",
					 t->compliance * 100);
			tk_buf_addf(b, "%-10s ", it->id);
			tk_buf_pad(b, it->clause, 18);
			tk_buf_addf(b, " %6s %6s  %s\n", m, c, it->text);
		}
	}
	if (fmt == TK_FMT_JSON)
		tk_buf_adds(b, "\n]\n");
}

static void print_groups(const struct tk_scores *sc, enum tk_score_format fmt,
			 struct tk_buf *b)
{
	if (fmt == TK_FMT_JSON)
		tk_buf_adds(b, "[");
	else if (fmt == TK_FMT_CSV)
		tk_buf_adds(b, "group,name,divisions,scored,score\n");
	else
		tk_buf_addf(b, "%-8s %7s %9s  %s\n", "group", "score", "scored",
			    "name");
	for (int g = 0; g < sc->ngroups; g++) {
		const struct tk_group_score *x = &sc->groups[g];
		if (fmt == TK_FMT_JSON) {
			tk_buf_adds(b,
				    g ? ",\n {\"group\":" : "\n {\"group\":");
			tk_buf_json_str(b, x->code);
			tk_buf_adds(b, ",\"name\":");
			tk_buf_json_str(b, x->name);
			tk_buf_addf(
			    b, ",\"divisions\":%d,\"scored\":%d,\"score\":",
			    x->divisions, x->scored);
			num_or_null(b, x->has_score, x->score);
			tk_buf_adds(b, "}");
		} else if (fmt == TK_FMT_CSV) {
			csv_field(b, x->code);
			tk_buf_addc(b, ',');
			csv_field(b, x->name);
			tk_buf_addf(b, ",%d,%d,", x->divisions, x->scored);
			csv_num(b, x->has_score, x->score);
			tk_buf_addc(b, '\n');
		} else {
			char v[16] = "-";
			if (x->has_score)
				snprintf(v, sizeof v, "%.1f", x->score);
			tk_buf_addf(b, "%-8s %7s %4d/%-4d  %s\n", x->code, v,
				    x->scored, x->divisions, x->name);
		}
	}
	if (fmt == TK_FMT_JSON)
		tk_buf_adds(b, "\n]\n");
}

int tk_scores_print(const struct tk_scores *sc, enum tk_score_by by,
		    enum tk_score_format fmt, FILE *out)
{
	struct tk_buf b = {0};
	switch (by) {
	case TK_BY_SECTION:
		print_sections(sc, fmt, &b);
		break;
	case TK_BY_ITEM:
		print_items(sc, fmt, &b);
		break;
	case TK_BY_GROUP:
		print_groups(sc, fmt, &b);
		break;
	default:
		print_divisions(sc, fmt, &b);
	}
	fputs(b.s ? b.s : "", out);
	tk_buf_free(&b);
	return TK_OK;
}
