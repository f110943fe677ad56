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
int tk_report_division(const struct tk_scores *sc, int d, const char *path,
		       const char *name, struct tk_error *err);

#endif
