/*
 * doclayout.h — the layout shared by the documents tenken writes for
 * people (auditdoc.c: 実施通知, 監査報告書; noticedoc.c: 改善通知書 and its
 * 回答書): laid out like a Japanese official notice — marking and date at
 * the top right, addressee, sender, a centred title, the body sentence, 記
 * and numbered particulars, 以上 — in a Japanese font, on A4, with the
 * marking in header and footer.  Long text sits in merged cells that wrap,
 * each row given the height its lines need (LibreOffice and Excel do not
 * grow the rows of a generated file), so nothing is cut when printed.
 */
#ifndef TK_DOCLAYOUT_H
#define TK_DOCLAYOUT_H

#include "reports/sheet.h"

#include <xlsxwriter.h>

#define TK_DOC_FONT TK_SHEET_FONT
/* Line height (points) of wrapped 10-10.5 pt text in a Japanese font. */
#define TK_DOC_LINE_PT 15.0

/* The formats of one workbook (formats belong to their workbook). */
struct tk_doc_fmts {
	lxw_format *text, *right, *center, *mark, *title, *big, *heading;
	lxw_format *wrap, *head, *cell, *cellw, *cellc, *num, *total, *label;
};

/* One workbook being written: its columns are those of the sheet being
 * filled (w[0..ncol-1]). */
struct tk_doc {
	struct tk_sheet sh;
	struct tk_doc_fmts f;
	const char *marking;
	const double *w;
	int ncol;
};

void tk_doc_formats(lxw_workbook *wb, struct tk_doc_fmts *f);

/* Set the sheet's columns to widths w[0..n-1] (and the doc's spans). */
void tk_doc_widths(struct tk_doc *d, lxw_worksheet *ws, const double *w, int n);

/* Give row r the height its texts need: t[k] spans columns sp[k][0..1]. */
void tk_doc_fit(struct tk_doc *d, lxw_worksheet *ws, int r,
		const char *const *t, const int (*sp)[2], int n);
/* Text s in columns sp[0]..sp[1] of row r (merged when more than one). */
void tk_doc_span(struct tk_doc *d, lxw_worksheet *ws, int r, const int sp[2],
		 const char *s, lxw_format *f);
/* Text s across columns c1..the last (or all), the row fitted; returns
 * r + 1. */
int tk_doc_line_from(struct tk_doc *d, lxw_worksheet *ws, int r, int c1,
		     const char *s, lxw_format *f);
int tk_doc_line(struct tk_doc *d, lxw_worksheet *ws, int r, const char *s,
		lxw_format *f);
/* Each line of a multi-line text as its own fitted row from column c1;
 * returns the row after them. */
int tk_doc_lines_from(struct tk_doc *d, lxw_worksheet *ws, int r, int c1,
		      const char *s);
void tk_doc_num(struct tk_doc *d, lxw_worksheet *ws, int r, int c, double v,
		lxw_format *f);
/* A table row (cells boxed and wrapped) or header row, fitted. */
void tk_doc_row_cells(struct tk_doc *d, lxw_worksheet *ws, int r,
		      const char *const *t, const int (*sp)[2], int n);
void tk_doc_row_head(struct tk_doc *d, lxw_worksheet *ws, int r,
		     const char *const *t, const int (*sp)[2], int n);

/* A4 (portrait unless landscape), one page wide, print area A1 to (last,
 * ncol-1), row rep repeated when rep >= 0; the marking and title in header
 * and footer, page numbers in the footer. */
void tk_doc_page(struct tk_doc *d, lxw_worksheet *ws, const char *title,
		 int last, int rep, int landscape);

/* The top of an official document: marking, date, addressee, sender,
 * title, the body sentence, an optional extra line, 記; returns the next
 * free row. */
struct tk_doc_top {
	const char *date, *to, *from, *title, *body;
	const char *extra; /* or NULL */
};
int tk_doc_top(struct tk_doc *d, lxw_worksheet *ws, const struct tk_doc_top *t);

/* A numbered heading "N　title" of the 記; returns the next row. */
int tk_doc_heading(struct tk_doc *d, lxw_worksheet *ws, int r, int n,
		   const char *title);

#endif
