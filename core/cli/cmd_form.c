/*
 * cmd_form.c — tenken form export: write the offline self-inspection forms
 * of a campaign (app/form_export.c does the work; this draws its progress).
 */
#include "app/form_export.h"
#include "cli/commands.h"
#include "lib/i18n.h"
#include "lib/util.h"

#include <stdio.h>

/* "\rforms: DONE/TOTAL" on stderr; *shown counts the lines drawn. */
static void show_progress(void *ctx, int done, int total)
{
	++*(int *)ctx;
	fprintf(stderr, "\rforms: %d/%d", done, total);
}

int cmd_form_export(struct tk_args *a, struct tk_error *err)
{
	const char *out, *division = tk_arg(a, "--division");
	struct tk_store *st = NULL;
	long campaign;
	struct tk_form_export_req req = {0};
	int rc, written = 0, shown = 0;

	if ((rc = tk_cli_id(a, "--campaign", &campaign, err)) ||
	    (rc = tk_cli_need(a, "--out", &out, err)))
		return rc;
	if (!*out)
		return tk_error_set(err, TK_EUSAGE, "--out: empty directory");
	if ((rc = tk_cli_open_store(a, &st, err)))
		return rc;
	req = (struct tk_form_export_req){.campaign = campaign,
					  .out_dir = out,
					  .division_code = division,
					  .per_staff =
					      tk_arg(a, "--per-staff") != NULL};
	req.progress = tk_progress_wanted(stderr) ? show_progress : NULL;
	req.progress_ctx = &shown;
	rc = tk_form_export(st, &req, &written, err);
	if (shown)
		fputc('\n', stderr);
	if (!rc && !a->quiet)
		printf(P_("%d form written to %s\n", "%d forms written to %s\n",
			  written),
		       written, out);
	tk_store_close(st);
	return rc;
}
