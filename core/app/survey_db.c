/*
 * survey_db.c — the frozen copy of a survey in the database (the surveys
 * and survey_* tables): tk_survey_store writes a survey with its
 * provenance, tk_survey_load reads it back as the same struct tk_survey.
 * The model (model/survey.c) knows nothing of SQL; this file is the bridge.
 */
#include "app/survey_db.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

static char *join(char **v, int n)
{
	struct tk_buf b = {0};
	for (int i = 0; i < n; i++) {
		if (i)
			tk_buf_addc(&b, '\n');
		tk_buf_adds(&b, v[i]);
	}
	return tk_buf_take(&b);
}

static int split(const char *s, char ***out)
{
	int n = 0;
	const char *p;
	*out = NULL;
	if (!s || !*s)
		return 0;
	for (p = s;; p++) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		*out = tk_xrealloc(*out, (size_t)(n + 1) * sizeof **out);
		(*out)[n] = tk_xmalloc(len + 1);
		memcpy((*out)[n], p, len);
		(*out)[n][len] = '\0';
		n++;
		if (!e)
			break;
		p = e;
	}
	return n;
}

#define BIND_TEXT(q, i, v) sqlite3_bind_text(q, i, v, -1, SQLITE_STATIC)

static int step_done(struct tk_store *st, sqlite3_stmt *q, struct tk_error *err)
{
	int rc = sqlite3_step(q) == SQLITE_DONE
		     ? TK_OK
		     : tk_store_error(st, err, "storing survey");
	sqlite3_reset(q);
	return rc;
}

/* Prepare sql into *q, or fail. */
#define PREPARE(sql)                                                           \
	do {                                                                   \
		if ((rc = tk_store_prepare(st, sql, &q, err)))                 \
			return rc;                                             \
	} while (0)

/* The surveys row: the definition and its provenance; *id gets its id. */
static int store_head(struct tk_store *st, const struct tk_survey *s, long *id,
		      struct tk_error *err)
{
	sqlite3_stmt *q = NULL;
	char now[32], *json, *instr, hooks[64];
	int rc;
	PREPARE(
	    "INSERT INTO surveys(survey_id, version, hash, title, kind, respondent, description, instructions, hooks, source_name, source, params, definition, stored_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)");
	json = tk_survey_json(s);
	instr = join(s->instructions, s->ninstructions);
	snprintf(hooks, sizeof hooks, "%s%s%s",
		 s->has_score_hook ? "score " : "",
		 s->has_validate_hook ? "validate " : "",
		 s->has_report_hook ? "report " : "");
	BIND_TEXT(q, 1, s->id);
	BIND_TEXT(q, 2, s->version);
	BIND_TEXT(q, 3, s->hash);
	BIND_TEXT(q, 4, s->title);
	BIND_TEXT(q, 5, s->kind);
	BIND_TEXT(q, 6, tk_respondent_name(s->respondent));
	BIND_TEXT(q, 7, s->description ? s->description : "");
	BIND_TEXT(q, 8, instr);
	BIND_TEXT(q, 9, hooks);
	BIND_TEXT(q, 10, s->source_name ? s->source_name : "");
	BIND_TEXT(q, 11, s->source ? s->source : "");
	BIND_TEXT(q, 12, s->params ? s->params : "");
	BIND_TEXT(q, 13, json);
	BIND_TEXT(q, 14, tk_now(now));
	if (!(rc = step_done(st, q, err)))
		*id = (long)sqlite3_last_insert_rowid(st->db);
	sqlite3_finalize(q);
	free(json);
	free(instr);
	return rc;
}

/* The plugins it read through checklist(), with their text. */
static int store_deps(struct tk_store *st, const struct tk_survey *s, long id,
		      struct tk_error *err)
{
	sqlite3_stmt *q = NULL;
	int rc = TK_OK;
	PREPARE("INSERT INTO survey_deps VALUES (?1,?2,?3,?4)");
	for (int i = 0; i < s->ndeps && !rc; i++) {
		sqlite3_bind_int64(q, 1, id);
		BIND_TEXT(q, 2, s->dep_ids[i]);
		BIND_TEXT(q, 3, s->dep_names[i]);
		BIND_TEXT(q, 4, s->dep_sources[i]);
		rc = step_done(st, q, err);
	}
	sqlite3_finalize(q);
	return rc;
}

static int store_scales(struct tk_store *st, const struct tk_survey *s, long id,
			struct tk_error *err)
{
	sqlite3_stmt *q = NULL;
	int rc = TK_OK;
	PREPARE("INSERT INTO survey_scales VALUES (?1,?2,?3,?4,?5)");
	for (int i = 0; i < s->nscales; i++)
		for (int j = 0; j < s->scales[i].nchoices && !rc; j++) {
			struct tk_choice *c = &s->scales[i].choices[j];
			sqlite3_bind_int64(q, 1, id);
			BIND_TEXT(q, 2, s->scales[i].name);
			sqlite3_bind_int(q, 3, j);
			BIND_TEXT(q, 4, c->label);
			if (c->na)
				sqlite3_bind_null(q, 5);
			else
				sqlite3_bind_double(q, 5, c->value);
			rc = step_done(st, q, err);
		}
	sqlite3_finalize(q);
	return rc;
}

/* Grades and sections. */
static int store_bands(struct tk_store *st, const struct tk_survey *s, long id,
		       struct tk_error *err)
{
	sqlite3_stmt *q = NULL;
	int rc = TK_OK;
	PREPARE("INSERT INTO survey_grades VALUES (?1,?2,?3,?4)");
	for (int i = 0; i < s->ngrades && !rc; i++) {
		sqlite3_bind_int64(q, 1, id);
		sqlite3_bind_int(q, 2, i);
		BIND_TEXT(q, 3, s->grades[i].label);
		sqlite3_bind_double(q, 4, s->grades[i].min);
		rc = step_done(st, q, err);
	}
	sqlite3_finalize(q);
	if (rc)
		return rc;
	PREPARE("INSERT INTO survey_sections VALUES (?1,?2,?3,?4)");
	for (int i = 0; i < s->nsections && !rc; i++) {
		sqlite3_bind_int64(q, 1, id);
		sqlite3_bind_int(q, 2, i);
		BIND_TEXT(q, 3, s->sections[i].id);
		BIND_TEXT(q, 4, s->sections[i].title);
		rc = step_done(st, q, err);
	}
	sqlite3_finalize(q);
	return rc;
}

/* One survey_items row. */
static int store_item(struct tk_store *st, sqlite3_stmt *q,
		      const struct tk_survey *s, long id, int i,
		      struct tk_error *err)
{
	struct tk_item *it = &s->items[i];
	char kinds[32] = "", *any = join(it->applies_any, it->napplies_any),
	     *tags = join(it->tags, it->ntags);
	for (int k = 0; k < TK_KIND_COUNT; k++)
		if (it->applies_kinds & (1u << k)) {
			if (kinds[0])
				strcat(kinds, ",");
			strcat(kinds, tk_kind_code(1u << k));
		}
	sqlite3_bind_int64(q, 1, id);
	sqlite3_bind_int(q, 2, i);
	BIND_TEXT(q, 3, it->id);
	sqlite3_bind_int(q, 4, it->section);
	BIND_TEXT(q, 5, it->text);
	BIND_TEXT(q, 6, it->clause);
	BIND_TEXT(q, 7, tk_item_type_name(it->type));
	if (it->scale >= 0)
		BIND_TEXT(q, 8, s->scales[it->scale].name);
	else
		sqlite3_bind_null(q, 8);
	sqlite3_bind_double(q, 9, it->weight);
	BIND_TEXT(q, 10, tk_severity_name(it->severity));
	sqlite3_bind_int(q, 11, it->required);
	BIND_TEXT(q, 12, it->guidance ? it->guidance : "");
	BIND_TEXT(q, 13, it->evidence ? it->evidence : "");
	sqlite3_bind_text(q, 14, kinds, -1, SQLITE_TRANSIENT);
	BIND_TEXT(q, 15,
		  it->applies_item >= 0 ? s->items[it->applies_item].id : "");
	sqlite3_bind_text(q, 16, any, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(q, 17, tags, -1, SQLITE_TRANSIENT);
	if (it->has_min)
		sqlite3_bind_double(q, 18, it->min);
	else
		sqlite3_bind_null(q, 18);
	if (it->has_max)
		sqlite3_bind_double(q, 19, it->max);
	else
		sqlite3_bind_null(q, 19);
	free(any);
	free(tags);
	return step_done(st, q, err);
}

static int store_items(struct tk_store *st, const struct tk_survey *s, long id,
		       struct tk_error *err)
{
	sqlite3_stmt *q = NULL;
	int rc = TK_OK;
	PREPARE(
	    "INSERT INTO survey_items(survey, idx, item_id, section_idx, text, clause, type, scale, weight, severity, required, guidance, evidence, applies_kinds, applies_item, applies_any, tags, min, max) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19)");
	for (int i = 0; i < s->nitems && !rc; i++)
		rc = store_item(st, q, s, id, i, err);
	sqlite3_finalize(q);
	return rc;
}

int tk_survey_store(struct tk_store *st, const struct tk_survey *s, long *id,
		    struct tk_error *err)
{
	sqlite3_stmt *q = NULL;
	char obj[128];
	int rc = TK_OK;

	*id = 0;
	PREPARE("SELECT id FROM surveys WHERE hash=?1");
	BIND_TEXT(q, 1, s->hash);
	if (sqlite3_step(q) == SQLITE_ROW)
		*id = (long)sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	if (*id)
		return TK_OK;
	if ((rc = store_head(st, s, id, err)) ||
	    (rc = store_deps(st, s, *id, err)) ||
	    (rc = store_scales(st, s, *id, err)) ||
	    (rc = store_bands(st, s, *id, err)) ||
	    (rc = store_items(st, s, *id, err)))
		return rc;
	snprintf(obj, sizeof obj, "survey %s %s", s->id, s->version);
	return tk_store_log(st, "survey.freeze", obj, s->hash, err);
}

static char *coltext(sqlite3_stmt *q, int i)
{
	const char *t = (const char *)sqlite3_column_text(q, i);
	return tk_xstrdup(t ? t : "");
}

/* Run sql (bound to ?1 = id) into *q, or fail. */
#define QUERY(sql)                                                             \
	do {                                                                   \
		if ((rc = tk_store_prepare(st, sql, &q, err)))                 \
			return rc;                                             \
		sqlite3_bind_int64(q, 1, id);                                  \
	} while (0)

/* The surveys row. */
static int load_head(struct tk_store *st, long id, struct tk_survey *s,
		     struct tk_error *err)
{
	sqlite3_stmt *q = NULL;
	int rc;
	QUERY(
	    "SELECT survey_id, version, hash, title, kind, respondent, description, instructions, hooks, source_name, source, params FROM surveys WHERE id=?1");
	if (sqlite3_step(q) != SQLITE_ROW) {
		sqlite3_finalize(q);
		return tk_error_set(err, TK_ENOTFOUND, "no stored survey %ld",
				    id);
	}
	s->db_id = id;
	s->id = coltext(q, 0);
	s->version = coltext(q, 1);
	snprintf(s->hash, sizeof s->hash, "%s", sqlite3_column_text(q, 2));
	s->title = coltext(q, 3);
	s->kind = coltext(q, 4);
	s->respondent =
	    !strcmp((const char *)sqlite3_column_text(q, 5), "staff")
		? TK_RESP_STAFF
		: TK_RESP_DIVISION;
	s->description = coltext(q, 6);
	s->ninstructions =
	    split((const char *)sqlite3_column_text(q, 7), &s->instructions);
	{
		const char *h = (const char *)sqlite3_column_text(q, 8);
		s->has_score_hook = strstr(h, "score") != NULL;
		s->has_validate_hook = strstr(h, "validate") != NULL;
		s->has_report_hook = strstr(h, "report") != NULL;
	}
	s->source_name = coltext(q, 9);
	s->source = coltext(q, 10);
	s->params = coltext(q, 11);
	sqlite3_finalize(q);
	return TK_OK;
}

static int load_deps(struct tk_store *st, long id, struct tk_survey *s,
		     struct tk_error *err)
{
	sqlite3_stmt *q = NULL;
	int rc;
	QUERY(
	    "SELECT dep_id, source_name, source FROM survey_deps WHERE survey=?1");
	while (sqlite3_step(q) == SQLITE_ROW) {
		int n = s->ndeps++;
		s->dep_ids =
		    tk_xrealloc(s->dep_ids, (size_t)s->ndeps * sizeof(char *));
		s->dep_names = tk_xrealloc(s->dep_names,
					   (size_t)s->ndeps * sizeof(char *));
		s->dep_sources = tk_xrealloc(s->dep_sources,
					     (size_t)s->ndeps * sizeof(char *));
		s->dep_ids[n] = coltext(q, 0);
		s->dep_names[n] = coltext(q, 1);
		s->dep_sources[n] = coltext(q, 2);
	}
	sqlite3_finalize(q);
	return TK_OK;
}

static int load_scales(struct tk_store *st, long id, struct tk_survey *s,
		       struct tk_error *err)
{
	sqlite3_stmt *q = NULL;
	int rc;
	QUERY(
	    "SELECT scale, label, value FROM survey_scales WHERE survey=?1 ORDER BY scale, idx");
	while (sqlite3_step(q) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(q, 0);
		int si = tk_survey_scale(s, name);
		struct tk_scale *sc;
		struct tk_choice *c;
		if (si < 0) {
			s->scales =
			    tk_xrealloc(s->scales, (size_t)(s->nscales + 1) *
						       sizeof *s->scales);
			si = s->nscales++;
			memset(&s->scales[si], 0, sizeof s->scales[si]);
			s->scales[si].name = tk_xstrdup(name);
		}
		sc = &s->scales[si];
		sc->choices =
		    tk_xrealloc(sc->choices, (size_t)(sc->nchoices + 1) *
						 sizeof *sc->choices);
		c = &sc->choices[sc->nchoices++];
		c->label = coltext(q, 1);
		c->na = sqlite3_column_type(q, 2) == SQLITE_NULL;
		c->value = c->na ? 0 : sqlite3_column_double(q, 2);
	}
	sqlite3_finalize(q);
	return TK_OK;
}

/* Grades and sections. */
static int load_bands(struct tk_store *st, long id, struct tk_survey *s,
		      struct tk_error *err)
{
	sqlite3_stmt *q = NULL;
	int rc;
	QUERY(
	    "SELECT label, min FROM survey_grades WHERE survey=?1 ORDER BY idx");
	while (sqlite3_step(q) == SQLITE_ROW) {
		s->grades = tk_xrealloc(s->grades, (size_t)(s->ngrades + 1) *
						       sizeof *s->grades);
		s->grades[s->ngrades].label = coltext(q, 0);
		s->grades[s->ngrades++].min = sqlite3_column_double(q, 1);
	}
	sqlite3_finalize(q);
	QUERY(
	    "SELECT section_id, title FROM survey_sections WHERE survey=?1 ORDER BY idx");
	while (sqlite3_step(q) == SQLITE_ROW) {
		s->sections =
		    tk_xrealloc(s->sections, (size_t)(s->nsections + 1) *
						 sizeof *s->sections);
		memset(&s->sections[s->nsections], 0, sizeof *s->sections);
		s->sections[s->nsections].id = coltext(q, 0);
		s->sections[s->nsections++].title = coltext(q, 1);
	}
	sqlite3_finalize(q);
	return TK_OK;
}

/* One survey_items row into it; *dep_item gets the id of the item it
 * depends on ("" for none), resolved once all are read. */
static void load_item(sqlite3_stmt *q, struct tk_survey *s, struct tk_item *it,
		      char **dep_item)
{
	const char *type = (const char *)sqlite3_column_text(q, 4);
	const char *sev = (const char *)sqlite3_column_text(q, 7);
	const char *kinds = (const char *)sqlite3_column_text(q, 11);
	memset(it, 0, sizeof *it);
	it->id = coltext(q, 0);
	it->section = sqlite3_column_int(q, 1);
	it->text = coltext(q, 2);
	it->clause = coltext(q, 3);
	it->type = !strcmp(type, "choice")   ? TK_ITEM_CHOICE
		   : !strcmp(type, "number") ? TK_ITEM_NUMBER
		   : !strcmp(type, "date")   ? TK_ITEM_DATE
					     : TK_ITEM_TEXT;
	it->scale =
	    sqlite3_column_type(q, 5) == SQLITE_NULL
		? -1
		: tk_survey_scale(s, (const char *)sqlite3_column_text(q, 5));
	it->weight = sqlite3_column_double(q, 6);
	it->severity = !strcmp(sev, "high")  ? TK_SEV_HIGH
		       : !strcmp(sev, "low") ? TK_SEV_LOW
					     : TK_SEV_MEDIUM;
	it->required = sqlite3_column_int(q, 8);
	it->guidance = coltext(q, 9);
	it->evidence = coltext(q, 10);
	for (int k = 0; k < TK_KIND_COUNT; k++)
		if (strstr(kinds, tk_kind_code(1u << k)))
			it->applies_kinds |= 1u << k;
	*dep_item = coltext(q, 12);
	it->napplies_any =
	    split((const char *)sqlite3_column_text(q, 13), &it->applies_any);
	it->ntags = split((const char *)sqlite3_column_text(q, 14), &it->tags);
	if ((it->has_min = sqlite3_column_type(q, 15) != SQLITE_NULL))
		it->min = sqlite3_column_double(q, 15);
	if ((it->has_max = sqlite3_column_type(q, 16) != SQLITE_NULL))
		it->max = sqlite3_column_double(q, 16);
}

static int load_items(struct tk_store *st, long id, struct tk_survey *s,
		      struct tk_error *err)
{
	sqlite3_stmt *q = NULL;
	char **dep_item = NULL;
	int rc, n = 0;
	QUERY(
	    "SELECT item_id, section_idx, text, clause, type, scale, weight, severity, required, guidance, evidence, applies_kinds, applies_item, applies_any, tags, min, max FROM survey_items WHERE survey=?1 ORDER BY idx");
	while (sqlite3_step(q) == SQLITE_ROW) {
		s->items =
		    tk_xrealloc(s->items, (size_t)(n + 1) * sizeof *s->items);
		dep_item =
		    tk_xrealloc(dep_item, (size_t)(n + 1) * sizeof(char *));
		memset(&s->items[n], 0, sizeof *s->items);
		load_item(q, s, &s->items[n], &dep_item[n]);
		s->nitems = ++n;
	}
	sqlite3_finalize(q);
	for (int i = 0; i < n; i++) {
		s->items[i].applies_item =
		    dep_item[i][0] ? tk_survey_item(s, dep_item[i]) : -1;
		free(dep_item[i]);
	}
	free(dep_item);
	for (int i = 0; i < s->nitems; i++) {
		struct tk_section *sec = &s->sections[s->items[i].section];
		if (sec->count == 0)
			sec->first = i;
		sec->count++;
	}
	return TK_OK;
}

int tk_survey_load(struct tk_store *st, long id, struct tk_survey **out,
		   struct tk_error *err)
{
	struct tk_survey *s = tk_xcalloc(1, sizeof *s);
	int rc;
	*out = NULL;
	if ((rc = load_head(st, id, s, err)) ||
	    (rc = load_deps(st, id, s, err)) ||
	    (rc = load_scales(st, id, s, err)) ||
	    (rc = load_bands(st, id, s, err)) ||
	    (rc = load_items(st, id, s, err))) {
		tk_survey_free(s);
		return rc;
	}
	*out = s;
	return TK_OK;
}
