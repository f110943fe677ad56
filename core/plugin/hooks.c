/*
 * hooks.c — the score, validate and report hooks of a frozen survey, run
 * in a state rebuilt from the survey's stored source, parameters and
 * dependencies, with what they return copied into C under caps.
 */
#include "plugin/internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	struct tk_load rq = {.frozen = s,
			     .name = s->source_name,
			     .source = s->source,
			     .len = strlen(s->source),
			     .params = (const char *const *)params,
			     .nparams = nparams,
			     .lim = &l,
			     .keep = 1};
	rc = tk_load_source(&rq, &again, err);
	k->L = rq.L;
	k->ls = rq.ls;
	k->api_ref = rq.decl_ref;
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
	tk_lstate_free(k->ls);
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

static const char *const hook_names[] = {"score", "report", "validate"};

/* The score hook's result at res: a number in [0,100] or nil. */
static int score_result(lua_State *L, struct hook_call *hc, int res)
{
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

/* One row (on the stack top) of a report or validate hook's result. */
static void copy_row(lua_State *L, struct hook_call *hc)
{
	if (hc->which == HOOK_REPORT) {
		const char *label, *value;
		lua_rawgeti(L, -1, 1);
		lua_rawgeti(L, -2, 2);
		label = hook_text(L, hc, -2, "a row label");
		value = hook_text(L, hc, -1, "a row value");
		/* Nothing below raises: the copies are owned at once. */
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

/* The report or validate hook's result at res: nil or a list of rows. */
static int rows_result(lua_State *L, struct hook_call *hc, int res)
{
	const char *name = hook_names[hc->which];
	lua_Unsigned len;
	if (lua_isnil(L, res))
		return 0;
	if (!lua_istable(L, res))
		return luaL_error(L, "%s: %s hook must return nil or a list",
				  hc->k->name, name);
	len = lua_rawlen(L, res);
	if (len > HOOK_MAX_ROWS)
		return luaL_error(L,
				  "%s: %s hook returned %d rows (at most %d)",
				  hc->k->name, name, (int)len, HOOK_MAX_ROWS);
	if (hc->which == HOOK_REPORT) {
		hc->labels = tk_xcalloc((size_t)len + 1, sizeof *hc->labels);
		hc->values = tk_xcalloc((size_t)len + 1, sizeof *hc->values);
	}
	for (lua_Unsigned i = 1; i <= len; i++) {
		lua_settop(L, res);
		if (lua_rawgeti(L, res, (lua_Integer)i) != LUA_TTABLE)
			return luaL_error(L,
					  "%s: %s hook row %d is not a table",
					  hc->k->name, name, (int)i);
		copy_row(L, hc);
	}
	return 0;
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
	struct hook_call *hc = lua_touserdata(L, 1);
	const struct tk_survey *s = hc->k->s;

	lua_rawgeti(L, LUA_REGISTRYINDEX, hc->k->api_ref);
	lua_pushstring(L, hook_names[hc->which]);
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
	if (hc->which == HOOK_SCORE)
		return score_result(L, hc, lua_gettop(L));
	return rows_result(L, hc, lua_gettop(L));
}

static int hook_run(struct hook_call *hc, struct tk_error *err)
{
	lua_State *L = hc->k->L;
	int top = lua_gettop(L), rc;
	lua_pushcfunction(L, hook_tramp);
	lua_pushlightuserdata(L, hc);
	rc = tk_lua_call(L, 1, 0, hc->k->name, err);
	lua_settop(L, top);
	return rc;
}

/* A hook call for division d. */
static void division_call(struct hook_call *hc, tk_hooks *k, int which,
			  const struct tk_hook_division *d)
{
	memset(hc, 0, sizeof *hc);
	hc->k = k;
	hc->which = which;
	hc->code = d->code;
	hc->kind = d->kind;
	hc->items = d->items;
	hc->def = d->default_score;
	hc->has_def = d->has_default;
}

int tk_hooks_score_division(tk_hooks *k, const struct tk_hook_division *d,
			    double *score, int *has_score, struct tk_error *err)
{
	struct hook_call hc;
	int rc;
	division_call(&hc, k, HOOK_SCORE, d);
	rc = hook_run(&hc, err);
	if (!rc && !hc.present) {
		*score = d->default_score;
		*has_score = d->has_default;
	} else {
		*score = hc.has_score ? hc.score : 0;
		*has_score = !rc && hc.has_score;
	}
	return rc;
}

int tk_hooks_report_division(tk_hooks *k, const struct tk_hook_division *d,
			     struct tk_hook_rows *rows, struct tk_error *err)
{
	struct hook_call hc;
	int rc;
	division_call(&hc, k, HOOK_REPORT, d);
	rc = hook_run(&hc, err);
	if (rc) {
		tk_hooks_rows_free(hc.labels, hc.values, hc.n);
		rows->labels = rows->values = NULL;
		rows->n = 0;
		return rc;
	}
	rows->labels = hc.labels;
	rows->values = hc.values;
	rows->n = hc.n;
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
