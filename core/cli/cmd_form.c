/*
 * cmd_form.c — tenken form export: write the offline self-inspection forms
 * of a campaign (reports/form.c does the work).
 */
#include "cli/commands.h"
#include "reports/form.h"

#include <stdio.h>
#include <stdlib.h>

int cmd_form_export(struct tk_args *a, struct tk_error *err)
{
	const char *cid = tk_arg(a, "--campaign"), *out = tk_arg(a, "--out");
	const char *division = tk_arg(a, "--division");
	struct tk_store *st = NULL;
	long campaign;
	char *end;
	int rc, written = 0;

	if (!cid || !out)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "form export needs --campaign ID and --out DIR");
	campaign = strtol(cid, &end, 10);
	if (*end || campaign <= 0)
		return tk_error_set(err, TK_EUSAGE,
				    "--campaign: '%s' is not a campaign id",
				    cid);
	if (!*out)
		return tk_error_set(err, TK_EUSAGE, "--out: empty directory");
	if ((rc = tk_cli_open_store(a, &st, err)))
		return rc;
	rc = tk_form_export(st, campaign, out, division, &written, err);
	if (!rc && !a->quiet)
		printf("%d forms written to %s\n", written, out);
	tk_store_close(st);
	return rc;
}
