/*
 * cli.h — the command line of tenken: global options, option parsing and
 * help (cli.c); the command table is in commands.c and the commands in the
 * cmd_*.c files.  This layer is the only one that reads argv and the
 * environment and prints; each command calls app/ and renders what it
 * returns.  See docs/cli.md.
 */
#ifndef TK_CLI_H
#define TK_CLI_H

#include "lib/error.h"
#include "store/store.h"

#include <stdio.h>

#define TK_MAX_OPTS 24
#define TK_MAX_ARGS 4096

/* Parsed command line of one command. */
struct tk_args {
	const char *db;	   /* --db, TENKEN_DB, or ./tenken.db */
	const char *as;	   /* --as STAFFCODE (else TENKEN_AS) */
	int json, csv, quiet, dry_run;
	int nopt;
	const char *opt_name[TK_MAX_OPTS]; /* the option table's names */
	const char *opt_value[TK_MAX_OPTS];
	int npos;
	const char *pos[TK_MAX_ARGS];
	/* repeatable --plugins DIR and --param K=V */
	int nplugin_dirs;
	const char *plugin_dirs[16];
	int nparams;
	const char *params[32];
	long plugin_instructions;
	long plugin_memory_mib;
};

/* The value of option name (e.g. "--year"), or NULL. */
const char *tk_arg(const struct tk_args *a, const char *name);
/* The value of a TK_OPT_NUMBER option (checked when parsed), or def. */
long tk_arg_long(const struct tk_args *a, const char *name, long def);

/* Run the whole command line; returns the process exit status. */
int tk_cli_main(int argc, char **argv);

/* i18n.c: choose the message catalogue from the locale (call first), and
 * whether the locale asks for Japanese (CSV headers, etc.). */
void tk_i18n_init(void);
int tk_locale_japanese(void);

/* Open the database named by the arguments (not creating it). */
int tk_cli_open_store(const struct tk_args *a, struct tk_store **st,
		      struct tk_error *err);

#endif
