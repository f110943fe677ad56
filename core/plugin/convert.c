/*
 * convert.c — from Lua tables to the survey model: the survey a plugin
 * declared is read raw (no metamethods run), checked completely (every
 * problem is listed, up to a limit) and made into a struct tk_survey; and
 * back, a survey as the table checklist() hands to another plugin.
 */
#include "plugin/internal.h"

#include "lib/i18n.h"
#include "lib/problems.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void set_str(lua_State *L, const char *k, const char *v)
{
	lua_pushstring(L, v ? v : "");
	lua_setfield(L, -2, k);
}

/* A list of strings. */
static void push_strv(lua_State *L, char *const *v, int n)
{
	lua_createtable(L, n, 0);
	for (int i = 0; i < n; i++) {
		lua_pushstring(L, v[i]);
		lua_rawseti(L, -2, i + 1);
	}
}

/* scales: name -> list of { label, value } (value NA at stack index na). */
static void push_scales(lua_State *L, const struct tk_survey *s, int na)
{
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
}

/* applies = { kind = {..}, item = id, any = {..} } */
static void push_applies(lua_State *L, const struct tk_survey *s,
			 const struct tk_item *it)
{
	static const char *const kinds[] = {"bureau", "hq", "station"};
	lua_createtable(L, 0, 3);
	if (it->applies_kinds) {
		int n = 0;
		lua_newtable(L);
		for (int k = 0; k < 3; k++)
			if (it->applies_kinds & (1u << k)) {
				lua_pushstring(L, kinds[k]);
				lua_rawseti(L, -2, ++n);
			}
		lua_setfield(L, -2, "kind");
	}
	if (it->applies_item >= 0) {
		set_str(L, "item", s->items[it->applies_item].id);
		push_strv(L, it->applies_any, it->napplies_any);
		lua_setfield(L, -2, "any");
	}
	lua_setfield(L, -2, "applies");
}

static void push_item(lua_State *L, const struct tk_survey *s,
		      const struct tk_item *it)
{
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
	push_strv(L, it->tags, it->ntags);
	lua_setfield(L, -2, "tags");
	if (it->applies_kinds || it->applies_item >= 0)
		push_applies(L, s, it);
	if (it->has_min) {
		lua_pushnumber(L, it->min);
		lua_setfield(L, -2, "min");
	}
	if (it->has_max) {
		lua_pushnumber(L, it->max);
		lua_setfield(L, -2, "max");
	}
}

void tk_push_survey(lua_State *L, const struct tk_survey *s)
{
	lua_getfield(L, LUA_REGISTRYINDEX, "tenken.NA");
	int na = lua_gettop(L);
	lua_createtable(L, 0, 8);
	set_str(L, "id", s->id);
	set_str(L, "version", s->version);
	set_str(L, "title", s->title);
	set_str(L, "kind", s->kind);
	set_str(L, "respondent", tk_respondent_name(s->respondent));
	push_scales(L, s, na);
	lua_setfield(L, -2, "scales");
	lua_createtable(L, s->nsections, 0);
	for (int si = 0; si < s->nsections; si++) {
		const struct tk_section *sec = &s->sections[si];
		lua_createtable(L, 0, 3);
		set_str(L, "id", sec->id);
		set_str(L, "title", sec->title);
		lua_createtable(L, sec->count, 0);
		for (int i = 0; i < sec->count; i++) {
			push_item(L, s, &s->items[sec->first + i]);
			lua_rawseti(L, -2, i + 1);
		}
		lua_setfield(L, -2, "items");
		lua_rawseti(L, -2, si + 1);
	}
	lua_setfield(L, -2, "sections");
	lua_remove(L, na);
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
	struct tk_problems problems; /* every problem found, up to a limit */
	const char *name;	     /* plugin file */
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
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, _(fmt), ap);
	va_end(ap);
	tk_problem(&c->problems, "%s: %s", where, msg);
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
		       const char *field, int one_line)
{
	size_t len;
	const char *t = lua_tolstring(c->L, -1, &len); /* the text: stack top */
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
		check_text(c, where, what, field, 0);
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
	/* A sequence cut short by the end of the string is not katakana. */
	if (u[0] != 0xE3 || !u[1] || !u[2])
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
			check_text(c, where, "scale", name, 1);
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
		check_text(c, where, what, field, 1);
		*v = tk_xcalloc(1, sizeof **v);
		(*v)[n++] = tk_xstrdup(text);
	} else if (t == LUA_TTABLE) {
		int len = (int)lua_rawlen(L, -1);
		*v = tk_xcalloc((size_t)len + 1, sizeof **v);
		for (int i = 1; i <= len; i++) {
			if (lua_rawgeti(L, -1, i) == LUA_TSTRING) {
				size_t l;
				const char *text = lua_tolstring(L, -1, &l);
				check_text(c, where, what, field, 1);
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

/* type and scale of the item at idx. */
static void item_type(struct conv *c, int idx, const char *where,
		      const char *what, struct tk_item *it)
{
	struct tk_survey *s = c->s;
	char *type, *scale;
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
}

/* weight, severity, required, min and max of the item at idx. */
static void item_numbers(struct conv *c, int idx, const char *where,
			 const char *what, struct tk_item *it)
{
	lua_State *L = c->L;
	char *sev;
	double w;
	int t;
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
}

/* The applies table at a: kinds, and the item and answers it depends on
 * (dep->item, resolved once all items are read). */
static void item_applies(struct conv *c, int a, const char *where,
			 const char *what, struct tk_item *it,
			 struct pending_dep *dep)
{
	static const char *const app_allowed[] = {"kind", "item", "any", NULL};
	char **kinds;
	int nk;
	check_keys(c, a, where, "applies", app_allowed);
	nk = get_strv(c, a, "kind", where, "applies", &kinds);
	for (int k = 0; k < nk; k++) {
		if (tk_kind_bit(kinds[k]))
			it->applies_kinds |= tk_kind_bit(kinds[k]);
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
		conv_problem(c, where, "%s: applies: 'any' needs 'item'", what);
	if (!nk && !dep->item)
		conv_problem(c, where, "%s: applies: give 'kind' or 'item'",
			     what);
}

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
	item_type(c, idx, where, what, it);
	item_numbers(c, idx, where, what, it);
	it->ntags = get_strv(c, idx, "tags", where, what, &it->tags);
	t = rawfield(L, idx, "applies");
	if (t == LUA_TTABLE)
		item_applies(c, lua_gettop(L), where, what, it, dep);
	else if (t != LUA_TNIL)
		conv_problem(c, where, "%s: 'applies' must be a table", what);
	lua_pop(L, 1);
	if (tk_survey_kind_is_audit(s->kind))
		if (!it->evidence || !*it->evidence)
			conv_problem(
			    c, where,
			    "%s: audit checklist items need 'evidence' (the records to examine)",
			    what);
	s->nitems++;
}

/* The survey's own fields. */
static void conv_head(struct conv *c, int idx, const char *where)
{
	static const char *const allowed[] = {
	    "id",	   "version",	   "title",  "kind",   "respondent",
	    "description", "instructions", "scales", "grades", "sections",
	    "score",	   "validate",	   "report", NULL};
	struct tk_survey *s = c->s;
	char *resp;

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
	if (s->kind && !tk_survey_kind_valid(s->kind))
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
}

/* Scales: the plugin's own, then the built-ins, sorted by name. */
static void conv_scales(struct conv *c, int idx, const char *where)
{
	lua_State *L = c->L;
	struct tk_survey *s = c->s;
	int t;
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
}

/* The default grades A (90), B (75), C (60), D (0). */
static void default_grades(struct tk_survey *s)
{
	static const char *const l[] = {"A", "B", "C", "D"};
	static const double m[] = {90, 75, 60, 0};
	s->grades = tk_xcalloc(4, sizeof *s->grades);
	for (int i = 0; i < 4; i++) {
		s->grades[i].label = tk_xstrdup(l[i]);
		s->grades[i].min = m[i];
	}
	s->ngrades = 4;
}

static void conv_grades(struct conv *c, int idx, const char *where)
{
	lua_State *L = c->L;
	struct tk_survey *s = c->s;
	int t;
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
		default_grades(s);
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
}

static void conv_hooks(struct conv *c, int idx, const char *where)
{
	lua_State *L = c->L;
	struct tk_survey *s = c->s;
	s->has_score_hook = rawfield(L, idx, "score") == LUA_TFUNCTION;
	s->has_validate_hook = rawfield(L, idx, "validate") == LUA_TFUNCTION;
	s->has_report_hook = rawfield(L, idx, "report") == LUA_TFUNCTION;
	for (int i = 0; i < 3; i++)
		if (!lua_isnil(L, -1 - i) && !lua_isfunction(L, -1 - i))
			conv_problem(
			    c, where,
			    "survey: hooks score, validate and report must be functions");
	lua_settop(L, idx);
}

/* Section i of the sections list at idx + 1; its items go to s->items
 * (at most total in all) with their pending applies.item in deps. */
static void conv_section(struct conv *c, int idx, const char *where, int i,
			 int total)
{
	lua_State *L = c->L;
	struct tk_survey *s = c->s;
	struct pending_dep *deps = c->deps;
	static const char *const sec_allowed[] = {"id", "title", "items", NULL};
	struct tk_section *sec = &s->sections[s->nsections];
	char swhere[300], what[128];
	int sidx, nitems;
	lua_rawgeti(L, idx + 1, i);
	sidx = lua_gettop(L);
	if (!lua_istable(L, sidx)) {
		conv_problem(c, where, "survey: section %d is not a table", i);
		lua_settop(L, idx + 1);
		return;
	}
	where_of(L, sidx, where, swhere, sizeof swhere);
	sec->id = get_str(c, sidx, "id", swhere, "section", 1);
	snprintf(what, sizeof what, "section '%s'", sec->id ? sec->id : "?");
	if (!sec->id)
		sec->id = tk_xstrdup("");
	for (int j = 0; j < s->nsections; j++)
		if (*sec->id && !strcmp(s->sections[j].id, sec->id))
			conv_problem(c, swhere, "%s: duplicate section id",
				     what);
	check_keys(c, sidx, swhere, what, sec_allowed);
	sec->title = get_str(c, sidx, "title", swhere, what, 1);
	if (!sec->title)
		sec->title = tk_xstrdup("");
	sec->first = s->nitems;
	if (rawfield(L, sidx, "items") != LUA_TTABLE ||
	    (nitems = (int)lua_rawlen(L, -1)) == 0) {
		conv_problem(c, swhere, "%s: needs at least one item", what);
		nitems = 0;
	}
	for (int j = 1; j <= nitems && s->nitems < total; j++) {
		lua_rawgeti(L, sidx + 1, j);
		if (!lua_istable(L, -1))
			conv_problem(c, swhere, "%s: item %d is not a table",
				     what, j);
		else
			conv_item(c, lua_gettop(L), swhere, s->nsections,
				  &deps[s->nitems]);
		lua_settop(L, sidx + 1);
	}
	sec->count = s->nitems - sec->first;
	s->nsections++;
	lua_settop(L, idx + 1);
}

/* Sections and their items; 0 when there are none. */
static int conv_sections(struct conv *c, int idx, const char *where)
{
	lua_State *L = c->L;
	struct tk_survey *s = c->s;
	int nsec, total = 0;
	if (rawfield(L, idx, "sections") != LUA_TTABLE ||
	    (nsec = (int)lua_rawlen(L, -1)) == 0) {
		conv_problem(c, where, "survey: needs at least one section");
		lua_settop(L, idx);
		return 0;
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
	c->deps = tk_xcalloc((size_t)total + 1, sizeof *c->deps);
	c->ndeps = total + 1;
	for (int i = 1; i <= nsec; i++)
		conv_section(c, idx, where, i, total);
	lua_settop(L, idx);
	return 1;
}

/* Resolve applies.item now that every item is known. */
static void resolve_applies(struct conv *c)
{
	struct tk_survey *s = c->s;
	struct pending_dep *deps = c->deps;
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

static void conv_survey(struct conv *c, int idx)
{
	char where[300];
	where_of(c->L, idx, c->name, where, sizeof where);
	conv_head(c, idx, where);
	conv_scales(c, idx, where);
	conv_grades(c, idx, where);
	conv_hooks(c, idx, where);
	if (conv_sections(c, idx, where))
		resolve_applies(c);
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

int tk_convert(lua_State *L, int decl, const char *name, struct tk_survey *s,
	       struct tk_error *err)
{
	struct conv c = {0};
	int rc;
	c.name = name;
	c.s = s;
	c.problems.max = MAX_PROBLEMS;
	lua_pushcfunction(L, conv_tramp);
	lua_pushlightuserdata(L, &c);
	lua_getfield(L, LUA_REGISTRYINDEX, "tenken.NA");
	lua_pushvalue(L, decl);
	rc = tk_lua_call(L, 3, 0, name, err);
	free_pending(&c);
	if (!rc && c.problems.count)
		rc = tk_problems_error(&c.problems, err, TK_EPLUGIN);
	tk_problems_free(&c.problems);
	return rc;
}
