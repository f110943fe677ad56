/*
 * tracker.c — the improvement tracker and the progress workbook
 * (tracker.h).  The _tenken sheet of the progress workbook is made very
 * hidden after the workbook is closed, as reports/form.c does
 * (tk_sheet_very_hidden).
 */
#include "reports/tracker.h"

#include "reports/sheet.h"

#include "lib/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

/* The formats both workbooks use. */
struct fmts {
	lxw_format *title, *hint, *head, *cell, *num, *late, *late_num;
	lxw_format *input, *input_date;
};

static void make_fmts(lxw_workbook *wb, struct fmts *f)
{
	f->title = tk_sheet_fmt_base(wb);
	format_set_bold(f->title);
	format_set_font_size(f->title, 14);
	f->hint = tk_sheet_fmt_base(wb);
	f->head = tk_sheet_fmt_head(wb);
	f->cell = tk_sheet_fmt_boxed(wb, 1);
	f->num = tk_sheet_fmt_boxed(wb, 0);
	format_set_align(f->num, LXW_ALIGN_RIGHT);
	f->late = tk_sheet_fmt_boxed(wb, 1);
	format_set_bg_color(f->late, 0xFFC7CE);
	f->late_num = tk_sheet_fmt_boxed(wb, 0);
	format_set_bg_color(f->late_num, 0xFFC7CE);
	format_set_align(f->late_num, LXW_ALIGN_RIGHT);
	f->input = tk_sheet_fmt_boxed(wb, 1);
	format_set_bg_color(f->input, 0xFFF2CC);
	format_set_unlocked(f->input);
	f->input_date = tk_sheet_fmt_boxed(wb, 0);
	format_set_bg_color(f->input_date, 0xFFF2CC);
	format_set_num_format(f->input_date, "yyyy/mm/dd");
	format_set_unlocked(f->input_date);
}

/* A4 landscape, marked in header and footer (tk_sheet_marked), with
 * the title on the right of the header. */
static void page_setup(struct tk_sheet *b, lxw_worksheet *ws,
		       const char *marking, const char *title)
{
	tk_sheet_a4_landscape(ws, 0.7);
	tk_sheet_marked(b, ws, marking, title);
}

static void put_num(struct tk_sheet *b, lxw_worksheet *ws, int r, int c,
		    double v, lxw_format *f)
{
	tk_sheet_keep(
	    b, worksheet_write_number(ws, (lxw_row_t)r, (lxw_col_t)c, v, f));
}

/* ------------------------------------------------------------ tracker */

static const char *const list_heads[] = {
    "所属",	  "指摘事項番号", "条項",   "重大度", "種別",	 "内容",
    "補完的措置", "期限",	  "進捗率", "状態",   "超過日数"};
static const double list_widths[] = {18, 10, 16, 8, 10, 44, 36, 12, 8, 8, 8};
#define TRK_COLS     11
#define TRK_HEAD_ROW 2 /* 0-based header row */

static const char *severity_ja(const char *s)
{
	if (s && !strcmp(s, "high"))
		return "高";
	if (s && !strcmp(s, "medium"))
		return "中";
	return "低";
}

static void list_row(struct tk_sheet *b, lxw_worksheet *ws, int r,
		     const struct tk_tracker_row *x, const struct fmts *f)
{
	char div[200], fid[32];
	lxw_format *t = x->days_overdue > 0 ? f->late : f->cell;
	lxw_format *n = x->days_overdue > 0 ? f->late_num : f->num;
	const char *text[] = {div,
			      fid,
			      x->clause,
			      severity_ja(x->severity),
			      x->kind_label,
			      x->description,
			      x->compensating,
			      x->due,
			      NULL,
			      x->state_label};
	snprintf(div, sizeof div, "%s %s", x->division_code, x->division);
	snprintf(fid, sizeof fid, "%ld", x->finding);
	for (int c = 0; c < 10; c++)
		if (c != 8)
			tk_sheet_put(b, ws, r, c, text[c] ? text[c] : "", t);
	put_num(b, ws, r, 8, x->progress, n);
	if (x->days_overdue > 0)
		put_num(b, ws, r, 10, x->days_overdue, n);
	else
		tk_sheet_blank(b, ws, r, 10, n);
	tk_sheet_fit_row(b, ws, r, text, list_widths, 8);
}

static void write_list(struct tk_sheet *b, lxw_worksheet *ws,
		       const struct tk_tracker_data *d, const struct fmts *f)
{
	char sub[128], day[64];
	tk_sheet_put(b, ws, 0, 0, "改善計画一覧（措置結果・改善計画の進捗）",
		     f->title);
	snprintf(sub, sizeof sub, "%s現在",
		 tk_wareki(d->as_of, day, sizeof day));
	tk_sheet_put(b, ws, 1, 0, sub, f->hint);
	for (int c = 0; c < TRK_COLS; c++) {
		tk_sheet_width(b, ws, c, c, list_widths[c]);
		tk_sheet_put(b, ws, TRK_HEAD_ROW, c, list_heads[c], f->head);
	}
	for (int i = 0; i < d->n; i++)
		list_row(b, ws, TRK_HEAD_ROW + 1 + i, &d->rows[i], f);
	tk_sheet_keep(b, worksheet_autofilter(ws, TRK_HEAD_ROW, 0,
					      (lxw_row_t)(TRK_HEAD_ROW + d->n),
					      TRK_COLS - 1));
	worksheet_freeze_panes(ws, TRK_HEAD_ROW + 1, 0);
	tk_sheet_keep(b, worksheet_repeat_rows(ws, TRK_HEAD_ROW, TRK_HEAD_ROW));
	page_setup(b, ws, d->marking, "改善計画一覧");
}

/* Counts of one group: total, completed, verified, overdue. */
struct tally {
	char key[160];
	int n[4];
};

static void count(struct tally *t, int *nt, int max, const char *key,
		  const struct tk_tracker_row *x)
{
	int i;
	for (i = 0; i < *nt && strcmp(t[i].key, key); i++)
		;
	if (i == *nt) {
		if (*nt == max)
			return;
		memset(&t[i], 0, sizeof t[i]);
		snprintf(t[i].key, sizeof t[i].key, "%s", key);
		(*nt)++;
	}
	t[i].n[0]++;
	t[i].n[1] += x->completed;
	t[i].n[2] += x->verified;
	t[i].n[3] += x->days_overdue > 0;
}

/* "第N" from the start of a clause (N 1..7), else "その他". */
static void chapter(const char *clause, char out[16])
{
	const char *p = clause ? strstr(clause, "第") : NULL;
	if (p && p == clause && p[3] >= '1' && p[3] <= '7' &&
	    !(p[4] >= '0' && p[4] <= '9'))
		snprintf(out, 16, "第%c", p[3]);
	else
		snprintf(out, 16, "その他");
}

static int write_tally(struct tk_sheet *b, lxw_worksheet *ws, int r,
		       const char *head, const struct tally *t, int nt,
		       const struct fmts *f)
{
	static const char *const h[] = {"件数", "完了", "確認済", "期限超過"};
	tk_sheet_put(b, ws, r, 0, head, f->head);
	for (int c = 0; c < 4; c++)
		tk_sheet_put(b, ws, r, c + 1, h[c], f->head);
	for (int i = 0; i < nt; i++) {
		tk_sheet_put(b, ws, r + 1 + i, 0, t[i].key, f->cell);
		for (int c = 0; c < 4; c++)
			put_num(b, ws, r + 1 + i, c + 1, t[i].n[c], f->num);
	}
	return r + 1 + nt + 1;
}

static void write_summary(struct tk_sheet *b, lxw_worksheet *ws,
			  const struct tk_tracker_data *d, const struct fmts *f)
{
	struct tally *div = tk_xcalloc((size_t)d->n + 1, sizeof *div);
	struct tally ch[8];
	int ndiv = 0, nch = 0, r;
	char key[160], c[16];
	static const char *const order[] = {"第1", "第2", "第3", "第4",
					    "第5", "第6", "第7"};
	for (int i = 0; i < 7; i++) {
		memset(&ch[i], 0, sizeof ch[i]);
		snprintf(ch[i].key, sizeof ch[i].key, "%s", order[i]);
	}
	nch = 7;
	for (int i = 0; i < d->n; i++) {
		const struct tk_tracker_row *x = &d->rows[i];
		snprintf(key, sizeof key, "%s %s", x->division_code,
			 x->division);
		count(div, &ndiv, d->n, key, x);
		chapter(x->clause, c);
		count(ch, &nch, 8, c, x);
	}
	tk_sheet_put(b, ws, 0, 0, "改善計画の集計", f->title);
	tk_sheet_width(b, ws, 0, 0, 28);
	tk_sheet_width(b, ws, 1, 4, 10);
	r = write_tally(b, ws, 2, "所属", div, ndiv, f);
	write_tally(b, ws, r, "章（条項）", ch, nch, f);
	page_setup(b, ws, d->marking, "改善計画の集計");
	free(div);
}

int tk_tracker_write(const struct tk_tracker_data *d, const char *path,
		     struct tk_error *err)
{
	struct tk_sheet b = {0};
	struct fmts f;
	lxw_worksheet *list, *sum;
	int rc;
	if ((rc = tk_sheet_open(&b, path, path, err)))
		return rc;
	make_fmts(b.wb, &f);
	list = workbook_add_worksheet(b.wb, "改善計画一覧");
	sum = workbook_add_worksheet(b.wb, "集計");
	if (!list || !sum)
		return tk_sheet_no_sheets(&b, path, path, err);
	write_list(&b, list, d, &f);
	write_summary(&b, sum, d, &f);
	return tk_sheet_close(&b, path, path, err);
}
