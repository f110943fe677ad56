/*
 * commands.h — the command functions (one cmd_*.c file per command group)
 * and the command table (commands.c).
 */
#ifndef TK_COMMANDS_H
#define TK_COMMANDS_H

#include "cli/cli.h"
#include "plugin/plugin.h"

/* Open the plugin host over the bundled surveys, --plugins dirs and
 * TENKEN_PLUGIN_PATH, with the limits from the arguments. */
int tk_cli_host(const struct tk_args *a, tk_host **h, struct tk_error *err);
void tk_cli_limits(const struct tk_args *a, struct tk_plugin_limits *lim);
/* Hand the plugin host what the environment says (TENKEN_SURVEYS,
 * TENKEN_PLUGIN_INSTRUCTIONS, TENKEN_PLUGIN_MEMORY); called once at start-up.
 */
void tk_cli_plugin_env(void);

int cmd_init(struct tk_args *a, struct tk_error *err);
int cmd_org_import(struct tk_args *a, struct tk_error *err);
int cmd_org_show(struct tk_args *a, struct tk_error *err);
int cmd_log_verify(struct tk_args *a, struct tk_error *err);
int cmd_log_anchor(struct tk_args *a, struct tk_error *err);
int cmd_log_show(struct tk_args *a, struct tk_error *err);
int cmd_plugin_list(struct tk_args *a, struct tk_error *err);
int cmd_plugin_check(struct tk_args *a, struct tk_error *err);
int cmd_plugin_show(struct tk_args *a, struct tk_error *err);

/* --year FY ("2026" or "FY2026") into *fy; *fy is left as it is when s is
 * NULL. */
int tk_cli_year(const char *s, int *fy, struct tk_error *err);

/* A positive id option (required): TK_EUSAGE naming it otherwise. */
int tk_cli_id(const struct tk_args *a, const char *name, long *id,
	      struct tk_error *err);
/* A required option's value into *v. */
int tk_cli_need(const struct tk_args *a, const char *name, const char **v,
		struct tk_error *err);

/* 1 when CSV for people gets Japanese column headers: --ja, or a
 * Japanese locale (LC_ALL, else LC_MESSAGES, else LANG starting "ja"). */
int tk_cli_japanese(const struct tk_args *a);

/* --campaign ID (or the one positional argument) as a number. */
int tk_cli_campaign_id(const struct tk_args *a, long *id, struct tk_error *err);
int cmd_campaign_create(struct tk_args *a, struct tk_error *err);
int cmd_campaign_list(struct tk_args *a, struct tk_error *err);
int cmd_campaign_show(struct tk_args *a, struct tk_error *err);
int cmd_campaign_edit(struct tk_args *a, struct tk_error *err);
int cmd_campaign_delete(struct tk_args *a, struct tk_error *err);
int cmd_campaign_close(struct tk_args *a, struct tk_error *err);
int cmd_campaign_reopen(struct tk_args *a, struct tk_error *err);
int cmd_status(struct tk_args *a, struct tk_error *err);
int cmd_seal(struct tk_args *a, struct tk_error *err);
int cmd_seal_keygen(struct tk_args *a, struct tk_error *err);
int cmd_import(struct tk_args *a, struct tk_error *err);
int cmd_score(struct tk_args *a, struct tk_error *err);
int cmd_notice_send(struct tk_args *a, struct tk_error *err);
int cmd_notice_cross(struct tk_args *a, struct tk_error *err);
int cmd_notice_list(struct tk_args *a, struct tk_error *err);
int cmd_form_export(struct tk_args *a, struct tk_error *err);
int cmd_report(struct tk_args *a, struct tk_error *err);
int cmd_report_annual(struct tk_args *a, struct tk_error *err);
int cmd_role_set(struct tk_args *a, struct tk_error *err);
int cmd_role_unset(struct tk_args *a, struct tk_error *err);
int cmd_role_list(struct tk_args *a, struct tk_error *err);
int cmd_audit_plan_create(struct tk_args *a, struct tk_error *err);
int cmd_audit_plan_review(struct tk_args *a, struct tk_error *err);
int cmd_audit_plan_approve(struct tk_args *a, struct tk_error *err);
int cmd_audit_plan_list(struct tk_args *a, struct tk_error *err);
int cmd_audit_create(struct tk_args *a, struct tk_error *err);
int cmd_audit_assign(struct tk_args *a, struct tk_error *err);
int cmd_audit_notify(struct tk_args *a, struct tk_error *err);
int cmd_audit_form(struct tk_args *a, struct tk_error *err);
int cmd_audit_findings(struct tk_args *a, struct tk_error *err);
int cmd_audit_finding_edit(struct tk_args *a, struct tk_error *err);
int cmd_audit_finding_withdraw(struct tk_args *a, struct tk_error *err);
int cmd_audit_report(struct tk_args *a, struct tk_error *err);
int cmd_audit_list(struct tk_args *a, struct tk_error *err);
int cmd_audit_show(struct tk_args *a, struct tk_error *err);
int cmd_improvement_list(struct tk_args *a, struct tk_error *err);
int cmd_improvement_progress(struct tk_args *a, struct tk_error *err);
int cmd_improvement_complete(struct tk_args *a, struct tk_error *err);
int cmd_improvement_verify(struct tk_args *a, struct tk_error *err);
int cmd_improvement_form(struct tk_args *a, struct tk_error *err);
int cmd_improvement_export(struct tk_args *a, struct tk_error *err);
int cmd_overdue(struct tk_args *a, struct tk_error *err);
int cmd_exception_request(struct tk_args *a, struct tk_error *err);
int cmd_exception_provisional(struct tk_args *a, struct tk_error *err);
int cmd_exception_decide(struct tk_args *a, struct tk_error *err);
int cmd_exception_end(struct tk_args *a, struct tk_error *err);
int cmd_exception_revoke(struct tk_args *a, struct tk_error *err);
int cmd_exception_renew(struct tk_args *a, struct tk_error *err);
int cmd_exception_list(struct tk_args *a, struct tk_error *err);
int cmd_exception_show(struct tk_args *a, struct tk_error *err);
int cmd_exception_export(struct tk_args *a, struct tk_error *err);
int cmd_exception_setting(struct tk_args *a, struct tk_error *err);

/* What an option takes. */
enum tk_opt_type {
	TK_OPT_FLAG,  /* no value: --json */
	TK_OPT_TEXT,  /* any text: --out DIR */
	TK_OPT_NUMBER /* a whole number 1..max, checked when parsed */
};

/* One option of a command or of every command; tables end with a row
 * whose name is NULL. */
struct tk_option {
	const char *name; /* "--year" */
	enum tk_opt_type type;
	long max; /* TK_OPT_NUMBER: the largest value allowed */
};

/* One command of the CLI (cli/commands.c holds the table). */
struct tk_command {
	const char *name;		 /* "org import" */
	const struct tk_option *options; /* its own options */
	int (*run)(struct tk_args *a, struct tk_error *err);
	const char *usage;
	const char *summary;
	const char *help;
};

/* The commands in workflow order, ended by a row of NULLs. */
extern const struct tk_command tk_commands[];

#endif
