/*
 * division_notes.h — what a division's own workbook shows beyond its
 * scores (reports/report.h, 所属の記述・改善状況): its free-text answers in
 * a campaign and its open improvements of the year.
 */
#ifndef TK_APP_DIVISION_NOTES_H
#define TK_APP_DIVISION_NOTES_H

#include "lib/error.h"
#include "reports/report.h"
#include "store/store.h"

/* The notes of division code (year fy) in campaign; as_of (YYYY-MM-DD)
 * dates the days overdue.  Free them with tk_division_notes_clear. */
int tk_division_notes_get(struct tk_store *st, long campaign, int fy,
			  const char *code, const char *as_of,
			  struct tk_report_division_notes *n,
			  struct tk_error *err);
void tk_division_notes_clear(struct tk_report_division_notes *n);

#endif
