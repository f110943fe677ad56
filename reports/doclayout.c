/*
 * doclayout.c — the layout of the documents tenken writes for people
 * (reports/doclayout.h): Japanese official-notice style, A4, marked.
 */
#include "reports/doclayout.h"
#include "reports/auditdoc.h"

#include "lib/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ dates */

void tk_doc_wareki(const char *iso, char *out, size_t size)
{
	tk_wareki(iso, out, size); /* the one helper: lib/util.h */
}

/* ------------------------------------------------------------ formats */

static lxw_format *jp(lxw_format *f)
{
	format_set_font_name(f, TK_DOC_FONT);
	return f;
}

static lxw_format *fmt_plain(lxw_workbook *wb, int align)
{
	lxw_format *f = jp(tk_sheet_fmt_base(wb));
	format_set_font_size(f, 10.5);
	format_set_text_wrap(f);
	if (align)
		format_set_align(f, (uint8_t)align);
	return f;
}

static lxw_format *fmt_cell(lxw_workbook *wb, int wrap, int align)
{
	lxw_format *f = jp(tk_sheet_fmt_boxed(wb, wrap));
	if (align)
		format_set_align(f, (uint8_t)align);
	return f;
}

void tk_doc_formats(lxw_workbook *wb, struct tk_doc_fmts *f)
{
	f->text = fmt_plain(wb, 0);
	f->wrap = fmt_plain(wb, 0);
	f->right = fmt_plain(wb, LXW_ALIGN_RIGHT);
	f->center = fmt_plain(wb, LXW_ALIGN_CENTER);
	f->mark = fmt_plain(wb, LXW_ALIGN_RIGHT);
	format_set_bold(f->mark);
	f->title = fmt_plain(wb, LXW_ALIGN_CENTER);
	format_set_bold(f->title);
	format_set_font_size(f->title, 14);
	f->big = fmt_plain(wb, 0);
	format_set_font_size(f->big, 12);
	f->heading = fmt_plain(wb, 0);
	format_set_bold(f->heading);
	format_set_font_size(f->heading, 11);
	f->head = fmt_cell(wb, 1, LXW_ALIGN_CENTER);
	format_set_bold(f->head);
	format_set_bg_color(f->head, 0xDDEBF7);
	format_set_align(f->head, LXW_ALIGN_VERTICAL_CENTER);
	f->label = fmt_cell(wb, 1, 0);
	format_set_bold(f->label);
	format_set_bg_color(f->label, 0xF2F2F2);
	f->cell = fmt_cell(wb, 0, 0);
	f->cellw = fmt_cell(wb, 1, 0);
	f->cellc = fmt_cell(wb, 1, LXW_ALIGN_CENTER);
	f->num = fmt_cell(wb, 0, LXW_ALIGN_RIGHT);
	format_set_num_format(f->num, "0");
	f->total = fmt_cell(wb, 0, LXW_ALIGN_RIGHT);
	format_set_num_format(f->total, "0");
	format_set_bold(f->total);
	format_set_bg_color(f->total, 0xF2F2F2);
}

/* ------------------------------------------------------------ cells */

static double span_width(const struct tk_doc *d, int c1, int c2)
{
	double w = 0;
	for (int c = c1; c <= c2 && c < d->ncol; c++)
		w += d->w[c];
	return w;
}

/* Give row r the height its texts need: text[k] spans columns
 * c1[k]..c2[k].  Heights are those of sheet.h, in lines of TK_DOC_LINE_PT. */
void tk_doc_fit(struct tk_doc *d, lxw_worksheet *ws, int r,
		const char *const *t, const int (*span)[2], int n)
{
	double w[16], h;
	int lines;
	if (n > 16)
		n = 16;
	for (int k = 0; k < n; k++)
		w[k] = span_width(d, span[k][0], span[k][1]) * 0.95;
	h = tk_sheet_row_height(t, w, n);
	if (h <= 0)
		return;
	lines = (int)((h - 2) / 13.0 + 0.5);
	h = lines * TK_DOC_LINE_PT + 4;
	tk_sheet_keep(&d->sh, worksheet_set_row(ws, (lxw_row_t)r,
						h > 409 ? 409 : h, NULL));
}

/* Text s in columns c1..c2 of row r (merged when more than one); the row's
 * height is not touched. */
void tk_doc_span(struct tk_doc *d, lxw_worksheet *ws, int r, const int sp[2],
		 const char *s, lxw_format *f)
{
	if (sp[0] == sp[1]) {
		tk_sheet_put(&d->sh, ws, r, sp[0], s, f);
		return;
	}
	tk_sheet_keep(&d->sh,
		      worksheet_merge_range(ws, (lxw_row_t)r, (lxw_col_t)sp[0],
					    (lxw_row_t)r, (lxw_col_t)sp[1],
					    s ? s : "", f));
}

/* Text s across columns c1..the last, its row fitted; returns r + 1. */
int tk_doc_line_from(struct tk_doc *d, lxw_worksheet *ws, int r, int c1,
		     const char *s, lxw_format *f)
{
	const int sp[1][2] = {{c1, d->ncol - 1}};
	tk_doc_span(d, ws, r, sp[0], s, f);
	tk_doc_fit(d, ws, r, &s, sp, 1);
	return r + 1;
}

int tk_doc_line(struct tk_doc *d, lxw_worksheet *ws, int r, const char *s,
		lxw_format *f)
{
	return tk_doc_line_from(d, ws, r, 0, s, f);
}

/* Each line of a multi-line text as its own fitted row from column c1
 * (a long text then breaks between pages at its lines); returns the row
 * after them. */
int tk_doc_lines_from(struct tk_doc *d, lxw_worksheet *ws, int r, int c1,
		      const char *s)
{
	const char *p = s ? s : "";
	do {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		char *one = tk_xmalloc(n + 1);
		memcpy(one, p, n);
		one[n] = '\0';
		if (n && one[n - 1] == '\r')
			one[n - 1] = '\0';
		r = tk_doc_line_from(d, ws, r, c1, one, d->f.wrap);
		free(one);
		p = nl ? nl + 1 : NULL;
	} while (p);
	return r;
}

void tk_doc_num(struct tk_doc *d, lxw_worksheet *ws, int r, int c, double v,
		lxw_format *f)
{
	tk_sheet_keep(&d->sh, worksheet_write_number(ws, (lxw_row_t)r,
						     (lxw_col_t)c, v, f));
}

void tk_doc_widths(struct tk_doc *d, lxw_worksheet *ws, const double *w, int n)
{
	d->w = w;
	d->ncol = n;
	for (int c = 0; c < n; c++)
		tk_sheet_width(&d->sh, ws, c, c, w[c]);
}

/* A table row: text t[k] in span sp[k], format f, the row fitted. */
void tk_doc_row_cells(struct tk_doc *d, lxw_worksheet *ws, int r,
		      const char *const *t, const int (*sp)[2], int n)
{
	for (int k = 0; k < n; k++)
		tk_doc_span(d, ws, r, sp[k], t[k], d->f.cellw);
	tk_doc_fit(d, ws, r, t, sp, n);
}

void tk_doc_row_head(struct tk_doc *d, lxw_worksheet *ws, int r,
		     const char *const *t, const int (*sp)[2], int n)
{
	for (int k = 0; k < n; k++)
		tk_doc_span(d, ws, r, sp[k], t[k], d->f.head);
	tk_doc_fit(d, ws, r, t, sp, n);
}

/* ------------------------------------------------------------ page */

/* A4 (portrait unless landscape), one page wide, print area A1 to
 * (last, ncol-1), rows rep..rep repeated when rep >= 0; the marking and
 * the document's title in header and footer. */
void tk_doc_page(struct tk_doc *d, lxw_worksheet *ws, const char *title,
		 int last, int rep, int landscape)
{
	if (landscape)
		tk_sheet_a4_landscape(ws, 0.75);
	else
		tk_sheet_a4_portrait(ws, 0.75);
	if (rep >= 0)
		tk_sheet_keep(&d->sh, worksheet_repeat_rows(ws, (lxw_row_t)rep,
							    (lxw_row_t)rep));
	if (last >= 0)
		tk_sheet_keep(&d->sh,
			      worksheet_print_area(ws, 0, 0, (lxw_row_t)last,
						   (lxw_col_t)(d->ncol - 1)));
	tk_sheet_marked(&d->sh, ws, d->marking, title);
}

int tk_doc_top(struct tk_doc *d, lxw_worksheet *ws, const struct tk_doc_top *t)
{
	char wa[64];
	int r = 0;
	tk_doc_wareki(t->date, wa, sizeof wa);
	r = tk_doc_line(d, ws, r, d->marking, d->f.mark);
	r = tk_doc_line(d, ws, r, wa, d->f.right);
	r = tk_doc_line(d, ws, r + 1, t->to, d->f.big);
	r = tk_doc_line(d, ws, r + 1, t->from, d->f.right);
	r = tk_doc_line(d, ws, r + 1, t->title, d->f.title);
	r = tk_doc_line(d, ws, r + 1, t->body, d->f.wrap);
	if (t->extra)
		r = tk_doc_line(d, ws, r, t->extra, d->f.wrap);
	return tk_doc_line(d, ws, r + 1, "記", d->f.center) + 1;
}

int tk_doc_heading(struct tk_doc *d, lxw_worksheet *ws, int r, int n,
		   const char *title)
{
	char buf[256];
	snprintf(buf, sizeof buf, "%d　%s", n, title);
	return tk_doc_line(d, ws, r, buf, d->f.heading);
}
