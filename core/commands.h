/*
 * commands.h — the command functions beyond init/org/log, each in a
 * cmd_*.c file, and the rows they add to the command table in cli.c.
 * A row is { name, options, function, usage, summary, help }; in options,
 * "|--x|" is a flag and "|--x=|" takes a value.
 */
#ifndef TK_COMMANDS_H
#define TK_COMMANDS_H

#include "cli.h"
#include "plugin.h"

#define TK_DEFAULT_MARKING_TEXT "機密性2 取扱制限：関係者限り"

/* Open the plugin host over the bundled surveys, --plugins dirs and
 * TENKEN_PLUGIN_PATH, with the limits from the arguments. */
int tk_cli_host(const struct tk_args *a, tk_host **h, struct tk_error *err);
void tk_cli_limits(const struct tk_args *a, struct tk_plugin_limits *lim);

int cmd_plugin_list(struct tk_args *a, struct tk_error *err);
int cmd_plugin_check(struct tk_args *a, struct tk_error *err);
int cmd_plugin_show(struct tk_args *a, struct tk_error *err);

/* --campaign ID (or the one positional argument) as a number. */
int tk_cli_campaign_id(const struct tk_args *a, long *id,
		       struct tk_error *err);
int cmd_campaign_create(struct tk_args *a, struct tk_error *err);
int cmd_campaign_list(struct tk_args *a, struct tk_error *err);
int cmd_campaign_show(struct tk_args *a, struct tk_error *err);
int cmd_campaign_close(struct tk_args *a, struct tk_error *err);
int cmd_campaign_reopen(struct tk_args *a, struct tk_error *err);
int cmd_status(struct tk_args *a, struct tk_error *err);

#define TK_EXTRA_COMMANDS                                                      \
	{"plugin list", "|--json|", cmd_plugin_list,                           \
	 "tenken plugin list [--json]",                                        \
	 "list the questionnaire and checklist plugins",                       \
	 "Plugins come from the bundled surveys directory, --plugins DIR and\n" \
	 "TENKEN_PLUGIN_PATH (colon-separated).  A plugin that fails to load\n" \
	 "is listed with its error; the others still work.\n"},                \
	{"plugin check", "|--json|", cmd_plugin_check,                          \
	 "tenken plugin check FILE.lua... [--param KEY=VALUE]",                \
	 "validate plugin files and report every problem found",               \
	 "Exit status 3 when a file has problems; each is reported as\n"       \
	 "file:line: what is wrong.\n"},                                       \
	{"plugin show", "|--json|", cmd_plugin_show,                           \
	 "tenken plugin show ID [--param KEY=VALUE]... [--json]",              \
	 "show a survey's sections and items",                                 \
	 "--param passes parameters to plugins that build their checklist,\n"  \
	 "e.g. --param themes=外部記録媒体,公用携帯電話機 for special-audit.\n"},\
	{"campaign create",                                                    \
	 "|--survey=|--year=|--title=|--due=|--divisions=|--marking=|--return-to=|", \
	 cmd_campaign_create,                                                  \
	 "tenken campaign create --survey ID --year FY [--title T] "            \
	 "[--due YYYY-MM-DD] [--divisions all|CODE,...] [--marking TEXT] "     \
	 "[--return-to TEXT] [--param K=V]...",                                \
	 "plan a self-inspection (自己点検実施計画) and freeze its survey",       \
	 "Freezes the survey definition (id, version, content hash) so a later\n" \
	 "edit of the plugin never changes this campaign.  --divisions all (the\n" \
	 "default) targets every HQ division and police station of the year.\n" \
	 "--marking defaults to \"" TK_DEFAULT_MARKING_TEXT "\".  With -q only the id\n" \
	 "is printed.\n"},                                                      \
	{"campaign list", "|--json|", cmd_campaign_list,                       \
	 "tenken campaign list [--json]", "list campaigns", ""},              \
	{"campaign show", "|--campaign=|--json|", cmd_campaign_show,           \
	 "tenken campaign show --campaign ID [--json]",                        \
	 "show a campaign", ""},                                               \
	{"campaign close", "|--campaign=|", cmd_campaign_close,                \
	 "tenken campaign close --campaign ID",                                \
	 "close a campaign: no more imports",                                  \
	 "A closed campaign refuses imports; `campaign reopen` undoes it.\n"}, \
	{"campaign reopen", "|--campaign=|", cmd_campaign_reopen,              \
	 "tenken campaign reopen --campaign ID", "reopen a closed campaign",   \
	 ""},                                                                  \
	{"status", "|--campaign=|--json|", cmd_status,                         \
	 "tenken status --campaign ID [--json]",                               \
	 "per division: submitted / missing / late, answers",                  \
	 "Late means imported after the due date.\n"},

#endif
