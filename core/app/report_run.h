/*
 * report_run.h — the report use case: compute a campaign's scores and
 * write its result workbooks (reports/report.h), logged as report.write.
 */
#ifndef TK_APP_REPORT_RUN_H
#define TK_APP_REPORT_RUN_H

#include "lib/error.h"
#include "store/store.h"

/* What to write; at least one of out_file and div_dir. */
struct tk_report_req {
	long campaign;
	const char *out_file; /* the organisation workbook, or NULL */
	const char *div_dir;  /* one workbook per division, or NULL */
	/* Called after each division workbook (done of total), or NULL. */
	void (*progress)(void *ctx, int done, int total);
	void *progress_ctx;
};

/*
 * Write the reports of the campaign: the organisation workbook to out_file
 * and one workbook per target division into div_dir (created if missing),
 * named CODE_NAME.xlsx.
 *
 * All files are first written as hidden ".NAME.part" files next to their
 * final names; only when every one was written is the report logged in
 * the event log (action report.write, in one transaction) and the files
 * renamed into place.  On failure no final file is touched and nothing is
 * logged.  Returns TK_OK or an error code; *written gets the number of
 * files put in place (also on failure).
 */
int tk_report_run(struct tk_store *st, const struct tk_report_req *req,
		  int *written, struct tk_error *err);

#endif
