/*
 * sandbox.c — the Lua sandbox of the plugin host: states with a capped
 * allocator and an instruction budget, the one protected entry point into
 * plugin code, the process-wide limits, and the guarded libraries a plugin
 * gets (one table, opened in one loop).
 */
#include "plugin/internal.h"

#include "prelude.h" /* generated from plugins/prelude.lua */

#include <lualib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HOOK_EVERY 1000 /* instructions between count-hook calls */
#define CHURN_FACTOR                                                           \
	32 /* bytes allocated per call, as a multiple of the cap               \
	    */

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

/* ------------------------------------------------------------ state */

/* Free a state's accounting and the dependencies it recorded; NULL ok. */
void tk_lstate_free(struct lstate *ls)
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

struct lstate *tk_lstate_of(lua_State *L)
{
	void *ud;
	lua_getallocf(L, &ud);
	return ud;
}

static void count_hook(lua_State *L, lua_Debug *ar)
{
	struct lstate *ls = tk_lstate_of(L);
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
int tk_lua_call(lua_State *L, int nargs, int nres, const char *name,
		struct tk_error *err)
{
	struct lstate *ls = tk_lstate_of(L);
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

/*
 * pcall and xpcall for plugins: like the base ones, except that once a
 * limit has been hit the error is not catchable, so a plugin cannot run
 * on by wrapping its endless loop in pcall.
 */
static int finish_pcall(lua_State *L, int status, int extra)
{
	struct lstate *ls = tk_lstate_of(L);
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

/* The libraries opened in a state, as in Lua's linit.c. */
static const luaL_Reg opened[] = {
    {LUA_GNAME, luaopen_base},	     {LUA_STRLIBNAME, luaopen_string},
    {LUA_TABLIBNAME, luaopen_table}, {LUA_MATHLIBNAME, luaopen_math},
    {LUA_UTF8LIBNAME, luaopen_utf8}, {NULL, NULL}};

static const char *const string_skip[] = {"dump", NULL};
static const char *const math_skip[] = {"randomseed", NULL};

/* How a grant puts something into a plugin's environment. */
enum {
	G_GLOBAL,  /* env[name] = the global name */
	G_LIB,	   /* env[lib] = a copy of library lib, less skip */
	G_WRAP,	   /* env[lib][name] = fn with the original as upvalue */
	G_REPLACE, /* env[name] = fn */
};

struct grant {
	int how;
	const char *lib, *name;
	lua_CFunction fn;
	const char *const *skip;
};

/* Everything a plugin gets, in the order it is granted: nothing else of
 * the opened libraries is reachable from plugin code. */
static const struct grant grants[] = {
    {G_GLOBAL, NULL, "assert", NULL, NULL},
    {G_GLOBAL, NULL, "error", NULL, NULL},
    {G_GLOBAL, NULL, "ipairs", NULL, NULL},
    {G_GLOBAL, NULL, "next", NULL, NULL},
    {G_GLOBAL, NULL, "pairs", NULL, NULL},
    {G_GLOBAL, NULL, "rawequal", NULL, NULL},
    {G_GLOBAL, NULL, "rawlen", NULL, NULL},
    {G_GLOBAL, NULL, "select", NULL, NULL},
    {G_GLOBAL, NULL, "tonumber", NULL, NULL},
    {G_GLOBAL, NULL, "tostring", NULL, NULL},
    {G_GLOBAL, NULL, "type", NULL, NULL},
    {G_GLOBAL, NULL, "setmetatable", NULL, NULL},
    {G_GLOBAL, NULL, "getmetatable", NULL, NULL},
    {G_LIB, LUA_STRLIBNAME, NULL, NULL, string_skip},
    {G_LIB, LUA_TABLIBNAME, NULL, NULL, NULL},
    {G_LIB, LUA_MATHLIBNAME, NULL, NULL, math_skip},
    {G_LIB, LUA_UTF8LIBNAME, NULL, NULL, NULL},
    {G_WRAP, LUA_STRLIBNAME, "find", l_guard, NULL},
    {G_WRAP, LUA_STRLIBNAME, "match", l_guard, NULL},
    {G_WRAP, LUA_STRLIBNAME, "gmatch", l_guard, NULL},
    {G_WRAP, LUA_STRLIBNAME, "gsub", l_guard, NULL},
    {G_REPLACE, NULL, "setmetatable", l_setmetatable, NULL},
    {G_WRAP, LUA_STRLIBNAME, "rep", l_rep, NULL},
    {G_WRAP, LUA_TABLIBNAME, "move", l_move, NULL},
    {G_REPLACE, NULL, "pcall", l_pcall, NULL},
    {G_REPLACE, NULL, "xpcall", l_xpcall, NULL},
};

/* Open the libraries and hide the strings' shared metatable. */
static void open_libs(lua_State *L)
{
	for (const luaL_Reg *lib = opened; lib->func; lib++)
		luaL_requiref(L, lib->name, lib->func, 1);
	lua_settop(L, 0);
	lua_pushliteral(L, "");
	if (lua_getmetatable(L, -1)) {
		lua_pushliteral(L, "string");
		lua_setfield(L, -2, "__metatable");
		lua_pop(L, 1);
	}
	lua_pop(L, 1);
}

/* Push a new environment holding the grants. */
static int make_env(lua_State *L)
{
	int env;
	lua_newtable(L);
	env = lua_gettop(L);
	for (size_t i = 0; i < sizeof grants / sizeof grants[0]; i++) {
		const struct grant *g = &grants[i];
		switch (g->how) {
		case G_GLOBAL:
			lua_getglobal(L, g->name);
			lua_setfield(L, env, g->name);
			break;
		case G_LIB:
			copy_lib(L, env, g->lib, g->skip);
			break;
		case G_WRAP:
			wrap(L, env, g->lib, g->name, g->fn);
			break;
		case G_REPLACE:
			lua_pushcfunction(L, g->fn);
			lua_setfield(L, env, g->name);
			break;
		}
	}
	/* Method calls on strings ("x"):find() must see the guarded table. */
	lua_pushliteral(L, "");
	lua_getmetatable(L, -1);
	lua_getfield(L, env, LUA_STRLIBNAME);
	lua_setfield(L, -2, "__index");
	lua_pop(L, 2);
	lua_pushvalue(L, env);
	lua_setfield(L, env, "_G");
	return env;
}

/* A parameter asked for and not given: noted, so that a plugin that fails
 * without its parameters is listed as needing them (plugin.h). */
static int params_miss(lua_State *L)
{
	tk_lstate_of(L)->params_missed = 1;
	lua_pushnil(L);
	return 1;
}

/* Push the parameters as a table; params_text gets them one per line. */
static int push_params(lua_State *L, const char *const *params, int nparams,
		       struct tk_buf *params_text, struct tk_error *err)
{
	lua_newtable(L);
	for (int i = 0; i < nparams; i++) {
		const char *eq = strchr(params[i], '=');
		if (!eq || eq == params[i])
			return tk_error_set(err, TK_EUSAGE,
					    "--param '%s': expected KEY=VALUE",
					    params[i]);
		lua_pushlstring(L, params[i], (size_t)(eq - params[i]));
		lua_pushstring(L, eq + 1);
		lua_rawset(L, -3);
		if (params_text) {
			if (params_text->len)
				tk_buf_addc(params_text, '\n');
			tk_buf_adds(params_text, params[i]);
		}
	}
	lua_newtable(L);
	lua_pushcfunction(L, params_miss);
	lua_setfield(L, -2, "__index");
	lua_setmetatable(L, -2);
	return TK_OK;
}

/* Push the prelude (trusted, in text mode) and its first arguments:
 * (env, where, checklist); the parameters come next. */
static int load_prelude(lua_State *L, int env, struct tk_error *err)
{
	if (luaL_loadbufferx(L, tk_prelude_lua, sizeof tk_prelude_lua - 1,
			     "=prelude", "t") != LUA_OK)
		return tk_error_set(err, TK_EPLUGIN, "prelude: %s",
				    lua_tostring(L, -1));
	lua_pushvalue(L, env);
	lua_pushcfunction(L, l_where);
	lua_pushcfunction(L, tk_l_checklist);
	return TK_OK;
}

/* Run the prelude pushed with its four arguments; *api_ref gets the API
 * table it returns. */
static int run_prelude(lua_State *L, int *api_ref, struct tk_error *err)
{
	if (tk_lua_call(L, 4, 1, "prelude", err))
		return TK_EPLUGIN;
	lua_getfield(L, -1, "NA");
	lua_setfield(L, LUA_REGISTRYINDEX, "tenken.NA");
	*api_ref = luaL_ref(L, LUA_REGISTRYINDEX);
	return TK_OK;
}

/* No undeclared globals: read or written. */
static void guard_env(lua_State *L, int env)
{
	lua_newtable(L);
	lua_pushcfunction(L, guard_index);
	lua_setfield(L, -2, "__index");
	lua_pushcfunction(L, guard_newindex);
	lua_setfield(L, -2, "__newindex");
	lua_pushliteral(L, "environment");
	lua_setfield(L, -2, "__metatable");
	lua_setmetatable(L, env);
}

lua_State *tk_lstate_new(struct lstate *ls, const char *const *params,
			 int nparams, struct tk_buf *params_text, int *api_ref,
			 struct tk_error *err)
{
	lua_State *L = lua_newstate(l_alloc, ls);
	int env;
	if (!L) {
		tk_error_set(err, TK_ENOMEM, "cannot create a Lua state");
		return NULL;
	}
	open_libs(L);
	env = make_env(L);
	if (load_prelude(L, env, err) ||
	    push_params(L, params, nparams, params_text, err) ||
	    run_prelude(L, api_ref, err)) {
		lua_close(L);
		return NULL;
	}
	/* Guard the environment last, so the prelude could fill it. */
	guard_env(L, env);
	return L;
}
