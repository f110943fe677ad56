/*
 * annual_int.h — what the sheets of the annual report workbook share
 * (reports/annual.c, annual_sheets.c): the document being written, a
 * table row of texts and numbers, and one function per sheet.
 */
#ifndef TK_REPORTS_ANNUAL_INT_H
#define TK_REPORTS_ANNUAL_INT_H

#include "reports/annual.h"
#include "reports/doclayout.h"

/* One sheet being written: the document and the next free row. */
struct tk_an_sheet {
	struct tk_doc *d;
	lxw_worksheet *ws;
	int r;
};

/* A header row of n one-column cells. */
void tk_an_head(struct tk_an_sheet *s, const char *const *t, int n);
/* A row of n cells: text t[k], or the number v[k] when t[k] is NULL. */
void tk_an_row(struct tk_an_sheet *s, const char *const *t, const double *v,
	       int n);
/* The sheet's title: what（令和8年度、令和8年12月1日現在）. */
void tk_an_title(struct tk_an_sheet *s, const struct tk_annual *a,
		 const char *what);
/* A heading line, a blank row before it. */
void tk_an_heading(struct tk_an_sheet *s, const char *title);
/* A wrapped line across the sheet. */
void tk_an_text(struct tk_an_sheet *s, const char *text);
/* A trend cell as text (実施なし, 比較不能, －) or a number in buf. */
const char *tk_an_cell(const struct tk_annual_cell *c, char *buf, size_t n);

void tk_an_sheet_self(struct tk_an_sheet *s, const struct tk_annual *a);
void tk_an_sheet_results(struct tk_an_sheet *s, const struct tk_annual *a);
void tk_an_sheet_audits(struct tk_an_sheet *s, const struct tk_annual *a);
void tk_an_sheet_findings(struct tk_an_sheet *s, const struct tk_annual *a);
void tk_an_sheet_improvements(struct tk_an_sheet *s, const struct tk_annual *a);
void tk_an_sheet_exceptions(struct tk_an_sheet *s, const struct tk_annual *a);
void tk_an_sheet_texts(struct tk_an_sheet *s, const struct tk_annual *a);
void tk_an_sheet_issues(struct tk_an_sheet *s, const struct tk_annual *a);

#endif
