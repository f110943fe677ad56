/*
 * staffform.c — a member of staff's own self-inspection form (staffform.h),
 * written with libxlsxwriter: one protected answer sheet 回答 (A4 portrait,
 * the questions as rows, the answer cells yellow with the division forms'
 * drop-down lists and checks) and the very hidden _tenken metadata that
 * carries the token and the member's code.
 *
 * The answer sheet keeps the division form's columns for what import
 * reads (item id in A, answer in E, 備考 in F), so that one reader serves
 * both.
 */
#include "reports/staffform.h"

#include "lib/util.h"
#include "model/survey.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#define ANSWER_SHEET "回答"
#define HEADER_ROW   (TK_STAFF_FORM_FIRST_ROW - 2) /* 0-based */
#define ABSENCE_ROW  (TK_STAFF_FORM_ABSENCE_ROW - 1)
#define NCOLS	     6

/* 項目番号, 節, 質問, 根拠, 回答, 備考: about one A4 page wide. */
static const double widths[NCOLS] = {8, 12, 40, 11, 14, 20};
static const char *const heads[NCOLS] = {"項目番号", "節",   "質問",
					 "根拠",     "回答", "備考"};

struct fmts {
	lxw_format *title, *line, *hint, *head, *cell, *cell_id, *na;
	lxw_format *answer, *answer_date, *comment;
};

/* One workbook being written. */
struct sform {
	const struct tk_form_data *d;
	struct tk_sheet sh;
	struct fmts f;
};

static void make_formats(lxw_workbook *wb, struct fmts *f)
{
	f->title = tk_sheet_fmt_base(wb);
	format_set_bold(f->title);
	format_set_font_size(f->title, 14);
	f->line = tk_sheet_fmt_base(wb);
	format_set_font_size(f->line, 11);
	f->hint = tk_sheet_fmt_base(wb);
	format_set_font_color(f->hint, 0x595959);
	format_set_text_wrap(f->hint);
	f->head = tk_sheet_fmt_head(wb);
	f->cell = tk_sheet_fmt_boxed(wb, 1);
	f->cell_id = tk_sheet_fmt_boxed(wb, 0);
	f->na = tk_sheet_fmt_na(wb);
	f->answer = tk_sheet_fmt_input(wb, 1);
	f->answer_date = tk_sheet_fmt_input(wb, 0);
	format_set_num_format(f->answer_date, "yyyy/mm/dd");
	f->comment = tk_sheet_fmt_input(wb, 1);
}

/* Rows 1-6: the title, the survey, the member and division (what the
 * token binds), the due date, and how to answer. */
static void heading(struct sform *w, lxw_worksheet *ws)
{
	const struct tk_form_data *d = w->d;
	const struct tk_form_staff *m = &d->staff[0];
	struct tk_buf b = {0};

	tk_sheet_put(&w->sh, ws, 0, 0, d->campaign->title, w->f.title);
	tk_buf_addf(&b, "点検票：%s（%s 版 %s）", d->survey->title,
		    d->survey->id, d->survey->version);
	tk_sheet_put(&w->sh, ws, 1, 0, b.s, w->f.line);
	tk_buf_reset(&b);
	tk_buf_addf(&b, "所属：%s %s", d->division->code, d->division->name);
	tk_sheet_put(&w->sh, ws, 2, 0, b.s, w->f.line);
	tk_buf_reset(&b);
	tk_buf_addf(&b, "職員：%s %s（%s）", m->code, m->name, m->grade);
	tk_sheet_put(&w->sh, ws, 3, 0, b.s, w->f.line);
	tk_buf_reset(&b);
	{
		char due[64];
		tk_buf_addf(&b, "提出期限：%s　提出先：%s",
			    d->campaign->due && *d->campaign->due
				? tk_wareki(d->campaign->due, due, sizeof due)
				: "未定",
			    d->campaign->return_to);
	}
	tk_sheet_put(&w->sh, ws, 4, 0, b.s, w->f.line);
	tk_buf_free(&b);
	tk_sheet_keep(&w->sh, worksheet_set_row(ws, 5, 30, NULL));
	tk_sheet_keep(
	    &w->sh,
	    worksheet_merge_range(
		ws, 5, 0, 5, NCOLS - 1,
		"この点検票は上記の職員本人専用です。黄色の欄（回答・備考）にだけ入力できます。選択式の回答は欄を選ぶと表示される▼の一覧から選んでください。記入後は、このファイルをそのまま返送してください。",
		w->f.hint));
	tk_sheet_keep(&w->sh, worksheet_set_row(ws, ABSENCE_ROW, 30, NULL));
	tk_sheet_keep(
	    &w->sh,
	    worksheet_merge_range(
		ws, ABSENCE_ROW, 0, ABSENCE_ROW, 3,
		"休職・長期不在などで回答できない場合は、回答欄を空欄のまま右の欄に理由を記入してください（集計から除かれます）。",
		w->f.hint));
	tk_sheet_blank(&w->sh, ws, ABSENCE_ROW, 4, w->f.comment);
	tk_sheet_blank(&w->sh, ws, ABSENCE_ROW, 5, w->f.comment);
}

static int item_applies(const struct tk_item *it, unsigned kind)
{
	return it->applies_kinds == 0 || (it->applies_kinds & kind);
}

/* Item i in row r: its text, and the answer cell with its check. */
static void item_row(struct sform *w, lxw_worksheet *ws, int i, int r)
{
	const struct tk_form_data *d = w->d;
	const struct tk_survey *s = d->survey;
	const struct tk_item *it = &s->items[i];
	const char *sec = it->section >= 0 && it->section < s->nsections
			      ? s->sections[it->section].title
			      : "";
	const char *wrapped[NCOLS] = {"", sec, it->text, it->clause, "", ""};
	const char *v = NULL;

	tk_sheet_put(&w->sh, ws, r, 0, it->id, w->f.cell_id);
	tk_sheet_put(&w->sh, ws, r, 1, sec, w->f.cell);
	tk_sheet_put(&w->sh, ws, r, 2, it->text, w->f.cell);
	tk_sheet_put(&w->sh, ws, r, 3, it->clause, w->f.cell);
	tk_sheet_fit_row(&w->sh, ws, r, wrapped, widths, NCOLS);
	if (!item_applies(it, d->division->kind)) {
		tk_sheet_put(&w->sh, ws, r, 4, "対象外", w->f.na);
		tk_sheet_put(&w->sh, ws, r, 5, "", w->f.na);
		return;
	}
	if (d->prefill)
		v = d->prefill->answer(d->prefill->ctx, d->division->code,
				       d->staff[0].code, it);
	if (v && it->type == TK_ITEM_NUMBER)
		tk_sheet_keep(&w->sh,
			      worksheet_write_number(ws, (lxw_row_t)r, 4,
						     atof(v), w->f.answer));
	else if (v)
		tk_sheet_put(&w->sh, ws, r, 4, v, w->f.answer);
	else
		tk_sheet_blank(&w->sh, ws, r, 4,
			       it->type == TK_ITEM_DATE ? w->f.answer_date
							: w->f.answer);
	tk_sheet_blank(&w->sh, ws, r, 5, w->f.comment);
	tk_form_answer_rule(&w->sh, ws, s, it, r, 4);
}

static void write_answers(struct sform *w, lxw_worksheet *ws)
{
	const struct tk_form_data *d = w->d;
	lxw_protection prot = {.format_columns = 1, .format_rows = 1};

	for (int c = 0; c < NCOLS; c++)
		tk_sheet_width(&w->sh, ws, c, c, widths[c]);
	heading(w, ws);
	for (int c = 0; c < NCOLS; c++)
		tk_sheet_put(&w->sh, ws, HEADER_ROW, c, heads[c], w->f.head);
	for (int i = 0; i < d->survey->nitems; i++)
		item_row(w, ws, i, HEADER_ROW + 1 + i);
	worksheet_set_selection(ws, HEADER_ROW + 1, 4, HEADER_ROW + 1, 4);
	tk_sheet_keep(&w->sh,
		      worksheet_repeat_rows(ws, HEADER_ROW, HEADER_ROW));
	tk_sheet_a4_portrait(ws, 0.7);
	worksheet_fit_to_pages(ws, 1, 0);
	tk_sheet_marked(&w->sh, ws, d->campaign->marking, d->campaign->title);
	worksheet_protect(ws, NULL, &prot);
}

/* The _tenken sheet: key in A, value in B. */
static void write_meta(struct sform *w, lxw_worksheet *ws, const char *items)
{
	const struct tk_form_data *d = w->d;
	char campaign[32], fy[16], first[16], absence[16];
	const char *kv[][2] = {
	    {"format", TK_STAFF_FORM_FORMAT},
	    {"campaign", campaign},
	    {"division", d->division->code},
	    {"fy", fy},
	    {"survey_id", d->campaign->survey_id},
	    {"survey_version", d->campaign->survey_version},
	    {"survey_hash", d->campaign->survey_hash},
	    {"respondent", "staff"},
	    {"token", d->token},
	    {"answer_sheet", ANSWER_SHEET},
	    {"first_row", first},
	    {"staff", d->staff[0].code},
	    {"absence_cell", absence},
	    {"items", items},
	};
	snprintf(campaign, sizeof campaign, "%ld", d->campaign->id);
	snprintf(fy, sizeof fy, "%d", d->campaign->fy);
	snprintf(first, sizeof first, "%d", TK_STAFF_FORM_FIRST_ROW);
	snprintf(absence, sizeof absence, "E%d", TK_STAFF_FORM_ABSENCE_ROW);
	for (size_t i = 0; i < sizeof kv / sizeof kv[0]; i++) {
		tk_sheet_put(&w->sh, ws, (int)i, 0, kv[i][0], NULL);
		tk_sheet_put(&w->sh, ws, (int)i, 1, kv[i][1], NULL);
	}
	worksheet_protect(ws, NULL, NULL);
	worksheet_hide(ws);
}

int tk_staff_form_write(const struct tk_form_data *d, const char *path,
			const char *name, struct tk_error *err)
{
	struct sform w = {.d = d};
	struct tk_buf items = {0};
	lxw_worksheet *ans, *meta;
	int rc;

	for (int i = 0; i < d->survey->nitems; i++) {
		if (i)
			tk_buf_addc(&items, ',');
		tk_buf_adds(&items, d->survey->items[i].id);
	}
	if ((rc = tk_sheet_open(&w.sh, path, name, err)))
		goto done;
	make_formats(w.sh.wb, &w.f);
	ans = workbook_add_worksheet(w.sh.wb, ANSWER_SHEET);
	meta = workbook_add_worksheet(w.sh.wb, "_tenken");
	if (!ans || !meta) {
		rc = tk_sheet_no_sheets(&w.sh, path, name, err);
		goto done;
	}
	write_answers(&w, ans);
	write_meta(&w, meta, items.s ? items.s : "");
	tk_sheet_keep(
	    &w.sh, workbook_set_properties(
		       w.sh.wb, &(lxw_doc_properties){
				    .title = (char *)d->campaign->title,
				    .subject = d->survey->title,
				    .company = (char *)d->campaign->return_to,
				    .comments = TK_STAFF_FORM_FORMAT}));
	if (!(rc = tk_sheet_close(&w.sh, path, name, err)))
		rc = tk_sheet_very_hidden(path, name, err);
done:
	tk_buf_free(&items);
	return rc;
}
