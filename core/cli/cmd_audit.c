/*
 * cmd_audit.c — `tenken audit …`: plans, audits, teams, notices, the
 * checklist form, findings and the report (app/audit.h).
 */
#include "app/audit.h"
#include "app/org.h"
#include "cli/commands.h"
#include "cli/render.h"
#include "lib/i18n.h"
#include "lib/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The text of a file given by option name (NULL when absent), trimmed. */
static int text_file(const struct tk_args *a, const char *name, char **out,
		     struct tk_error *err)
{
	const char *path = tk_arg(a, name);
	size_t len;
	int rc;
	*out = NULL;
	if (!path)
		return TK_OK;
	if ((rc = tk_read_file(path, 1u << 20, out, &len, err)))
		return rc;
	if (tk_utf8_valid_prefix(*out, len) != len) {
		free(*out);
		*out = NULL;
		return tk_error_set(err, TK_EINPUT, "%s: not UTF-8 text", path);
	}
	memmove(*out, tk_trim(*out), strlen(tk_trim(*out)) + 1);
	return TK_OK;
}

/* The --param values joined for the plan's record. */
static char *params_text(const struct tk_args *a)
{
	struct tk_buf b = {0};
	for (int i = 0; i < a->nparams; i++)
		tk_buf_addf(&b, "%s%s", i ? "; " : "", a->params[i]);
	return b.len ? tk_buf_take(&b) : NULL;
}

int cmd_audit_plan_create(struct tk_args *a, struct tk_error *err)
{
	struct tk_plan_request rq = {0};
	const char *kind = tk_arg(a, "--kind"), *checklist;
	struct tk_store *st = NULL;
	struct tk_survey *s = NULL;
	tk_host *h = NULL;
	char *params = NULL;
	long id;
	int rc;

	rq.fy = tk_fiscal_year_today();
	if ((rc = tk_cli_year(tk_arg(a, "--year"), &rq.fy, err)) ||
	    (rc = tk_cli_need(a, "--checklist", &checklist, err)) ||
	    (rc = tk_cli_need(a, "--targets", &rq.targets, err)))
		return rc;
	if (!kind || (strcmp(kind, "regular") && strcmp(kind, "special")))
		return tk_error_set(err, TK_EUSAGE,
				    "--kind regular or --kind special");
	rq.special = !strcmp(kind, "special");
	rq.title = tk_arg(a, "--title");
	rq.reason = tk_arg(a, "--reason");
	rq.schedule = tk_arg(a, "--schedule");
	rq.marking = tk_arg(a, "--marking");
	rq.on = tk_arg(a, "--on");
	rq.params = params = params_text(a);
	if ((rc = tk_cli_open_store(a, &st, err)))
		goto done;
	if (!(rc = tk_cli_host(a, &h, err)) &&
	    !(rc =
		  tk_host_survey(h, checklist, a->params, a->nparams, &s, err)))
		rc = tk_audit_plan_create(st, s, &rq, &id, err);
	if (!rc)
		printf(
		    a->quiet
			? "%ld\n"
			: _("audit plan %ld drafted: %s, checklist %s %s (%d items); approval by the 本部長 next\n"),
		    id, tk_render_word(rq.special ? "special" : "regular"),
		    s->id, s->version, s->nitems);
done:
	free(params);
	tk_survey_free(s);
	tk_host_close(h);
	tk_store_close(st);
	return rc;
}

/* audit plan review / approve: a plan id and a date. */
static int plan_step(struct tk_args *a, const char *date_opt, int approve,
		     struct tk_error *err)
{
	struct tk_store *st = NULL;
	const char *on = tk_arg(a, date_opt);
	long plan;
	int rc;
	if ((rc = tk_cli_id(a, "--plan", &plan, err)) ||
	    (rc = tk_cli_open_store(a, &st, err)))
		return rc;
	rc = approve ? tk_audit_plan_approve(st, plan, on, err)
		     : tk_audit_plan_review(st, plan, on, err);
	if (!rc && !a->quiet)
		printf(approve
			   ? _("audit plan %ld approved\n")
			   : _("audit plan %ld reviewed by the committee\n"),
		       plan);
	tk_store_close(st);
	return rc;
}

int cmd_audit_plan_review(struct tk_args *a, struct tk_error *err)
{
	if (!tk_arg(a, "--committee-date"))
		return tk_error_set(err, TK_EUSAGE,
				    "--committee-date is required");
	return plan_step(a, "--committee-date", 0, err);
}

int cmd_audit_plan_approve(struct tk_args *a, struct tk_error *err)
{
	return plan_step(a, "--on", 1, err);
}

int cmd_audit_plan_list(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	struct tk_plan_list l;
	struct tk_buf b = {0};
	int fy = 0, rc;
	if ((rc = tk_cli_year(tk_arg(a, "--year"), &fy, err)) ||
	    (rc = tk_cli_open_store(a, &st, err)))
		return rc;
	if (!(rc = tk_plan_list(st, fy, &l, err))) {
		rc = tk_render_plans(&l, a->json, &b, err);
		tk_plan_list_clear(&l);
	}
	tk_store_close(st);
	return tk_render_emit(&b, rc);
}

int cmd_audit_create(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	const char *division = tk_arg(a, "--division");
	long plan, id = 0;
	int rc, n = 0, sched = tk_arg(a, "--scheduled") != NULL;
	if ((rc = tk_cli_id(a, "--plan", &plan, err)))
		return rc;
	if (!division == !sched)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "give --division CODE [--date D], or --scheduled for every scheduled target");
	if ((rc = tk_cli_open_store(a, &st, err)))
		return rc;
	rc = sched ? tk_audit_create_scheduled(st, plan, &n, err)
		   : tk_audit_create(st, plan, division, tk_arg(a, "--date"),
				     &id, err);
	if (!rc && a->quiet && !sched)
		printf("%ld\n", id);
	else if (!rc && !sched)
		printf(_("audit %ld created: division %s\n"), id, division);
	else if (!rc)
		printf(P_("%d audit created from the schedule of plan %ld\n",
			  "%d audits created from the schedule of plan %ld\n",
			  n),
		       n, plan);
	tk_store_close(st);
	return rc;
}

int cmd_audit_assign(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	const char *staff, *role = tk_arg(a, "--role");
	int rm = tk_arg(a, "--remove") != NULL, rc;
	long audit;
	if ((rc = tk_cli_id(a, "--audit", &audit, err)) ||
	    (rc = tk_cli_need(a, "--staff", &staff, err)))
		return rc;
	if (!rm && (!role || (strcmp(role, "lead") && strcmp(role, "member"))))
		return tk_error_set(err, TK_EUSAGE,
				    "--role lead or --role member");
	if ((rc = tk_cli_open_store(a, &st, err)))
		return rc;
	rc = tk_audit_assign(st, audit, staff, role && !strcmp(role, "lead"),
			     rm, err);
	if (!rc && !a->quiet)
		printf(_("audit %ld: %s %s\n"), audit, staff,
		       rm ? _("taken off the team") : tk_render_word(role));
	tk_store_close(st);
	return rc;
}

int cmd_audit_notify(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	const char *out;
	char *proc = NULL, *path = NULL;
	long audit;
	int rc;
	if ((rc = tk_cli_id(a, "--audit", &audit, err)) ||
	    (rc = tk_cli_need(a, "--out", &out, err)) ||
	    (rc = text_file(a, "--procedure-file", &proc, err)))
		return rc;
	if (!(rc = tk_cli_open_store(a, &st, err)))
		rc = tk_audit_notify(st,
				     &(struct tk_notice_request){
					 audit, tk_arg(a, "--on"), proc, out},
				     &path, err);
	if (!rc && !a->quiet)
		printf(_("audit %ld: 実施通知 written to %s\n"), audit, path);
	free(proc);
	free(path);
	tk_store_close(st);
	return rc;
}

int cmd_audit_form(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	const char *out;
	char *path = NULL;
	long audit;
	int rc;
	if ((rc = tk_cli_id(a, "--audit", &audit, err)) ||
	    (rc = tk_cli_need(a, "--out", &out, err)) ||
	    (rc = tk_cli_open_store(a, &st, err)))
		return rc;
	rc = tk_audit_form(st, audit, out, &path, err);
	if (!rc && !a->quiet)
		printf(_("audit %ld: checklist written to %s\n"), audit,
		       path ? path : out);
	free(path);
	tk_store_close(st);
	return rc;
}

/* One audit (--audit ID) read and rendered by render: `audit show` and
 * `audit findings`. */
static int show_audit(struct tk_args *a,
		      int (*render)(const struct tk_audit_view *, int,
				    struct tk_buf *, struct tk_error *),
		      struct tk_error *err)
{
	struct tk_store *st = NULL;
	struct tk_audit_view v;
	struct tk_buf b = {0};
	long audit;
	int rc;
	if ((rc = tk_cli_id(a, "--audit", &audit, err)) ||
	    (rc = tk_cli_open_store(a, &st, err)))
		return rc;
	if (!(rc = tk_audit_get(st, audit, &v, err))) {
		rc = render(&v, a->json, &b, err);
		tk_audit_view_clear(&v);
	}
	tk_store_close(st);
	return tk_render_emit(&b, rc);
}

int cmd_audit_findings(struct tk_args *a, struct tk_error *err)
{
	return show_audit(a, tk_render_findings, err);
}

int cmd_audit_finding_edit(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	const char *text;
	long id;
	int rc;
	if ((rc = tk_cli_id(a, "--finding", &id, err)) ||
	    (rc = tk_cli_need(a, "--text", &text, err)) ||
	    (rc = tk_cli_open_store(a, &st, err)))
		return rc;
	rc = tk_finding_edit(st, id, text, err);
	if (!rc && !a->quiet)
		printf(_("finding %ld edited\n"), id);
	tk_store_close(st);
	return rc;
}

int cmd_audit_finding_withdraw(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	const char *reason;
	long id;
	int rc;
	if ((rc = tk_cli_id(a, "--finding", &id, err)) ||
	    (rc = tk_cli_need(a, "--reason", &reason, err)) ||
	    (rc = tk_cli_open_store(a, &st, err)))
		return rc;
	rc = tk_finding_withdraw(st, id, tk_arg(a, "--on"), reason, err);
	if (!rc && !a->quiet)
		printf(_("finding %ld withdrawn\n"), id);
	tk_store_close(st);
	return rc;
}

int cmd_audit_report(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	const char *out;
	char *eval = NULL;
	long audit;
	int rc;
	if ((rc = tk_cli_id(a, "--audit", &audit, err)) ||
	    (rc = tk_cli_need(a, "--out", &out, err)) ||
	    (rc = text_file(a, "--evaluation-file", &eval, err)))
		return rc;
	if (!(rc = tk_cli_open_store(a, &st, err)))
		rc = tk_audit_report(st, audit, tk_arg(a, "--on"), eval, out,
				     err);
	if (!rc && !a->quiet)
		printf(_("audit %ld reported: 監査報告書 written to %s\n"),
		       audit, out);
	free(eval);
	tk_store_close(st);
	return rc;
}

int cmd_audit_list(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	struct tk_audit_list l;
	struct tk_buf b = {0};
	int fy = 0, rc;
	if ((rc = tk_cli_year(tk_arg(a, "--year"), &fy, err)) ||
	    (rc = tk_cli_open_store(a, &st, err)))
		return rc;
	if (!(rc = tk_audit_list(st, fy, &l, err))) {
		rc = tk_render_audits(&l, a->json, &b, err);
		tk_audit_list_clear(&l);
	}
	tk_store_close(st);
	return tk_render_emit(&b, rc);
}

int cmd_audit_show(struct tk_args *a, struct tk_error *err)
{
	return show_audit(a, tk_render_audit, err);
}
