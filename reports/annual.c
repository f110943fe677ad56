/*
 * annual.c — the annual report workbook (reports/annual.h): the table
 * helpers, the 概要 sheet, and the workbook with every sheet on A4,
 * fitted to the width and marked.  Text is written only as strings
 * (tk_sheet_put), never as formulas.
 */
#include "reports/annual_int.h"

#include "lib/util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

const char *const tk_annual_sheet_names[TK_ANNUAL_SHEETS] = {
    "概要",	      "自己点検の実施状況", "自己点検の結果",
    "監査の実施状況", "指摘事項",	    "改善状況",
    "例外措置",	      "所属の記述",	    "今後の課題"};

void tk_an_head(struct tk_an_sheet *s, const char *const *t, int n)
{
	int sp[16][2];
	for (int k = 0; k < n && k < 16; k++)
		sp[k][0] = sp[k][1] = k;
	tk_doc_row_head(s->d, s->ws, s->r++, t, (const int(*)[2])sp,
			n < 16 ? n : 16);
}

void tk_an_row(struct tk_an_sheet *s, const char *const *t, const double *v,
	       int n)
{
	const char *fit[16];
	int sp[16][2], m = 0;
	for (int k = 0; k < n && k < 16; k++) {
		if (t[k]) {
			tk_sheet_put(&s->d->sh, s->ws, s->r, k, t[k],
				     s->d->f.cellw);
			fit[m] = t[k];
			sp[m][0] = sp[m][1] = k;
			m++;
		} else if (isnan(v[k]))
			tk_sheet_put(&s->d->sh, s->ws, s->r, k, "－",
				     s->d->f.cellc);
		else
			tk_doc_num(s->d, s->ws, s->r, k, v[k],
				   v[k] == floor(v[k]) ? s->d->f.num
						       : s->d->f.total);
	}
	tk_doc_fit(s->d, s->ws, s->r++, fit, (const int(*)[2])sp, m);
}

void tk_an_title(struct tk_an_sheet *s, const struct tk_annual *a,
		 const char *what)
{
	char buf[300], fy[32], day[64];
	snprintf(buf, sizeof buf, "%s（%s、%s現在）", what,
		 tk_wareki_fy(a->fy, fy, sizeof fy),
		 tk_wareki(a->as_of, day, sizeof day));
	s->r = tk_doc_line(s->d, s->ws, s->r, buf, s->d->f.title);
}

void tk_an_heading(struct tk_an_sheet *s, const char *title)
{
	s->r = tk_doc_line(s->d, s->ws, s->r + 1, title, s->d->f.heading);
}

void tk_an_text(struct tk_an_sheet *s, const char *text)
{
	s->r = tk_doc_line(s->d, s->ws, s->r, text, s->d->f.wrap);
}

const char *tk_an_cell(const struct tk_annual_cell *c, char *buf, size_t n)
{
	switch (c->state) {
	case TK_AN_GAP:
		return "実施なし";
	case TK_AN_INCOMPARABLE:
		return "比較不能";
	case TK_AN_NONE:
		return "－";
	default:
		snprintf(buf, n, "%.2f", c->v);
		return buf;
	}
}

/* The key figures: this year, the year before, the change. */
static void key_table(struct tk_an_sheet *s, const struct tk_annual *a)
{
	static const char *const h[5] = {"項目", "本年度", "前年度", "増減",
					 "単位"};
	tk_an_head(s, h, 5);
	for (int i = 0; i < TK_AK_COUNT; i++) {
		const struct tk_annual_key *k = &a->key[i];
		const char *t[5] = {k->label, NULL, NULL, NULL, k->unit};
		double v[5] = {0, k->has[0] ? k->v[0] : NAN,
			       k->has[1] ? k->v[1] : NAN, NAN, 0};
		if (k->has[0] && k->has[1])
			v[3] = round((k->v[0] - k->v[1]) * 100) / 100;
		tk_an_row(s, t, v, 5);
	}
}

static void sheet_summary(struct tk_an_sheet *s, const struct tk_annual *a)
{
	static const double w[5] = {34, 13, 13, 13, 9};
	static const char *const heads[4] = {"実施状況", "主な指摘", "改善状況",
					     "今後の課題"};
	char buf[300], fy[32], day[64];
	tk_doc_widths(s->d, s->ws, w, 5);
	s->r = tk_doc_line(s->d, s->ws, 0, a->marking, s->d->f.mark);
	snprintf(buf, sizeof buf, "情報セキュリティ対策の実施状況（%s）",
		 tk_wareki_fy(a->fy, fy, sizeof fy));
	s->r = tk_doc_line(s->d, s->ws, s->r, buf, s->d->f.title);
	snprintf(buf, sizeof buf, "%s現在の記録による。",
		 tk_wareki(a->as_of, day, sizeof day));
	s->r = tk_doc_line(s->d, s->ws, s->r, buf, s->d->f.right);
	tk_an_heading(s, "1　主な数値（前年度との比較）");
	key_table(s, a);
	for (int i = 0; i < 4; i++) {
		snprintf(buf, sizeof buf, "%d　%s", i + 2, heads[i]);
		tk_an_heading(s, buf);
		tk_an_text(s, a->narrative[i]);
	}
	tk_an_heading(s, "6　証跡の基点（作成時の記録）");
	snprintf(buf, sizeof buf, "記録件数 %ld件　最終ハッシュ %s",
		 a->anchor_entries, a->anchor_head);
	tk_an_text(s, buf);
	tk_an_text(s, a->anchor);
}

typedef void (*sheet_fn)(struct tk_an_sheet *s, const struct tk_annual *a);

static const struct {
	sheet_fn fn;
	int landscape;
} sheets[TK_ANNUAL_SHEETS] = {
    {sheet_summary, 0},		 {tk_an_sheet_self, 1},
    {tk_an_sheet_results, 1},	 {tk_an_sheet_audits, 0},
    {tk_an_sheet_findings, 1},	 {tk_an_sheet_improvements, 0},
    {tk_an_sheet_exceptions, 0}, {tk_an_sheet_texts, 0},
    {tk_an_sheet_issues, 0},
};

int tk_annual_write(const struct tk_annual *a, const char *path,
		    const char *name, struct tk_error *err)
{
	struct tk_doc d = {0};
	int rc = tk_sheet_open(&d.sh, path, name, err);
	if (rc != TK_OK)
		return rc;
	tk_doc_formats(d.sh.wb, &d.f);
	d.marking = a->marking;
	for (int i = 0; i < TK_ANNUAL_SHEETS; i++) {
		struct tk_an_sheet s = {&d, NULL, 0};
		if (!(s.ws = workbook_add_worksheet(d.sh.wb,
						    tk_annual_sheet_names[i])))
			return tk_sheet_no_sheets(&d.sh, path, name, err);
		sheets[i].fn(&s, a);
		tk_doc_page(&d, s.ws, tk_annual_sheet_names[i],
			    s.r > 0 ? s.r - 1 : 0, -1, sheets[i].landscape);
	}
	return tk_sheet_close(&d.sh, path, name, err);
}
