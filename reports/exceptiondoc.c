/*
 * exceptiondoc.c — the 例外措置管理簿 workbook (exceptiondoc.h), written
 * with libxlsxwriter.  One sheet: a title row, the day the states are of
 * with the legend of the fills, the header row (frozen, filtered, repeated
 * on every printed page) and one row per exception.  Text from the
 * database is written only as strings (tk_sheet_put), never as formulas.
 */
#include "reports/exceptiondoc.h"
#include "reports/sheet.h"

#include "lib/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#define FONT	      TK_SHEET_FONT
#define SHEET	      "例外措置管理簿"
#define MARKING	      "機密性2"
#define FILL_EXPIRING 0xFFF2CC /* pale yellow: ends within the window */
#define FILL_LAPSED   0xF8CBAD /* pale red: expired or overdue */
#define HEAD_ROW      2
#define NCOL	      17

static const char *const heads[NCOL] = {
    "番号",   "システム",   "所属",	  "条項",
    "理由",   "代替措置",   "申請者",	  "経由（情報管理課長）",
    "申請日", "期間（自）", "期間（至）", "状態",
    "決定者", "決定日",	    "特別承認",	  "更新元",
    "備考"};
static const double widths[NCOL] = {6,	16, 14, 12, 28, 28, 14, 14, 11,
				    11, 11, 12, 14, 11, 8,  8,	24};

struct fmts {
	lxw_format *title, *text, *head, *cell[3], *num[3];
};

static lxw_format *font(lxw_format *f)
{
	format_set_font_name(f, FONT);
	return f;
}

static void make_formats(lxw_workbook *wb, struct fmts *f)
{
	static const int fill[3] = {0, FILL_EXPIRING, FILL_LAPSED};
	f->title = font(tk_sheet_fmt_base(wb));
	format_set_bold(f->title);
	format_set_font_size(f->title, 14);
	f->text = font(tk_sheet_fmt_base(wb));
	f->head = font(tk_sheet_fmt_boxed(wb, 1));
	format_set_bold(f->head);
	format_set_bg_color(f->head, 0xD9D9D9);
	format_set_align(f->head, LXW_ALIGN_CENTER);
	for (int k = 0; k < 3; k++) {
		f->cell[k] = font(tk_sheet_fmt_boxed(wb, 1));
		f->num[k] = font(tk_sheet_fmt_boxed(wb, 0));
		format_set_align(f->num[k], LXW_ALIGN_RIGHT);
		if (fill[k]) {
			format_set_bg_color(f->cell[k], (lxw_color_t)fill[k]);
			format_set_bg_color(f->num[k], (lxw_color_t)fill[k]);
		}
	}
}

/* The texts of one row, in column order (buffers for the numbers). */
static void row_texts(const struct tk_excdoc_row *r, const char *t[NCOL],
		      char renews[32])
{
	const char *v[NCOL] = {
	    NULL,	   r->system,	  r->division,
	    r->clause,	   r->reason,	  r->alternative,
	    r->applicant,  r->via,	  r->requested_on,
	    r->starts_on,  r->ends_on,	  r->status,
	    r->decided_by, r->decided_on, r->special_approval ? "あり" : NULL,
	    NULL,	   r->note};
	renews[0] = '\0';
	if (r->renews)
		snprintf(renews, 32, "%ld", r->renews);
	memcpy(t, v, sizeof v);
	t[15] = renews[0] ? renews : NULL;
}

static void put_row(struct tk_sheet *b, lxw_worksheet *ws, const struct fmts *f,
		    int row, const struct tk_excdoc_row *r)
{
	const char *t[NCOL];
	char renews[32];
	int k = r->mark == TK_EXCDOC_EXPIRING ? 1
		: r->mark == TK_EXCDOC_LAPSED ? 2
					      : 0;
	row_texts(r, t, renews);
	tk_sheet_keep(b, worksheet_write_number(ws, (lxw_row_t)row, 0,
						(double)r->id, f->num[k]));
	for (int c = 1; c < NCOL; c++)
		tk_sheet_put(b, ws, row, c, t[c],
			     c == 15 ? f->num[k] : f->cell[k]);
	tk_sheet_fit_row(b, ws, row, t + 1, widths + 1, NCOL - 1);
}

/* Marking left, title right in the header; marking left and page numbers
 * in the footer. */
static void page(struct tk_sheet *b, lxw_worksheet *ws, const char *mark,
		 int last)
{
	tk_sheet_a4_landscape(ws, 0.75);
	tk_sheet_keep(b, worksheet_repeat_rows(ws, HEAD_ROW, HEAD_ROW));
	tk_sheet_keep(
	    b, worksheet_print_area(ws, 0, 0, (lxw_row_t)last, NCOL - 1));
	tk_sheet_marked(b, ws, mark, SHEET);
}

static void top(struct tk_sheet *b, lxw_worksheet *ws, const struct fmts *f,
		const struct tk_excdoc *d)
{
	char t[160], s[400], day[64];
	if (d->fy)
		snprintf(t, sizeof t, "例外措置管理簿（%d年度）", d->fy);
	else
		snprintf(t, sizeof t, "例外措置管理簿");
	tk_sheet_put(b, ws, 0, 0, t, f->title);
	snprintf(
	    s, sizeof s,
	    "状態は %s 現在。黄色: 有効期間の終了が近いもの　赤: 期間満了または緊急時の仮措置で正式な申請が期限を過ぎたもの　件数 %d",
	    tk_wareki(d->as_of, day, sizeof day), d->n);
	tk_sheet_put(b, ws, 1, 0, s, f->text);
	tk_sheet_put(b, ws, 0, NCOL - 3, d->marking ? d->marking : MARKING,
		     f->text);
	for (int c = 0; c < NCOL; c++)
		tk_sheet_put(b, ws, HEAD_ROW, c, heads[c], f->head);
}

int tk_excdoc_write(const struct tk_excdoc *d, const char *path,
		    const char *name, struct tk_error *err)
{
	struct tk_sheet b;
	struct fmts f;
	lxw_worksheet *ws;
	int last = HEAD_ROW + d->n;
	int rc = tk_sheet_open(&b, path, name, err);
	if (rc != TK_OK)
		return rc;
	make_formats(b.wb, &f);
	if (!(ws = workbook_add_worksheet(b.wb, SHEET)))
		return tk_sheet_no_sheets(&b, path, name, err);
	for (int c = 0; c < NCOL; c++)
		tk_sheet_width(&b, ws, c, c, widths[c]);
	top(&b, ws, &f, d);
	for (int i = 0; i < d->n; i++)
		put_row(&b, ws, &f, HEAD_ROW + 1 + i, &d->rows[i]);
	worksheet_freeze_panes(ws, HEAD_ROW + 1, 0);
	tk_sheet_keep(&b, worksheet_autofilter(ws, HEAD_ROW, 0, (lxw_row_t)last,
					       NCOL - 1));
	page(&b, ws, d->marking ? d->marking : MARKING, last);
	return tk_sheet_close(&b, path, name, err);
}
