/*
 * slipdoc.c — the 差戻し票 (returned-form slip).  See slipdoc.h and
 * docs/reports.md ("The returned-form slip").
 */
#include "reports/slipdoc.h"
#include "reports/auditdoc.h"
#include "reports/doclayout.h"
#include "reports/sheet.h"

#include "lib/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#define SHEET "差戻し票"
#define TITLE "差戻し票（自己点検票の再提出について）"
#define NCOL  6

/* No. / セル / 項目 / 記入された値 / 問題 / 直し方 */
static const double widths[NCOL] = {5, 11, 9, 14, 24, 26};

static const char *str(const char *s)
{
	return s ? s : "";
}

/* The addressee: "情報管理課長　浦和　花子　様" (without a head: "…長　様"). */
static void addressee(const struct tk_slip *s, struct tk_buf *to)
{
	tk_buf_addf(to, "%s長　%s%s様", str(s->division_name),
		    str(s->head_name), s->head_name ? "　" : "");
}

/* 1: which form is returned. */
static int returned_form(struct tk_doc *d, lxw_worksheet *ws, int r,
			 const struct tk_slip *s)
{
	struct tk_buf b = {0};
	r = tk_doc_heading(d, ws, r, 1, "差し戻す自己点検票");
	tk_buf_addf(&b, "点検名：%s（点検 %ld）", str(s->campaign_title),
		    s->campaign);
	r = tk_doc_line_from(d, ws, r, 1, b.s, d->f.wrap);
	tk_buf_reset(&b);
	tk_buf_addf(&b, "所属：%s　%s", str(s->division_code),
		    str(s->division_name));
	r = tk_doc_line_from(d, ws, r, 1, b.s, d->f.wrap);
	tk_buf_reset(&b);
	tk_buf_addf(&b, "ファイル名：%s", str(s->file_name));
	r = tk_doc_line_from(d, ws, r, 1, b.s, d->f.wrap);
	tk_buf_free(&b);
	return r + 1;
}

/* 2: the table of problems; *head gets the header row (repeated on each
 * printed page). */
static int problem_table(struct tk_doc *d, lxw_worksheet *ws, int r,
			 const struct tk_slip *s, int *head)
{
	static const char *const heads[NCOL] = {
	    "No.", "セル", "項目", "記入された値", "問題", "直し方"};
	static const int sp[NCOL][2] = {{0, 0}, {1, 1}, {2, 2},
					{3, 3}, {4, 4}, {5, 5}};
	r = tk_doc_heading(d, ws, r, 2, "修正を要する事項");
	*head = r;
	tk_doc_row_head(d, ws, r++, heads, sp, NCOL);
	for (int i = 0; i < s->nproblems; i++, r++) {
		const struct tk_slip_problem *p = &s->problems[i];
		char no[16];
		const char *t[NCOL] = {no,	 p->cell, p->item,
				       p->value, p->what, p->fix};
		snprintf(no, sizeof no, "%d", i + 1);
		tk_doc_row_cells(d, ws, r, t, sp, NCOL);
		tk_doc_num(d, ws, r, 0, i + 1, d->f.num);
	}
	if (s->more > 0) {
		char buf[256];
		snprintf(
		    buf, sizeof buf,
		    "このほか %d 件の問題があります。上記を直して再提出すると、残りの問題が示されます。",
		    s->more);
		r = tk_doc_line(d, ws, r, buf, d->f.wrap);
	}
	return r + 1;
}

/* 3: how to return the corrected form. */
static int how_to_return(struct tk_doc *d, lxw_worksheet *ws, int r,
			 const struct tk_slip *s)
{
	struct tk_buf b = {0};
	char wa[64];
	r = tk_doc_heading(d, ws, r, 3, "再提出の方法");
	tk_buf_addf(
	    &b,
	    "(1) 差し戻した同じファイル（%s）の該当するセルを上の「直し方」のとおり修正し、ファイルのまま返送してください。",
	    str(s->file_name));
	r = tk_doc_line_from(d, ws, r, 1, b.s, d->f.wrap);
	r = tk_doc_line_from(
	    d, ws, r, 1,
	    "(2) 様式を作り直したり、別のファイルに写したりしないでください。ファイルに埋め込まれた識別情報（トークン）はそのまま有効であり、修正したファイルを再提出すれば受け付けます。",
	    d->f.wrap);
	tk_buf_reset(&b);
	if (s->due && *s->due) {
		tk_doc_wareki(s->due, wa, sizeof wa);
		tk_buf_addf(&b, "(3) 提出期限（%s）までに再提出してください。",
			    wa);
	} else {
		tk_buf_adds(&b, "(3) 速やかに再提出してください。");
	}
	r = tk_doc_line_from(d, ws, r, 1, b.s, d->f.wrap);
	tk_buf_free(&b);
	return r + 1;
}

int tk_slip_write(const struct tk_slip *s, const char *path, const char *name,
		  struct tk_error *err)
{
	struct tk_doc d = {.marking = s->marking};
	struct tk_buf to = {0};
	struct tk_doc_top t = {0};
	lxw_worksheet *ws;
	int r, head = -1;
	int rc = tk_sheet_open(&d.sh, path, name, err);
	if (rc != TK_OK)
		return rc;
	tk_doc_formats(d.sh.wb, &d.f);
	if (!(ws = workbook_add_worksheet(d.sh.wb, SHEET)))
		return tk_sheet_no_sheets(&d.sh, path, name, err);
	tk_doc_widths(&d, ws, widths, NCOL);
	addressee(s, &to);
	t = (struct tk_doc_top){
	    s->date,
	    to.s,
	    "情報セキュリティ管理者",
	    TITLE,
	    "　提出された自己点検票を取り込んだところ、下記の事項により受け付けることができませんでしたので、差し戻します。下記の「直し方」により修正のうえ、再提出してください。",
	    NULL};
	r = tk_doc_top(&d, ws, &t);
	r = returned_form(&d, ws, r, s);
	r = problem_table(&d, ws, r, s, &head);
	r = how_to_return(&d, ws, r, s);
	r = tk_doc_line(&d, ws, r, "以上", d.f.right);
	tk_doc_page(&d, ws, SHEET, r - 1, head, 0);
	tk_buf_free(&to);
	return tk_sheet_close(&d.sh, path, name, err);
}

char *tk_slip_file_name(long campaign, const char *code, const char *name)
{
	char *safe = tk_sheet_safe_name(str(code)), *out;
	struct tk_buf prefix = {0};
	tk_buf_addf(&prefix, "差戻し票_%ld_%s_", campaign, safe);
	out = tk_sheet_file_name(prefix.s, str(name), ".xlsx");
	free(safe);
	tk_buf_free(&prefix);
	return out;
}
