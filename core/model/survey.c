/*
 * survey.c — the survey model: lookups, canonical JSON and hash.
 */
#include "model/survey.h"

#include "lib/digest.h"
#include "lib/json.h"

#include <stdlib.h>
#include <string.h>

static void free_strv(char **v, int n)
{
	for (int i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void tk_survey_free(struct tk_survey *s)
{
	if (!s)
		return;
	free(s->id);
	free(s->version);
	free(s->title);
	free(s->kind);
	free(s->description);
	free_strv(s->instructions, s->ninstructions);
	for (int i = 0; i < s->nscales; i++) {
		for (int j = 0; j < s->scales[i].nchoices; j++)
			free(s->scales[i].choices[j].label);
		free(s->scales[i].choices);
		free(s->scales[i].name);
	}
	free(s->scales);
	for (int i = 0; i < s->nsections; i++) {
		free(s->sections[i].id);
		free(s->sections[i].title);
	}
	free(s->sections);
	for (int i = 0; i < s->nitems; i++) {
		struct tk_item *it = &s->items[i];
		free(it->id);
		free(it->text);
		free(it->clause);
		free(it->guidance);
		free(it->evidence);
		free_strv(it->tags, it->ntags);
		free_strv(it->applies_any, it->napplies_any);
	}
	free(s->items);
	for (int i = 0; i < s->ngrades; i++)
		free(s->grades[i].label);
	free(s->grades);
	free(s->source_name);
	free(s->source);
	free(s->params);
	free_strv(s->dep_ids, s->ndeps);
	free_strv(s->dep_names, s->ndeps);
	free_strv(s->dep_sources, s->ndeps);
	free(s);
}

int tk_survey_item(const struct tk_survey *s, const char *id)
{
	for (int i = 0; i < s->nitems; i++)
		if (!strcmp(s->items[i].id, id))
			return i;
	return -1;
}

int tk_survey_scale(const struct tk_survey *s, const char *name)
{
	for (int i = 0; i < s->nscales; i++)
		if (!strcmp(s->scales[i].name, name))
			return i;
	return -1;
}

int tk_scale_choice(const struct tk_scale *sc, const char *label)
{
	for (int i = 0; i < sc->nchoices; i++)
		if (!strcmp(sc->choices[i].label, label))
			return i;
	return -1;
}

const char *tk_item_type_name(enum tk_item_type t)
{
	static const char *const names[] = {"choice", "number", "text", "date"};
	return names[t];
}

const char *tk_severity_name(enum tk_severity s)
{
	static const char *const names[] = {"high", "medium", "low"};
	return names[s];
}

const char *tk_respondent_name(enum tk_respondent r)
{
	return r == TK_RESP_STAFF ? "staff" : "division";
}

const char *tk_severity_label(enum tk_severity s)
{
	static const char *const names[] = {"重大", "中", "軽微"};
	return names[s];
}

const char *tk_survey_grade(const struct tk_survey *s, double score)
{
	for (int i = 0; i < s->ngrades; i++)
		if (score >= s->grades[i].min)
			return s->grades[i].label;
	return "";
}

/* Numbers of the canonical form: at most ten significant digits. */
#define NUM "%.10g"

/* [{"label":..,"value":..},...]; value null for 該当なし. */
static void json_choices(struct tk_json *j, const struct tk_scale *sc)
{
	tk_json_array(j);
	for (int i = 0; i < sc->nchoices; i++) {
		tk_json_object(j);
		tk_json_kv_str(j, "label", sc->choices[i].label);
		tk_json_key(j, "value");
		if (sc->choices[i].na)
			tk_json_null(j);
		else
			tk_json_num(j, sc->choices[i].value, NUM);
		tk_json_end(j);
	}
	tk_json_end(j);
}

/* The survey's own fields, hooks, grades and scales. */
static void json_head(struct tk_json *j, const struct tk_survey *s)
{
	tk_json_kv_str(j, "id", s->id);
	tk_json_kv_str(j, "version", s->version);
	tk_json_kv_str(j, "title", s->title);
	tk_json_kv_str(j, "kind", s->kind);
	tk_json_kv_str(j, "respondent", tk_respondent_name(s->respondent));
	tk_json_kv_str(j, "description", s->description ? s->description : "");
	tk_json_key(j, "instructions");
	tk_json_strv(j, s->instructions, s->ninstructions);
	tk_json_key(j, "hooks");
	tk_json_object(j);
	tk_json_kv_bool(j, "score", s->has_score_hook);
	tk_json_kv_bool(j, "validate", s->has_validate_hook);
	tk_json_kv_bool(j, "report", s->has_report_hook);
	tk_json_end(j);
	tk_json_key(j, "grades");
	tk_json_array(j);
	for (int i = 0; i < s->ngrades; i++) {
		tk_json_object(j);
		tk_json_kv_str(j, "label", s->grades[i].label);
		tk_json_kv_num(j, "min", s->grades[i].min, NUM);
		tk_json_end(j);
	}
	tk_json_end(j);
	tk_json_key(j, "scales");
	tk_json_object(j);
	for (int i = 0; i < s->nscales; i++) {
		tk_json_key(j, s->scales[i].name);
		json_choices(j, &s->scales[i]);
	}
	tk_json_end(j);
}

/* An item's applicability: null, or {"kind":[..],"item":..,"any":[..]}. */
static void json_applies(struct tk_json *j, const struct tk_survey *s,
			 const struct tk_item *it)
{
	if (!it->applies_kinds && it->applies_item < 0) {
		tk_json_null(j);
		return;
	}
	tk_json_object(j);
	tk_json_key(j, "kind");
	tk_json_array(j);
	for (int k = 0; k < TK_KIND_COUNT; k++)
		if (it->applies_kinds & (1u << k))
			tk_json_str(j, tk_kind_code(1u << k));
	tk_json_end(j);
	tk_json_kv_str(j, "item",
		       it->applies_item >= 0 ? s->items[it->applies_item].id
					     : NULL);
	tk_json_key(j, "any");
	tk_json_strv(j, it->applies_any, it->napplies_any);
	tk_json_end(j);
}

static void json_item(struct tk_json *j, const struct tk_survey *s,
		      const struct tk_item *it)
{
	const struct tk_scale *sc =
	    it->scale >= 0 ? &s->scales[it->scale] : NULL;
	tk_json_object(j);
	tk_json_kv_str(j, "id", it->id);
	tk_json_kv_str(j, "text", it->text);
	tk_json_kv_str(j, "clause", it->clause);
	tk_json_kv_str(j, "type", tk_item_type_name(it->type));
	tk_json_kv_str(j, "scale", sc ? sc->name : NULL);
	tk_json_key(j, "choices");
	if (sc)
		json_choices(j, sc);
	else
		tk_json_null(j);
	tk_json_kv_num(j, "weight", it->weight, NUM);
	tk_json_kv_str(j, "severity", tk_severity_name(it->severity));
	tk_json_kv_bool(j, "required", it->required);
	tk_json_kv_str(j, "guidance", it->guidance ? it->guidance : "");
	tk_json_kv_str(j, "evidence", it->evidence ? it->evidence : "");
	tk_json_key(j, "tags");
	tk_json_strv(j, it->tags, it->ntags);
	tk_json_key(j, "applies");
	json_applies(j, s, it);
	if (it->has_min) {
		tk_json_kv_num(j, "min", it->min, NUM);
	}
	if (it->has_max) {
		tk_json_kv_num(j, "max", it->max, NUM);
	}
	tk_json_end(j);
}

/* Sections one per line ("\n{"), items one per line ("\n {"), no line
 * before the closing brackets: the exact bytes the hashes are pinned to. */
static void json_sections(struct tk_json *j, const struct tk_survey *s)
{
	tk_json_array_layout(j, "\n", "");
	for (int si = 0; si < s->nsections; si++) {
		const struct tk_section *sec = &s->sections[si];
		tk_json_object(j);
		tk_json_kv_str(j, "id", sec->id);
		tk_json_kv_str(j, "title", sec->title);
		tk_json_key(j, "items");
		tk_json_array_layout(j, "\n ", "");
		for (int i = sec->first; i < sec->first + sec->count; i++)
			json_item(j, s, &s->items[i]);
		tk_json_end(j);
		tk_json_end(j);
	}
	tk_json_end(j);
}

void tk_survey_json_members(struct tk_json *j, const struct tk_survey *s)
{
	json_head(j, s);
	tk_json_key(j, "sections");
	json_sections(j, s);
}

char *tk_survey_json(const struct tk_survey *s)
{
	struct tk_buf b = {0};
	struct tk_json j;
	tk_json_init(&j, &b, TK_JSON_CANONICAL);
	tk_json_object(&j);
	tk_survey_json_members(&j, s);
	tk_json_end(&j);
	return tk_buf_take(&b);
}

void tk_survey_rehash(struct tk_survey *s)
{
	char *j = tk_survey_json(s);
	struct tk_buf b = {0};
	tk_buf_adds(&b, j);
	/* Hooks live in the source, and may read the parameters and the
	 * plugins the source read: a change in any is a changed survey. */
	if (s->has_score_hook || s->has_validate_hook || s->has_report_hook) {
		tk_buf_addc(&b, '\0');
		tk_buf_adds(&b, s->source ? s->source : "");
		tk_buf_addc(&b, '\0');
		tk_buf_adds(&b, s->params ? s->params : "");
		for (int i = 0; i < s->ndeps; i++) {
			tk_buf_addc(&b, '\0');
			tk_buf_adds(&b, s->dep_sources[i]);
		}
	}
	tk_sha256_hex(b.s, b.len, s->hash);
	tk_buf_free(&b);
	free(j);
}
