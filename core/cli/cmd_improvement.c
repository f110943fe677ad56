/*
 * cmd_improvement.c — `tenken improvement …` (list, progress, complete,
 * verify, form, export) and `tenken overdue` (app/improvement.h,
 * app/overdue.h); render_improvement.c prints what they return.
 */
#include "app/improvement.h"
#include "app/org.h"
#include "app/overdue.h"
#include "cli/commands.h"
#include "cli/render.h"
#include "cli/render_improvement.h"
#include "lib/i18n.h"
#include "lib/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --year FY when given, else 0 (every year). */
static int year_or_all(const struct tk_args *a, int *fy, struct tk_error *err)
{
	*fy = 0;
	return tk_cli_year(tk_arg(a, "--year"), fy, err);
}

int cmd_improvement_list(struct tk_args *a, struct tk_error *err)
{
	struct tk_improvement_filter f = {0};
	struct tk_improvement_list l;
	struct tk_store *st = NULL;
	struct tk_buf b = {0};
	int rc;
	f.division = tk_arg(a, "--division");
	f.state = tk_arg(a, "--state");
	f.overdue_only = tk_arg(a, "--overdue") != NULL;
	f.as_of = tk_arg(a, "--as-of");
	if ((rc = year_or_all(a, &f.fy, err)))
		return rc;
	if (f.state && strcmp(f.state, "in_progress") &&
	    strcmp(f.state, "completed") && strcmp(f.state, "verified"))
		return tk_error_set(
		    err, TK_EUSAGE,
		    "--state %s: give in_progress, completed or verified",
		    f.state);
	if ((rc = tk_cli_open_store(a, &st, err)))
		return rc;
	if (!(rc = tk_improvement_list(st, &f, &l, err))) {
		rc = tk_render_improvements(&l, a->json, &b, err);
		tk_improvement_list_clear(&l);
	}
	tk_store_close(st);
	return tk_render_emit(&b, rc);
}

/* The id, --on and --note of a change. */
static int change_args(const struct tk_args *a, struct tk_improvement_change *c,
		       struct tk_error *err)
{
	memset(c, 0, sizeof *c);
	c->on = tk_arg(a, "--on");
	c->note = tk_arg(a, "--note");
	return tk_cli_id(a, "--id", &c->id, err);
}

int cmd_improvement_progress(struct tk_args *a, struct tk_error *err)
{
	struct tk_improvement_change c;
	struct tk_store *st = NULL;
	const char *p = tk_arg(a, "--percent");
	char *end;
	long v;
	int rc;
	if ((rc = change_args(a, &c, err)))
		return rc;
	if (!p)
		return tk_error_set(err, TK_EUSAGE, "give --percent 0-100");
	v = strtol(p, &end, 10);
	if (!*p || *end || v < 0 || v > 100)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "--percent '%s': give a whole number 0 to 100", p);
	c.percent = (int)v;
	if ((rc = tk_cli_open_store(a, &st, err)))
		return rc;
	if (!(rc = tk_improvement_progress(st, &c, err)) && !a->quiet)
		printf(_("improvement %ld: %d%% recorded\n"), c.id, c.percent);
	tk_store_close(st);
	return rc;
}

int cmd_improvement_complete(struct tk_args *a, struct tk_error *err)
{
	struct tk_improvement_change c;
	struct tk_store *st = NULL;
	int rc;
	if ((rc = change_args(a, &c, err)) ||
	    (rc = tk_cli_open_store(a, &st, err)))
		return rc;
	if (!(rc = tk_improvement_complete(st, &c, err)) && !a->quiet)
		printf(
		    _("improvement %ld: completed; verification by the 情報セキュリティ管理者 or HQ staff next\n"),
		    c.id);
	tk_store_close(st);
	return rc;
}

int cmd_improvement_verify(struct tk_args *a, struct tk_error *err)
{
	struct tk_improvement_change c;
	struct tk_store *st = NULL;
	int rc, closed = 0;
	if ((rc = change_args(a, &c, err)) ||
	    (rc = tk_cli_open_store(a, &st, err)))
		return rc;
	if (!(rc = tk_improvement_verify(st, &c, &closed, err)) && !a->quiet)
		printf(_("improvement %ld: verified%s\n"), c.id,
		       closed ? _("; its finding is closed") : "");
	tk_store_close(st);
	return rc;
}

int cmd_improvement_form(struct tk_args *a, struct tk_error *err)
{
	struct tk_progress_form_request rq = {0};
	struct tk_store *st = NULL;
	char *path = NULL;
	int rc, rows = 0;
	rq.fy = tk_fiscal_year_today();
	rq.division = tk_arg(a, "--division");
	rq.out_dir = tk_arg(a, "--out");
	rq.on = tk_arg(a, "--on");
	rq.marking = tk_arg(a, "--marking");
	if ((rc = tk_cli_year(tk_arg(a, "--year"), &rq.fy, err)))
		return rc;
	if (!rq.division || !rq.out_dir)
		return tk_error_set(err, TK_EUSAGE,
				    "give --division CODE and --out DIR");
	if ((rc = tk_cli_open_store(a, &st, err)))
		return rc;
	if (!(rc = tk_improvement_form(st, &rq, &path, &rows, err)))
		printf(
		    a->quiet
			? "%s\n"
			: _("%s: %d open improvements; it comes back through `tenken import`\n"),
		    path, rows);
	free(path);
	tk_store_close(st);
	return rc;
}

int cmd_improvement_export(struct tk_args *a, struct tk_error *err)
{
	struct tk_tracker_request rq = {0};
	struct tk_store *st = NULL;
	int rc, rows = 0;
	rq.as_of = tk_arg(a, "--as-of");
	rq.marking = tk_arg(a, "--marking");
	rq.out = tk_arg(a, "--out");
	if ((rc = year_or_all(a, &rq.fy, err)))
		return rc;
	if (!rq.out)
		return tk_error_set(err, TK_EUSAGE, "give --out FILE.xlsx");
	if ((rc = tk_cli_open_store(a, &st, err)))
		return rc;
	if (!(rc = tk_improvement_export(st, &rq, &rows, err)) && !a->quiet)
		printf(
		    P_("%s: %d improvement\n", "%s: %d improvements\n", rows),
		    rq.out, rows);
	tk_store_close(st);
	return rc;
}

int cmd_overdue(struct tk_args *a, struct tk_error *err)
{
	struct tk_overdue o;
	struct tk_store *st = NULL;
	struct tk_buf b = {0};
	int fy, rc;
	if ((rc = year_or_all(a, &fy, err)) ||
	    (rc = tk_cli_open_store(a, &st, err)))
		return rc;
	if (!(rc = tk_overdue_get(st, fy, tk_arg(a, "--as-of"), &o, err))) {
		rc = tk_render_overdue(&o, a->json, &b, err);
		tk_overdue_clear(&o);
	}
	tk_store_close(st);
	return tk_render_emit(&b, rc);
}
