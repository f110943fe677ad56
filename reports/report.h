/*
 * report.h — the result workbooks of a campaign (libxlsxwriter): the
 * organisation workbook for the security manager and the committee, and
 * one workbook per target division for its head.  docs/reports.md
 * describes every sheet.
 *
 * Every number comes from tk_scores_compute() (score.h); nothing here
 * scores anything.  Every workbook carries the campaign's marking in its
 * page header and footer, prints on A4 landscape, and writes all text from
 * users and plugins as string cells (a name starting with '=' stays text).
 * A division's workbook holds only that division's results, the
 * organisation's averages and its rank — no other division's name or score.
 */
#ifndef TK_REPORT_H
#define TK_REPORT_H

#include "lib/error.h"
#include "model/score.h"

/*
 * The two workbooks, from computed scores (no database): write the
 * organisation workbook, or the workbook of division sc->div[d], to path.
 * name is used in messages.  anchor is the event log's anchor at the time
 * of writing ("tenken-anchor N:HASH", store.h), printed on 概要 so the
 * printed report keeps it outside the database; NULL leaves it out.  Returns
 * TK_OK or TK_EREPORT; on failure path is removed.  The report use case
 * (app/report_run.h) computes the scores, logs and puts the files in place.
 */
int tk_report_org(const struct tk_scores *sc, const char *anchor,
		  const char *path, const char *name, struct tk_error *err);
/*
 * What a division wrote and what it still has to improve, gathered by the
 * report use case for 所属の記述・改善状況: its free-text answers in the
 * campaign (text items, 備考 and reasons for 該当なし) and its open
 * improvements (not completed) with the days overdue as of as_of.
 */
struct tk_report_note {
	char *source; /* "ITEM-ID item text" and （備考） for a remark */
	char *text;
};

struct tk_report_open {
	char *clause, *finding;	 /* the finding's clause and text */
	char *kind;		 /* measure_taken | plan */
	char *description, *due; /* due: YYYY-MM-DD or NULL */
	int progress, days_overdue;
};

struct tk_report_division_notes {
	char as_of[16];
	int nnotes, nopen;
	struct tk_report_note *notes;
	struct tk_report_open *open;
};

/* notes may be NULL: the sheet says there is nothing. */
int tk_report_division(const struct tk_scores *sc, int d,
		       const struct tk_report_division_notes *notes,
		       const char *path, const char *name,
		       struct tk_error *err);

#endif
