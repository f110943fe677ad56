/*
 * tracker_progress.c — the progress workbook (進捗報告) of a division's
 * open improvements (tracker.h): 記入要領, the answer sheet and the very
 * hidden _tenken sheet with the keys of app/returns.h.
 */
#include "reports/sheet.h"
#include "reports/tracker.h"

#include "lib/util.h"

#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>

struct pfmt {
	lxw_format *title, *text, *head, *cell, *num, *input, *input_date;
};

static void make_fmts(lxw_workbook *wb, struct pfmt *f)
{
	f->title = tk_sheet_fmt_base(wb);
	format_set_bold(f->title);
	format_set_font_size(f->title, 14);
	f->text = tk_sheet_fmt_base(wb);
	format_set_text_wrap(f->text);
	f->head = tk_sheet_fmt_head(wb);
	f->cell = tk_sheet_fmt_boxed(wb, 1);
	f->num = tk_sheet_fmt_boxed(wb, 0);
	f->input = tk_sheet_fmt_input(wb, 1);
	f->input_date = tk_sheet_fmt_input(wb, 0);
	format_set_num_format(f->input_date, "yyyy/mm/dd");
}

static void page_setup(struct tk_sheet *b, lxw_worksheet *ws,
		       const struct tk_progress_data *d)
{
	char title[256];
	snprintf(title, sizeof title, "進捗報告　%s %s", d->division_code,
		 d->division);
	tk_sheet_a4_landscape(ws, 0.7);
	tk_sheet_marked(b, ws, d->marking, title);
}

static void write_instructions(struct tk_sheet *b, lxw_worksheet *ws,
			       const struct tk_progress_data *d,
			       const struct pfmt *f)
{
	char who[256], issued[64];
	static const char *const lines[] = {
	    "「" TK_PROGRESS_SHEET
	    "」シートの黄色の欄に、改善計画ごとの現在の状況を記入してください。",
	    "進捗率(%)：0から100までの整数を記入します。",
	    "状況・備考：実施した内容や遅れの理由などを記入します。",
	    "完了日：改善が完了した場合のみ、完了した日を西暦（例：2026/10/01）で記入します。未来の日付は記入できません。",
	    "変更のない行は空欄のままで構いません（取り込み時に読み飛ばします）。",
	    "行の追加・削除、シート名の変更はしないでください。記入後、情報セキュリティ管理者に返送してください。",
	};
	snprintf(who, sizeof who, "%s %s（令和%d年度）　発行日 %s",
		 d->division_code, d->division, d->fy - 2018,
		 tk_wareki(d->issued_on, issued, sizeof issued));
	tk_sheet_width(b, ws, 0, 0, 110);
	tk_sheet_put(b, ws, 0, 0, "改善計画 進捗報告書 記入要領", f->title);
	tk_sheet_put(b, ws, 1, 0, who, f->text);
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++)
		tk_sheet_put(b, ws, (int)i + 3, 0, lines[i], f->text);
	page_setup(b, ws, d);
}

static const char *const heads[TK_PCOL_COUNT] = {
    "番号",	  "指摘事項番号", "条項",  "種別",
    "改善の内容", "補完的措置",	  "期限",  "現在の進捗率(%)",
    "進捗率(%)",  "状況・備考",	  "完了日"};
static const double widths[TK_PCOL_COUNT] = {7,	 9,  14, 9,  40, 32,
					     11, 10, 10, 36, 12};

static void answer_row(struct tk_sheet *b, lxw_worksheet *ws, int r,
		       const struct tk_progress_row *x, const struct pfmt *f)
{
	const char *text[] = {NULL,	     NULL,	     x->clause,
			      x->kind_label, x->description, x->compensating,
			      x->due};
	tk_sheet_keep(b, worksheet_write_number(ws, (lxw_row_t)r, 0,
						(double)x->id, f->num));
	tk_sheet_keep(b, worksheet_write_number(ws, (lxw_row_t)r, 1,
						(double)x->finding, f->num));
	for (int c = 2; c < 7; c++)
		tk_sheet_put(b, ws, r, c, text[c] ? text[c] : "", f->cell);
	tk_sheet_keep(b, worksheet_write_number(ws, (lxw_row_t)r, 7,
						(double)x->progress, f->num));
	tk_sheet_blank(b, ws, r, 8, f->input);
	tk_sheet_blank(b, ws, r, 9, f->input);
	tk_sheet_blank(b, ws, r, 10, f->input_date);
	tk_sheet_fit_row(b, ws, r, text, widths, 7);
}

static void validations(struct tk_sheet *b, lxw_worksheet *ws, int last)
{
	lxw_data_validation pct = {0}, day = {0};
	lxw_datetime from = {2000, 1, 1, 0, 0, 0}, to = {2200, 12, 31, 0, 0, 0};
	int first = TK_PROGRESS_FIRST_ROW - 1;
	if (last < first)
		return;
	pct.validate = LXW_VALIDATION_TYPE_INTEGER;
	pct.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
	pct.minimum_number = 0;
	pct.maximum_number = 100;
	pct.error_message = "進捗率は0から100までの整数で入力してください。";
	day.validate = LXW_VALIDATION_TYPE_DATE;
	day.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
	day.minimum_datetime = from;
	day.maximum_datetime = to;
	day.error_message =
	    "完了日を西暦で入力してください（例：2026/10/01）。";
	tk_sheet_keep(b, worksheet_data_validation_range(
			     ws, (lxw_row_t)first, TK_PCOL_PERCENT - 1,
			     (lxw_row_t)last, TK_PCOL_PERCENT - 1, &pct));
	tk_sheet_keep(b, worksheet_data_validation_range(
			     ws, (lxw_row_t)first, TK_PCOL_DONE - 1,
			     (lxw_row_t)last, TK_PCOL_DONE - 1, &day));
}

static void write_answers(struct tk_sheet *b, lxw_worksheet *ws,
			  const struct tk_progress_data *d,
			  const struct pfmt *f)
{
	lxw_protection prot = {0};
	char who[200];
	int head = TK_PROGRESS_FIRST_ROW - 2;
	snprintf(who, sizeof who, "%s %s", d->division_code, d->division);
	tk_sheet_put(b, ws, 0, 0, "改善計画 進捗報告", f->title);
	tk_sheet_put(b, ws, 1, 0, who, NULL);
	for (int c = 0; c < TK_PCOL_COUNT; c++) {
		tk_sheet_width(b, ws, c, c, widths[c]);
		tk_sheet_put(b, ws, head, c, heads[c], f->head);
	}
	for (int i = 0; i < d->n; i++)
		answer_row(b, ws, head + 1 + i, &d->rows[i], f);
	validations(b, ws, head + d->n);
	worksheet_freeze_panes(ws, head + 1, 0);
	prot.format_columns = 1;
	prot.format_rows = 1;
	worksheet_protect(ws, NULL, &prot);
	tk_sheet_keep(b, worksheet_repeat_rows(ws, head, head));
	page_setup(b, ws, d);
}

static void write_meta(struct tk_sheet *b, lxw_worksheet *ws,
		       const struct tk_progress_data *d)
{
	char fy[16], first[16];
	const char *kv[][2] = {
	    {"format", "tenken-progress/1"},
	    {"division", d->division_code},
	    {"fy", fy},
	    {"token", d->token},
	    {"answer_sheet", TK_PROGRESS_SHEET},
	    {"first_row", first},
	};
	snprintf(fy, sizeof fy, "%d", d->fy);
	snprintf(first, sizeof first, "%d", TK_PROGRESS_FIRST_ROW);
	for (size_t i = 0; i < sizeof kv / sizeof kv[0]; i++) {
		tk_sheet_put(b, ws, (int)i, 0, kv[i][0], NULL);
		tk_sheet_put(b, ws, (int)i, 1, kv[i][1], NULL);
	}
	worksheet_protect(ws, NULL, NULL);
	worksheet_hide(ws);
}

int tk_progress_write(const struct tk_progress_data *d, const char *path,
		      struct tk_error *err)
{
	struct tk_sheet b = {0};
	struct pfmt f;
	lxw_worksheet *instr, *ans, *meta;
	int rc;
	if ((rc = tk_sheet_open(&b, path, path, err)))
		return rc;
	make_fmts(b.wb, &f);
	instr = workbook_add_worksheet(b.wb, "記入要領");
	ans = workbook_add_worksheet(b.wb, TK_PROGRESS_SHEET);
	meta = workbook_add_worksheet(b.wb, "_tenken");
	if (!instr || !ans || !meta)
		return tk_sheet_no_sheets(&b, path, path, err);
	write_instructions(&b, instr, d, &f);
	write_answers(&b, ans, d, &f);
	write_meta(&b, meta, d);
	worksheet_activate(ans);
	if ((rc = tk_sheet_close(&b, path, path, err)))
		return rc;
	return tk_sheet_very_hidden(path, path, err);
}
