/*
 * annual.h — the annual report workbook (年次報告): nine sheets, each A4,
 * fitted to the page width and marked in header and footer, written from
 * the figures of model/annual.h (docs/reports.md, "The annual report").
 * annual.c writes the workbook and the summary sheets, annual_sheets.c the
 * others; annual_int.h is what they share.
 */
#ifndef TK_REPORTS_ANNUAL_H
#define TK_REPORTS_ANNUAL_H

#include "lib/error.h"
#include "model/annual.h"

/* The sheets' names, in order. */
#define TK_ANNUAL_SHEETS 9
extern const char *const tk_annual_sheet_names[TK_ANNUAL_SHEETS];

/* Write the workbook of a to path (name in messages).  TK_OK or
 * TK_EREPORT (path removed). */
int tk_annual_write(const struct tk_annual *a, const char *path,
		    const char *name, struct tk_error *err);

#endif
