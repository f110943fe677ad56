/*
 * plugin.c — the sandboxed Lua host: states with capped memory and an
 * instruction budget, the guarded environment, the prelude, discovery of
 * plugin files, conversion of a declared survey into struct tk_survey with
 * full validation, checklist() between plugins, and the hooks of frozen
 * surveys.  See plugin.h.
 */
#include "plugin/plugin.h"

#include "prelude.h" /* generated from plugins/prelude.lua */

#include <dirent.h>
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define HOOK_EVERY 1000 /* instructions between count-hook calls */
#define CHURN_FACTOR                                                           \
	32 /* bytes allocated per call, as a multiple of the cap               \
	    */
#define MAX_PROBLEMS 100
#define MAX_DEPTH    8
#define MAX_SOURCE   (4u << 20)

/* ------------------------------------------------------------ limits */

/* The defaults (from the environment, tk_plugin_limits_set_defaults) and
 * the overrides (the command line, tk_plugin_limits_set); fields <= 0 are
 * unset. */
static struct tk_plugin_limits defaults, override;

void tk_plugin_limits_default(struct tk_plugin_limits *lim)
{
	lim->instructions = 50000000;
	lim->memory_bytes = (size_t)64 << 20;
	if (defaults.instructions > 0)
		lim->instructions = defaults.instructions;
	if (defaults.memory_bytes > 0)
		lim->memory_bytes = defaults.memory_bytes;
	if (override.instructions > 0)
		lim->instructions = override.instructions;
	if (override.memory_bytes > 0)
		lim->memory_bytes = override.memory_bytes;
}

void tk_plugin_limits_set_defaults(const struct tk_plugin_limits *lim)
{
	defaults = *lim;
}

void tk_plugin_limits_set(const struct tk_plugin_limits *lim)
{
	override = *lim;
}

/* ------------------------------------------------------------ types */

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
};

struct tk_hooks {
	lua_State *L;
	struct lstate *ls;
	int api_ref; /* the declared survey table */
	char *name;
	int nitems;
	const struct tk_survey *s;
};

static int load_source(tk_host *h, const struct tk_survey *frozen,
		       const char *name, const char *source, size_t len,
		       const char *const *params, int nparams,
		       const struct tk_plugin_limits *lim, int depth,
		       struct tk_survey **out, lua_State **keep,
		       struct lstate **keep_ls, int *keep_ref,
		       struct tk_error *err);

/* ------------------------------------------------------------ state */

/* Free a state's accounting and the dependencies it recorded; NULL ok. */
static void lstate_free(struct lstate *ls)
{
	if (!ls)
		return;
	for (int i = 0; i < ls->ndeps; i++) {
		free(ls->dep_ids[i]);
		free(ls->dep_names[i]);
		free(ls->dep_sources[i]);
	}
	free(ls->dep_ids);
	free(ls->dep_names);
	free(ls->dep_sources);
	for (int i = 0; i < ls->nloaded; i++)
		tk_survey_free(ls->loaded[i]);
	free(ls->loaded);
	free(ls);
}

static void *l_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
	struct lstate *ls = ud;
	size_t old = ptr ? osize : 0;
	void *p;
	if (nsize == 0) {
		free(ptr);
		ls->used -= old;
		return NULL;
	}
	if (nsize > old && (ls->used - old + nsize > ls->limit ||
			    /* churn: C functions allocating in a loop run
			     * outside the instruction count */
			    (ls->churn += nsize) > ls->limit * CHURN_FACTOR)) {
		ls->oom = 1;
		return NULL;
	}
	p = realloc(ptr, nsize);
	if (p)
		ls->used = ls->used - old + nsize;
	return p;
}

static struct lstate *state_of(lua_State *L)
{
	void *ud;
	lua_getallocf(L, &ud);
	return ud;
}

static void count_hook(lua_State *L, lua_Debug *ar)
{
	struct lstate *ls = state_of(L);
	lua_Debug d;
	(void)ar;
	if (lua_getstack(L, 0, &d) && lua_getinfo(L, "Sl", &d) &&
	    d.currentline > 0)
		snprintf(ls->last_where, sizeof ls->last_where, "%s:%d",
			 d.short_src, d.currentline);
	ls->executed += HOOK_EVERY;
	if (ls->executed > ls->budget) {
		luaL_where(L, 0);
		lua_pushfstring(
		    L,
		    "instruction limit exceeded (%d instructions; --plugin-instructions)",
		    (int)ls->budget);
		lua_concat(L, 2);
		lua_error(L);
	}
}

static int msgh(lua_State *L)
{
	const char *msg = lua_tostring(L, 1);
	if (!msg) {
		if (luaL_callmeta(L, 1, "__tostring") &&
		    lua_type(L, -1) == LUA_TSTRING)
			return 1;
		msg = lua_pushfstring(L, "(error object is a %s value)",
				      luaL_typename(L, 1));
	}
	lua_pushstring(L, msg);
	return 1;
}

/*
 * The one protected entry point: every call into plugin code goes through
 * here.  It arms the instruction budget, calls with a message handler, and
 * disarms the hook whatever happened.  On failure err gets
 * "name: file:line: message" (TK_EPLUGIN) and the stack is as before the
 * function and its arguments were pushed.
 */
static int protected_call(lua_State *L, int nargs, int nres, const char *name,
			  struct tk_error *err)
{
	struct lstate *ls = state_of(L);
	int base = lua_gettop(L) - nargs, rc;
	lua_pushcfunction(L, msgh);
	lua_insert(L, base);
	ls->executed = 0;
	ls->oom = 0;
	ls->churn = 0;
	ls->last_where[0] = '\0';
	lua_sethook(L, count_hook, LUA_MASKCOUNT, HOOK_EVERY);
	rc = lua_pcall(L, nargs, nres, base);
	lua_sethook(L, NULL, 0, 0);
	lua_remove(L, base);
	if (rc == LUA_OK)
		return TK_OK;
	if (rc == LUA_ERRMEM || ls->oom)
		tk_error_set(
		    err, TK_EPLUGIN,
		    "%s: memory limit exceeded (%zu MiB; --plugin-memory)",
		    ls->last_where[0] ? ls->last_where : name, ls->limit >> 20);
	else
		tk_error_set(err, TK_EPLUGIN, "%s", lua_tostring(L, -1));
	lua_pop(L, 1);
	return TK_EPLUGIN;
}

/* __index / __newindex of the plugin environment: no undeclared globals. */
static int guard_index(lua_State *L)
{
	const char *name =
	    lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : "?";
	luaL_where(L, 1);
	lua_pushfstring(L, "undeclared global '%s'", name);
	lua_concat(L, 2);
	return lua_error(L);
}

static int guard_newindex(lua_State *L)
{
	const char *name =
	    lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : "?";
	luaL_where(L, 1);
	lua_pushfstring(L, "assignment to undeclared global '%s' (use local)",
			name);
	lua_concat(L, 2);
	return lua_error(L);
}

/* where(level): "file:line" of the plugin code that called a helper. */
static int l_where(lua_State *L)
{
	int level = (int)luaL_optinteger(L, 1, 1);
	lua_Debug d;
	if (lua_getstack(L, level, &d) && lua_getinfo(L, "Sl", &d) &&
	    d.currentline > 0)
		lua_pushfstring(L, "%s:%d", d.short_src, d.currentline);
	else
		lua_pushliteral(L, "?");
	return 1;
}

static void push_survey_table(lua_State *L, const struct tk_survey *s);

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

/* checklist(id) for plugins: another plugin's definition as a table. */
static int l_checklist(lua_State *L)
{
	struct lstate *ls = state_of(L);
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
	if (!use && ls->frozen) {
		for (int i = 0; i < ls->frozen->ndeps; i++)
			if (!strcmp(ls->frozen->dep_ids[i], id)) {
				struct tk_survey *dep = NULL;
				rc = load_source(
				    NULL, ls->frozen, ls->frozen->dep_names[i],
				    ls->frozen->dep_sources[i],
				    strlen(ls->frozen->dep_sources[i]), NULL, 0,
				    &nl, ls->depth + 1, &dep, NULL, NULL, NULL,
				    &e);
				if (dep) {
					/* Owned by this state from now on. */
					ls->loaded = tk_xrealloc(
					    ls->loaded,
					    (size_t)(ls->nloaded + 1) *
						sizeof *ls->loaded);
					ls->loaded[ls->nloaded++] = dep;
					use = dep;
				}
				break;
			}
	} else if (!use && ls->host) {
		tk_host *h = ls->host;
		for (int pass = 0; pass < 2 && !use; pass++)
			for (int i = 0; i < h->n; i++) {
				struct tk_plugin_entry *en = &h->e[i];
				if (pass == 0 && en->survey &&
				    !strcmp(en->survey->id, id)) {
					use = en->survey;
					break;
				}
				if (pass == 1 && !en->survey && !en->error &&
				    !h->loading[i]) {
					/* Not loaded yet: load it now.  A
					 * failure here is not kept: it may be
					 * this nesting's fault, not the
					 * file's. */
					char *src;
					size_t len;
					struct tk_survey *got = NULL;
					struct tk_error e2;
					if (tk_read_file(en->path, MAX_SOURCE,
							 &src, &len, &e2))
						continue;
					h->loading[i] = 1;
					rc = load_source(h, NULL, en->path, src,
							 len, NULL, 0, &nl,
							 ls->depth + 1, &got,
							 NULL, NULL, NULL, &e2);
					h->loading[i] = 0;
					free(src);
					if (rc) {
						e = e2;
						continue;
					}
					en->survey = got;
					if (!strcmp(got->id, id)) {
						use = got;
						break;
					}
				}
			}
	}
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
	push_survey_table(L, use);
	return 1;
}

static void set_str(lua_State *L, const char *k, const char *v)
{
	lua_pushstring(L, v ? v : "");
	lua_setfield(L, -2, k);
}

static void push_survey_table(lua_State *L, const struct tk_survey *s)
{
	static const char *const kinds[] = {"bureau", "hq", "station"};
	lua_getfield(L, LUA_REGISTRYINDEX, "tenken.NA");
	int na = lua_gettop(L);
	lua_createtable(L, 0, 8);
	set_str(L, "id", s->id);
	set_str(L, "version", s->version);
	set_str(L, "title", s->title);
	set_str(L, "kind", s->kind);
	set_str(L, "respondent",
		s->respondent == TK_RESP_STAFF ? "staff" : "division");
	lua_createtable(L, 0, s->nscales);
	for (int i = 0; i < s->nscales; i++) {
		lua_createtable(L, s->scales[i].nchoices, 0);
		for (int j = 0; j < s->scales[i].nchoices; j++) {
			lua_createtable(L, 2, 0);
			lua_pushstring(L, s->scales[i].choices[j].label);
			lua_rawseti(L, -2, 1);
			if (s->scales[i].choices[j].na)
				lua_pushvalue(L, na);
			else
				lua_pushnumber(L,
					       s->scales[i].choices[j].value);
			lua_rawseti(L, -2, 2);
			lua_rawseti(L, -2, j + 1);
		}
		lua_setfield(L, -2, s->scales[i].name);
	}
	lua_setfield(L, -2, "scales");
	lua_createtable(L, s->nsections, 0);
	for (int si = 0; si < s->nsections; si++) {
		const struct tk_section *sec = &s->sections[si];
		lua_createtable(L, 0, 3);
		set_str(L, "id", sec->id);
		set_str(L, "title", sec->title);
		lua_createtable(L, sec->count, 0);
		for (int i = 0; i < sec->count; i++) {
			const struct tk_item *it = &s->items[sec->first + i];
			lua_createtable(L, 0, 16);
			set_str(L, "id", it->id);
			set_str(L, "text", it->text);
			set_str(L, "clause", it->clause);
			set_str(L, "type", tk_item_type_name(it->type));
			if (it->scale >= 0)
				set_str(L, "scale", s->scales[it->scale].name);
			lua_pushnumber(L, it->weight);
			lua_setfield(L, -2, "weight");
			set_str(L, "severity", tk_severity_name(it->severity));
			lua_pushboolean(L, it->required);
			lua_setfield(L, -2, "required");
			if (it->guidance && *it->guidance)
				set_str(L, "guidance", it->guidance);
			if (it->evidence && *it->evidence)
				set_str(L, "evidence", it->evidence);
			lua_createtable(L, it->ntags, 0);
			for (int t = 0; t < it->ntags; t++) {
				lua_pushstring(L, it->tags[t]);
				lua_rawseti(L, -2, t + 1);
			}
			lua_setfield(L, -2, "tags");
			if (it->applies_kinds || it->applies_item >= 0) {
				lua_createtable(L, 0, 3);
				if (it->applies_kinds) {
					int n = 0;
					lua_newtable(L);
					for (int k = 0; k < 3; k++)
						if (it->applies_kinds &
						    (1u << k)) {
							lua_pushstring(
							    L, kinds[k]);
							lua_rawseti(L, -2, ++n);
						}
					lua_setfield(L, -2, "kind");
				}
				if (it->applies_item >= 0) {
					set_str(L, "item",
						s->items[it->applies_item].id);
					lua_createtable(L, it->napplies_any, 0);
					for (int a = 0; a < it->napplies_any;
					     a++) {
						lua_pushstring(
						    L, it->applies_any[a]);
						lua_rawseti(L, -2, a + 1);
					}
					lua_setfield(L, -2, "any");
				}
				lua_setfield(L, -2, "applies");
			}
			if (it->has_min) {
				lua_pushnumber(L, it->min);
				lua_setfield(L, -2, "min");
			}
			if (it->has_max) {
				lua_pushnumber(L, it->max);
				lua_setfield(L, -2, "max");
			}
			lua_rawseti(L, -2, i + 1);
		}
		lua_setfield(L, -2, "items");
		lua_rawseti(L, -2, si + 1);
	}
	lua_setfield(L, -2, "sections");
	lua_remove(L, na);
}

/*
 * pcall and xpcall for plugins: like the base ones, except that once a
 * limit has been hit the error is not catchable, so a plugin cannot run
 * on by wrapping its endless loop in pcall.
 */
static int finish_pcall(lua_State *L, int status, int extra)
{
	struct lstate *ls = state_of(L);
	if (status == LUA_ERRMEM ||
	    (status != LUA_OK && ls->executed > ls->budget))
		return lua_error(L);
	lua_pushboolean(L, status == LUA_OK);
	lua_insert(L, 1 + extra);
	return lua_gettop(L) - extra;
}

static int l_pcall(lua_State *L)
{
	luaL_checkany(L, 1);
	return finish_pcall(L, lua_pcall(L, lua_gettop(L) - 1, LUA_MULTRET, 0),
			    0);
}

static int l_xpcall(lua_State *L)
{
	int n = lua_gettop(L);
	luaL_checktype(L, 2, LUA_TFUNCTION);
	lua_pushvalue(L, 1);
	lua_copy(L, 2, 1);
	lua_replace(L, 2); /* handler at 1, function at 2 */
	return finish_pcall(L, lua_pcall(L, n - 2, LUA_MULTRET, 1), 1);
}

/*
 * Lua patterns run in C, out of reach of the instruction budget, and a
 * pattern with several '-' or '*' can take time exponential in its
 * quantifiers.  Refuse combinations of subject length and quantifier count
 * that could run for more than about 10^10 steps.
 */
static int l_guard(lua_State *L)
{
	size_t len, plen;
	const char *p;
	int q = 0, anchored;
	double cost;
	luaL_checklstring(L, 1, &len);
	p = luaL_checklstring(L, 2, &plen);
	anchored = plen > 0 && p[0] == '^';
	for (size_t i = 0; i < plen; i++) {
		if (p[i] == '%') {
			if (i + 1 < plen && p[i + 1] == 'b')
				q++; /* %bxy scans to the closing bracket */
			i++;
			continue;
		}
		if (p[i] == '*' || p[i] == '-' || p[i] == '+' || p[i] == '?')
			q++;
	}
	/* Every start position (unless anchored), times the pattern, times
	 * the backtracking of each repetition. */
	cost = (anchored ? 1.0 : (double)len + 1) * ((double)plen + 1) *
	       pow((double)len + 1, q);
	if (cost > 1e9)
		return luaL_error(
		    L,
		    "pattern of %d bytes with %d repetitions is too costly for a subject of %d bytes (sandbox limit)",
		    (int)plen, q, (int)len);
	lua_pushvalue(L, lua_upvalueindex(1));
	lua_insert(L, 1);
	lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
	return lua_gettop(L);
}

/* setmetatable for plugins: no finalizers, since Lua runs __gc with the
 * hooks off, outside the instruction limit. */
static int l_setmetatable(lua_State *L)
{
	int t = lua_type(L, 2);
	luaL_checktype(L, 1, LUA_TTABLE);
	luaL_argexpected(L, t == LUA_TNIL || t == LUA_TTABLE, 2,
			 "nil or table");
	if (t == LUA_TTABLE) {
		lua_pushliteral(L, "__gc");
		if (lua_rawget(L, 2) != LUA_TNIL)
			return luaL_error(
			    L, "finalizers (__gc) are not allowed in plugins");
		lua_pop(L, 1);
	}
	if (luaL_getmetafield(L, 1, "__metatable") != LUA_TNIL)
		return luaL_error(L, "cannot change a protected metatable");
	lua_settop(L, 2);
	lua_setmetatable(L, 1);
	return 1;
}

/* string.rep and table.move loop in C for as long as they are asked to,
 * outside the instruction limit: bound their counts. */
#define MAX_REPEAT 10000000

static int l_rep(lua_State *L)
{
	lua_Integer n = luaL_checkinteger(L, 2);
	size_t l;
	luaL_checklstring(L, 1, &l);
	if (n > MAX_REPEAT || (n > 0 && (double)l * (double)n > 64e6))
		return luaL_error(
		    L,
		    "string.rep: %I repetitions are beyond the sandbox limit",
		    (LUAI_UACINT)n);
	lua_pushvalue(L, lua_upvalueindex(1));
	lua_insert(L, 1);
	lua_call(L, lua_gettop(L) - 1, 1);
	return 1;
}

static int l_move(lua_State *L)
{
	lua_Integer f = luaL_checkinteger(L, 2), e = luaL_checkinteger(L, 3);
	if (e >= f && (lua_Unsigned)e - (lua_Unsigned)f >= MAX_REPEAT)
		return luaL_error(
		    L, "table.move: a range beyond the sandbox limit");
	lua_pushvalue(L, lua_upvalueindex(1));
	lua_insert(L, 1);
	lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
	return lua_gettop(L);
}

/* Replace env[lib][name] (or env[name] when lib is NULL) with fn, which
 * gets the original as its upvalue. */
static void wrap(lua_State *L, int env, const char *lib, const char *name,
		 lua_CFunction fn)
{
	if (lib)
		lua_getfield(L, env, lib);
	else
		lua_pushvalue(L, env);
	lua_getfield(L, -1, name);
	lua_pushcclosure(L, fn, 1);
	lua_setfield(L, -2, name);
	lua_pop(L, 1);
}

/* Copy the named fields of library table `lib` (a global) into a new
 * table stored as env[lib]. */
static void copy_lib(lua_State *L, int env, const char *lib,
		     const char *const *skip)
{
	lua_getglobal(L, lib);
	lua_newtable(L);
	lua_pushnil(L);
	while (lua_next(L, -3)) {
		int drop = 0;
		if (lua_type(L, -2) == LUA_TSTRING)
			for (const char *const *s = skip; s && *s; s++)
				if (!strcmp(lua_tostring(L, -2), *s))
					drop = 1;
		if (drop) {
			lua_pop(L, 1);
			continue;
		}
		lua_pushvalue(L, -2);
		lua_insert(L, -2);
		lua_rawset(L, -4);
	}
	lua_setfield(L, env, lib);
	lua_pop(L, 1);
}

/*
 * Make a sandboxed state with the prelude run into a fresh environment.
 * Leaves the environment table on the stack top; *api_ref is the registry
 * reference of the prelude's API table.
 */
static lua_State *new_state(struct lstate *ls, const char *const *params,
			    int nparams, struct tk_buf *params_text,
			    int *api_ref, struct tk_error *err)
{
	static const char *const base_ok[] = {
	    "assert",	"error",	"ipairs",	"next",	    "pairs",
	    "rawequal", "rawlen",	"select",	"tonumber", "tostring",
	    "type",	"setmetatable", "getmetatable", NULL};
	static const char *const string_skip[] = {"dump", NULL};
	static const char *const math_skip[] = {"randomseed", NULL};
	lua_State *L = lua_newstate(l_alloc, ls);
	int env;

	if (!L) {
		tk_error_set(err, TK_ENOMEM, "cannot create a Lua state");
		return NULL;
	}
	luaL_requiref(L, "_G", luaopen_base, 1);
	luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
	luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
	luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
	luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
	lua_settop(L, 0);

	/* Strings share one metatable: hide it from plugins. */
	lua_pushliteral(L, "");
	if (lua_getmetatable(L, -1)) {
		lua_pushliteral(L, "string");
		lua_setfield(L, -2, "__metatable");
		lua_pop(L, 1);
	}
	lua_pop(L, 1);

	lua_newtable(L);
	env = lua_gettop(L);
	for (const char *const *f = base_ok; *f; f++) {
		lua_getglobal(L, *f);
		lua_setfield(L, env, *f);
	}
	copy_lib(L, env, LUA_STRLIBNAME, string_skip);
	copy_lib(L, env, LUA_TABLIBNAME, NULL);
	copy_lib(L, env, LUA_MATHLIBNAME, math_skip);
	copy_lib(L, env, LUA_UTF8LIBNAME, NULL);
	wrap(L, env, LUA_STRLIBNAME, "find", l_guard);
	wrap(L, env, LUA_STRLIBNAME, "match", l_guard);
	wrap(L, env, LUA_STRLIBNAME, "gmatch", l_guard);
	wrap(L, env, LUA_STRLIBNAME, "gsub", l_guard);
	lua_pushcfunction(L, l_setmetatable);
	lua_setfield(L, env, "setmetatable");
	wrap(L, env, LUA_STRLIBNAME, "rep", l_rep);
	wrap(L, env, LUA_TABLIBNAME, "move", l_move);
	/* Method calls on strings ("x"):find() must see the guarded table. */
	lua_pushliteral(L, "");
	lua_getmetatable(L, -1);
	lua_getfield(L, env, LUA_STRLIBNAME);
	lua_setfield(L, -2, "__index");
	lua_pop(L, 2);
	lua_pushcfunction(L, l_pcall);
	lua_setfield(L, env, "pcall");
	lua_pushcfunction(L, l_xpcall);
	lua_setfield(L, env, "xpcall");
	lua_pushvalue(L, env);
	lua_setfield(L, env, "_G");

	/* The prelude, trusted, in text mode. */
	if (luaL_loadbufferx(L, tk_prelude_lua, sizeof tk_prelude_lua - 1,
			     "=prelude", "t") != LUA_OK) {
		tk_error_set(err, TK_EPLUGIN, "prelude: %s",
			     lua_tostring(L, -1));
		lua_close(L);
		return NULL;
	}
	lua_pushvalue(L, env);
	lua_pushcfunction(L, l_where);
	lua_pushcfunction(L, l_checklist);
	lua_newtable(L);
	for (int i = 0; i < nparams; i++) {
		const char *eq = strchr(params[i], '=');
		if (!eq || eq == params[i]) {
			tk_error_set(err, TK_EUSAGE,
				     "--param '%s': expected KEY=VALUE",
				     params[i]);
			lua_close(L);
			return NULL;
		}
		lua_pushlstring(L, params[i], (size_t)(eq - params[i]));
		lua_pushstring(L, eq + 1);
		lua_rawset(L, -3);
		if (params_text) {
			if (params_text->len)
				tk_buf_addc(params_text, '\n');
			tk_buf_adds(params_text, params[i]);
		}
	}
	if (protected_call(L, 4, 1, "prelude", err)) {
		lua_close(L);
		return NULL;
	}
	lua_getfield(L, -1, "NA");
	lua_setfield(L, LUA_REGISTRYINDEX, "tenken.NA");
	*api_ref = luaL_ref(L, LUA_REGISTRYINDEX);

	/* Guard the environment last, so the prelude could fill it. */
	lua_newtable(L);
	lua_pushcfunction(L, guard_index);
	lua_setfield(L, -2, "__index");
	lua_pushcfunction(L, guard_newindex);
	lua_setfield(L, -2, "__newindex");
	lua_pushliteral(L, "environment");
	lua_setfield(L, -2, "__metatable");
	lua_setmetatable(L, env);
	return L;
}

/* ------------------------------------------------------- conversion */

/*
 * t[k] without metamethods: the host reads plugin tables raw, so a plugin
 * cannot run code (an __index function) while the host converts them.
 * Returns the type of the value pushed.
 */
static int rawfield(lua_State *L, int idx, const char *k)
{
	idx = lua_absindex(L, idx);
	lua_pushstring(L, k);
	return lua_rawget(L, idx);
}

struct pending_dep;

struct conv {
	lua_State *L;
	struct tk_buf problems;
	int nproblems;
	const char *name; /* plugin file */
	struct tk_survey *s;
	int na; /* stack index of NA */
	/* applies.item names, resolved once all items are read; kept here so
	 * that an error while converting cannot leak them */
	struct pending_dep *deps;
	int ndeps;
};

static void conv_problem(struct conv *c, const char *where, const char *fmt,
			 ...) __attribute__((format(printf, 3, 4)));
static void conv_problem(struct conv *c, const char *where, const char *fmt,
			 ...)
{
	va_list ap;
	char msg[768];
	if (++c->nproblems > MAX_PROBLEMS)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (c->problems.len)
		tk_buf_addc(&c->problems, '\n');
	tk_buf_addf(&c->problems, "%s: %s", where, msg);
}

/* The __where of the table at idx, or fallback. */
static void where_of(lua_State *L, int idx, const char *fallback, char *buf,
		     size_t n)
{
	if (rawfield(L, idx, "__where") == LUA_TSTRING)
		snprintf(buf, n, "%s", lua_tostring(L, -1));
	else
		snprintf(buf, n, "%s", fallback);
	lua_pop(L, 1);
}

/* Unknown keys in table idx are problems.  allowed is NULL-terminated. */
static void check_keys(struct conv *c, int idx, const char *where,
		       const char *what, const char *const *allowed)
{
	lua_State *L = c->L;
	lua_pushnil(L);
	while (lua_next(L, idx)) {
		lua_pop(L, 1);
		if (lua_type(L, -1) != LUA_TSTRING) {
			if (lua_type(L, -1) != LUA_TNUMBER)
				conv_problem(c, where, "%s: keys must be names",
					     what);
			else
				conv_problem(
				    c, where,
				    "%s: unexpected list entry (missing a field name?)",
				    what);
			continue;
		}
		const char *k = lua_tostring(L, -1);
		int ok = !strncmp(k, "__", 2);
		for (const char *const *a = allowed; !ok && *a; a++)
			ok = !strcmp(k, *a);
		if (!ok)
			conv_problem(c, where, "%s: unknown field '%s'", what,
				     k);
	}
}

/* String field: returns a new copy, or NULL (absent).  Wrong type is a
 * problem. */
/* Text from a plugin must be UTF-8 (it goes into workbooks) and, where it
 * is stored one per line, a single line. */
static void check_text(struct conv *c, const char *where, const char *what,
		       const char *field, const char *t, size_t len,
		       int one_line)
{
	if (tk_utf8_valid_prefix(t, len) != len || strlen(t) != len)
		conv_problem(c, where, "%s: '%s' is not valid UTF-8 text", what,
			     field);
	else if (one_line && strpbrk(t, "\r\n"))
		conv_problem(c, where, "%s: '%s' must be one line", what,
			     field);
}

static char *get_str(struct conv *c, int idx, const char *field,
		     const char *where, const char *what, int required)
{
	lua_State *L = c->L;
	char *v = NULL;
	int t = rawfield(L, idx, field);
	if (t == LUA_TSTRING) {
		size_t len;
		const char *text = lua_tolstring(L, -1, &len);
		check_text(c, where, what, field, text, len, 0);
		v = tk_xstrdup(text);
		if (required && !*v)
			conv_problem(c, where, "%s: '%s' is empty", what,
				     field);
	} else if (t == LUA_TNIL) {
		if (required)
			conv_problem(c, where, "%s: missing '%s'", what, field);
	} else {
		conv_problem(c, where, "%s: '%s' must be a string, not %s",
			     what, field, lua_typename(L, t));
	}
	lua_pop(L, 1);
	return v;
}

static int get_num(struct conv *c, int idx, const char *field,
		   const char *where, const char *what, double *out)
{
	lua_State *L = c->L;
	int t = rawfield(L, idx, field), have = 0;
	if (t == LUA_TNUMBER) {
		*out = lua_tonumber(L, -1);
		have = 1;
		if (!isfinite(*out)) {
			conv_problem(c, where, "%s: '%s' is not finite", what,
				     field);
			have = 0;
		}
	} else if (t != LUA_TNIL) {
		conv_problem(c, where, "%s: '%s' must be a number, not %s",
			     what, field, lua_typename(L, t));
	}
	lua_pop(L, 1);
	return have;
}

static int valid_id(const char *s, int upper_ok)
{
	if (!s || !*s || strlen(s) > 64)
		return 0;
	for (const char *p = s; *p; p++) {
		int ok = (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
			 (upper_ok && *p >= 'A' && *p <= 'Z') ||
			 (p > s &&
			  (*p == '-' || *p == '_' || (upper_ok && *p == '.')));
		if (!ok)
			return 0;
	}
	return 1;
}

/* Katakana ア..ン in UTF-8 (U+30A2..U+30F3): 3 bytes E3 82 A2 .. E3 83 B3. */
static int katakana(const char *p)
{
	const unsigned char *u = (const unsigned char *)p;
	if (u[0] != 0xE3)
		return 0;
	unsigned cp =
	    ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
	return cp >= 0x30A1 && cp <= 0x30F6;
}

/*
 * One clause: 第N, then optionally " M", "(K)", a katakana, "(katakana)",
 * e.g. 第3 5(4), 第2 5(2)オ(エ), 第8.  ASCII digits and parentheses.
 */
/* Skip a run of ASCII digits; 0 when there is none. */
static int digits(const char **p)
{
	const char *q = *p;
	while (**p >= '0' && **p <= '9')
		(*p)++;
	return *p > q;
}

static int valid_one_clause(const char *s, const char **end)
{
	const char *p = s;
	if (strncmp(p, "第", 3))
		return 0;
	p += 3;
	if (!digits(&p))
		return 0;
	if (*p == ' ') {
		p++;
		if (!digits(&p))
			return 0;
		if (*p == '(') {
			p++;
			if (!digits(&p) || *p++ != ')')
				return 0;
			if (katakana(p)) {
				p += 3;
				if (*p == '(') {
					p++;
					if (!katakana(p))
						return 0;
					p += 3;
					if (*p++ != ')')
						return 0;
				}
			}
		}
	}
	*end = p;
	return 1;
}

static int valid_clause(const char *s)
{
	const char *p = s, *e;
	for (;;) {
		if (!valid_one_clause(p, &e))
			return 0;
		if (!*e)
			return 1;
		if (strncmp(e, "、", 3))
			return 0;
		p = e + 3;
	}
}

/* Read a scale (list of {label, value}) at stack top into sc. */
static void conv_scale(struct conv *c, const char *name, const char *where,
		       struct tk_scale *sc)
{
	lua_State *L = c->L;
	int idx = lua_gettop(L);
	int n = (int)lua_rawlen(L, idx);
	sc->name = tk_xstrdup(name);
	if (!lua_istable(L, idx) || n == 0) {
		conv_problem(c, where,
			     "scale '%s': expected a list of { label, value }",
			     name);
		return;
	}
	sc->choices = tk_xcalloc((size_t)n, sizeof *sc->choices);
	for (int i = 1; i <= n; i++) {
		struct tk_choice *ch = &sc->choices[sc->nchoices];
		lua_rawgeti(L, idx, i);
		if (!lua_istable(L, -1) ||
		    lua_rawgeti(L, -1, 1) != LUA_TSTRING) {
			conv_problem(
			    c, where,
			    "scale '%s': choice %d: expected { \"label\", value }",
			    name, i);
			lua_settop(L, idx);
			continue;
		}
		{
			size_t l;
			const char *text = lua_tolstring(L, -1, &l);
			check_text(c, where, "scale", name, text, l, 1);
			if (strchr(text, ','))
				conv_problem(
				    c, where,
				    "scale '%s': label '%s' may not contain ','",
				    name, text);
			ch->label = tk_xstrdup(text);
		}
		lua_pop(L, 1);
		lua_rawgeti(L, -1, 2);
		if (lua_rawequal(L, -1, c->na)) {
			ch->na = 1;
		} else if (lua_type(L, -1) == LUA_TNUMBER) {
			ch->value = lua_tonumber(L, -1);
			if (!(ch->value >= 0 && ch->value <= 1))
				conv_problem(
				    c, where,
				    "scale '%s': choice '%s': value %g is outside [0, 1]",
				    name, ch->label, ch->value);
		} else {
			conv_problem(
			    c, where,
			    "scale '%s': choice '%s': value must be a number in [0, 1] or NA",
			    name, ch->label);
		}
		for (int j = 0; j < sc->nchoices; j++)
			if (!strcmp(sc->choices[j].label, ch->label))
				conv_problem(
				    c, where,
				    "scale '%s': label '%s' given twice", name,
				    ch->label);
		sc->nchoices++;
		lua_settop(L, idx);
	}
}

static void add_builtin_scale(struct tk_survey *s, const char *name,
			      const char *const *labels, const double *vals)
{
	struct tk_scale *sc;
	int n = 0;
	if (tk_survey_scale(s, name) >= 0)
		return;
	while (labels[n])
		n++;
	s->scales = tk_xrealloc(s->scales,
				(size_t)(s->nscales + 1) * sizeof *s->scales);
	sc = &s->scales[s->nscales++];
	sc->name = tk_xstrdup(name);
	sc->nchoices = n;
	sc->choices = tk_xcalloc((size_t)n, sizeof *sc->choices);
	for (int i = 0; i < n; i++) {
		sc->choices[i].label = tk_xstrdup(labels[i]);
		sc->choices[i].na = vals[i] < 0;
		sc->choices[i].value = vals[i] < 0 ? 0 : vals[i];
	}
}

static void add_builtin_scales(struct tk_survey *s)
{
	static const char *const yn[] = {"はい", "いいえ", NULL};
	static const double ynv[] = {1, 0};
	static const char *const ynn[] = {"はい", "いいえ", "該当なし", NULL};
	static const double ynnv[] = {1, 0, -1};
	static const char *const comp[] = {"できている", "一部できていない",
					   "できていない", "該当なし", NULL};
	static const double compv[] = {1, 0.5, 0, -1};
	static const char *const aud[] = {"適合", "軽微な不備", "不適合",
					  "該当なし", NULL};
	static const double audv[] = {1, 0.5, 0, -1};
	add_builtin_scale(s, "yesno", yn, ynv);
	add_builtin_scale(s, "yesno_na", ynn, ynnv);
	add_builtin_scale(s, "compliance", comp, compv);
	add_builtin_scale(s, "audit", aud, audv);
}

static int cmp_scale(const void *a, const void *b)
{
	return strcmp(((const struct tk_scale *)a)->name,
		      ((const struct tk_scale *)b)->name);
}

/* Read a list of strings at field into *v; returns the count. */
static int get_strv(struct conv *c, int idx, const char *field,
		    const char *where, const char *what, char ***v)
{
	lua_State *L = c->L;
	int n = 0, t = rawfield(L, idx, field);
	*v = NULL;
	if (t == LUA_TSTRING) {
		size_t l;
		const char *text = lua_tolstring(L, -1, &l);
		check_text(c, where, what, field, text, l, 1);
		*v = tk_xcalloc(1, sizeof **v);
		(*v)[n++] = tk_xstrdup(text);
	} else if (t == LUA_TTABLE) {
		int len = (int)lua_rawlen(L, -1);
		*v = tk_xcalloc((size_t)len + 1, sizeof **v);
		for (int i = 1; i <= len; i++) {
			if (lua_rawgeti(L, -1, i) == LUA_TSTRING) {
				size_t l;
				const char *text = lua_tolstring(L, -1, &l);
				check_text(c, where, what, field, text, l, 1);
				(*v)[n++] = tk_xstrdup(text);
			} else
				conv_problem(c, where,
					     "%s: '%s' must hold strings", what,
					     field);
			lua_pop(L, 1);
		}
	} else if (t != LUA_TNIL) {
		conv_problem(c, where,
			     "%s: '%s' must be a string or a list of strings",
			     what, field);
	}
	lua_pop(L, 1);
	return n;
}

struct pending_dep {
	char *item;
};

static void conv_item(struct conv *c, int idx, const char *fallback,
		      int section, struct pending_dep *dep)
{
	static const char *const allowed[] = {
	    "id",      "text",	   "clause",   "type",	   "scale",
	    "weight",  "severity", "required", "guidance", "evidence",
	    "applies", "tags",	   "min",      "max",	   NULL};
	lua_State *L = c->L;
	struct tk_survey *s = c->s;
	struct tk_item *it = &s->items[s->nitems];
	char where[300], what[128];
	char *type, *scale, *sev;
	double w;
	int t;

	memset(it, 0, sizeof *it);
	it->scale = -1;
	it->applies_item = -1;
	it->section = section;
	where_of(L, idx, fallback, where, sizeof where);
	it->id = get_str(c, idx, "id", where, "item", 1);
	snprintf(what, sizeof what, "item '%s'", it->id ? it->id : "?");
	if (!it->id)
		it->id = tk_xstrdup("");
	else if (!valid_id(it->id, 1))
		conv_problem(
		    c, where,
		    "%s: id must be letters, digits, '-', '_' or '.' (at most 64)",
		    what);
	for (int i = 0; i < s->nitems; i++)
		if (*it->id && !strcmp(s->items[i].id, it->id))
			conv_problem(c, where, "%s: duplicate item id", what);
	check_keys(c, idx, where, what, allowed);
	it->text = get_str(c, idx, "text", where, what, 1);
	it->clause = get_str(c, idx, "clause", where, what, 1);
	if (it->clause && *it->clause && !valid_clause(it->clause))
		conv_problem(
		    c, where,
		    "%s: clause '%s' is not like 第3 5(4) or 第2 5(2)オ(エ)",
		    what, it->clause);
	it->guidance = get_str(c, idx, "guidance", where, what, 0);
	it->evidence = get_str(c, idx, "evidence", where, what, 0);
	type = get_str(c, idx, "type", where, what, 0);
	scale = get_str(c, idx, "scale", where, what, 0);
	if (!type || !strcmp(type, "choice")) {
		it->type = TK_ITEM_CHOICE;
		it->scale = tk_survey_scale(s, scale ? scale : "compliance");
		if (it->scale < 0)
			conv_problem(c, where, "%s: unknown scale '%s'", what,
				     scale);
	} else if (!strcmp(type, "yesno")) {
		it->type = TK_ITEM_CHOICE;
		it->scale = tk_survey_scale(s, "yesno");
	} else if (!strcmp(type, "number")) {
		it->type = TK_ITEM_NUMBER;
	} else if (!strcmp(type, "text")) {
		it->type = TK_ITEM_TEXT;
	} else if (!strcmp(type, "date")) {
		it->type = TK_ITEM_DATE;
	} else {
		conv_problem(
		    c, where,
		    "%s: unknown type '%s' (choice, yesno, number, text or date)",
		    what, type);
	}
	if (scale && it->type != TK_ITEM_CHOICE)
		conv_problem(c, where, "%s: a %s item has no scale", what,
			     type);
	free(type);
	free(scale);
	it->weight = 1;
	if (get_num(c, idx, "weight", where, what, &w)) {
		if (!(w > 0))
			conv_problem(c, where,
				     "%s: weight must be > 0 (got %g)", what,
				     w);
		it->weight = w;
	}
	sev = get_str(c, idx, "severity", where, what, 0);
	it->severity = TK_SEV_MEDIUM;
	if (sev) {
		if (!strcmp(sev, "high"))
			it->severity = TK_SEV_HIGH;
		else if (!strcmp(sev, "low"))
			it->severity = TK_SEV_LOW;
		else if (strcmp(sev, "medium"))
			conv_problem(
			    c, where,
			    "%s: severity '%s' is not high, medium or low",
			    what, sev);
		free(sev);
	}
	t = rawfield(L, idx, "required");
	if (t == LUA_TBOOLEAN)
		it->required = lua_toboolean(L, -1);
	else if (t == LUA_TNIL)
		it->required = it->type == TK_ITEM_CHOICE;
	else
		conv_problem(c, where, "%s: 'required' must be true or false",
			     what);
	lua_pop(L, 1);
	it->has_min = get_num(c, idx, "min", where, what, &it->min);
	it->has_max = get_num(c, idx, "max", where, what, &it->max);
	if ((it->has_min || it->has_max) && it->type != TK_ITEM_NUMBER)
		conv_problem(c, where, "%s: min/max are for number items",
			     what);
	if (it->has_min && it->has_max && it->min > it->max)
		conv_problem(c, where, "%s: min is greater than max", what);
	it->ntags = get_strv(c, idx, "tags", where, what, &it->tags);

	t = rawfield(L, idx, "applies");
	if (t == LUA_TTABLE) {
		static const char *const app_allowed[] = {"kind", "item", "any",
							  NULL};
		int a = lua_gettop(L);
		char **kinds;
		int nk;
		check_keys(c, a, where, "applies", app_allowed);
		nk = get_strv(c, a, "kind", where, "applies", &kinds);
		for (int k = 0; k < nk; k++) {
			if (!strcmp(kinds[k], "bureau"))
				it->applies_kinds |= TK_KIND_BUREAU;
			else if (!strcmp(kinds[k], "hq"))
				it->applies_kinds |= TK_KIND_HQ;
			else if (!strcmp(kinds[k], "station"))
				it->applies_kinds |= TK_KIND_STATION;
			else
				conv_problem(
				    c, where,
				    "%s: applies: unknown kind '%s' (bureau, hq or station)",
				    what, kinds[k]);
			free(kinds[k]);
		}
		free(kinds);
		dep->item = get_str(c, a, "item", where, "applies", 0);
		it->napplies_any =
		    get_strv(c, a, "any", where, "applies", &it->applies_any);
		if (dep->item && !it->napplies_any)
			conv_problem(
			    c, where,
			    "%s: applies: 'item' needs 'any' (the answers that make it apply)",
			    what);
		if (!dep->item && it->napplies_any)
			conv_problem(c, where,
				     "%s: applies: 'any' needs 'item'", what);
		if (!nk && !dep->item)
			conv_problem(c, where,
				     "%s: applies: give 'kind' or 'item'",
				     what);
	} else if (t != LUA_TNIL) {
		conv_problem(c, where, "%s: 'applies' must be a table", what);
	}
	lua_pop(L, 1);
	if (!strcmp(s->kind ? s->kind : "", "regular_audit") ||
	    !strcmp(s->kind ? s->kind : "", "special_audit"))
		if (!it->evidence || !*it->evidence)
			conv_problem(
			    c, where,
			    "%s: audit checklist items need 'evidence' (the records to examine)",
			    what);
	s->nitems++;
}

static void conv_survey(struct conv *c, int idx)
{
	static const char *const allowed[] = {
	    "id",	   "version",	   "title",  "kind",   "respondent",
	    "description", "instructions", "scales", "grades", "sections",
	    "score",	   "validate",	   "report", NULL};
	lua_State *L = c->L;
	struct tk_survey *s = c->s;
	char where[300];
	char *resp;
	int t, nsec, total = 0;
	struct pending_dep *deps;

	where_of(L, idx, c->name, where, sizeof where);
	check_keys(c, idx, where, "survey", allowed);
	s->id = get_str(c, idx, "id", where, "survey", 1);
	if (s->id && *s->id && !valid_id(s->id, 0))
		conv_problem(
		    c, where,
		    "survey: id '%s' must be lowercase letters, digits, '-' or '_'",
		    s->id);
	s->version = get_str(c, idx, "version", where, "survey", 1);
	s->title = get_str(c, idx, "title", where, "survey", 1);
	s->kind = get_str(c, idx, "kind", where, "survey", 1);
	if (s->kind && strcmp(s->kind, "self_inspection") &&
	    strcmp(s->kind, "regular_audit") &&
	    strcmp(s->kind, "special_audit"))
		conv_problem(
		    c, where,
		    "survey: kind '%s' is not self_inspection, regular_audit or special_audit",
		    s->kind);
	resp = get_str(c, idx, "respondent", where, "survey", 1);
	if (resp && !strcmp(resp, "staff"))
		s->respondent = TK_RESP_STAFF;
	else if (resp && strcmp(resp, "division"))
		conv_problem(c, where,
			     "survey: respondent '%s' is not division or staff",
			     resp);
	free(resp);
	s->description = get_str(c, idx, "description", where, "survey", 0);
	s->ninstructions =
	    get_strv(c, idx, "instructions", where, "survey", &s->instructions);

	/* Scales: the plugin's own, then the built-ins, sorted by name. */
	t = rawfield(L, idx, "scales");
	if (t == LUA_TTABLE) {
		lua_pushnil(L);
		while (lua_next(L, -2)) {
			if (lua_type(L, -2) != LUA_TSTRING) {
				conv_problem(c, where,
					     "survey: scales must be named");
				lua_pop(L, 1);
				continue;
			}
			s->scales =
			    tk_xrealloc(s->scales, (size_t)(s->nscales + 1) *
						       sizeof *s->scales);
			memset(&s->scales[s->nscales], 0, sizeof *s->scales);
			conv_scale(c, lua_tostring(L, -2), where,
				   &s->scales[s->nscales++]);
			lua_pop(L, 1);
		}
	} else if (t != LUA_TNIL) {
		conv_problem(c, where, "survey: 'scales' must be a table");
	}
	lua_pop(L, 1);
	add_builtin_scales(s);
	qsort(s->scales, (size_t)s->nscales, sizeof *s->scales, cmp_scale);

	/* Grades. */
	t = rawfield(L, idx, "grades");
	if (t == LUA_TTABLE) {
		int n = (int)lua_rawlen(L, -1);
		s->grades = tk_xcalloc((size_t)n + 1, sizeof *s->grades);
		for (int i = 1; i <= n; i++) {
			lua_rawgeti(L, -1, i);
			if (lua_istable(L, -1) &&
			    lua_rawgeti(L, -1, 1) == LUA_TSTRING &&
			    lua_rawgeti(L, -2, 2) == LUA_TNUMBER) {
				double min = lua_tonumber(L, -1);
				if (s->ngrades &&
				    min >= s->grades[s->ngrades - 1].min)
					conv_problem(
					    c, where,
					    "survey: grades must go from the highest minimum down");
				s->grades[s->ngrades].label =
				    tk_xstrdup(lua_tostring(L, -2));
				s->grades[s->ngrades++].min = min;
			} else {
				conv_problem(
				    c, where,
				    "survey: grade %d: expected { \"A\", 90 }",
				    i);
			}
			lua_settop(L, idx + 1);
		}
	} else if (t == LUA_TNIL) {
		static const char *const l[] = {"A", "B", "C", "D"};
		static const double m[] = {90, 75, 60, 0};
		s->grades = tk_xcalloc(4, sizeof *s->grades);
		for (int i = 0; i < 4; i++) {
			s->grades[i].label = tk_xstrdup(l[i]);
			s->grades[i].min = m[i];
		}
		s->ngrades = 4;
	} else {
		conv_problem(c, where, "survey: 'grades' must be a list");
	}
	if (t == LUA_TTABLE && s->ngrades == 0)
		conv_problem(c, where,
			     "survey: 'grades' needs at least one band");
	else if (s->ngrades && s->grades[s->ngrades - 1].min > 0)
		conv_problem(
		    c, where,
		    "survey: the lowest grade must start at 0, so that every score gets a grade");
	lua_settop(L, idx);

	/* Hooks. */
	s->has_score_hook = rawfield(L, idx, "score") == LUA_TFUNCTION;
	s->has_validate_hook = rawfield(L, idx, "validate") == LUA_TFUNCTION;
	s->has_report_hook = rawfield(L, idx, "report") == LUA_TFUNCTION;
	for (int i = 0; i < 3; i++)
		if (!lua_isnil(L, -1 - i) && !lua_isfunction(L, -1 - i))
			conv_problem(
			    c, where,
			    "survey: hooks score, validate and report must be functions");
	lua_settop(L, idx);

	/* Sections and their items. */
	t = rawfield(L, idx, "sections");
	if (t != LUA_TTABLE || (nsec = (int)lua_rawlen(L, -1)) == 0) {
		conv_problem(c, where, "survey: needs at least one section");
		lua_settop(L, idx);
		return;
	}
	for (int i = 1; i <= nsec; i++) {
		lua_rawgeti(L, -1, i);
		if (lua_istable(L, -1) &&
		    rawfield(L, -1, "items") == LUA_TTABLE)
			total += (int)lua_rawlen(L, -1);
		lua_settop(L, idx + 1);
	}
	s->sections = tk_xcalloc((size_t)nsec, sizeof *s->sections);
	s->items = tk_xcalloc((size_t)total + 1, sizeof *s->items);
	c->deps = deps = tk_xcalloc((size_t)total + 1, sizeof *deps);
	c->ndeps = total + 1;
	for (int i = 1; i <= nsec; i++) {
		static const char *const sec_allowed[] = {"id", "title",
							  "items", NULL};
		struct tk_section *sec = &s->sections[s->nsections];
		char swhere[300], what[128];
		int sidx, nitems;
		lua_rawgeti(L, idx + 1, i);
		sidx = lua_gettop(L);
		if (!lua_istable(L, sidx)) {
			conv_problem(c, where,
				     "survey: section %d is not a table", i);
			lua_settop(L, idx + 1);
			continue;
		}
		where_of(L, sidx, where, swhere, sizeof swhere);
		sec->id = get_str(c, sidx, "id", swhere, "section", 1);
		snprintf(what, sizeof what, "section '%s'",
			 sec->id ? sec->id : "?");
		if (!sec->id)
			sec->id = tk_xstrdup("");
		for (int j = 0; j < s->nsections; j++)
			if (*sec->id && !strcmp(s->sections[j].id, sec->id))
				conv_problem(c, swhere,
					     "%s: duplicate section id", what);
		check_keys(c, sidx, swhere, what, sec_allowed);
		sec->title = get_str(c, sidx, "title", swhere, what, 1);
		if (!sec->title)
			sec->title = tk_xstrdup("");
		sec->first = s->nitems;
		if (rawfield(L, sidx, "items") != LUA_TTABLE ||
		    (nitems = (int)lua_rawlen(L, -1)) == 0) {
			conv_problem(c, swhere, "%s: needs at least one item",
				     what);
			nitems = 0;
		}
		for (int j = 1; j <= nitems && s->nitems < total; j++) {
			lua_rawgeti(L, sidx + 1, j);
			if (!lua_istable(L, -1))
				conv_problem(c, swhere,
					     "%s: item %d is not a table", what,
					     j);
			else
				conv_item(c, lua_gettop(L), swhere,
					  s->nsections, &deps[s->nitems]);
			lua_settop(L, sidx + 1);
		}
		sec->count = s->nitems - sec->first;
		s->nsections++;
		lua_settop(L, idx + 1);
	}
	lua_settop(L, idx);

	/* Resolve applies.item now that every item is known. */
	for (int i = 0; i < s->nitems; i++) {
		struct tk_item *it = &s->items[i];
		int d;
		if (!deps[i].item)
			continue;
		d = tk_survey_item(s, deps[i].item);
		if (d < 0)
			conv_problem(c, c->name,
				     "item '%s': applies: no item '%s'", it->id,
				     deps[i].item);
		else if (d == i)
			conv_problem(c, c->name,
				     "item '%s': applies: refers to itself",
				     it->id);
		else if (s->items[d].type != TK_ITEM_CHOICE)
			conv_problem(
			    c, c->name,
			    "item '%s': applies: item '%s' is not a choice item",
			    it->id, deps[i].item);
		else {
			it->applies_item = d;
			for (int a = 0; a < it->napplies_any; a++)
				if (s->items[d].scale >= 0 &&
				    tk_scale_choice(
					&s->scales[s->items[d].scale],
					it->applies_any[a]) < 0)
					conv_problem(
					    c, c->name,
					    "item '%s': applies: '%s' is not a choice of item '%s'",
					    it->id, it->applies_any[a],
					    deps[i].item);
		}
		free(deps[i].item);
		deps[i].item = NULL;
	}
	free(deps);
	c->deps = NULL;
}

static void free_pending(struct conv *c)
{
	for (int i = 0; c->deps && i < c->ndeps; i++)
		free(c->deps[i].item);
	free(c->deps);
	c->deps = NULL;
}

/* Run the conversion as a protected call: (conv*, NA, survey table); the
 * survey table must be the top of the stack (conv_survey relies on it). */
static int conv_tramp(lua_State *L)
{
	struct conv *c = lua_touserdata(L, 1);
	c->L = L;
	c->na = 2;
	conv_survey(c, 3);
	return 0;
}

/* ----------------------------------------------------------- loading */

/*
 * Load plugin text `source` (named `name`) in a new state and convert the
 * declared survey.  When keep is given the state stays open for hooks
 * (*keep, *keep_ls, *keep_ref = the declared table); otherwise it is
 * closed.
 */
static int load_source(tk_host *h, const struct tk_survey *frozen,
		       const char *name, const char *source, size_t len,
		       const char *const *params, int nparams,
		       const struct tk_plugin_limits *lim, int depth,
		       struct tk_survey **out, lua_State **keep,
		       struct lstate **keep_ls, int *keep_ref,
		       struct tk_error *err)
{
	struct lstate *ls = tk_xcalloc(1, sizeof *ls);
	struct tk_buf params_text = {0};
	struct conv c = {0};
	struct tk_survey *s = NULL;
	lua_State *L;
	int api_ref, env, decl = 0, rc = TK_OK;
	char chunk[512];

	*out = NULL;
	ls->limit = lim->memory_bytes;
	ls->budget = lim->instructions;
	ls->host = h;
	ls->frozen = frozen;
	ls->depth = depth;
	ls->lim = *lim;
	L = new_state(ls, params, nparams, &params_text, &api_ref, err);
	if (!L) {
		free(ls);
		tk_buf_free(&params_text);
		return err->code ? err->code : TK_EPLUGIN;
	}
	env = lua_gettop(L);
	if (len >= 1 && source[0] == LUA_SIGNATURE[0]) {
		rc = tk_error_set(
		    err, TK_EPLUGIN,
		    "%s: precompiled (bytecode) plugins are not accepted; give the Lua source",
		    name);
		goto done;
	}
	snprintf(chunk, sizeof chunk, "@%s", name);
	if (luaL_loadbufferx(L, source, len, chunk, "t") != LUA_OK) {
		rc = tk_error_set(err, TK_EPLUGIN, "%s", lua_tostring(L, -1));
		goto done;
	}
	lua_pushvalue(L, env);
	lua_setupvalue(L, -2, 1); /* _ENV */
	if ((rc = protected_call(L, 0, 0, name, err)))
		goto done;
	lua_rawgeti(L, LUA_REGISTRYINDEX, api_ref);
	lua_pushliteral(L, "result");
	lua_rawget(L, -2);
	if ((rc = protected_call(L, 0, 1, name, err)))
		goto done;
	if (!lua_istable(L, -1)) {
		rc = tk_error_set(
		    err, TK_EPLUGIN,
		    "%s: declares no survey (call survey { ... } once)", name);
		goto done;
	}
	s = tk_xcalloc(1, sizeof *s);
	c.name = name;
	c.s = s;
	decl = lua_gettop(L);
	lua_pushcfunction(L, conv_tramp);
	lua_pushlightuserdata(L, &c);
	lua_getfield(L, LUA_REGISTRYINDEX, "tenken.NA");
	lua_pushvalue(L, decl);
	rc = protected_call(L, 3, 0, name, err);
	free_pending(&c);
	if (rc)
		goto done;
	if (c.nproblems) {
		if (c.nproblems > MAX_PROBLEMS)
			tk_buf_addf(&c.problems, "\n... and %d more problems",
				    c.nproblems - MAX_PROBLEMS);
		rc = tk_error_set(err, TK_EPLUGIN, "%s", c.problems.s);
		goto done;
	}
	s->source_name = tk_xstrdup(name);
	s->source = tk_xmalloc(len + 1);
	memcpy(s->source, source, len);
	s->source[len] = '\0';
	s->params = tk_buf_take(&params_text);
	s->ndeps = ls->ndeps;
	s->dep_ids = ls->dep_ids;
	s->dep_names = ls->dep_names;
	s->dep_sources = ls->dep_sources;
	ls->ndeps = 0;
	ls->dep_ids = ls->dep_names = ls->dep_sources = NULL;
	tk_survey_rehash(s);
	if (keep) {
		lua_pushvalue(L, decl);
		*keep_ref = luaL_ref(L, LUA_REGISTRYINDEX);
		*keep = L;
		*keep_ls = ls;
		L = NULL;
		ls = NULL;
	}
	*out = s;
	s = NULL;
done:
	tk_buf_free(&c.problems);
	tk_buf_free(&params_text);
	tk_survey_free(s);
	if (L)
		lua_close(L);
	lstate_free(ls);
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

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The *.lua files of dir, sorted. */
static int list_lua(const char *dir, char ***out, int *n, struct tk_error *err)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	int start = *n;
	if (!d)
		return tk_error_set(err, TK_EIO,
				    "%s: cannot read plugin directory", dir);
	while ((de = readdir(d))) {
		size_t len = strlen(de->d_name);
		struct tk_buf p = {0};
		if (len < 5 || strcmp(de->d_name + len - 4, ".lua") ||
		    de->d_name[0] == '.')
			continue;
		tk_buf_addf(&p, "%s/%s", dir, de->d_name);
		*out = tk_xrealloc(*out, (size_t)(*n + 1) * sizeof **out);
		(*out)[(*n)++] = tk_buf_take(&p);
	}
	closedir(d);
	qsort(*out + start, (size_t)(*n - start), sizeof **out, cmp_str);
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
		if (load_source(h, NULL, en->path, src, len, NULL, 0, &h->lim,
				0, &en->survey, NULL, NULL, NULL, &e))
			en->error = tk_xstrdup(e.message);
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
	rc = load_source(h, NULL, path, src, len, params, nparams, &h->lim, 0,
			 out, NULL, NULL, NULL, err);
	free(src);
	return rc;
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
	for (int i = 0; i < h->n; i++)
		if (h->e[i].error && strstr(h->e[i].path, id))
			return tk_error_set(err, TK_EPLUGIN,
					    "survey '%s' is unavailable: %s",
					    id, h->e[i].error);
	return tk_error_set(
	    err, TK_ENOTFOUND,
	    "no plugin declares survey '%s' (see `tenken plugin list`)", id);
}

/* ------------------------------------------------------------ hooks */

int tk_hooks_open(const struct tk_survey *s, const struct tk_plugin_limits *lim,
		  tk_hooks **out, struct tk_error *err)
{
	struct tk_plugin_limits l;
	tk_hooks *k = tk_xcalloc(1, sizeof *k);
	struct tk_survey *again = NULL;
	char **params = NULL;
	int nparams = 0, rc;

	*out = NULL;
	if (lim)
		l = *lim;
	else
		tk_plugin_limits_default(&l);
	/* Parameters were stored one "k=v" per line. */
	if (s->params && *s->params) {
		char *p = tk_xstrdup(s->params), *save = NULL, *tok;
		for (tok = strtok_r(p, "\n", &save); tok;
		     tok = strtok_r(NULL, "\n", &save)) {
			params = tk_xrealloc(params, (size_t)(nparams + 1) *
							 sizeof *params);
			params[nparams++] = tk_xstrdup(tok);
		}
		free(p);
	}
	rc = load_source(NULL, s, s->source_name, s->source, strlen(s->source),
			 (const char *const *)params, nparams, &l, 0, &again,
			 &k->L, &k->ls, &k->api_ref, err);
	for (int i = 0; i < nparams; i++)
		free(params[i]);
	free(params);
	if (rc) {
		free(k);
		return rc;
	}
	if (strcmp(again->hash, s->hash) != 0) {
		tk_survey_free(again);
		tk_hooks_close(k);
		return tk_error_set(
		    err, TK_EPLUGIN,
		    "%s: the stored plugin no longer reproduces survey %s (hash mismatch)",
		    s->source_name, s->id);
	}
	tk_survey_free(again);
	k->name = tk_xstrdup(s->source_name);
	k->s = s;
	*out = k;
	return TK_OK;
}

void tk_hooks_close(tk_hooks *k)
{
	if (!k)
		return;
	if (k->L)
		lua_close(k->L);
	lstate_free(k->ls);
	free(k->name);
	free(k);
}

/* Caps on what a hook may hand back (it is copied out of Lua). */
#define HOOK_MAX_ROWS  1000
#define HOOK_MAX_TEXT  32767 /* bytes of one label, value or message */
#define HOOK_MAX_TOTAL ((size_t)1 << 20) /* bytes of all rows or messages */

enum { HOOK_SCORE, HOOK_REPORT, HOOK_VALIDATE };

/* One hook call: its input, and what it returned, copied into C. */
struct hook_call {
	tk_hooks *k;
	int which;
	const char *code, *kind;
	const struct tk_hook_item *items;
	double def;
	int has_def;
	const char *const *answers;
	/* results */
	int present;   /* the survey has this hook */
	int has_score; /* score: a number came back */
	double score;
	char **labels, **values; /* report rows */
	int n;
	struct tk_buf *problems; /* validate */
	int *nproblems;
	size_t bytes;
};

/* The table the score and report hooks receive for one division. */
static void push_division(lua_State *L, const struct hook_call *hc)
{
	const struct tk_survey *s = hc->k->s;
	lua_createtable(L, 0, 5);
	lua_pushstring(L, hc->code);
	lua_setfield(L, -2, "code");
	lua_pushstring(L, hc->kind);
	lua_setfield(L, -2, "kind");
	if (hc->has_def)
		lua_pushnumber(L, hc->def);
	else
		lua_pushnil(L);
	lua_setfield(L, -2, "default");
	lua_createtable(L, 0, s->nitems);
	for (int i = 0; i < s->nitems; i++) {
		lua_createtable(L, 0, 3);
		if (hc->items[i].answered && hc->items[i].applicable) {
			lua_pushnumber(L, hc->items[i].value);
			lua_setfield(L, -2, "value");
		}
		lua_pushboolean(L, hc->items[i].applicable);
		lua_setfield(L, -2, "applicable");
		lua_pushnumber(L, s->items[i].weight);
		lua_setfield(L, -2, "weight");
		lua_setfield(L, -2, s->items[i].id);
	}
	lua_setfield(L, -2, "items");
}

/* A text a hook returned, checked: a string or a number (converted in
 * place), valid UTF-8, within the caps; "" for nil.  Raises a Lua error
 * otherwise.  The text belongs to the Lua stack slot idx. */
static const char *hook_text(lua_State *L, struct hook_call *hc, int idx,
			     const char *what)
{
	size_t len;
	const char *t;
	int type = lua_type(L, idx);
	if (type == LUA_TNIL)
		return "";
	if (type != LUA_TSTRING && type != LUA_TNUMBER)
		luaL_error(L, "%s: %s must be text or a number, not %s",
			   hc->k->name, what, lua_typename(L, type));
	t = lua_tolstring(L, idx, &len);
	if (len > HOOK_MAX_TEXT || (hc->bytes += len) > HOOK_MAX_TOTAL)
		luaL_error(L, "%s: %s is too long (limit %d bytes, %d in all)",
			   hc->k->name, what, HOOK_MAX_TEXT,
			   (int)HOOK_MAX_TOTAL);
	if (tk_utf8_valid_prefix(t, len) != len)
		luaL_error(L, "%s: %s is not valid UTF-8", hc->k->name, what);
	return t;
}

/*
 * Call one hook as a protected call (hook_tramp, with a hook_call as its
 * light userdata argument): building its argument, the call itself and
 * reading its result all run under the limits, and tables are read raw so
 * that no plugin metamethod runs outside them.  C memory made here hangs
 * off the hook_call, so the caller frees it on any outcome.
 */
static int hook_tramp(lua_State *L)
{
	static const char *const names[] = {"score", "report", "validate"};
	struct hook_call *hc = lua_touserdata(L, 1);
	const struct tk_survey *s = hc->k->s;
	int res;

	lua_rawgeti(L, LUA_REGISTRYINDEX, hc->k->api_ref);
	lua_pushstring(L, names[hc->which]);
	if (lua_rawget(L, -2) != LUA_TFUNCTION)
		return 0;
	hc->present = 1;
	if (hc->which == HOOK_VALIDATE) {
		lua_createtable(L, 0, s->nitems);
		for (int i = 0; i < s->nitems; i++)
			if (hc->answers[i]) {
				lua_pushstring(L, hc->answers[i]);
				lua_setfield(L, -2, s->items[i].id);
			}
	} else {
		push_division(L, hc);
	}
	lua_call(L, 1, 1);
	res = lua_gettop(L);

	if (hc->which == HOOK_SCORE) {
		if (lua_type(L, res) == LUA_TNUMBER) {
			double v = lua_tonumber(L, res);
			if (!(v >= 0 && v <= 100))
				return luaL_error(
				    L,
				    "%s: score hook returned %f for %s (must be 0..100)",
				    hc->k->name, v, hc->code);
			hc->score = v;
			hc->has_score = 1;
		} else if (!lua_isnil(L, res)) {
			return luaL_error(
			    L,
			    "%s: score hook returned a %s for %s (number or nil expected)",
			    hc->k->name, luaL_typename(L, res), hc->code);
		}
		return 0;
	}
	if (lua_isnil(L, res))
		return 0;
	if (!lua_istable(L, res))
		return luaL_error(L, "%s: %s hook must return nil or a list",
				  hc->k->name, names[hc->which]);
	lua_Unsigned len = lua_rawlen(L, res);
	if (len > HOOK_MAX_ROWS)
		return luaL_error(
		    L, "%s: %s hook returned %d rows (at most %d)", hc->k->name,
		    names[hc->which], (int)len, HOOK_MAX_ROWS);
	if (hc->which == HOOK_REPORT) {
		hc->labels = tk_xcalloc((size_t)len + 1, sizeof *hc->labels);
		hc->values = tk_xcalloc((size_t)len + 1, sizeof *hc->values);
	}
	for (lua_Unsigned i = 1; i <= len; i++) {
		lua_settop(L, res);
		if (lua_rawgeti(L, res, (lua_Integer)i) != LUA_TTABLE)
			return luaL_error(
			    L, "%s: %s hook row %d is not a table", hc->k->name,
			    names[hc->which], (int)i);
		if (hc->which == HOOK_REPORT) {
			const char *label, *value;
			lua_rawgeti(L, -1, 1);
			lua_rawgeti(L, -2, 2);
			label = hook_text(L, hc, -2, "a row label");
			value = hook_text(L, hc, -1, "a row value");
			/* Nothing below raises: the copies are owned at once.
			 */
			hc->labels[hc->n] = tk_xstrdup(label);
			hc->values[hc->n++] = tk_xstrdup(value);
		} else {
			const char *item, *msg;
			lua_pushliteral(L, "item");
			lua_rawget(L, -2);
			lua_pushliteral(L, "message");
			lua_rawget(L, -3);
			item = hook_text(L, hc, -2, "a problem's item");
			msg = hook_text(L, hc, -1, "a problem's message");
			if (hc->problems->len)
				tk_buf_addc(hc->problems, '\n');
			tk_buf_addf(hc->problems, "%s: %s", *item ? item : "?",
				    *msg ? msg : "rejected by the plugin");
			(*hc->nproblems)++;
		}
	}
	return 0;
}

static int hook_run(struct hook_call *hc, struct tk_error *err)
{
	lua_State *L = hc->k->L;
	int top = lua_gettop(L), rc;
	lua_pushcfunction(L, hook_tramp);
	lua_pushlightuserdata(L, hc);
	rc = protected_call(L, 1, 0, hc->k->name, err);
	lua_settop(L, top);
	return rc;
}

int tk_hooks_score(tk_hooks *k, const char *division_code,
		   const char *division_kind, const struct tk_hook_item *items,
		   double default_score, int has_default, double *score,
		   int *has_score, struct tk_error *err)
{
	struct hook_call hc = {0};
	int rc;
	hc.k = k;
	hc.which = HOOK_SCORE;
	hc.code = division_code;
	hc.kind = division_kind;
	hc.items = items;
	hc.def = default_score;
	hc.has_def = has_default;
	rc = hook_run(&hc, err);
	if (!rc && !hc.present) {
		*score = default_score;
		*has_score = has_default;
	} else {
		*score = hc.has_score ? hc.score : 0;
		*has_score = !rc && hc.has_score;
	}
	return rc;
}

int tk_hooks_report(tk_hooks *k, const char *division_code,
		    const char *division_kind, const struct tk_hook_item *items,
		    double default_score, int has_default, char ***labels,
		    char ***values, int *n, struct tk_error *err)
{
	struct hook_call hc = {0};
	int rc;
	hc.k = k;
	hc.which = HOOK_REPORT;
	hc.code = division_code;
	hc.kind = division_kind;
	hc.items = items;
	hc.def = default_score;
	hc.has_def = has_default;
	rc = hook_run(&hc, err);
	if (rc) {
		tk_hooks_rows_free(hc.labels, hc.values, hc.n);
		*labels = *values = NULL;
		*n = 0;
		return rc;
	}
	*labels = hc.labels;
	*values = hc.values;
	*n = hc.n;
	return TK_OK;
}

void tk_hooks_rows_free(char **labels, char **values, int n)
{
	for (int i = 0; i < n; i++) {
		free(labels[i]);
		free(values[i]);
	}
	free(labels);
	free(values);
}

int tk_hooks_validate(tk_hooks *k, const char *const *answers,
		      struct tk_buf *problems, int *nproblems,
		      struct tk_error *err)
{
	struct hook_call hc = {0};
	hc.k = k;
	hc.which = HOOK_VALIDATE;
	hc.answers = answers;
	hc.problems = problems;
	hc.nproblems = nproblems;
	return hook_run(&hc, err);
}
