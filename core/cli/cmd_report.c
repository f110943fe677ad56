/*
 * cmd_report.c — tenken report: write the result workbooks of a campaign
 * (app/report_run.c does the work and this draws its progress;
 * docs/reports.md describes them).
 */
#include "app/report_run.h"
#include "cli/commands.h"
#include "lib/util.h"

#include <stdio.h>

/* "\rreports: DONE/TOTAL" on stderr; *shown counts the lines drawn. */
static void show_progress(void *ctx, int done, int total)
{
	++*(int *)ctx;
	fprintf(stderr, "\rreports: %d/%d", done, total);
}

int cmd_report(struct tk_args *a, struct tk_error *err)
{
	const char *out = tk_arg(a, "--out"),
		   *dir = tk_arg(a, "--per-division");
	struct tk_store *st = NULL;
	long campaign;
	struct tk_report_req req = {0};
	int rc, written = 0, shown = 0;

	if ((rc = tk_cli_campaign_id(a, &campaign, err)))
		return rc;
	if (!out && !dir)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "report needs --out FILE.xlsx and/or --per-division DIR");
	if (out && !*out)
		return tk_error_set(err, TK_EUSAGE, "--out: empty file name");
	if (dir && !*dir)
		return tk_error_set(err, TK_EUSAGE,
				    "--per-division: empty directory");
	if ((rc = tk_cli_open_store(a, &st, err)))
		return rc;
	req = (struct tk_report_req){
	    .campaign = campaign, .out_file = out, .div_dir = dir};
	req.progress = tk_progress_wanted(stderr) ? show_progress : NULL;
	req.progress_ctx = &shown;
	rc = tk_report_run(st, &req, &written, err);
	if (shown)
		fputc('\n', stderr);
	if (!rc && !a->quiet) {
		if (out)
			printf("organisation report written to %s\n", out);
		if (dir)
			printf("%d division reports written to %s\n",
			       written - (out ? 1 : 0), dir);
	}
	tk_store_close(st);
	return rc;
}
