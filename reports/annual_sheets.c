/*
 * annual_sheets.c — the sheets of the annual report after 概要
 * (reports/annual.h): self-inspection status and results, audits,
 * findings, improvements, exceptions, the divisions' own words and the
 * issues ahead.
 */
#include "reports/annual_int.h"

#include "lib/util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define N(x) ((double)(x))

static void widths(struct tk_an_sheet *s, const double *w, int n)
{
	tk_doc_widths(s->d, s->ws, w, n);
}

void tk_an_sheet_self(struct tk_an_sheet *s, const struct tk_annual *a)
{
	static const double w[11] = {28, 8, 7, 7, 7, 7, 8, 8, 8, 8, 8};
	static const char *const h[11] = {
	    "点検",	"回答者", "対象",   "提出",	"期限後", "未提出",
	    "差戻し中", "差戻し", "職員数", "回答職員", "欠席等"};
	widths(s, w, 11);
	tk_an_title(s, a, "自己点検の実施状況");
	if (!a->ncampaigns) {
		tk_an_text(s, "本年度の自己点検はない。");
		return;
	}
	tk_an_head(s, h, 11);
	for (int i = 0; i < a->ncampaigns; i++) {
		const struct tk_annual_campaign *c = &a->campaigns[i];
		const char *t[11] = {c->title, c->staff ? "職員" : "所属"};
		double v[11] = {0,
				0,
				N(c->targets),
				N(c->submitted),
				N(c->late),
				N(c->missing),
				N(c->returned),
				N(c->rejects),
				c->staff ? N(c->staff_expected) : NAN,
				c->staff ? N(c->staff_answered) : NAN,
				c->staff ? N(c->staff_absent) : NAN};
		tk_an_row(s, t, v, 11);
	}
	tk_an_text(
	    s,
	    "差戻し中: 受理した点検票の後に点検票が差し戻された所属。差戻し: 差し戻した点検票の件数。欠席等: 回答の代わりに理由を記入した職員。");
}

/* Divisions with their scores and trend. */
static void division_table(struct tk_an_sheet *s,
			   const struct tk_annual_campaign *c)
{
	const struct tk_scores *sc = c->sc;
	char hb[TK_ANNUAL_YEARS][32], cb[TK_ANNUAL_YEARS][32];
	const char *h[4 + TK_ANNUAL_YEARS] = {"コード", "所属", "評価", "順位"};
	for (int k = 0; k < TK_ANNUAL_YEARS; k++) {
		tk_wareki_fy(c->trend_fy[k], hb[k], sizeof hb[k]);
		h[4 + k] = hb[k];
	}
	tk_an_head(s, h, 4 + TK_ANNUAL_YEARS);
	for (int d = 0; d < sc->ndiv; d++) {
		const struct tk_division_score *x = &sc->div[d];
		const char *t[4 + TK_ANNUAL_YEARS] = {
		    x->code, x->name, *x->grade ? x->grade : "－"};
		double v[4 + TK_ANNUAL_YEARS] = {0, 0, 0,
						 x->rank ? N(x->rank) : NAN};
		for (int k = 0; k < TK_ANNUAL_YEARS; k++)
			t[4 + k] = tk_an_cell(&c->trend_div[d][k], cb[k],
					      sizeof cb[k]);
		tk_an_row(s, t, v, 4 + TK_ANNUAL_YEARS);
	}
}

/* Items of the survey over the years (比較不能 where the item changed). */
static void item_trend(struct tk_an_sheet *s,
		       const struct tk_annual_campaign *c)
{
	const struct tk_survey *sv = c->sc->s;
	char cb[TK_ANNUAL_YEARS][32];
	const char *h[4 + TK_ANNUAL_YEARS] = {"項目", "内容", "条項", "組織"};
	char hb[TK_ANNUAL_YEARS][32];
	for (int k = 0; k < TK_ANNUAL_YEARS; k++) {
		tk_wareki_fy(c->trend_fy[k], hb[k], sizeof hb[k]);
		h[4 + k] = hb[k];
	}
	h[3] = "";
	tk_an_head(s, h, 4 + TK_ANNUAL_YEARS);
	for (int k = 0; k < TK_ANNUAL_YEARS; k++)
		h[4 + k] = tk_an_cell(&c->trend_org[k], cb[k], sizeof cb[k]);
	{
		const char *t[4 + TK_ANNUAL_YEARS] = {"得点", "組織全体", "",
						      ""};
		for (int k = 0; k < TK_ANNUAL_YEARS; k++)
			t[4 + k] = h[4 + k];
		tk_an_row(s, t, NULL, 4 + TK_ANNUAL_YEARS);
	}
	for (int i = 0; i < sv->nitems; i++) {
		const char *t[4 + TK_ANNUAL_YEARS] = {sv->items[i].id,
						      sv->items[i].text,
						      sv->items[i].clause, ""};
		for (int k = 0; k < TK_ANNUAL_YEARS; k++)
			t[4 + k] = tk_an_cell(&c->trend_item[i][k], cb[k],
					      sizeof cb[k]);
		tk_an_row(s, t, NULL, 4 + TK_ANNUAL_YEARS);
	}
}

/* Groups, grades, the weakest items and the sections of one campaign. */
static void campaign_scores(struct tk_an_sheet *s,
			    const struct tk_annual_campaign *c)
{
	const struct tk_scores *sc = c->sc;
	static const char *const hg[3] = {"部・方面本部", "所属数", "平均得点"};
	static const char *const hw[5] = {"項目", "内容", "条項", "平均",
					  "遵守率"};
	tk_an_head(s, hg, 3);
	for (int g = 0; g < sc->ngroups; g++) {
		const char *t[3] = {sc->groups[g].name};
		double v[3] = {0, N(sc->groups[g].divisions),
			       sc->groups[g].has_score
				   ? round(sc->groups[g].score * 100) / 100
				   : NAN};
		tk_an_row(s, t, v, 3);
	}
	s->r++;
	tk_an_head(s, (const char *const[3]){"評価", "所属数", ""}, 3);
	for (int g = 0; g < sc->s->ngrades; g++)
		tk_an_row(
		    s, (const char *const[3]){sc->s->grades[g].label, NULL, ""},
		    (const double[3]){0, N(sc->grade_count[g]), 0}, 3);
	s->r++;
	tk_an_head(s, hw, 5);
	for (int k = 0; k < c->nweak; k++) {
		const struct tk_item *it = &sc->s->items[c->weak[k]];
		const struct tk_item_total *x = &sc->items[c->weak[k]];
		const char *t[5] = {it->id, it->text, it->clause};
		double v[5] = {0, 0, 0, round(x->mean * 10000) / 100,
			       isnan(x->compliance)
				   ? NAN
				   : round(x->compliance * 10000) / 100};
		tk_an_row(s, t, v, 5);
	}
	s->r++;
	tk_an_head(s, (const char *const[3]){"区分", "内容", "得点"}, 3);
	for (int k = 0; k < sc->s->nsections; k++)
		tk_an_row(
		    s,
		    (const char *const[3]){sc->s->sections[k].id,
					   sc->s->sections[k].title, NULL},
		    (const double[3]){0, 0,
				      isnan(sc->section[k])
					  ? NAN
					  : round(sc->section[k] * 100) / 100},
		    3);
}

void tk_an_sheet_results(struct tk_an_sheet *s, const struct tk_annual *a)
{
	static const double w[9] = {10, 30, 12, 8, 11, 11, 11, 11, 11};
	char buf[300];
	widths(s, w, 9);
	tk_an_title(s, a, "自己点検の結果");
	if (!a->ncampaigns)
		tk_an_text(s, "本年度の自己点検はない。");
	for (int i = 0; i < a->ncampaigns; i++) {
		const struct tk_annual_campaign *c = &a->campaigns[i];
		snprintf(buf, sizeof buf, "%d　%s（組織全体 %s）", i + 1,
			 c->title, "");
		if (c->sc->has_score)
			snprintf(buf, sizeof buf, "%d　%s（組織全体 %.2f点）",
				 i + 1, c->title, c->sc->score);
		tk_an_heading(s, buf);
		campaign_scores(s, c);
		tk_an_heading(s, "所属別の得点と推移");
		division_table(s, c);
		tk_an_heading(s, "項目別の平均（%）の推移");
		item_trend(s, c);
	}
}

static void counts(struct tk_an_sheet *s, const struct tk_annual_count *c,
		   int n)
{
	tk_an_head(s, (const char *const[2]){"項目", "件数"}, 2);
	for (int i = 0; i < n; i++)
		tk_an_row(s, (const char *const[2]){c[i].label, NULL},
			  (const double[2]){0, N(c[i].n)}, 2);
}

void tk_an_sheet_audits(struct tk_an_sheet *s, const struct tk_annual *a)
{
	static const double w[5] = {34, 12, 24, 24, 12};
	static const char *const h[5] = {"件名", "実施・報告", "理由", "対象",
					 "承認日"};
	char buf[64];
	widths(s, w, 5);
	tk_an_title(s, a, "監査の実施状況");
	counts(s, a->audit, TK_ANNUAL_NCOUNT(a->audit));
	tk_an_heading(s, "特別監査");
	if (!a->nspecials) {
		tk_an_text(s, "本年度の特別監査はない。");
		return;
	}
	tk_an_head(s, h, 5);
	for (int i = 0; i < a->nspecials; i++) {
		const struct tk_annual_special *x = &a->specials[i];
		snprintf(buf, sizeof buf, "%d／%d", x->audits, x->reported);
		tk_an_row(s,
			  (const char *const[5]){
			      x->title, buf, x->reason, x->targets,
			      *x->approved_on ? x->approved_on : "未承認"},
			  NULL, 5);
	}
}
