/*
 * cli.c — command table, option parsing, help, and the thin command
 * functions that call the core modules.
 *
 * Every command follows one pattern: parse, open the store, call one module
 * function, print its result, map the error code to the exit status
 * (tk_exit_status) and print the error's message to stderr prefixed with
 * "tenken: ".
 */
#include "cli/cli.h"

#include "app/org.h"
#include "cli/commands.h"
#include "lib/util.h"
#include "plugin/plugin.h"

#include <stdlib.h>
#include <string.h>

const char *tk_arg(const struct tk_args *a, const char *name)
{
	for (int i = a->nopt - 1; i >= 0; i--)
		if (!strcmp(a->opt_name[i], name))
			return a->opt_value[i];
	return NULL;
}

int tk_cli_open_store(const struct tk_args *a, struct tk_store **st,
		      struct tk_error *err)
{
	return tk_store_open(a->db, 0, st, err);
}

/* ------------------------------------------------------------ table */

#define GLOBAL_HELP                                                            \
	"Global options (before or after the command):\n"                      \
	"  --db FILE        database (default ./tenken.db, or $TENKEN_DB)\n"   \
	"  --actor NAME     who is acting, for the event log (default "        \
	"$USER)\n"                                                             \
	"  --plugins DIR    also load plugins from DIR (repeatable)\n"         \
	"  --plugin-instructions N, --plugin-memory MIB   plugin limits\n"     \
	"  -q, --quiet      print only errors\n"

static void print_help(FILE *f)
{
	fprintf(f, "usage: tenken [--db FILE] COMMAND [OPTIONS]\n\n"
		   "Information-security self-inspection (自己点検) and audit "
		   "(監査) for divisions (所属).\n\nCommands:\n");
	for (const struct tk_command *c = tk_commands; c->name; c++)
		fprintf(f, "  %-18s %s\n", c->name, c->summary);
	fprintf(
	    f,
	    "\n" GLOBAL_HELP
	    "\n`tenken COMMAND --help` for a command's options; docs/cli.md\n"
	    "for everything.  Exit status: 0 success, 1 failure, 2 usage "
	    "error,\n3 invalid input (file, plugin, CSV, workbook).\n");
}

static void print_command_help(const struct tk_command *c, FILE *f)
{
	fprintf(f, "usage: %s\n\n%s.\n\n%s%s%s", c->usage, c->summary, c->help,
		*c->help ? "\n" : "", GLOBAL_HELP);
}

static const struct tk_command *find_command(int argc, char **argv, int *used)
{
	const struct tk_command *best = NULL;
	*used = 0;
	for (const struct tk_command *c = tk_commands; c->name; c++) {
		/* Match "word" or "word sub" against the first two args. */
		const char *sp = strchr(c->name, ' ');
		size_t n1 = sp ? (size_t)(sp - c->name) : strlen(c->name);
		if (argc < 1 || strlen(argv[0]) != n1 ||
		    strncmp(argv[0], c->name, n1))
			continue;
		if (!sp) {
			if (!best) {
				best = c;
				*used = 1;
			}
		} else if (argc >= 2 && !strcmp(argv[1], sp + 1)) {
			*used = 2;
			return c;
		}
	}
	return best;
}

/* Does the command's option spec have name, and does it take a value? */
static int option_kind(const char *spec, const char *name)
{
	char want[64];
	snprintf(want, sizeof want, "|%s|", name);
	if (strstr(spec, want))
		return 1;
	snprintf(want, sizeof want, "|%s=|", name);
	if (strstr(spec, want))
		return 2;
	return 0;
}

/* Options every command takes (docs/cli.md "Global options"). */
static int is_global(const char *o)
{
	static const char *const g[] = {"--db",
					"--actor",
					"--plugins",
					"--plugin-instructions",
					"--plugin-memory",
					"--param",
					"-q",
					"--quiet",
					NULL};
	size_t n = strcspn(o, "=");
	for (int i = 0; g[i]; i++)
		if (strlen(g[i]) == n && !strncmp(o, g[i], n))
			return 1;
	return 0;
}

static int takes_value(const char *o)
{
	return strcmp(o, "-q") && strcmp(o, "--quiet");
}

/* A whole positive number for option name, or a usage error. */
static int positive(const char *name, const char *val, long max, long *out,
		    struct tk_error *err)
{
	char *end;
	long v = strtol(val, &end, 10);
	if (end == val || *end || v <= 0 || v > max)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "%s: '%s' is not a whole number from 1 to %ld", name, val,
		    max);
	*out = v;
	return TK_OK;
}

static int parse_args(const struct tk_command *c, int argc, char **argv,
		      struct tk_args *a, int *want_help, struct tk_error *err)
{
	for (int i = 0; i < argc; i++) {
		const char *s = argv[i], *val = NULL;
		char name[64];
		const char *eq;
		int kind;
		if (!strcmp(s, "--")) {
			for (i++; i < argc && a->npos < TK_MAX_ARGS; i++)
				a->pos[a->npos++] = argv[i];
			break;
		}
		if (s[0] != '-' || !s[1]) {
			if (a->npos == TK_MAX_ARGS)
				return tk_error_set(err, TK_EUSAGE,
						    "too many arguments");
			a->pos[a->npos++] = s;
			continue;
		}
		if (!strcmp(s, "-h") || !strcmp(s, "--help")) {
			*want_help = 1;
			continue;
		}
		if (!strcmp(s, "-q") || !strcmp(s, "--quiet")) {
			a->quiet = 1;
			continue;
		}
		eq = strchr(s, '=');
		snprintf(name, sizeof name, "%.*s",
			 eq ? (int)(eq - s) : (int)strlen(s), s);
		if (!strcmp(name, "--db") || !strcmp(name, "--actor") ||
		    !strcmp(name, "--plugins") ||
		    !strcmp(name, "--plugin-instructions") ||
		    !strcmp(name, "--plugin-memory") ||
		    !strcmp(name, "--param"))
			kind = 2;
		else if (!strcmp(name, "--json") || !strcmp(name, "--csv") ||
			 !strcmp(name, "--dry-run"))
			kind = option_kind(c->options, name) ? 1 : 0;
		else
			kind = option_kind(c->options, name);
		if (!kind)
			return tk_error_set(
			    err, TK_EUSAGE,
			    "%s: unknown option '%s' (see `tenken %s --help`)",
			    c->name, name, c->name);
		if (kind == 2) {
			if (eq)
				val = eq + 1;
			else if (i + 1 < argc)
				val = argv[++i];
			else
				return tk_error_set(
				    err, TK_EUSAGE,
				    "%s: option '%s' needs a value", c->name,
				    name);
		} else if (eq) {
			return tk_error_set(err, TK_EUSAGE,
					    "%s: option '%s' takes no value",
					    c->name, name);
		}
		if (!strcmp(name, "--db"))
			a->db = val;
		else if (!strcmp(name, "--actor"))
			tk_set_actor(val);
		else if (!strcmp(name, "--plugins")) {
			if (a->nplugin_dirs == 16)
				return tk_error_set(
				    err, TK_EUSAGE,
				    "too many --plugins (16 at most)");
			a->plugin_dirs[a->nplugin_dirs++] = val;
		} else if (!strcmp(name, "--param")) {
			if (a->nparams == 32)
				return tk_error_set(
				    err, TK_EUSAGE,
				    "too many --param (32 at most)");
			a->params[a->nparams++] = val;
		} else if (!strcmp(name, "--plugin-instructions")) {
			if (positive(name, val, 2000000000L,
				     &a->plugin_instructions, err))
				return TK_EUSAGE;
		} else if (!strcmp(name, "--plugin-memory")) {
			if (positive(name, val, 65536, &a->plugin_memory_mib,
				     err))
				return TK_EUSAGE;
		} else if (!strcmp(name, "--json"))
			a->json = 1;
		else if (!strcmp(name, "--csv"))
			a->csv = 1;
		else if (!strcmp(name, "--dry-run"))
			a->dry_run = 1;
		else if (a->nopt == TK_MAX_OPTS)
			return tk_error_set(err, TK_EUSAGE, "too many options");
		else {
			snprintf(a->opt_buf[a->nopt], sizeof a->opt_buf[0],
				 "%s", name);
			a->opt_name[a->nopt] = a->opt_buf[a->nopt];
			a->opt_value[a->nopt++] = val ? val : "";
		}
	}
	return TK_OK;
}

int tk_cli_main(int argc, char **argv)
{
	const struct tk_command *c;
	struct tk_args a;
	struct tk_error err;
	int used, want_help = 0, rc, npre = 0;
	char **pre;
	const char *env;

	tk_error_clear(&err);
	memset(&a, 0, sizeof a);
	argc--, argv++;
	/* Global options may come before the command: set them aside and
	 * hand them to the command's parser after its own arguments. */
	pre = argv;
	while (argc > 0 && argv[0][0] == '-') {
		const char *o = argv[0];
		if (!strcmp(o, "--help") || !strcmp(o, "-h")) {
			print_help(stdout);
			return 0;
		}
		if (!strcmp(o, "--version")) {
			printf("tenken %s (schema %d, Lua, SQLite %s)\n",
			       TENKEN_VERSION, TK_SCHEMA_VERSION,
			       sqlite3_libversion());
			return 0;
		}
		if (!is_global(o)) {
			fprintf(
			    stderr,
			    "tenken: unknown option '%s' (see `tenken --help`)\n",
			    o);
			return 2;
		}
		if (takes_value(o) && !strchr(o, '=')) {
			if (argc < 2) {
				fprintf(stderr,
					"tenken: option '%s' needs a value\n",
					o);
				return 2;
			}
			argc--, argv++, npre++;
		}
		argc--, argv++, npre++;
	}
	if (argc == 0) {
		print_help(stderr);
		return 2;
	}
	if (!strcmp(argv[0], "help")) {
		if (argc == 1) {
			print_help(stdout);
			return 0;
		}
		if ((c = find_command(argc - 1, argv + 1, &used))) {
			print_command_help(c, stdout);
			return 0;
		}
		fprintf(stderr,
			"tenken: no command '%s' (see `tenken --help`)\n",
			argv[1]);
		return 2;
	}
	c = find_command(argc, argv, &used);
	if (!c) {
		fprintf(
		    stderr,
		    "tenken: unknown command '%s%s%s' (see `tenken --help`)\n",
		    argv[0], argc > 1 && argv[1][0] != '-' ? " " : "",
		    argc > 1 && argv[1][0] != '-' ? argv[1] : "");
		return 2;
	}
	if (!c->run) {
		print_command_help(c, stderr);
		return 2;
	}
	{
		int n = argc - used;
		char **all = tk_xcalloc((size_t)(n + npre) + 1, sizeof *all);
		memcpy(all, argv + used, (size_t)n * sizeof *all);
		memcpy(all + n, pre, (size_t)npre * sizeof *all);
		rc = parse_args(c, n + npre, all, &a, &want_help, &err);
		free(all);
	}
	if (want_help) {
		print_command_help(c, stdout);
		return 0;
	}
	if (!a.db)
		a.db = (env = getenv("TENKEN_DB")) && *env ? env : "tenken.db";
	if (!rc && (a.plugin_instructions || a.plugin_memory_mib)) {
		struct tk_plugin_limits lim = {
		    a.plugin_instructions, (size_t)a.plugin_memory_mib << 20};
		tk_plugin_limits_set(&lim);
	}
	tk_cli_plugin_env();
	if (!rc)
		rc = c->run(&a, &err);
	if (rc) {
		fprintf(stderr, "tenken: %s\n",
			err.message[0] ? err.message : tk_strerror(rc));
		if (rc == TK_EUSAGE)
			fprintf(stderr, "usage: %s\n", c->usage);
	}
	return tk_exit_status(rc);
}
