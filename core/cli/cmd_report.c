/*
 * cmd_report.c — tenken report: write the result workbooks of a campaign
 * (app/report_run.c does the work and this draws its progress;
 * docs/reports.md describes them), and `tenken report annual`, the
 * annual report of a fiscal year (app/annual.h).
 */
#include "app/annual.h"
#include "app/report_run.h"
#include "cli/commands.h"
#include "cli/render.h"
#include "lib/i18n.h"
#include "lib/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
			printf(_("organisation report written to %s\n"), out);
		if (dir)
			printf(P_("%d division report written to %s\n",
				  "%d division reports written to %s\n",
				  written - (out ? 1 : 0)),
			       written - (out ? 1 : 0), dir);
	}
	tk_store_close(st);
	return rc;
}

/* --issues-file F: the manager's text, UTF-8 (a BOM is dropped). */
static int read_issues(const char *path, char **text, struct tk_error *err)
{
	size_t len, good;
	int rc;
	*text = NULL;
	if (!path)
		return TK_OK;
	if ((rc = tk_read_file(path, 1 << 20, text, &len, err)))
		return rc;
	if ((good = tk_utf8_valid_prefix(*text, len)) != len) {
		free(*text);
		*text = NULL;
		return tk_error_set(
		    err, TK_EINPUT,
		    "%s: not UTF-8 text (byte %zu); save the file as UTF-8",
		    path, good + 1);
	}
	if (!strncmp(*text, "\xEF\xBB\xBF", 3))
		memmove(*text, *text + 3, len - 2);
	return TK_OK;
}

/* The request from the options; *issues is the text read (caller
 * frees). */
static int annual_request(struct tk_args *a, struct tk_annual_req *req,
			  char **issues, struct tk_error *err)
{
	const char *year;
	int rc;
	memset(req, 0, sizeof *req);
	*issues = NULL;
	if ((rc = tk_cli_need(a, "--year", &year, err)) ||
	    (rc = tk_cli_year(year, &req->fy, err)) ||
	    (rc = tk_cli_need(a, "--out", &req->out_file, err)))
		return rc;
	if (!*req->out_file)
		return tk_error_set(err, TK_EUSAGE, "--out: empty file name");
	req->as_of = tk_arg(a, "--as-of");
	req->marking = tk_arg(a, "--marking");
	if (req->marking && !*req->marking)
		return tk_error_set(err, TK_EUSAGE, "--marking: empty text");
	if ((rc = read_issues(tk_arg(a, "--issues-file"), issues, err)))
		return rc;
	req->issues = *issues;
	return TK_OK;
}

int cmd_report_annual(struct tk_args *a, struct tk_error *err)
{
	struct tk_annual_req req;
	struct tk_annual an = {0};
	struct tk_store *st = NULL;
	struct tk_buf b = {0};
	char *issues = NULL;
	int rc;
	if ((rc = annual_request(a, &req, &issues, err)) ||
	    (rc = tk_cli_open_store(a, &st, err))) {
		free(issues);
		return rc;
	}
	if (!(rc = tk_annual_run(st, &req, &an, err))) {
		if (a->json) {
			struct tk_json j;
			tk_json_init(&j, &b, 0);
			tk_annual_json(&an, &j);
			rc = tk_render_json_done(&j, err);
		} else if (!a->quiet)
			tk_buf_addf(&b,
				    _("annual report of FY%d written to %s\n"),
				    req.fy, req.out_file);
	}
	tk_annual_clear(&an);
	tk_store_close(st);
	free(issues);
	return tk_render_emit(&b, rc);
}
