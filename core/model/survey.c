/*
 * survey.c — the survey model: lookups, canonical JSON and hash.
 */
#include "model/survey.h"

#include "lib/digest.h"

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

static void json_num(struct tk_buf *b, double v)
{
	char tmp[32];
	snprintf(tmp, sizeof tmp, "%.10g", v);
	tk_buf_adds(b, tmp);
}

static void json_strv(struct tk_buf *b, char **v, int n)
{
	tk_buf_addc(b, '[');
	for (int i = 0; i < n; i++) {
		if (i)
			tk_buf_addc(b, ',');
		tk_buf_json_str(b, v[i]);
	}
	tk_buf_addc(b, ']');
}

static const char *const kind_bits[] = {"bureau", "hq", "station"};

char *tk_survey_json(const struct tk_survey *s)
{
	struct tk_buf b = {0};
	tk_buf_adds(&b, "{\"id\":");
	tk_buf_json_str(&b, s->id);
	tk_buf_adds(&b, ",\"version\":");
	tk_buf_json_str(&b, s->version);
	tk_buf_adds(&b, ",\"title\":");
	tk_buf_json_str(&b, s->title);
	tk_buf_adds(&b, ",\"kind\":");
	tk_buf_json_str(&b, s->kind);
	tk_buf_adds(&b, ",\"respondent\":");
	tk_buf_json_str(&b,
			s->respondent == TK_RESP_STAFF ? "staff" : "division");
	tk_buf_adds(&b, ",\"description\":");
	tk_buf_json_str(&b, s->description ? s->description : "");
	tk_buf_adds(&b, ",\"instructions\":");
	json_strv(&b, s->instructions, s->ninstructions);
	tk_buf_adds(&b, ",\"hooks\":{");
	tk_buf_addf(&b, "\"score\":%s,\"validate\":%s,\"report\":%s},",
		    s->has_score_hook ? "true" : "false",
		    s->has_validate_hook ? "true" : "false",
		    s->has_report_hook ? "true" : "false");
	tk_buf_adds(&b, "\"grades\":[");
	for (int i = 0; i < s->ngrades; i++) {
		tk_buf_adds(&b, i ? ",{\"label\":" : "{\"label\":");
		tk_buf_json_str(&b, s->grades[i].label);
		tk_buf_adds(&b, ",\"min\":");
		json_num(&b, s->grades[i].min);
		tk_buf_addc(&b, '}');
	}
	tk_buf_adds(&b, "],\"scales\":{");
	for (int i = 0; i < s->nscales; i++) {
		if (i)
			tk_buf_addc(&b, ',');
		tk_buf_json_str(&b, s->scales[i].name);
		tk_buf_adds(&b, ":[");
		for (int j = 0; j < s->scales[i].nchoices; j++) {
			struct tk_choice *c = &s->scales[i].choices[j];
			tk_buf_adds(&b, j ? ",{\"label\":" : "{\"label\":");
			tk_buf_json_str(&b, c->label);
			tk_buf_adds(&b, ",\"value\":");
			if (c->na)
				tk_buf_adds(&b, "null");
			else
				json_num(&b, c->value);
			tk_buf_addc(&b, '}');
		}
		tk_buf_addc(&b, ']');
	}
	tk_buf_adds(&b, "},\"sections\":[");
	for (int si = 0; si < s->nsections; si++) {
		struct tk_section *sec = &s->sections[si];
		tk_buf_adds(&b, si ? ",\n{\"id\":" : "\n{\"id\":");
		tk_buf_json_str(&b, sec->id);
		tk_buf_adds(&b, ",\"title\":");
		tk_buf_json_str(&b, sec->title);
		tk_buf_adds(&b, ",\"items\":[");
		for (int i = sec->first; i < sec->first + sec->count; i++) {
			struct tk_item *it = &s->items[i];
			tk_buf_adds(&b, i > sec->first ? ",\n {\"id\":"
						       : "\n {\"id\":");
			tk_buf_json_str(&b, it->id);
			tk_buf_adds(&b, ",\"text\":");
			tk_buf_json_str(&b, it->text);
			tk_buf_adds(&b, ",\"clause\":");
			tk_buf_json_str(&b, it->clause);
			tk_buf_adds(&b, ",\"type\":");
			tk_buf_json_str(&b, tk_item_type_name(it->type));
			tk_buf_adds(&b, ",\"scale\":");
			tk_buf_json_str(&b, it->scale >= 0
						? s->scales[it->scale].name
						: NULL);
			tk_buf_adds(&b, ",\"choices\":");
			if (it->scale >= 0) {
				struct tk_scale *sc = &s->scales[it->scale];
				tk_buf_addc(&b, '[');
				for (int j = 0; j < sc->nchoices; j++) {
					tk_buf_adds(&b, j ? ",{\"label\":"
							  : "{\"label\":");
					tk_buf_json_str(&b,
							sc->choices[j].label);
					tk_buf_adds(&b, ",\"value\":");
					if (sc->choices[j].na)
						tk_buf_adds(&b, "null");
					else
						json_num(&b,
							 sc->choices[j].value);
					tk_buf_addc(&b, '}');
				}
				tk_buf_addc(&b, ']');
			} else {
				tk_buf_adds(&b, "null");
			}
			tk_buf_adds(&b, ",\"weight\":");
			json_num(&b, it->weight);
			tk_buf_adds(&b, ",\"severity\":");
			tk_buf_json_str(&b, tk_severity_name(it->severity));
			tk_buf_addf(&b, ",\"required\":%s",
				    it->required ? "true" : "false");
			tk_buf_adds(&b, ",\"guidance\":");
			tk_buf_json_str(&b, it->guidance ? it->guidance : "");
			tk_buf_adds(&b, ",\"evidence\":");
			tk_buf_json_str(&b, it->evidence ? it->evidence : "");
			tk_buf_adds(&b, ",\"tags\":");
			json_strv(&b, it->tags, it->ntags);
			tk_buf_adds(&b, ",\"applies\":");
			if (!it->applies_kinds && it->applies_item < 0) {
				tk_buf_adds(&b, "null");
			} else {
				tk_buf_adds(&b, "{\"kind\":[");
				int first = 1;
				for (int k = 0; k < 3; k++)
					if (it->applies_kinds & (1u << k)) {
						if (!first)
							tk_buf_addc(&b, ',');
						first = 0;
						tk_buf_json_str(&b,
								kind_bits[k]);
					}
				tk_buf_adds(&b, "],\"item\":");
				tk_buf_json_str(
				    &b, it->applies_item >= 0
					    ? s->items[it->applies_item].id
					    : NULL);
				tk_buf_adds(&b, ",\"any\":");
				json_strv(&b, it->applies_any,
					  it->napplies_any);
				tk_buf_addc(&b, '}');
			}
			if (it->has_min) {
				tk_buf_adds(&b, ",\"min\":");
				json_num(&b, it->min);
			}
			if (it->has_max) {
				tk_buf_adds(&b, ",\"max\":");
				json_num(&b, it->max);
			}
			tk_buf_addc(&b, '}');
		}
		tk_buf_adds(&b, "]}");
	}
	tk_buf_adds(&b, "]}");
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
