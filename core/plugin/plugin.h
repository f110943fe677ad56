/*
 * plugin.h — the Lua plugin host.
 *
 * Plugins are untrusted Lua 5.4 text (docs/plugin-api.md).  Each load runs
 * in a fresh lua_State with a capped allocator, an instruction budget
 * enforced by a count hook, only the base (trimmed), string, table, math and
 * utf8 libraries, its own guarded _ENV, and text-mode loading (bytecode is
 * refused).  Every call into Lua goes through one protected entry point
 * (sandbox.c: tk_lua_call) that arms the limits, installs a message handler
 * and disarms the limits afterwards.  A failure is reported as
 * "file:line: message" with TK_EPLUGIN and the host carries on.
 */
#ifndef TK_PLUGIN_H
#define TK_PLUGIN_H

#include "lib/error.h"
#include "model/survey.h"

#include <stddef.h>

struct tk_plugin_limits {
	long instructions;   /* VM instructions per load or hook call */
	size_t memory_bytes; /* heap of one lua_State */
};

/* 50 million instructions and 64 MiB, or what tk_plugin_limits_set_defaults
 * gave (TENKEN_PLUGIN_INSTRUCTIONS / TENKEN_PLUGIN_MEMORY, read by the
 * command line), or what tk_plugin_limits_set gave (the command line's
 * --plugin-* options), so that every plugin state of the process, hooks
 * included, gets them. */
void tk_plugin_limits_default(struct tk_plugin_limits *lim);
/* Set the process-wide defaults (fields <= 0 keep the built-in ones);
 * tk_plugin_limits_set still wins over them. */
void tk_plugin_limits_set_defaults(const struct tk_plugin_limits *lim);
/* Set the process-wide limits (fields <= 0 keep the default). */
void tk_plugin_limits_set(const struct tk_plugin_limits *lim);

typedef struct tk_host tk_host;

/* One discovered plugin file. */
struct tk_plugin_entry {
	char *path;
	struct tk_survey *survey; /* NULL when it failed to load */
	char *error;		  /* why it failed, or NULL */
	/* it failed without parameters after asking for one: a plugin that
	 * builds its checklist from --param (special-audit), loaded with
	 * them by tk_host_survey */
	int needs_params;
};

/*
 * Make a host that knows the plugin files in dirs (the bundled surveys
 * directory first, then --plugins and TENKEN_PLUGIN_PATH).  Every *.lua file
 * is loaded with no parameters.  Broken plugins are kept with their error.
 * Two plugins declaring one id is an error naming both files (TK_EPLUGIN),
 * and then *out is still set so that `plugin list` can show everything.
 */
int tk_host_open(const char *const *dirs, int ndirs,
		 const struct tk_plugin_limits *lim, tk_host **out,
		 struct tk_error *err);
void tk_host_close(tk_host *h); /* accepts NULL */

/* The discovered plugins, in discovery order. */
int tk_host_count(const tk_host *h);
const struct tk_plugin_entry *tk_host_entry(const tk_host *h, int i);

/*
 * Load survey `id` with parameters ("key=value" strings; may be NULL/0).
 * The result is a new survey the caller frees.  TK_ENOTFOUND when no plugin
 * declares id.
 */
int tk_host_survey(tk_host *h, const char *id, const char *const *params,
		   int nparams, struct tk_survey **out, struct tk_error *err);

/* Load and validate a single file (tenken plugin check): every problem is
 * listed in err->message, one per line. */
int tk_host_load_file(tk_host *h, const char *path, const char *const *params,
		      int nparams, struct tk_survey **out,
		      struct tk_error *err);

/* The directory of the bundled surveys: what tk_plugin_set_bundled_dir
 * gave (TENKEN_SURVEYS, read by the command line), else the installed share
 * directory, else the source tree.  Statically allocated. */
const char *tk_bundled_surveys_dir(void);
/* Set it (a copy is kept; NULL or "" unsets). */
void tk_plugin_set_bundled_dir(const char *dir);

/* ---------------------------------------------------------------- hooks */

/*
 * Hooks of a frozen survey run in a state rebuilt from the survey's stored
 * source, parameters and dependencies, so that a later edit of the plugin
 * file never changes past results.
 */
typedef struct tk_hooks tk_hooks;

int tk_hooks_open(const struct tk_survey *s, const struct tk_plugin_limits *lim,
		  tk_hooks **out, struct tk_error *err);
void tk_hooks_close(tk_hooks *k); /* accepts NULL */

/* Per-item input of the score hook. */
struct tk_hook_item {
	int answered;	/* has a value */
	double value;	/* in [0,1] when answered */
	int applicable; /* 0 when the item does not apply or is N/A */
};

/* One division, as the score and report hooks see it. */
struct tk_hook_division {
	const char *code;		  /* division code */
	const char *kind;		  /* "bureau", "hq" or "station" */
	const struct tk_hook_item *items; /* one per survey item, in order */
	double default_score;		  /* tenken's own score ... */
	int has_default;		  /* ... when it has one */
};

/*
 * Call the survey's score hook for one division.  *score gets the result;
 * *has_score is 0 when the hook returned nil.  A result outside [0,100] or
 * not a number is a TK_EPLUGIN error naming the plugin.  No hook: the
 * default score.
 */
int tk_hooks_score_division(tk_hooks *k, const struct tk_hook_division *d,
			    double *score, int *has_score,
			    struct tk_error *err);

/* The rows a report hook returns: n labels and values (numbers formatted as
 * text), freed with tk_hooks_rows_free. */
struct tk_hook_rows {
	char **labels, **values;
	int n;
};

/*
 * Call the survey's report hook for one division (same input as the score
 * hook).  It returns a list of { label, value } rows.  No hook: n = 0.
 */
int tk_hooks_report_division(tk_hooks *k, const struct tk_hook_division *d,
			     struct tk_hook_rows *rows, struct tk_error *err);

void tk_hooks_rows_free(char **labels, char **values, int n);

/*
 * Call the validate hook with answers[i] the text answer of item i (NULL
 * when blank).  Problems are appended to problems as "ITEM: message" lines;
 * *nproblems counts them.
 */
int tk_hooks_validate(tk_hooks *k, const char *const *answers,
		      struct tk_buf *problems, int *nproblems,
		      struct tk_error *err);

#endif
