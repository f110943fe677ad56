/*
 * internal.h — what the four parts of the plugin host share: the sandbox
 * (sandbox.c: states, allocator, limits, the guarded libraries), the
 * conversion of declared tables into the survey model (convert.c), the
 * host (host.c: discovery, loading, freezing, checklist()) and the hooks of
 * frozen surveys (hooks.c).  Not for use outside core/plugin/.
 */
#ifndef TK_PLUGIN_INTERNAL_H
#define TK_PLUGIN_INTERNAL_H

#include "plugin/plugin.h"

#include <lauxlib.h>
#include <lua.h>
#include <stddef.h>

#define MAX_PROBLEMS 100	/* problems listed for one plugin */
#define MAX_DEPTH    8		/* checklist() nesting */
#define MAX_SOURCE   (4u << 20) /* bytes of one plugin file */

struct tk_host {
	int n;
	struct tk_plugin_entry *e;
	int *loading;
	struct tk_plugin_limits lim;
};

/* What one state is doing: its limits, its accounting and the context
 * that checklist() resolves other plugins in. */
struct lstate {
	size_t used, limit;
	size_t churn; /* bytes allocated since the last protected call */
	int oom;
	long executed, budget;
	char last_where[256]; /* where the count hook last saw Lua run */
	tk_host *host;	      /* discovery: resolve ids here */
	const struct tk_survey *frozen; /* rebuilding: resolve from deps */
	int depth;
	/* dependencies read through checklist() */
	int ndeps;
	char **dep_ids, **dep_names, **dep_sources;
	/* frozen dependencies loaded by this state (owned) */
	int nloaded;
	struct tk_survey **loaded;
	struct tk_plugin_limits lim;
	int params_missed; /* the plugin asked for a parameter not given */
};

struct tk_hooks {
	lua_State *L;
	struct lstate *ls;
	int api_ref; /* the declared survey table */
	char *name;
	int nitems;
	const struct tk_survey *s;
};

/* One load of plugin text: what to load, and where the result goes. */
struct tk_load {
	tk_host *host; /* discovery: checklist() resolves here */
	const struct tk_survey *frozen; /* rebuilding: resolve from its deps */
	const char *name;		/* file name, for messages */
	const char *source;		/* the plugin text ... */
	size_t len;			/* ... and its length in bytes */
	const char *const *params;	/* "key=value" parameters ... */
	int nparams;			/* ... and how many */
	const struct tk_plugin_limits *lim;
	int depth;	   /* checklist() nesting of this load */
	int keep;	   /* keep the state open for hooks (the three below) */
	lua_State *L;	   /* out, with keep: the state */
	struct lstate *ls; /* out, with keep: its accounting */
	int decl_ref;	   /* out, with keep: the declared survey table */
	int params_missed; /* out: it asked for a parameter not given */
};

/* Load plugin text in a new state and convert the declared survey into
 * *out (which gets its provenance and hash). */
int tk_load_source(struct tk_load *rq, struct tk_survey **out,
		   struct tk_error *err);

/* sandbox.c */
/* Make a sandboxed state with the prelude run into a fresh environment,
 * left on the stack top; *api_ref is the registry reference of the
 * prelude's API table.  params_text gets the parameters one per line. */
lua_State *tk_lstate_new(struct lstate *ls, const char *const *params,
			 int nparams, struct tk_buf *params_text, int *api_ref,
			 struct tk_error *err);
void tk_lstate_free(struct lstate *ls); /* accepts NULL */
struct lstate *tk_lstate_of(lua_State *L);
/* The one protected entry point into plugin code (limits armed). */
int tk_lua_call(lua_State *L, int nargs, int nres, const char *name,
		struct tk_error *err);

/* convert.c */
/* Convert the declared survey table at stack index decl into s (every
 * problem listed in err, TK_EPLUGIN). */
int tk_convert(lua_State *L, int decl, const char *name, struct tk_survey *s,
	       struct tk_error *err);
/* Push a survey's definition as the table checklist() returns. */
void tk_push_survey(lua_State *L, const struct tk_survey *s);

/* host.c */
int tk_l_checklist(lua_State *L); /* checklist(id) for plugins */

#endif
