/*
 * tracker.h — the improvement workbooks (libxlsxwriter), from data given:
 *
 *   tracker   改善計画一覧 (one row per improvement, overdue rows
 *             highlighted, autofilter, frozen header) and 集計 (counts by
 *             division and by chapter 第1…第7 of the clause)
 *   progress  a division's 進捗報告 workbook: its open improvements with
 *             three columns to fill (進捗率(%), 状況・備考, 完了日) and the
 *             very hidden _tenken sheet (format tenken-progress/1) that
 *             brings it back through `tenken import`
 *
 * Both are Japanese, A4 landscape, marked in header and footer with page
 * numbers.
 */
#ifndef TK_TRACKER_H
#define TK_TRACKER_H

#include "lib/error.h"

/* One improvement as printed; labels already in Japanese. */
struct tk_tracker_row {
	long id, finding;
	const char *division_code, *division, *clause, *severity;
	const char *kind_label, *description, *compensating, *due;
	const char *state_label;
	int progress, days_overdue, completed, verified;
};

struct tk_tracker_data {
	const char *marking, *as_of;
	int fy; /* 0: every year */
	const struct tk_tracker_row *rows;
	int n;
};

int tk_tracker_write(const struct tk_tracker_data *d, const char *path,
		     struct tk_error *err);

/* The progress workbook's answer sheet: headings on row 4, one
 * improvement a row from TK_PROGRESS_FIRST_ROW (1-based); the columns. */
#define TK_PROGRESS_SHEET     "進捗報告"
#define TK_PROGRESS_FIRST_ROW 5
enum {
	TK_PCOL_ID = 1, /* 1-based, A */
	TK_PCOL_FINDING,
	TK_PCOL_CLAUSE,
	TK_PCOL_KIND,
	TK_PCOL_DESCRIPTION,
	TK_PCOL_COMPENSATING,
	TK_PCOL_DUE,
	TK_PCOL_CURRENT,
	TK_PCOL_PERCENT, /* to fill */
	TK_PCOL_NOTE,	 /* to fill */
	TK_PCOL_DONE,	 /* to fill */
	TK_PCOL_COUNT = TK_PCOL_DONE
};

struct tk_progress_row {
	long id, finding;
	const char *clause, *kind_label, *description, *compensating, *due;
	int progress;
};

struct tk_progress_data {
	const char *marking, *division_code, *division, *token, *issued_on;
	int fy;
	const struct tk_progress_row *rows;
	int n;
};

int tk_progress_write(const struct tk_progress_data *d, const char *path,
		      struct tk_error *err);

#endif
