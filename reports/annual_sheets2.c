/*
 * annual_sheets2.c — the later sheets of the annual report
 * (reports/annual.h): findings, improvements, exceptions, the divisions'
 * own words and the issues ahead.
 */
#include "reports/annual_int.h"

#include "lib/util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define N(x) ((double)(x))

static const char *const chapters[TK_ANNUAL_CHAPTERS] = {
    "第2", "第3", "第4", "第5", "第6", "第7", "第8", "その他"};

/* Chapters down, severity × division kind across, totals at the end. */
static void matrix(struct tk_an_sheet *s, const struct tk_annual *a)
{
	static const char *const h[11] = {
	    "条項",	    "重大・部", "重大・本部所属",
	    "重大・警察署", "中・部",	"中・本部所属",
	    "中・警察署",   "軽微・部", "軽微・本部所属",
	    "軽微・警察署", "計"};
	double col[11] = {0};
	tk_an_head(s, h, 11);
	for (int c = 0; c < TK_ANNUAL_CHAPTERS; c++) {
		double v[11] = {0};
		for (int x = 0; x < 3; x++)
			for (int k = 0; k < 3; k++) {
				v[1 + 3 * x + k] = N(a->findings[x][c][k]);
				v[10] += v[1 + 3 * x + k];
			}
		for (int i = 1; i < 11; i++)
			col[i] += v[i];
		tk_an_row(s, (const char *const[11]){chapters[c]}, v, 11);
	}
	tk_an_row(s, (const char *const[11]){"計"}, col, 11);
}

static void finding_rows(struct tk_an_sheet *s,
			 const struct tk_annual_finding *f, int n, int prev)
{
	const char *h[5] = {"所属", "条項", "指摘事項", "指摘日",
			    prev ? "前年度の指摘" : "重要度"};
	if (!n) {
		tk_an_text(s, "該当なし。");
		return;
	}
	tk_an_head(s, h, 5);
	for (int i = 0; i < n; i++)
		tk_an_row(s,
			  (const char *const[5]){
			      f[i].division, f[i].clause, f[i].text,
			      f[i].found_on, prev ? f[i].prev_text : "重大"},
			  NULL, 5);
}

void tk_an_sheet_findings(struct tk_an_sheet *s, const struct tk_annual *a)
{
	static const double w[11] = {9, 10, 10, 10, 10, 10, 10, 10, 10, 10, 8};
	char buf[100];
	tk_doc_widths(s->d, s->ws, w, 11);
	tk_an_title(s, a, "指摘事項");
	snprintf(buf, sizeof buf,
		 "指摘事項 %ld件（重要度・条項の章・所属の種別）",
		 a->findings_total);
	tk_an_heading(s, buf);
	matrix(s, a);
	/* the lists below use five wider columns: merge-free, wrap */
	tk_an_heading(s, "重大な指摘事項");
	finding_rows(s, a->serious, a->nserious, 0);
	tk_an_heading(s, "前年度と同じ所属・同じ条項で再び指摘されたもの");
	finding_rows(s, a->recurring, a->nrecurring, 1);
}

static void late_rows(struct tk_an_sheet *s,
		      const struct tk_annual_late_list *l, const char *what)
{
	tk_an_heading(s, what);
	if (!l->n) {
		tk_an_text(s, "該当なし。");
		return;
	}
	tk_an_head(
	    s,
	    (const char *const[5]){"番号", "所属", "内容", "期限", "超過日数"},
	    5);
	for (int i = 0; i < l->n; i++)
		tk_an_row(s,
			  (const char *const[5]){NULL, l->rows[i].division,
						 l->rows[i].what,
						 l->rows[i].due, NULL},
			  (const double[5]){N(l->rows[i].id), 0, 0, 0,
					    N(l->rows[i].days)},
			  5);
}

void tk_an_sheet_improvements(struct tk_an_sheet *s, const struct tk_annual *a)
{
	static const double w[5] = {30, 18, 22, 12, 10};
	static const char *const late[TK_ANNUAL_LATE_KINDS] = {
	    "回答期限を過ぎた改善通知", "期限を過ぎた改善計画",
	    "回答期限を過ぎた横展開", "正式な申請のない緊急時の仮措置"};
	tk_doc_widths(s->d, s->ws, w, 5);
	tk_an_title(s, a, "改善状況");
	tk_an_head(s, (const char *const[2]){"項目", "件数"}, 2);
	for (int i = 0; i < TK_ANNUAL_NCOUNT(a->improvement); i++)
		tk_an_row(s,
			  (const char *const[2]){a->improvement[i].label, NULL},
			  (const double[2]){0, N(a->improvement[i].n)}, 2);
	for (int k = 0; k < TK_ANNUAL_LATE_KINDS; k++)
		late_rows(s, &a->late[k], late[k]);
	tk_an_heading(s, "横展開の通知と回答");
	if (!a->ncross) {
		tk_an_text(s, "該当なし。");
		return;
	}
	tk_an_head(s,
		   (const char *const[5]){"所属", "条項", "回答", "回答日",
					  "回答期限"},
		   5);
	for (int i = 0; i < a->ncross; i++) {
		const struct tk_annual_cross *c = &a->cross[i];
		const char *ans = !*c->answer		       ? "未回答"
				  : !strcmp(c->answer, "none") ? "該当なし"
				  : !strcmp(c->answer, "done") ? "措置済み"
							       : "改善計画";
		char buf[1200];
		snprintf(buf, sizeof buf, "%s%s%s", ans,
			 *c->answer_note ? "：" : "", c->answer_note);
		tk_an_row(s,
			  (const char *const[5]){c->division, c->clause, buf,
						 c->responded_on,
						 c->respond_by},
			  NULL, 5);
	}
}

void tk_an_sheet_exceptions(struct tk_an_sheet *s, const struct tk_annual *a)
{
	static const double w[5] = {34, 22, 16, 12, 10};
	tk_doc_widths(s->d, s->ws, w, 5);
	tk_an_title(s, a, "例外措置");
	tk_an_head(s, (const char *const[2]){"項目", "件数"}, 2);
	for (int i = 0; i < TK_ANNUAL_NCOUNT(a->exception); i++)
		tk_an_row(s,
			  (const char *const[2]){a->exception[i].label, NULL},
			  (const double[2]){0, N(a->exception[i].n)}, 2);
	tk_an_heading(s, "90日以内に期間満了となる例外措置");
	if (!a->nexpiring) {
		tk_an_text(s, "該当なし。");
		return;
	}
	tk_an_head(s,
		   (const char *const[5]){"システム", "所属", "条項",
					  "期間（至）", "残日数"},
		   5);
	for (int i = 0; i < a->nexpiring; i++) {
		const struct tk_annual_exception *e = &a->expiring[i];
		tk_an_row(s,
			  (const char *const[5]){e->system, e->division,
						 e->clause, e->ends_on, NULL},
			  (const double[5]){0, 0, 0, 0, N(e->days_left)}, 5);
	}
}

void tk_an_sheet_texts(struct tk_an_sheet *s, const struct tk_annual *a)
{
	static const double w[3] = {16, 28, 56};
	tk_doc_widths(s->d, s->ws, w, 3);
	tk_an_title(s, a, "所属の記述");
	tk_an_text(
	    s,
	    "点検票の記述欄・備考、通知への回答、改善の記述を所属ごとにまとめたもの（1件 1000字まで）。");
	if (!a->ntexts) {
		tk_an_text(s, "記述はない。");
		return;
	}
	tk_an_head(s, (const char *const[3]){"所属", "出典", "記述"}, 3);
	for (int i = 0; i < a->ntexts; i++)
		tk_an_row(s,
			  (const char *const[3]){a->texts[i].division,
						 a->texts[i].source,
						 a->texts[i].text},
			  NULL, 3);
}

void tk_an_sheet_issues(struct tk_an_sheet *s, const struct tk_annual *a)
{
	static const double w[5] = {16, 12, 40, 14, 12};
	char buf[200];
	tk_doc_widths(s->d, s->ws, w, 5);
	tk_an_title(s, a, "今後の課題");
	tk_an_heading(s, "1　情報セキュリティ管理者の所見");
	if (a->issues && *a->issues)
		s->r = tk_doc_lines_from(s->d, s->ws, s->r, 0, a->issues);
	else
		tk_an_text(s, "（記載なし）");
	tk_an_heading(s, "2　再び指摘された事項");
	finding_rows(s, a->recurring, a->nrecurring, 1);
	late_rows(s, &a->late[1], "3　期限を過ぎた改善計画");
	snprintf(buf, sizeof buf, "4　遵守率が%.0f%%未満の項目", a->threshold);
	tk_an_heading(s, buf);
	if (!a->nweak) {
		tk_an_text(s, "該当なし。");
		return;
	}
	tk_an_head(
	    s, (const char *const[5]){"点検", "項目", "内容", "条項", "遵守率"},
	    5);
	for (int i = 0; i < a->nweak; i++)
		tk_an_row(s,
			  (const char *const[5]){
			      a->weak[i].title, a->weak[i].item_id,
			      a->weak[i].text, a->weak[i].clause, NULL},
			  (const double[5]){0, 0, 0, 0, a->weak[i].compliance},
			  5);
}
