/*
 * cmd_report.c — tenken report: write the result workbooks of a campaign
 * (reports/report.c does the work; docs/reports.md describes them).
 */
#include "cli/commands.h"
#include "reports/report.h"

#include <stdio.h>

int cmd_report(struct tk_args *a, struct tk_error *err)
{
	const char *out = tk_arg(a, "--out"),
		   *dir = tk_arg(a, "--per-division");
	struct tk_store *st = NULL;
	long campaign;
	int rc, written = 0;

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
	rc = tk_report_write(st, campaign, out, dir, &written, err);
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
