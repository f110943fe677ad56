/*
 * host.c — the plugin host: discovery of plugin files, loading one in a
 * sandboxed state and freezing what it declared (source, parameters and
 * the plugins it read through checklist()), and checklist() itself.
 */
#include "plugin/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* checklist(id) for plugins: another plugin's definition as a table. */
/* Record dependency (id, name, source) once. */
static void add_dep(struct lstate *ls, const char *id, const char *name,
		    const char *source)
{
	for (int i = 0; i < ls->ndeps; i++)
		if (!strcmp(ls->dep_ids[i], id))
			return;
	ls->dep_ids =
	    tk_xrealloc(ls->dep_ids, (size_t)(ls->ndeps + 1) * sizeof(char *));
	ls->dep_names = tk_xrealloc(ls->dep_names,
				    (size_t)(ls->ndeps + 1) * sizeof(char *));
	ls->dep_sources = tk_xrealloc(ls->dep_sources,
				      (size_t)(ls->ndeps + 1) * sizeof(char *));
	ls->dep_ids[ls->ndeps] = tk_xstrdup(id);
	ls->dep_names[ls->ndeps] = tk_xstrdup(name);
	ls->dep_sources[ls->ndeps++] = tk_xstrdup(source);
}

/* A nested load gets what is left of this state's memory, not a fresh
 * allowance. */
static struct tk_plugin_limits nested_limits(const struct lstate *ls)
{
	struct tk_plugin_limits l = ls->lim;
	size_t left = ls->limit > ls->used ? ls->limit - ls->used : 0;
	if (left < l.memory_bytes)
		l.memory_bytes = left;
	return l;
}

/* A dependency of the frozen survey this state rebuilds, loaded from its
 * stored text (and owned by the state from then on); NULL when the frozen
 * survey read no plugin `id`. */
static const struct tk_survey *frozen_dep(struct lstate *ls, const char *id,
					  struct tk_plugin_limits *nl, int *rc,
					  struct tk_error *e)
{
	const struct tk_survey *fz = ls->frozen;
	for (int i = 0; i < fz->ndeps; i++) {
		struct tk_survey *dep = NULL;
		struct tk_load rq = {.frozen = fz,
				     .name = fz->dep_names[i],
				     .source = fz->dep_sources[i],
				     .len = strlen(fz->dep_sources[i]),
				     .lim = nl,
				     .depth = ls->depth + 1};
		if (strcmp(fz->dep_ids[i], id))
			continue;
		*rc = tk_load_source(&rq, &dep, e);
		if (dep) {
			ls->loaded =
			    tk_xrealloc(ls->loaded, (size_t)(ls->nloaded + 1) *
							sizeof *ls->loaded);
			ls->loaded[ls->nloaded++] = dep;
		}
		return dep;
	}
	return NULL;
}

/* Load host entry i, not loaded yet, now; -1 when it cannot be read.  A
 * failure here is not kept: it may be this nesting's fault, not the
 * file's. */
static int load_entry(struct lstate *ls, int i, struct tk_plugin_limits *nl,
		      struct tk_error *e)
{
	tk_host *h = ls->host;
	struct tk_plugin_entry *en = &h->e[i];
	char *src;
	size_t len;
	struct tk_survey *got = NULL;
	struct tk_error e2;
	int rc;
	if (tk_read_file(en->path, MAX_SOURCE, &src, &len, &e2))
		return -1; /* skipped, as if absent */
	struct tk_load rq = {.host = h,
			     .name = en->path,
			     .source = src,
			     .len = len,
			     .lim = nl,
			     .depth = ls->depth + 1};
	h->loading[i] = 1;
	rc = tk_load_source(&rq, &got, &e2);
	h->loading[i] = 0;
	free(src);
	if (rc) {
		*e = e2;
		return rc;
	}
	en->survey = got;
	return TK_OK;
}

/* Plugin `id` among the host's plugins: the loaded ones first, then those
 * not loaded yet, loaded in turn until one declares it. */
static const struct tk_survey *host_dep(struct lstate *ls, const char *id,
					struct tk_plugin_limits *nl, int *rc,
					struct tk_error *e)
{
	tk_host *h = ls->host;
	for (int i = 0; i < h->n; i++)
		if (h->e[i].survey && !strcmp(h->e[i].survey->id, id))
			return h->e[i].survey;
	for (int i = 0; i < h->n; i++) {
		struct tk_plugin_entry *en = &h->e[i];
		int r;
		if (en->survey || en->error || h->loading[i])
			continue;
		r = load_entry(ls, i, nl, e);
		if (r < 0)
			continue;
		*rc = r;
		if (!r && !strcmp(en->survey->id, id))
			return en->survey;
	}
	return NULL;
}

/* checklist(id) for plugins: another plugin's definition as a table. */
int tk_l_checklist(lua_State *L)
{
	struct lstate *ls = tk_lstate_of(L);
	const char *id = luaL_checkstring(L, 1);
	const struct tk_survey *use = NULL;
	struct tk_plugin_limits nl = nested_limits(ls);
	struct tk_error e;
	int rc = TK_ENOTFOUND;

	if (ls->depth >= MAX_DEPTH)
		return luaL_error(
		    L,
		    "checklist('%s'): plugins refer to each other too deeply (a cycle?)",
		    id);
	tk_error_clear(&e);
	for (int i = 0; i < ls->nloaded && !use; i++)
		if (!strcmp(ls->loaded[i]->id, id))
			use = ls->loaded[i];
	if (!use && ls->frozen)
		use = frozen_dep(ls, id, &nl, &rc, &e);
	else if (!use && ls->host)
		use = host_dep(ls, id, &nl, &rc, &e);
	if (!use) {
		if (rc && rc != TK_ENOTFOUND && e.message[0])
			return luaL_error(L, "checklist('%s'): %s", id,
					  e.message);
		return luaL_error(L, "checklist('%s'): no such plugin", id);
	}
	/* Record the dependency and its own ones (their text, for
	 * freezing), once each. */
	if (use->source) {
		add_dep(ls, use->id, use->source_name, use->source);
		for (int i = 0; i < use->ndeps; i++)
			add_dep(ls, use->dep_ids[i], use->dep_names[i],
				use->dep_sources[i]);
	}
	tk_push_survey(L, use);
	return 1;
}

/* ----------------------------------------------------------- loading */

/* A new state's accounting for a load. */
static struct lstate *lstate_for(const struct tk_load *rq)
{
	struct lstate *ls = tk_xcalloc(1, sizeof *ls);
	ls->limit = rq->lim->memory_bytes;
	ls->budget = rq->lim->instructions;
	ls->host = rq->host;
	ls->frozen = rq->frozen;
	ls->depth = rq->depth;
	ls->lim = *rq->lim;
	return ls;
}

/* Run the plugin text in environment env and push what it declared (the
 * API's result()), which must be a table. */
static int run_plugin(lua_State *L, int env, int api_ref,
		      const struct tk_load *rq, struct tk_error *err)
{
	char chunk[512];
	int rc;
	if (rq->len >= 1 && rq->source[0] == LUA_SIGNATURE[0])
		return tk_error_set(
		    err, TK_EPLUGIN,
		    "%s: precompiled (bytecode) plugins are not accepted; give the Lua source",
		    rq->name);
	snprintf(chunk, sizeof chunk, "@%s", rq->name);
	if (luaL_loadbufferx(L, rq->source, rq->len, chunk, "t") != LUA_OK)
		return tk_error_set(err, TK_EPLUGIN, "%s", lua_tostring(L, -1));
	lua_pushvalue(L, env);
	lua_setupvalue(L, -2, 1); /* _ENV */
	if ((rc = tk_lua_call(L, 0, 0, rq->name, err)))
		return rc;
	lua_rawgeti(L, LUA_REGISTRYINDEX, api_ref);
	lua_pushliteral(L, "result");
	lua_rawget(L, -2);
	if ((rc = tk_lua_call(L, 0, 1, rq->name, err)))
		return rc;
	if (!lua_istable(L, -1))
		return tk_error_set(
		    err, TK_EPLUGIN,
		    "%s: declares no survey (call survey { ... } once)",
		    rq->name);
	return TK_OK;
}

/* What the survey was made from: text, parameters, and the dependencies
 * the state recorded (moved into s); then its hash. */
static void freeze(struct tk_survey *s, const struct tk_load *rq,
		   struct lstate *ls, struct tk_buf *params_text)
{
	s->source_name = tk_xstrdup(rq->name);
	s->source = tk_xmalloc(rq->len + 1);
	memcpy(s->source, rq->source, rq->len);
	s->source[rq->len] = '\0';
	s->params = tk_buf_take(params_text);
	s->ndeps = ls->ndeps;
	s->dep_ids = ls->dep_ids;
	s->dep_names = ls->dep_names;
	s->dep_sources = ls->dep_sources;
	ls->ndeps = 0;
	ls->dep_ids = ls->dep_names = ls->dep_sources = NULL;
	tk_survey_rehash(s);
}

/*
 * Load plugin text rq->source (named rq->name) in a new state and convert
 * the declared survey.  With rq->keep the state stays open for hooks
 * (rq->L, rq->ls, rq->decl_ref = the declared table); otherwise it is
 * closed.
 */
int tk_load_source(struct tk_load *rq, struct tk_survey **out,
		   struct tk_error *err)
{
	struct lstate *ls = lstate_for(rq);
	struct tk_buf params_text = {0};
	struct tk_survey *s = NULL;
	lua_State *L;
	int api_ref, decl, rc;

	*out = NULL;
	L = tk_lstate_new(ls, rq->params, rq->nparams, &params_text, &api_ref,
			  err);
	if (!L) {
		free(ls);
		tk_buf_free(&params_text);
		return err->code ? err->code : TK_EPLUGIN;
	}
	rc = run_plugin(L, lua_gettop(L), api_ref, rq, err);
	rq->params_missed = ls->params_missed;
	if (rc)
		goto done;
	decl = lua_gettop(L);
	s = tk_xcalloc(1, sizeof *s);
	if ((rc = tk_convert(L, decl, rq->name, s, err)))
		goto done;
	freeze(s, rq, ls, &params_text);
	if (rq->keep) {
		lua_pushvalue(L, decl);
		rq->decl_ref = luaL_ref(L, LUA_REGISTRYINDEX);
		rq->L = L;
		rq->ls = ls;
		L = NULL;
		ls = NULL;
	}
	*out = s;
	s = NULL;
done:
	tk_buf_free(&params_text);
	tk_survey_free(s);
	if (L)
		lua_close(L);
	tk_lstate_free(ls);
	return rc;
}

/* ------------------------------------------------------------ host */

static char *bundled_dir;

void tk_plugin_set_bundled_dir(const char *dir)
{
	free(bundled_dir);
	bundled_dir = dir && *dir ? tk_xstrdup(dir) : NULL;
}

const char *tk_bundled_surveys_dir(void)
{
	static char dir[4200];
	char exe[4000];
	ssize_t n;
	if (bundled_dir)
		return bundled_dir;
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		char *slash;
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/'))) {
			*slash = '\0';
			snprintf(dir, sizeof dir, "%s/../share/tenken/surveys",
				 exe);
			if (access(dir, R_OK) == 0)
				return dir;
		}
	}
	return TENKEN_SOURCE_DIR "/surveys";
}

static int is_lua(const char *name)
{
	size_t len = strlen(name);
	return len >= 5 && !strcmp(name + len - 4, ".lua");
}

/* The *.lua files of dir, sorted. */
static int list_lua(const char *dir, char ***out, int *n, struct tk_error *err)
{
	struct tk_error e;
	if (tk_list_dir(dir, is_lua, out, n, &e))
		return tk_error_set(err, TK_EIO,
				    "%s: cannot read plugin directory", dir);
	return TK_OK;
}

int tk_host_open(const char *const *dirs, int ndirs,
		 const struct tk_plugin_limits *lim, tk_host **out,
		 struct tk_error *err)
{
	tk_host *h = tk_xcalloc(1, sizeof *h);
	char **files = NULL;
	int n = 0, rc = TK_OK;

	*out = NULL;
	if (lim)
		h->lim = *lim;
	else
		tk_plugin_limits_default(&h->lim);
	for (int i = 0; i < ndirs; i++)
		if ((rc = list_lua(dirs[i], &files, &n, err)))
			goto fail;
	h->n = n;
	h->e = tk_xcalloc((size_t)n + 1, sizeof *h->e);
	h->loading = tk_xcalloc((size_t)n + 1, sizeof *h->loading);
	for (int i = 0; i < n; i++)
		h->e[i].path = files[i];
	free(files);
	for (int i = 0; i < n; i++) {
		struct tk_plugin_entry *en = &h->e[i];
		char *src;
		size_t len;
		struct tk_error e;
		if (en->survey || en->error)
			continue; /* loaded through checklist() already */
		if (tk_read_file(en->path, MAX_SOURCE, &src, &len, &e)) {
			en->error = tk_xstrdup(e.message);
			continue;
		}
		h->loading[i] = 1;
		struct tk_load rq = {.host = h,
				     .name = en->path,
				     .source = src,
				     .len = len,
				     .lim = &h->lim};
		if (tk_load_source(&rq, &en->survey, &e)) {
			en->error = tk_xstrdup(e.message);
			en->needs_params = rq.params_missed;
		}
		h->loading[i] = 0;
		free(src);
	}
	*out = h;
	for (int i = 0; i < n; i++)
		for (int j = 0; j < i; j++)
			if (h->e[i].survey && h->e[j].survey &&
			    !strcmp(h->e[i].survey->id, h->e[j].survey->id))
				return tk_error_set(
				    err, TK_EPLUGIN,
				    "two plugins declare survey id '%s': %s and %s",
				    h->e[i].survey->id, h->e[j].path,
				    h->e[i].path);
	return TK_OK;
fail:
	for (int i = 0; i < n; i++)
		free(files[i]);
	free(files);
	free(h);
	return rc;
}

void tk_host_close(tk_host *h)
{
	if (!h)
		return;
	for (int i = 0; i < h->n; i++) {
		free(h->e[i].path);
		free(h->e[i].error);
		tk_survey_free(h->e[i].survey);
	}
	free(h->e);
	free(h->loading);
	free(h);
}

int tk_host_count(const tk_host *h)
{
	return h->n;
}

const struct tk_plugin_entry *tk_host_entry(const tk_host *h, int i)
{
	return i >= 0 && i < h->n ? &h->e[i] : NULL;
}

int tk_host_load_file(tk_host *h, const char *path, const char *const *params,
		      int nparams, struct tk_survey **out, struct tk_error *err)
{
	char *src;
	size_t len;
	int rc;
	*out = NULL;
	if ((rc = tk_read_file(path, MAX_SOURCE, &src, &len, err)))
		return rc;
	struct tk_load rq = {.host = h,
			     .name = path,
			     .source = src,
			     .len = len,
			     .params = params,
			     .nparams = nparams,
			     .lim = &h->lim};
	rc = tk_load_source(&rq, out, err);
	free(src);
	return rc;
}

/* 1 when the file name of path, without ".lua", is id. */
static int stem_is(const char *path, const char *id)
{
	const char *base = strrchr(path, '/');
	size_t n = strlen(id);
	base = base ? base + 1 : path;
	return !strncmp(base, id, n) && !strcmp(base + n, ".lua");
}

int tk_host_survey(tk_host *h, const char *id, const char *const *params,
		   int nparams, struct tk_survey **out, struct tk_error *err)
{
	*out = NULL;
	for (int i = 0; i < h->n; i++) {
		if (!h->e[i].survey || strcmp(h->e[i].survey->id, id))
			continue;
		return tk_host_load_file(h, h->e[i].path, params, nparams, out,
					 err);
	}
	/* A plugin that cannot load without parameters (special-audit: the
	 * items are chosen each time) is loaded with them, found by its file
	 * name ID.lua. */
	for (int i = 0; i < h->n; i++) {
		if (!h->e[i].error || !stem_is(h->e[i].path, id))
			continue;
		if (nparams > 0 && h->e[i].needs_params)
			return tk_host_load_file(h, h->e[i].path, params,
						 nparams, out, err);
		return tk_error_set(err, TK_EPLUGIN,
				    "survey '%s' is unavailable: %s", id,
				    h->e[i].error);
	}
	return tk_error_set(
	    err, TK_ENOTFOUND,
	    "no plugin declares survey '%s' (see `tenken plugin list`)", id);
}
