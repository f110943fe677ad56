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
#include "lib/i18n.h"

#include "app/org.h"
#include "cli/commands.h"
#include "lib/util.h"
#include "plugin/plugin.h"

#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int tk_cli_open_store(const struct tk_args *a, struct tk_store **st,
		      struct tk_error *err)
{
	return tk_store_open(a->db, 0, st, err);
}

int tk_cli_year(const char *s, int *fy, struct tk_error *err)
{
	char *end;
	long v;
	if (!s)
		return TK_OK;
	if (!strncmp(s, "FY", 2) || !strncmp(s, "fy", 2))
		s += 2;
	v = strtol(s, &end, 10);
	if (*end || v < 1990 || v > 2200)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "--year: '%s' is not a fiscal year like 2026", s);
	*fy = (int)v;
	return TK_OK;
}

/* ------------------------------------------------------------ table */

#define GLOBAL_HELP                                                               \
	_("Global options (before or after the command):\n"                       \
	  "  --db FILE        database (default ./tenken.db, or $TENKEN_DB)\n"    \
	  "  --as STAFFCODE   the member of staff acting (default $TENKEN_AS);\n" \
	  "                   every command that changes the database needs it\n" \
	  "  --plugins DIR    also load plugins from DIR (repeatable)\n"          \
	  "  --plugin-instructions N, --plugin-memory MIB   plugin limits\n"      \
	  "  -q, --quiet      print only errors\n")

static void print_help(FILE *f)
{
	fputs(
	    _("usage: tenken [--db FILE] COMMAND [OPTIONS]\n\nInformation-security self-inspection (自己点検) and audit (監査) for divisions (所属).\n\nCommands:\n"),
	    f);
	int w = 0;
	for (const struct tk_command *c = tk_commands; c->name; c++)
		if ((int)strlen(c->name) > w)
			w = (int)strlen(c->name);
	for (const struct tk_command *c = tk_commands; c->name; c++)
		fprintf(f, "  %-*s %s\n", w, c->name, _(c->summary));
	fprintf(f, "\n%s\n", GLOBAL_HELP);
	fputs(
	    _("`tenken COMMAND --help` for a command's options; docs/cli.md\nfor everything.  Exit status: 0 success, 1 failure, 2 usage error,\n3 invalid input (file, plugin, CSV, workbook).\n"),
	    f);
}

/* 1 when c is a subcommand of the group word ("log" for "log show"). */
static int in_group(const struct tk_command *c, const char *word)
{
	size_t n = strlen(word);
	return !strncmp(c->name, word, n) && c->name[n] == ' ';
}

/* The number of subcommands of the group word (0: no such group). */
static int group_size(const char *word)
{
	int n = 0;
	for (const struct tk_command *c = tk_commands; c->name; c++)
		n += in_group(c, word);
	return n;
}

/* The subcommands of word, each with its usage and summary. */
static void print_subcommands(const char *word, FILE *f)
{
	fputs(_("Subcommands:\n"), f);
	for (const struct tk_command *c = tk_commands; c->name; c++)
		if (in_group(c, word))
			fprintf(f, "  %s\n      %s.\n", c->usage,
				_(c->summary));
}

/* `tenken help WORD` or `tenken WORD --help` for a group of commands
 * (log, org, plugin, campaign, form...): its subcommands. */
static void print_group_help(const char *word, FILE *f)
{
	fprintf(f, _("usage: tenken %s SUBCOMMAND [OPTIONS]\n\n"), word);
	print_subcommands(word, f);
	fprintf(
	    f,
	    _("\n`tenken %s SUBCOMMAND --help` for a subcommand's options.\n\n"),
	    word);
	fputs(GLOBAL_HELP, f);
}

static void print_command_help(const struct tk_command *c, FILE *f)
{
	fprintf(f, _("usage: %s\n\n%s.\n\n%s%s"), c->usage, _(c->summary),
		*c->help ? _(c->help) : "", *c->help ? "\n" : "");
	if (!strchr(c->name, ' ') && group_size(c->name)) {
		print_subcommands(c->name, f);
		fputc('\n', f);
	}
	fputs(GLOBAL_HELP, f);
}

/* The number of leading words of argv that spell c's name (1, 2 or 3
 * words: "import", "log show", "audit plan create"), or 0. */
static int name_matches(const struct tk_command *c, int argc, char **argv)
{
	const char *p = c->name;
	int k = 0;
	while (*p) {
		size_t n = strcspn(p, " ");
		if (k >= argc || strlen(argv[k]) != n || strncmp(argv[k], p, n))
			return 0;
		k++;
		p += n + (p[n] == ' ');
	}
	return k;
}

/* The command whose name is the longest run of leading words of argv;
 * *used gets that number of words. */
static const struct tk_command *find_command(int argc, char **argv, int *used)
{
	const struct tk_command *best = NULL;
	*used = 0;
	for (const struct tk_command *c = tk_commands; c->name; c++) {
		int k = name_matches(c, argc, argv);
		if (k > *used) {
			best = c;
			*used = k;
		}
	}
	return best;
}

/* The longest group ("audit plan", "audit") spelt by the leading words of
 * argv into buf; *used gets its number of words (0: none). */
static const char *find_group(int argc, char **argv, char *buf, size_t size,
			      int *used)
{
	*used = 0;
	buf[0] = '\0';
	for (int k = 1; k <= argc && k <= 2 && argv[k - 1][0] != '-'; k++) {
		char g[128];
		snprintf(g, sizeof g, "%s%s%s", k == 1 ? "" : buf,
			 k == 1 ? "" : " ", argv[k - 1]);
		if (!group_size(g))
			break;
		snprintf(buf, size, "%s", g);
		*used = k;
	}
	return *used ? buf : NULL;
}

/* Options every command takes (docs/cli.md "Global options"). */
static const struct tk_option global_options[] = {
    {"--db", TK_OPT_TEXT, 0},
    {"--as", TK_OPT_TEXT, 0},
    {"--plugins", TK_OPT_TEXT, 0},
    {"--plugin-instructions", TK_OPT_NUMBER, 2000000000L},
    {"--plugin-memory", TK_OPT_NUMBER, 65536},
    {"--param", TK_OPT_TEXT, 0},
    {"-q", TK_OPT_FLAG, 0},
    {"--quiet", TK_OPT_FLAG, 0},
    {NULL, 0, 0},
};

/* The row of name (up to '=' when given "--x=v") in table, or NULL. */
static const struct tk_option *find_option(const struct tk_option *table,
					   const char *name)
{
	size_t n = strcspn(name, "=");
	for (const struct tk_option *o = table; o && o->name; o++)
		if (strlen(o->name) == n && !strncmp(o->name, name, n))
			return o;
	return NULL;
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

const char *tk_arg(const struct tk_args *a, const char *name)
{
	for (int i = a->nopt - 1; i >= 0; i--)
		if (!strcmp(a->opt_name[i], name))
			return a->opt_value[i];
	return NULL;
}

long tk_arg_long(const struct tk_args *a, const char *name, long def)
{
	const char *v = tk_arg(a, name);
	return v ? strtol(v, NULL, 10) : def;
}

/* Append a value to a repeatable option's list of at most max. */
static int push(const char **list, int *n, int max, const char *name,
		const char *val, struct tk_error *err)
{
	if (*n == max)
		return tk_error_set(err, TK_EUSAGE, "too many %s (%d at most)",
				    name, max);
	list[(*n)++] = val;
	return TK_OK;
}

/* Store one parsed option (its value checked) in a. */
static int take_option(struct tk_args *a, const struct tk_option *o,
		       const char *val, struct tk_error *err)
{
	long num = 0;
	if (o->type == TK_OPT_NUMBER &&
	    positive(o->name, val, o->max, &num, err))
		return TK_EUSAGE;
	if (!strcmp(o->name, "--db"))
		a->db = val;
	else if (!strcmp(o->name, "--as"))
		a->as = val;
	else if (!strcmp(o->name, "--plugins"))
		return push(a->plugin_dirs, &a->nplugin_dirs, 16, "--plugins",
			    val, err);
	else if (!strcmp(o->name, "--param"))
		return push(a->params, &a->nparams, 32, "--param", val, err);
	else if (!strcmp(o->name, "--plugin-instructions"))
		a->plugin_instructions = num;
	else if (!strcmp(o->name, "--plugin-memory"))
		a->plugin_memory_mib = num;
	else if (!strcmp(o->name, "-q") || !strcmp(o->name, "--quiet"))
		a->quiet = 1;
	else if (!strcmp(o->name, "--json"))
		a->json = 1;
	else if (!strcmp(o->name, "--csv"))
		a->csv = 1;
	else if (!strcmp(o->name, "--dry-run"))
		a->dry_run = 1;
	else if (a->nopt == TK_MAX_OPTS)
		return tk_error_set(err, TK_EUSAGE, "too many options");
	else {
		a->opt_name[a->nopt] = o->name;
		a->opt_value[a->nopt++] = val ? val : "";
	}
	return TK_OK;
}

/* Parse the arguments after the command's name (global options that came
 * before it are appended by the caller). */
static int parse_args(const struct tk_command *c, int argc, char **argv,
		      struct tk_args *a, int *want_help, struct tk_error *err)
{
	for (int i = 0; i < argc; i++) {
		const char *s = argv[i], *val = NULL, *eq;
		const struct tk_option *o;
		int rc;
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
		eq = strchr(s, '=');
		if (!(o = find_option(global_options, s)) &&
		    !(o = find_option(c->options, s)))
			return tk_error_set(
			    err, TK_EUSAGE,
			    "%s: unknown option '%.*s' (see `tenken %s --help`)",
			    c->name, (int)strcspn(s, "="), s, c->name);
		if (o->type == TK_OPT_FLAG && eq)
			return tk_error_set(err, TK_EUSAGE,
					    "%s: option '%s' takes no value",
					    c->name, o->name);
		if (o->type != TK_OPT_FLAG) {
			if (eq)
				val = eq + 1;
			else if (i + 1 < argc && strncmp(argv[i + 1], "--", 2))
				val = argv[++i];
			else
				return tk_error_set(
				    err, TK_EUSAGE,
				    "%s: option '%s' needs a value", c->name,
				    o->name);
		}
		if ((rc = take_option(a, o, val, err)))
			return rc;
	}
	return TK_OK;
}

/* A non-empty environment variable, or NULL. */
static const char *env(const char *name)
{
	const char *v = getenv(name);
	return v && *v ? v : NULL;
}

/* The environment's part (docs/cli.md "Environment"): the lower layers
 * never read it themselves. */
static void apply_environment(struct tk_args *a)
{
	const char *as = a->as && *a->as ? a->as : env("TENKEN_AS");
	const char *login = env("USER");
	struct passwd *pw;
	if (!a->db)
		a->db = env("TENKEN_DB") ? env("TENKEN_DB") : "tenken.db";
	if (!login && (pw = getpwuid(getuid())) != NULL)
		login = pw->pw_name;
	tk_set_actor(login);
	tk_set_acting(as);
	tk_set_clock(env("TENKEN_NOW"), env("TENKEN_TODAY"));
	tk_set_progress_allowed(!env("TENKEN_NO_PROGRESS"));
	tk_cli_plugin_env();
}

/* Set aside the global options that come before the command (they are
 * handed to the command's parser after its own arguments): *npre gets
 * their count and argv/argc move past them.  Returns -1 to go on, or the
 * exit status when --help, --version or a bad option ends the run. */
static int take_prefix(int *argc, char ***argv, int *npre)
{
	*npre = 0;
	while (*argc > 0 && (*argv)[0][0] == '-') {
		const char *o = (*argv)[0];
		const struct tk_option *g;
		int n = 1;
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
		if (!(g = find_option(global_options, o))) {
			fprintf(
			    stderr,
			    _("tenken: unknown option '%s' (see `tenken --help`)\n"),
			    o);
			return 2;
		}
		if (g->type != TK_OPT_FLAG && !strchr(o, '=')) {
			if (*argc < 2) {
				fprintf(
				    stderr,
				    _("tenken: option '%s' needs a value\n"),
				    o);
				return 2;
			}
			n = 2;
		}
		*argc -= n, *argv += n, *npre += n;
	}
	return -1;
}

/* `tenken help [COMMAND]`: the exit status. */
static int help_command(int argc, char **argv)
{
	const struct tk_command *c;
	int used;
	if (argc == 1) {
		print_help(stdout);
		return 0;
	}
	{
		char g[128];
		int gused;
		const char *group =
		    find_group(argc - 1, argv + 1, g, sizeof g, &gused);
		if ((c = find_command(argc - 1, argv + 1, &used)) &&
		    used >= gused && used == argc - 1) {
			print_command_help(c, stdout);
			return 0;
		}
		if (group && gused == argc - 1) {
			print_group_help(group, stdout);
			return 0;
		}
	}
	fprintf(stderr,
		_("tenken: no command '%s%s%s' (see `tenken --help`)\n"),
		argv[1], argc > 2 ? " " : "", argc > 2 ? argv[2] : "");
	return 2;
}

/* Parse the command's arguments (args, then the global options set aside
 * before the command), apply the environment, run it and report its
 * error; returns the exit status. */
static int run_command(const struct tk_command *c, char **args, int nargs,
		       char **pre, int npre)
{
	struct tk_args a;
	struct tk_error err;
	int want_help = 0, rc;
	char **all = tk_xcalloc((size_t)(nargs + npre) + 1, sizeof *all);

	memset(&a, 0, sizeof a);
	tk_error_clear(&err);
	memcpy(all, args, (size_t)nargs * sizeof *all);
	memcpy(all + nargs, pre, (size_t)npre * sizeof *all);
	rc = parse_args(c, nargs + npre, all, &a, &want_help, &err);
	free(all);
	if (want_help) {
		print_command_help(c, stdout);
		return 0;
	}
	apply_environment(&a);
	if (!rc && (a.plugin_instructions || a.plugin_memory_mib)) {
		struct tk_plugin_limits lim = {
		    a.plugin_instructions, (size_t)a.plugin_memory_mib << 20};
		tk_plugin_limits_set(&lim);
	}
	if (!rc)
		rc = c->run(&a, &err);
	if (rc) {
		fprintf(stderr, "tenken: %s\n",
			err.message[0] ? err.message : tk_strerror(rc));
		if (rc == TK_EUSAGE)
			fprintf(stderr, _("usage: %s\n"), c->usage);
	}
	return tk_exit_status(rc);
}

/* A group named without its subcommand ("tenken log", "tenken log
 * --help"): its help, on stdout with exit 0 when asked for with --help,
 * else on stderr as a usage error.  -1 when argv is not that. */
static int group_without_sub(int argc, char **argv)
{
	char g[128];
	int used;
	const char *group = find_group(argc, argv, g, sizeof g, &used);
	int cused;
	if (!group || (argc > used && argv[used][0] != '-'))
		return -1;
	if (find_command(argc, argv, &cused) && cused == used)
		return -1; /* "seal": a command of its own too */
	for (int i = used; i < argc; i++)
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			print_group_help(group, stdout);
			return 0;
		}
	fprintf(stderr, _("tenken: %s needs a subcommand\n"), group);
	print_group_help(group, stderr);
	return 2;
}

int tk_cli_main(int argc, char **argv)
{
	const struct tk_command *c;
	char **pre = argv + 1;
	int used, npre, status;

	argc--, argv++;
	if ((status = take_prefix(&argc, &argv, &npre)) >= 0)
		return status;
	if (argc == 0) {
		print_help(stderr);
		return 2;
	}
	if (!strcmp(argv[0], "help"))
		return help_command(argc, argv);
	if ((status = group_without_sub(argc, argv)) >= 0)
		return status;
	c = find_command(argc, argv, &used);
	if (!c) {
		int sub = argc > 1 && argv[1][0] != '-';
		fprintf(
		    stderr,
		    _("tenken: unknown command '%s%s%s' (see `tenken --help`)\n"),
		    argv[0], sub ? " " : "", sub ? argv[1] : "");
		return 2;
	}
	if (!c->run) {
		print_command_help(c, stderr);
		return 2;
	}
	return run_command(c, argv + used, argc - used, pre, npre);
}

int tk_cli_id(const struct tk_args *a, const char *name, long *id,
	      struct tk_error *err)
{
	const char *s = tk_arg(a, name);
	char *end;
	if (!s)
		return tk_error_set(err, TK_EUSAGE, "give %s ID", name);
	*id = strtol(s, &end, 10);
	if (*end || *id <= 0)
		return tk_error_set(err, TK_EUSAGE, "%s: '%s' is not an id",
				    name, s);
	return TK_OK;
}

int tk_cli_need(const struct tk_args *a, const char *name, const char **v,
		struct tk_error *err)
{
	if (!(*v = tk_arg(a, name)))
		return tk_error_set(err, TK_EUSAGE, "%s is required", name);
	return TK_OK;
}

int tk_cli_japanese(const struct tk_args *a)
{
	const char *loc = env("LC_ALL");
	if (tk_arg(a, "--ja"))
		return 1;
	if (!loc)
		loc = env("LC_MESSAGES");
	if (!loc)
		loc = env("LANG");
	return loc && !strncmp(loc, "ja", 2);
}
