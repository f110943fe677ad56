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
#include "store/store.h"

/*
 * Write the reports of campaign `campaign`: the organisation workbook to
 * out_file (when not NULL) and one workbook per target division into
 * div_dir (when not NULL; created if missing), named CODE_NAME.xlsx.  At
 * least one of the two must be given.
 *
 * All files are first written as hidden ".NAME.part" files next to their
 * final names; only when every one was written is the report logged in
 * the event log (action report.write, in one transaction) and the files
 * renamed into place.  On failure no final file is touched and nothing is
 * logged.  Progress goes to stderr when it is a terminal.  *written gets
 * the number of files put in place (also on failure).
 */
int tk_report_write(struct tk_store *st, long campaign, const char *out_file,
		    const char *div_dir, int *written, struct tk_error *err);

/*
 * The two workbooks on their own, from computed scores (no database):
 * write the organisation workbook, or the workbook of division
 * sc->div[d], to path.  name is used in messages.  On failure path is
 * removed.
 */
int tk_report_org(const struct tk_scores *sc, const char *path,
		  const char *name, struct tk_error *err);
int tk_report_division(const struct tk_scores *sc, int d, const char *path,
		       const char *name, struct tk_error *err);

#endif
