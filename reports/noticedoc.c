/*
 * noticedoc.c — the notice (改善通知書 / 横展開通知) and its response
 * workbook (回答書).  See noticedoc.h and docs/reports.md ("Notices").
 */
#include "reports/noticedoc.h"
#include "reports/auditdoc.h"
#include "reports/doclayout.h"
#include "reports/sheet.h"

#include "lib/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#define SHEET_NOTICE "通知"

static const char *str(const char *s)
{
	return s ? s : "";
}

/* ------------------------------------------------------------ words */

static const char *title_of(const struct tk_ndoc *n)
{
	switch (n->kind) {
	case TK_NDOC_AUDIT:
		return "情報セキュリティ監査の結果に基づく改善について（通知）";
	case TK_NDOC_SELF:
		return "自己点検の結果に基づく改善について（通知）";
	default:
		return "情報セキュリティ上の課題の有無の確認について（通知）";
	}
}

static const char *body_of(const struct tk_ndoc *n)
{
	switch (n->kind) {
	case TK_NDOC_AUDIT:
		return "　埼玉県警察情報セキュリティ対策基準第2の5(2)オ(イ)の規定に基づき、情報セキュリティ監査の結果、下記の事項について改善を求めるので通知します。措置を講じた事項は措置結果を、速やかな措置が困難な事項は影響を低減させる補完的な措置を含む改善計画を、別添の回答書により回答期限までに報告してください（同(エ)）。";
	case TK_NDOC_SELF:
		return "　埼玉県警察情報セキュリティ対策基準第2の4(2)の規定に基づき、自己点検の結果、下記の事項について所要の措置を求めるので通知します。措置を講じた事項は措置結果を、速やかな措置が困難な事項は補完的な措置を含む改善計画を、別添の回答書により回答期限までに報告してください。";
	default:
		return "　埼玉県警察情報セキュリティ対策基準第2の5(2)オ(ウ)の規定に基づき通知します。他の所属の情報セキュリティ監査において下記の事項が指摘されました。貴所属においても同様の課題又は問題点の有無を確認し、別添の回答書により回答期限までに報告してください（同(オ)）。";
	}
}

/* ------------------------------------------------------------ notice */

static const double notice_w[] = {6, 14, 7, 41, 14};

/* What a finding asks for, in a few words (explained under the table). */
static const char *asked(const struct tk_ndoc *n,
			 const struct tk_ndoc_finding *f)
{
	if (n->kind == TK_NDOC_CROSS)
		return "有無の確認・報告";
	if (f->judgement && !strcmp(f->judgement, "不適合"))
		return "是正・報告";
	return "改善・報告";
}

static int findings_table(struct tk_doc *d, lxw_worksheet *ws, int r,
			  const struct tk_ndoc *n)
{
	static const char *const heads[] = {"番号", "根拠", "重要度",
					    "指摘の内容（所見）", "求める事項"};
	static const int sp[5][2] = {{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 4}};
	tk_doc_row_head(d, ws, r++, heads, sp, 5);
	for (int i = 0; i < n->nfindings; i++, r++) {
		const struct tk_ndoc_finding *f = &n->findings[i];
		struct tk_buf what = {0};
		char no[24];
		if (f->judgement)
			tk_buf_addf(&what, "【%s】", f->judgement);
		if (f->item_id)
			tk_buf_addf(&what, "（%s）", f->item_id);
		tk_buf_addf(&what, "%s", str(f->text));
		snprintf(no, sizeof no, "%ld", f->id);
		{
			const char *t[5] = {no, f->clause, f->severity, what.s,
					    asked(n, f)};
			tk_doc_row_cells(d, ws, r, t, sp, 5);
		}
		tk_buf_free(&what);
	}
	if (n->nfindings && n->findings[0].required)
		r = tk_doc_lines_from(
		    d, ws, r, 0,
		    n->kind == TK_NDOC_CROSS
			? "有無の確認・報告：同様の課題又は問題点の有無を確認し、ある場合は措置結果又は改善計画を報告すること。"
			: "是正・報告：速やかに是正して措置結果を報告すること。速やかな是正が困難な場合は、影響を低減させる補完的措置を含む改善計画を報告すること。\n改善・報告：改善を図り、措置結果又は改善計画（補完的措置を含む）を報告すること。");
	return r + 1;
}

static int particulars(struct tk_doc *d, lxw_worksheet *ws, int r,
		       const struct tk_ndoc *n, const char *response_name)
{
	char wa[64], buf[1024];
	int k = 1;
	r = tk_doc_heading(d, ws, r, k++, "経緯");
	r = tk_doc_line_from(d, ws, r, 1, n->origin, d->f.wrap) + 1;
	r = tk_doc_heading(d, ws, r, k++,
			   n->kind == TK_NDOC_CROSS ? "確認を求める事項"
						    : "改善を求める事項");
	r = findings_table(d, ws, r, n);
	if (n->text && *n->text) {
		r = tk_doc_heading(d, ws, r, k++, "その他の求める事項");
		r = tk_doc_lines_from(d, ws, r, 1, n->text) + 1;
	}
	tk_doc_wareki(n->respond_by, wa, sizeof wa);
	r = tk_doc_heading(d, ws, r, k++, "回答期限");
	r = tk_doc_line_from(d, ws, r, 1, wa, d->f.wrap) + 1;
	r = tk_doc_heading(d, ws, r, k++, "回答方法");
	snprintf(
	    buf, sizeof buf,
	    "別添の回答書（%s）の「" TK_NDOC_SHEET
	    "」シートに記入し、ファイルのまま返送してください。シートの構成やファイルを作り直すと受け付けられません。",
	    str(response_name));
	r = tk_doc_line_from(d, ws, r, 1, buf, d->f.wrap) + 1;
	return tk_doc_line(d, ws, r, "以上", d->f.right);
}

static void notice_sheet(struct tk_doc *d, lxw_worksheet *ws,
			 const struct tk_ndoc *n, const char *response_name)
{
	struct tk_buf to = {0}, from = {0}, no = {0};
	struct tk_doc_top t = {0};
	int r;
	tk_doc_widths(d, ws, notice_w, 5);
	tk_buf_addf(&to, "%s長　%s%s様", str(n->division_name),
		    str(n->head_name), n->head_name ? "　" : "");
	tk_buf_addf(&from, "情報セキュリティ管理者　%s", str(n->manager_name));
	tk_buf_addf(&no, "（通知番号 %ld）", n->id);
	t = (struct tk_doc_top){n->sent_on,  to.s,	 from.s,
				title_of(n), body_of(n), no.s};
	r = tk_doc_top(d, ws, &t);
	r = particulars(d, ws, r, n, response_name);
	tk_doc_page(d, ws, title_of(n), r - 1, -1, 0);
	tk_buf_free(&to);
	tk_buf_free(&from);
	tk_buf_free(&no);
}

int tk_ndoc_notice_write(const struct tk_ndoc *n, const char *path,
			 const char *name, struct tk_error *err)
{
	struct tk_doc d = {.marking = n->marking};
	const char *base = strrchr(path, '/');
	char *resp;
	lxw_worksheet *ws;
	int rc = tk_sheet_open(&d.sh, path, name, err);
	if (rc != TK_OK)
		return rc;
	tk_doc_formats(d.sh.wb, &d.f);
	if (!(ws = workbook_add_worksheet(d.sh.wb, SHEET_NOTICE)))
		return tk_sheet_no_sheets(&d.sh, path, name, err);
	/* The response workbook lies beside the notice: 回答書_… */
	base = base ? base + 1 : path;
	resp = tk_xmalloc(strlen(base) + 32);
	sprintf(resp, "回答書_%ld_%s.xlsx", n->id, str(n->division_code));
	notice_sheet(&d, ws, n, resp);
	free(resp);
	return tk_sheet_close(&d.sh, path, name, err);
}

/* ------------------------------------------------------------ response */

static const double resp_w[] = {7, 12, 6, 30, 10, 30, 11, 26, 10, 11, 18};
#define RESP_COLS 11
#define HEAD_ROW  (TK_NDOC_FIRST_ROW - 2) /* 0-based */

struct resp {
	struct tk_sheet *sh;
	lxw_format *text, *title, *head, *given, *input, *date;
};

static void resp_formats(lxw_workbook *wb, struct resp *w)
{
	w->text = tk_sheet_fmt_base(wb);
	format_set_font_name(w->text, TK_DOC_FONT);
	format_set_text_wrap(w->text);
	w->title = tk_sheet_fmt_base(wb);
	format_set_font_name(w->title, TK_DOC_FONT);
	format_set_bold(w->title);
	format_set_font_size(w->title, 13);
	w->head = tk_sheet_fmt_boxed(wb, 1);
	format_set_font_name(w->head, TK_DOC_FONT);
	format_set_bold(w->head);
	format_set_bg_color(w->head, 0xDDEBF7);
	w->given = tk_sheet_fmt_boxed(wb, 1);
	format_set_font_name(w->given, TK_DOC_FONT);
	format_set_bg_color(w->given, 0xF2F2F2);
	w->input = tk_sheet_fmt_boxed(wb, 1);
	format_set_font_name(w->input, TK_DOC_FONT);
	format_set_unlocked(w->input);
	format_set_bg_color(w->input, 0xFFFFE0);
	w->date = tk_sheet_fmt_boxed(wb, 0);
	format_set_font_name(w->date, TK_DOC_FONT);
	format_set_unlocked(w->date);
	format_set_bg_color(w->date, 0xFFFFE0);
	format_set_num_format(w->date, "yyyy-mm-dd");
}

static void resp_top(struct resp *w, lxw_worksheet *ws, const struct tk_ndoc *n)
{
	static const char *const heads[RESP_COLS] = {"指摘番号",
						     "根拠",
						     "重要度",
						     "指摘の内容",
						     "回答区分",
						     "措置・計画の内容",
						     "完了日（措置済み）",
						     "補完的措置（改善計画）",
						     "担当者",
						     "完了予定日",
						     "中間目標（任意）"};
	char wa[64], buf[1024];
	tk_doc_wareki(n->respond_by, wa, sizeof wa);
	snprintf(buf, sizeof buf, "回答書（通知番号 %ld）　%s（%s）", n->id,
		 str(n->division_name), str(n->division_code));
	tk_sheet_put(w->sh, ws, 0, 0, buf, w->title);
	snprintf(
	    buf, sizeof buf,
	    "回答期限：%s。指摘ごとに「回答区分」を選び、措置済みなら内容と完了日を、改善計画なら内容・補完的措置・担当者・完了予定日を記入してください%s。",
	    wa,
	    n->kind == TK_NDOC_CROSS
		? "（同様の課題がなければ「該当なし」を選び、確認した内容を記入）"
		: "");
	tk_sheet_keep(w->sh, worksheet_merge_range(ws, 1, 0, 2, RESP_COLS - 1,
						   buf, w->text));
	for (int c = 0; c < RESP_COLS; c++)
		tk_sheet_put(w->sh, ws, HEAD_ROW, c, heads[c], w->head);
	tk_sheet_keep(w->sh, worksheet_set_row(ws, HEAD_ROW, 30, NULL));
}

static void resp_rules(struct resp *w, lxw_worksheet *ws,
		       const struct tk_ndoc *n, int last)
{
	static const char *kinds[] = {TK_NDOC_DONE, TK_NDOC_PLAN, NULL};
	static const char *cross[] = {TK_NDOC_NONE, TK_NDOC_DONE, TK_NDOC_PLAN,
				      NULL};
	lxw_data_validation v = {0}, dv = {0};
	lxw_row_t first = TK_NDOC_FIRST_ROW - 1;
	v.validate = LXW_VALIDATION_TYPE_LIST;
	v.value_list = (char **)(n->kind == TK_NDOC_CROSS ? cross : kinds);
	v.error_title = "回答区分";
	v.error_message = "一覧から選んでください。";
	tk_sheet_keep(w->sh, worksheet_data_validation_range(
				 ws, first, TK_NDOC_COL_ANSWER - 1,
				 (lxw_row_t)last, TK_NDOC_COL_ANSWER - 1, &v));
	dv.validate = LXW_VALIDATION_TYPE_DATE;
	dv.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
	dv.minimum_datetime = (lxw_datetime){2000, 1, 1, 0, 0, 0};
	dv.maximum_datetime = (lxw_datetime){2099, 12, 31, 0, 0, 0};
	dv.error_title = "日付";
	dv.error_message = "日付（例 2026-12-01）を入力してください。";
	tk_sheet_keep(w->sh, worksheet_data_validation_range(
				 ws, first, TK_NDOC_COL_DONE - 1,
				 (lxw_row_t)last, TK_NDOC_COL_DONE - 1, &dv));
	tk_sheet_keep(w->sh, worksheet_data_validation_range(
				 ws, first, TK_NDOC_COL_DUE - 1,
				 (lxw_row_t)last, TK_NDOC_COL_DUE - 1, &dv));
}

static void resp_rows(struct resp *w, lxw_worksheet *ws,
		      const struct tk_ndoc *n)
{
	int r = TK_NDOC_FIRST_ROW - 1;
	for (int i = 0; i < n->nfindings; i++, r++) {
		const struct tk_ndoc_finding *f = &n->findings[i];
		const char *t[4] = {NULL, f->clause, f->severity, f->text};
		tk_sheet_keep(w->sh,
			      worksheet_write_number(ws, (lxw_row_t)r, 0,
						     (double)f->id, w->given));
		for (int c = 1; c < 4; c++)
			tk_sheet_put(w->sh, ws, r, c, t[c], w->given);
		for (int c = TK_NDOC_COL_ANSWER; c <= TK_NDOC_COL_MILES; c++)
			tk_sheet_blank(w->sh, ws, r, c - 1,
				       c == TK_NDOC_COL_DONE ||
					       c == TK_NDOC_COL_DUE
					   ? w->date
					   : w->input);
		tk_sheet_fit_row(w->sh, ws, r, t, resp_w, 4);
	}
}

static void resp_page(struct tk_sheet *sh, lxw_worksheet *ws,
		      const struct tk_ndoc *n)
{
	lxw_protection prot = {0};
	tk_sheet_a4_landscape(ws, 0.75);
	tk_sheet_marked(sh, ws, n->marking, "回答書");
	tk_sheet_keep(sh, worksheet_repeat_rows(ws, HEAD_ROW, HEAD_ROW));
	worksheet_freeze_panes(ws, TK_NDOC_FIRST_ROW - 1, 0);
	prot.format_rows = 1;
	prot.format_columns = 1;
	worksheet_protect(ws, NULL, &prot);
}

static void resp_meta(struct tk_sheet *sh, lxw_worksheet *ws,
		      const struct tk_ndoc *n)
{
	char fy[16], first[16];
	const char *kv[][2] = {
	    {"format", "tenken-response/1"},
	    {"division", n->division_code},
	    {"fy", fy},
	    {"token", n->token},
	    {"answer_sheet", TK_NDOC_SHEET},
	    {"first_row", first},
	};
	snprintf(fy, sizeof fy, "%d", n->fy);
	snprintf(first, sizeof first, "%d", TK_NDOC_FIRST_ROW);
	for (size_t i = 0; i < sizeof kv / sizeof kv[0]; i++) {
		tk_sheet_put(sh, ws, (int)i, 0, kv[i][0], NULL);
		tk_sheet_put(sh, ws, (int)i, 1, kv[i][1], NULL);
	}
	worksheet_protect(ws, NULL, NULL);
	worksheet_hide(ws);
}

int tk_ndoc_response_write(const struct tk_ndoc *n, const char *path,
			   const char *name, struct tk_error *err)
{
	struct tk_sheet sh;
	struct resp w = {.sh = &sh};
	lxw_worksheet *ws, *meta;
	int rc = tk_sheet_open(&sh, path, name, err);
	if (rc != TK_OK)
		return rc;
	resp_formats(sh.wb, &w);
	ws = workbook_add_worksheet(sh.wb, TK_NDOC_SHEET);
	meta = workbook_add_worksheet(sh.wb, "_tenken");
	if (!ws || !meta)
		return tk_sheet_no_sheets(&sh, path, name, err);
	for (int c = 0; c < RESP_COLS; c++)
		tk_sheet_width(&sh, ws, c, c, resp_w[c]);
	resp_top(&w, ws, n);
	resp_rows(&w, ws, n);
	resp_rules(&w, ws, n, TK_NDOC_FIRST_ROW - 2 + n->nfindings);
	resp_page(&sh, ws, n);
	resp_meta(&sh, meta, n);
	worksheet_activate(ws);
	if ((rc = tk_sheet_close(&sh, path, name, err)))
		return rc;
	return tk_sheet_very_hidden(path, name, err);
}
