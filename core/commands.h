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

/* Open the plugin host over the bundled surveys, --plugins dirs and
 * TENKEN_PLUGIN_PATH, with the limits from the arguments. */
int tk_cli_host(const struct tk_args *a, tk_host **h, struct tk_error *err);
void tk_cli_limits(const struct tk_args *a, struct tk_plugin_limits *lim);

int cmd_plugin_list(struct tk_args *a, struct tk_error *err);
int cmd_plugin_check(struct tk_args *a, struct tk_error *err);
int cmd_plugin_show(struct tk_args *a, struct tk_error *err);

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
	 "e.g. --param themes=外部記録媒体,公用携帯電話機 for special-audit.\n"},

#endif
