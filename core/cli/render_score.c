/*
 * render_score.c — `tenken score` output: divisions, sections, items or
 * groups of a struct tk_scores as a table, JSON or CSV (docs/scoring.md).
 */
#include "cli/render.h"
#include "lib/i18n.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* v, or NaN (written as null / an empty CSV field) when not have. */
static double opt(int have, double v)
{
	return have ? v : NAN;
}

static void csv_num(struct tk_buf *b, double v)
{
	if (!isnan(v))
		tk_buf_addf(b, "%.2f", v);
}

/* Divisions whose value for item i is lowest (up to n), as indexes into
 * sc->div; returns how many. */
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

/* One JSON object for row i of sc. */
typedef void row_fn(struct tk_json *j, const struct tk_scores *sc, int i);

/* A JSON array of rows 0..n-1, each written by row. */
static int json_rows(const struct tk_scores *sc, int n, row_fn *row,
		     struct tk_buf *b, struct tk_error *err)
{
	struct tk_json j;
	tk_json_init(&j, b, 0);
	tk_json_array_rows(&j);
	for (int i = 0; i < n; i++)
		row(&j, sc, i);
	tk_json_end(&j);
	return tk_render_json_done(&j, err);
}

/* ------------------------------------------------------------ divisions */

static void division_json(struct tk_json *j, const struct tk_scores *sc, int d)
{
	const struct tk_division_score *x = &sc->div[d];
	int chg = x->has_score && x->has_prev;
	tk_json_object(j);
	tk_json_kv_str(j, "division", x->code);
	tk_json_kv_str(j, "name", x->name);
	tk_json_kv_str(j, "kind", x->kind);
	tk_json_kv_str(j, "group", x->group_code);
	tk_json_kv_bool(j, "submitted", x->submitted);
	tk_json_kv_num(j, "score", opt(x->has_score, x->score), "%.2f");
	tk_json_kv_str(j, "grade", x->has_score ? x->grade : NULL);
	tk_json_key(j, "rank");
	if (x->rank)
		tk_json_int(j, x->rank);
	else
		tk_json_null(j);
	tk_json_kv_int(j, "answered", x->answered);
	tk_json_kv_int(j, "applicable", x->applicable);
	tk_json_kv_num(j, "previous", opt(x->has_prev, x->prev_score), "%.2f");
	tk_json_kv_num(j, "change", opt(chg, x->score - x->prev_score), "%.2f");
	tk_json_end(j);
}

static void division_csv(struct tk_buf *b, const struct tk_division_score *x)
{
	int chg = x->has_score && x->has_prev;
	tk_render_csv_field(b, x->code);
	tk_buf_addc(b, ',');
	tk_render_csv_field(b, x->name);
	tk_buf_addf(b, ",%s,", x->kind);
	tk_render_csv_field(b, x->group_code);
	tk_buf_addf(b, ",%d,", x->submitted);
	csv_num(b, opt(x->has_score, x->score));
	tk_buf_addc(b, ',');
	tk_render_csv_field(b, x->has_score ? x->grade : "");
	tk_buf_addc(b, ',');
	if (x->rank)
		tk_buf_addf(b, "%d", x->rank);
	tk_buf_addf(b, ",%d,%d,", x->answered, x->applicable);
	csv_num(b, opt(x->has_prev, x->prev_score));
	tk_buf_addc(b, ',');
	csv_num(b, opt(chg, x->score - x->prev_score));
	tk_buf_addc(b, '\n');
}

static void division_table(struct tk_buf *b, const struct tk_division_score *x)
{
	char score[16] = "-", change[16] = "", rank[16] = "";
	if (x->has_score)
		snprintf(score, sizeof score, "%.1f", x->score);
	if (x->has_score && x->has_prev)
		snprintf(change, sizeof change, "%+.1f",
			 x->score - x->prev_score);
	if (x->rank)
		snprintf(rank, sizeof rank, "%d", x->rank);
	tk_buf_addf(b, "%-8s %6s %-3s %4s %5s  %s%s\n", tk_render_esc(x->code),
		    score, x->has_score ? tk_render_esc(x->grade) : "", rank,
		    change, tk_render_esc(x->name),
		    x->submitted ? "" : " (未提出)");
}

static int divisions(const struct tk_scores *sc, enum tk_format fmt,
		     struct tk_buf *b, struct tk_error *err)
{
	if (fmt == TK_FMT_JSON)
		return json_rows(sc, sc->ndiv, division_json, b, err);
	if (fmt == TK_FMT_CSV)
		tk_render_csv_head(
		    b,
		    "division,name,kind,group,submitted,score,grade,rank,answered,applicable,previous,change\n",
		    "所属コード,所属名,区分,グループ,提出,得点,評価,順位,回答数,該当項目数,前年得点,前年比\n");
	else {
		tk_buf_addf(
		    b, _("%s (FY%d) — organisation %s%.1f, %d/%d submitted\n"),
		    tk_render_esc(sc->title), sc->fy,
		    sc->has_score ? "" : _("no score "), sc->score,
		    sc->submitted, sc->targeted);
		tk_buf_addcols(b, "%-8s %6s %-3s %4s %5s  %s\n", _("code"),
			       _("score"), _("gr"), _("rank"), _("chg"),
			       _("division"));
	}
	for (int d = 0; d < sc->ndiv; d++) {
		if (fmt == TK_FMT_CSV)
			division_csv(b, &sc->div[d]);
		else
			division_table(b, &sc->div[d]);
	}
	return TK_OK;
}

/* ------------------------------------------------------------ sections */

static int sections_json(const struct tk_scores *sc, struct tk_buf *b,
			 struct tk_error *err)
{
	const struct tk_survey *s = sc->s;
	struct tk_json j;
	tk_json_init(&j, b, 0);
	tk_json_array_rows(&j);
	for (int k = 0; k < s->nsections; k++) {
		tk_json_object(&j);
		tk_json_kv_str(&j, "section", s->sections[k].id);
		tk_json_kv_str(&j, "title", s->sections[k].title);
		tk_json_kv_num(&j, "score", sc->section[k], "%.2f");
		tk_json_key(&j, "divisions");
		tk_json_object(&j);
		for (int d = 0; d < sc->ndiv; d++) {
			tk_json_key(&j, sc->div[d].code);
			tk_json_num(&j, sc->div[d].section[k], "%.2f");
		}
		tk_json_end(&j);
		tk_json_end(&j);
	}
	tk_json_end(&j);
	return tk_render_json_done(&j, err);
}

/* One CSV row: code, name and a score per section. */
static void section_csv_row(struct tk_buf *b, const char *code,
			    const char *name, const double *v, int n)
{
	tk_render_csv_field(b, code);
	tk_buf_addc(b, ',');
	tk_render_csv_field(b, name);
	for (int k = 0; k < n; k++) {
		tk_buf_addc(b, ',');
		csv_num(b, v[k]);
	}
	tk_buf_addc(b, '\n');
}

static void sections_csv(const struct tk_scores *sc, struct tk_buf *b)
{
	const struct tk_survey *s = sc->s;
	tk_render_csv_head(b, "division,name", "所属コード,所属名");
	for (int k = 0; k < s->nsections; k++) {
		tk_buf_addc(b, ',');
		tk_render_csv_field(b, s->sections[k].id);
	}
	tk_buf_adds(b, "\n");
	section_csv_row(b, "", "（全体）", sc->section, s->nsections);
	for (int d = 0; d < sc->ndiv; d++)
		section_csv_row(b, sc->div[d].code, sc->div[d].name,
				sc->div[d].section, s->nsections);
}

static void sections_table(const struct tk_scores *sc, struct tk_buf *b)
{
	const struct tk_survey *s = sc->s;
	tk_buf_addcols(b, "%-8s %7s  %s\n", _("section"), _("score"),
		       _("title"));
	for (int k = 0; k < s->nsections; k++) {
		char v[16] = "-";
		if (!isnan(sc->section[k]))
			snprintf(v, sizeof v, "%.1f", sc->section[k]);
		tk_buf_addf(b, "%-8s %7s  %s\n",
			    tk_render_esc(s->sections[k].id), v,
			    tk_render_esc(s->sections[k].title));
	}
}

/* ------------------------------------------------------------ items */

static void item_json(struct tk_json *j, const struct tk_scores *sc, int i)
{
	const struct tk_survey *s = sc->s;
	const struct tk_item *it = &s->items[i];
	const struct tk_item_total *t = &sc->items[i];
	int weak[5], nw = weakest(sc, i, weak, 5);
	tk_json_object(j);
	tk_json_kv_str(j, "item", it->id);
	tk_json_kv_str(j, "section", s->sections[it->section].id);
	tk_json_kv_str(j, "clause", it->clause);
	tk_json_kv_num(j, "weight", it->weight, "%g");
	tk_json_kv_str(j, "severity", tk_severity_name(it->severity));
	tk_json_kv_int(j, "divisions", t->divisions);
	tk_json_kv_num(j, "mean", opt(t->divisions, t->mean * 100), "%.2f");
	tk_json_kv_num(j, "compliance", opt(t->counted, t->compliance * 100),
		       "%.2f");
	tk_json_key(j, "weakest");
	tk_json_array(j);
	for (int k = 0; k < nw; k++)
		tk_json_str(j, sc->div[weak[k]].code);
	tk_json_end(j);
	tk_json_kv_str(j, "text", it->text);
	tk_json_end(j);
}

static void item_csv(struct tk_buf *b, const struct tk_scores *sc, int i)
{
	const struct tk_survey *s = sc->s;
	const struct tk_item *it = &s->items[i];
	const struct tk_item_total *t = &sc->items[i];
	int weak[5], nw = weakest(sc, i, weak, 5);
	struct tk_buf list = {0}; /* the weakest divisions' codes */
	tk_render_csv_field(b, it->id);
	tk_buf_addc(b, ',');
	tk_render_csv_field(b, s->sections[it->section].id);
	tk_buf_addc(b, ',');
	tk_render_csv_field(b, it->clause);
	tk_buf_addf(b, ",%g,%s,%d,", it->weight, tk_severity_name(it->severity),
		    t->divisions);
	csv_num(b, opt(t->divisions, t->mean * 100));
	tk_buf_addc(b, ',');
	csv_num(b, opt(t->counted, t->compliance * 100));
	tk_buf_addc(b, ',');
	for (int k = 0; k < nw; k++)
		tk_buf_addf(&list, "%s%s", k ? " " : "", sc->div[weak[k]].code);
	tk_render_csv_field(b, list.len ? list.s : "");
	tk_buf_free(&list);
	tk_buf_addc(b, ',');
	tk_render_csv_field(b, it->text);
	tk_buf_addc(b, '\n');
}

static void item_table(struct tk_buf *b, const struct tk_scores *sc, int i)
{
	const struct tk_item *it = &sc->s->items[i];
	const struct tk_item_total *t = &sc->items[i];
	char m[16] = "-", c[16] = "-";
	if (t->divisions)
		snprintf(m, sizeof m, "%.1f", t->mean * 100);
	if (t->counted)
		snprintf(c, sizeof c, "%.1f%%", t->compliance * 100);
	tk_buf_addf(b, "%-10s ", tk_render_esc(it->id));
	tk_buf_pad(b, tk_render_esc(it->clause), 18);
	tk_buf_addf(b, " %6s %6s  %s\n", m, c, tk_render_esc(it->text));
}

static int items(const struct tk_scores *sc, enum tk_format fmt,
		 struct tk_buf *b, struct tk_error *err)
{
	if (fmt == TK_FMT_JSON)
		return json_rows(sc, sc->s->nitems, item_json, b, err);
	if (fmt == TK_FMT_CSV)
		tk_render_csv_head(
		    b,
		    "item,section,clause,weight,severity,divisions,mean,compliance,weakest,text\n",
		    "項目,章,条項,重み,重要度,所属数,平均,遵守率,低位の所属,内容\n");
	else
		tk_buf_addcols(b, "%-10s %-18s %6s %6s  %s\n", _("item"),
			       _("clause"), _("mean"), _("comply"), _("text"));
	for (int i = 0; i < sc->s->nitems; i++) {
		if (fmt == TK_FMT_CSV)
			item_csv(b, sc, i);
		else
			item_table(b, sc, i);
	}
	return TK_OK;
}

/* ------------------------------------------------------------ groups */

static void group_json(struct tk_json *j, const struct tk_scores *sc, int g)
{
	const struct tk_group_score *x = &sc->groups[g];
	tk_json_object(j);
	tk_json_kv_str(j, "group", x->code);
	tk_json_kv_str(j, "name", x->name);
	tk_json_kv_int(j, "divisions", x->divisions);
	tk_json_kv_int(j, "scored", x->scored);
	tk_json_kv_num(j, "score", opt(x->has_score, x->score), "%.2f");
	tk_json_end(j);
}

static void group_text(struct tk_buf *b, const struct tk_group_score *x,
		       enum tk_format fmt)
{
	char v[16] = "-";
	if (fmt == TK_FMT_CSV) {
		tk_render_csv_field(b, x->code);
		tk_buf_addc(b, ',');
		tk_render_csv_field(b, x->name);
		tk_buf_addf(b, ",%d,%d,", x->divisions, x->scored);
		csv_num(b, opt(x->has_score, x->score));
		tk_buf_addc(b, '\n');
		return;
	}
	if (x->has_score)
		snprintf(v, sizeof v, "%.1f", x->score);
	tk_buf_addf(b, "%-8s %7s %4d/%-4d  %s\n", tk_render_esc(x->code), v,
		    x->scored, x->divisions, tk_render_esc(x->name));
}

static int groups(const struct tk_scores *sc, enum tk_format fmt,
		  struct tk_buf *b, struct tk_error *err)
{
	if (fmt == TK_FMT_JSON)
		return json_rows(sc, sc->ngroups, group_json, b, err);
	if (fmt == TK_FMT_CSV)
		tk_render_csv_head(
		    b, "group,name,divisions,scored,score\n",
		    "グループ,名称,所属数,採点した所属数,得点\n");
	else
		tk_buf_addcols(b, "%-8s %7s %9s  %s\n", _("group"), _("score"),
			       _("scored"), _("name"));
	for (int g = 0; g < sc->ngroups; g++)
		group_text(b, &sc->groups[g], fmt);
	return TK_OK;
}

int tk_render_scores(const struct tk_scores *sc, enum tk_score_by by,
		     enum tk_format fmt, struct tk_buf *out,
		     struct tk_error *err)
{
	switch (by) {
	case TK_BY_SECTION:
		if (fmt == TK_FMT_JSON)
			return sections_json(sc, out, err);
		if (fmt == TK_FMT_CSV)
			sections_csv(sc, out);
		else
			sections_table(sc, out);
		return TK_OK;
	case TK_BY_ITEM:
		return items(sc, fmt, out, err);
	case TK_BY_GROUP:
		return groups(sc, fmt, out, err);
	default:
		return divisions(sc, fmt, out, err);
	}
}
