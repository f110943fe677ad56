/*
 * cmd_role.c — `tenken role set`, `role unset` and `role list`: the roles
 * of a fiscal year (app/acting.h).
 */
#include "app/acting.h"
#include "app/org.h"
#include "cli/commands.h"
#include "cli/render.h"
#include "lib/i18n.h"
#include "lib/util.h"

#include <stdio.h>
#include <string.h>

/* The request of role set / unset from the arguments. */
static int role_request(struct tk_args *a, struct tk_role_request *rq,
			struct tk_error *err)
{
	const char *role = tk_arg(a, "--role");
	int r, rc;
	memset(rq, 0, sizeof *rq);
	rq->fy = tk_fiscal_year_today();
	if ((rc = tk_cli_year(tk_arg(a, "--year"), &rq->fy, err)))
		return rc;
	if (!role)
		return tk_error_set(err, TK_EUSAGE, "--role is required");
	if ((r = tk_role_parse(role)) < 0)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "--role: unknown role '%s' (本部長 chief, 情報セキュリティ管理者 security-manager, 情報管理課長 info-head, システムセキュリティ責任者 system-security-officer, 運用管理者 operations-manager)",
		    role);
	rq->role = (enum tk_role)r;
	rq->staff = tk_arg(a, "--staff");
	rq->division = tk_arg(a, "--division");
	rq->system = tk_arg(a, "--system");
	return TK_OK;
}

int cmd_role_set(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	struct tk_role_request rq;
	int rc;
	if ((rc = role_request(a, &rq, err)))
		return rc;
	if (!rq.staff)
		return tk_error_set(err, TK_EUSAGE, "--staff is required");
	if ((rc = tk_cli_open_store(a, &st, err)))
		return rc;
	rc = tk_role_set(st, &rq, err);
	if (!rc && !a->quiet)
		printf("FY%d %s: %s%s%s%s%s\n", rq.fy, tk_role_label(rq.role),
		       rq.staff, rq.division ? " 所属 " : "",
		       rq.division ? rq.division : "",
		       rq.system ? " システム " : "",
		       rq.system ? rq.system : "");
	tk_store_close(st);
	return rc;
}

int cmd_role_unset(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	struct tk_role_request rq;
	int rc;
	if ((rc = role_request(a, &rq, err)) ||
	    (rc = tk_cli_open_store(a, &st, err)))
		return rc;
	rc = tk_role_unset(st, &rq, err);
	if (!rc && !a->quiet)
		printf(_("FY%d %s: unset\n"), rq.fy, tk_role_label(rq.role));
	tk_store_close(st);
	return rc;
}

int cmd_role_list(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	struct tk_role_list l;
	struct tk_buf b = {0};
	int fy = 0, rc;
	if ((rc = tk_cli_year(tk_arg(a, "--year"), &fy, err)) ||
	    (rc = tk_cli_open_store(a, &st, err)))
		return rc;
	if (!(rc = tk_role_list(st, fy, &l, err))) {
		rc = tk_render_roles(&l, a->json, &b, err);
		tk_role_list_clear(&l);
	}
	tk_store_close(st);
	return tk_render_emit(&b, rc);
}
