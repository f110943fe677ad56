/*
 * survey.h — the survey model: what a questionnaire or checklist plugin
 * declares (docs/plugin-api.md), as plain C data.
 *
 * A struct tk_survey is made either by the plugin host from a Lua plugin
 * (plugin.h) or from the frozen copy in the database (app/survey_db.h), and
 * is what forms, import and scoring work from.  Everything in it is owned by
 * it; tk_survey_free releases it all.
 */
#ifndef TK_SURVEY_H
#define TK_SURVEY_H

#include "lib/error.h"
#include "lib/util.h"
#include "model/vocab.h"

enum tk_item_type {
	TK_ITEM_CHOICE,
	TK_ITEM_NUMBER,
	TK_ITEM_TEXT,
	TK_ITEM_DATE
};
enum tk_severity { TK_SEV_HIGH, TK_SEV_MEDIUM, TK_SEV_LOW };
enum tk_respondent { TK_RESP_DIVISION, TK_RESP_STAFF };

struct tk_choice {
	char *label;
	double value; /* in [0,1]; meaningless when na */
	int na;	      /* 該当なし: excluded from the score */
};

struct tk_scale {
	char *name;
	int nchoices;
	struct tk_choice *choices;
};

struct tk_item {
	char *id, *text, *clause, *guidance, *evidence;
	enum tk_item_type type;
	int scale; /* index into survey scales, for choice items; else -1 */
	double weight;
	enum tk_severity severity;
	int required;
	int section;
	int ntags;
	char **tags;
	unsigned applies_kinds; /* 0 = any kind */
	int applies_item;	/* index of the item it depends on, or -1 */
	int napplies_any;
	char **applies_any; /* labels of that item that make this apply */
	int has_min, has_max;
	double min, max;
};

struct tk_section {
	char *id, *title;
	int first, count; /* items[first .. first+count) */
};

struct tk_grade {
	char *label;
	double min;
};

struct tk_survey {
	char *id, *version, *title, *kind, *description;
	enum tk_respondent respondent;
	int ninstructions;
	char **instructions;
	int nscales, nsections, nitems, ngrades;
	struct tk_scale *scales;
	struct tk_section *sections;
	struct tk_item *items;
	struct tk_grade *grades;
	int has_score_hook, has_validate_hook, has_report_hook;
	char hash[65]; /* SHA-256 of the canonical definition */
	/* Provenance: the plugin text and parameters it was made from, and
	 * the plugins it read through checklist(). */
	char *source_name, *source, *params;
	int ndeps;
	char **dep_ids, **dep_names, **dep_sources;
	long db_id; /* surveys.id once stored, else 0 */
};

void tk_survey_free(struct tk_survey *s); /* accepts NULL */

/* Index of item / scale by id, or -1. */
int tk_survey_item(const struct tk_survey *s, const char *id);
int tk_survey_scale(const struct tk_survey *s, const char *name);
/* Index of the choice with this label in a scale, or -1. */
int tk_scale_choice(const struct tk_scale *sc, const char *label);

const char *tk_item_type_name(enum tk_item_type t);
/* "division" or "staff", as stored and in the canonical JSON. */
const char *tk_respondent_name(enum tk_respondent r);
const char *tk_severity_name(enum tk_severity s);
const char *tk_severity_label(enum tk_severity s); /* 重大 / 中 / 軽微 */

/* The canonical JSON of the definition (what the hash covers, and what
 * `plugin show --json` prints).  Caller frees. */
char *tk_survey_json(const struct tk_survey *s);
/* The members of that JSON object, written into an object open in j
 * (lib/json.h; j made with TK_JSON_CANONICAL for the same bytes). */
struct tk_json;
void tk_survey_json_members(struct tk_json *j, const struct tk_survey *s);
/* Compute s->hash from the canonical JSON. */
void tk_survey_rehash(struct tk_survey *s);

/* The grade label for a score, or "" when no band matches. */
const char *tk_survey_grade(const struct tk_survey *s, double score);

#endif
