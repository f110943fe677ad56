/*
 * cmd_org.c — `tenken init`, `org import` and `org show`.
 */
#include "app/org.h"
#include "cli/commands.h"
#include "cli/render.h"
#include "lib/i18n.h"
#include "lib/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ init */

int cmd_init(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	int rc;
	if ((rc = tk_store_open(a->db, TK_STORE_CREATE, &st, err)))
		return rc;
	tk_store_close(st);
	/* Reopen to report what happened without racing the migration. */
	if ((rc = tk_store_open(a->db, TK_STORE_CREATE, &st, err)))
		return rc;
	if (!a->quiet)
		printf(_("%s: schema version %d (WAL, foreign keys on)\n"),
		       a->db, st->version);
	tk_store_close(st);
	return TK_OK;
}

/* ------------------------------------------------------------ org */

int cmd_org_import(struct tk_args *a, struct tk_error *err)
{
	const char *dfile = tk_arg(a, "--divisions"),
		   *sfile = tk_arg(a, "--staff"),
		   *encs = tk_arg(a, "--encoding");
	struct tk_store *st = NULL;
	struct tk_org_import_request rq = {.divisions_csv = dfile,
					   .staff_csv = sfile,
					   .roles_csv = tk_arg(a, "--roles"),
					   .roles_encoding = encs};
	struct tk_org_import_result res;
	int fy = tk_fiscal_year_today(), enc = TK_ENC_AUTO, rc;

	if (!dfile || !sfile)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "org import needs --divisions FILE and --staff FILE");
	if ((rc = tk_cli_year(tk_arg(a, "--year"), &fy, err)))
		return rc;
	if (encs && (enc = tk_encoding_parse(encs)) < 0)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "--encoding: unknown encoding '%s' (use auto, utf-8 or cp932)",
		    encs);
	if ((rc = tk_cli_open_store(a, &st, err)))
		return rc;
	rq.fy = fy;
	rq.enc = (enum tk_encoding)enc;
	rc = tk_org_import(st, &rq, &res, err);
	if (!rc && !a->quiet) {
		if (res.unchanged)
			printf(
			    _("FY%d organisation unchanged (same files as last import)\n"),
			    fy);
		else
			printf(
			    _("FY%d organisation imported: %ld divisions (+%ld -%ld), %ld staff (+%ld -%ld)\n"),
			    fy, res.divisions, res.divisions_added,
			    res.divisions_removed, res.staff, res.staff_added,
			    res.staff_removed);
		if (rq.roles_csv)
			printf(_("FY%d roles: %d set from %s\n"), fy, res.roles,
			       rq.roles_csv);
	}
	tk_store_close(st);
	return rc;
}

int cmd_org_show(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	struct tk_org_view v = {0};
	struct tk_buf b = {0};
	int fy = 0, rc;
	if ((rc = tk_cli_year(tk_arg(a, "--year"), &fy, err)))
		return rc;
	if ((rc = tk_cli_open_store(a, &st, err)))
		return rc;
	if (!fy && !(rc = tk_org_latest_year(st, &fy, err)) && !fy)
		rc = tk_error_set(
		    err, TK_ENOTFOUND,
		    "no organisation imported yet; use `tenken org import`");
	if (!rc)
		rc = tk_org_view(st, fy, &v, err);
	if (!rc && v.n == 0 && !a->json)
		rc = tk_error_set(
		    err, TK_ENOTFOUND,
		    "no organisation for FY%d; import one with `tenken org import`",
		    fy);
	if (!rc)
		rc = tk_render_org(&v, a->json, &b, err);
	tk_org_view_clear(&v);
	tk_store_close(st);
	return tk_render_emit(&b, rc);
}
