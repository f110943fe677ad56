/*
 * annual_json.c — the annual report's figures as JSON (annual.h), keys in
 * English; the same struct the workbook is written from.
 */
#include "app/annual_int.h"

#include "app/overdue.h"
#include "lib/util.h"

static const char *const state_key[] = {"gap", "value", "incomparable", "none"};
static const char *const sev_key[3] = {"high", "medium", "low"};
static const char *const kind_key[3] = {"bureau", "hq", "station"};
static const char *const chapter_key[TK_ANNUAL_CHAPTERS] = {
    "2", "3", "4", "5", "6", "7", "8", "other"};

static void counts(struct tk_json *j, const char *key,
		   const struct tk_annual_count *c, int n)
{
	tk_json_key(j, key);
	tk_json_object(j);
	for (int i = 0; i < n; i++)
		tk_json_kv_int(j, c[i].key, c[i].n);
	tk_json_end(j);
}

static void cell(struct tk_json *j, const struct tk_annual_cell *c)
{
	if (c->state == TK_AN_VALUE)
		tk_json_num(j, c->v, "%.2f");
	else
		tk_json_str(j, state_key[c->state]);
}

static void summary(struct tk_json *j, const struct tk_annual *a)
{
	tk_json_key(j, "summary");
	tk_json_object(j);
	for (int i = 0; i < TK_AK_COUNT; i++) {
		const struct tk_annual_key *k = &a->key[i];
		tk_json_key(j, k->key);
		tk_json_object(j);
		for (int y = 0; y < 2; y++) {
			tk_json_key(j, y ? "previous" : "value");
			if (k->has[y])
				tk_json_num(j, k->v[y], "%.10g");
			else
				tk_json_null(j);
		}
		tk_json_end(j);
	}
	tk_json_key(j, "narrative");
	tk_json_strv(j, a->narrative, 4);
	tk_json_key(j, "anchor");
	tk_json_object(j);
	tk_json_kv_int(j, "entries", a->anchor_entries);
	tk_json_kv_str(j, "head", a->anchor_head);
	tk_json_end(j);
	tk_json_end(j);
}

static void trend(struct tk_json *j, const struct tk_annual_campaign *c)
{
	const struct tk_scores *sc = c->sc;
	tk_json_key(j, "trend");
	tk_json_object(j);
	tk_json_key(j, "years");
	tk_json_array(j);
	for (int k = 0; k < TK_ANNUAL_YEARS; k++) {
		tk_json_object(j);
		tk_json_kv_int(j, "fy", c->trend_fy[k]);
		tk_json_kv_int(j, "campaign", c->trend_campaign[k]);
		tk_json_key(j, "score");
		cell(j, &c->trend_org[k]);
		tk_json_end(j);
	}
	tk_json_end(j);
	tk_json_key(j, "divisions");
	tk_json_object(j);
	for (int d = 0; d < sc->ndiv; d++) {
		tk_json_key(j, sc->div[d].code);
		tk_json_array(j);
		for (int k = 0; k < TK_ANNUAL_YEARS; k++)
			cell(j, &c->trend_div[d][k]);
		tk_json_end(j);
	}
	tk_json_end(j);
	tk_json_key(j, "items");
	tk_json_object(j);
	for (int i = 0; i < sc->s->nitems; i++) {
		tk_json_key(j, sc->s->items[i].id);
		tk_json_array(j);
		for (int k = 0; k < TK_ANNUAL_YEARS; k++)
			cell(j, &c->trend_item[i][k]);
		tk_json_end(j);
	}
	tk_json_end(j);
	tk_json_end(j);
}

static void scores(struct tk_json *j, const struct tk_annual_campaign *c)
{
	const struct tk_scores *sc = c->sc;
	tk_json_key(j, "score");
	if (sc->has_score)
		tk_json_num(j, sc->score, "%.2f");
	else
		tk_json_null(j);
	tk_json_key(j, "grades");
	tk_json_object(j);
	for (int g = 0; g < sc->s->ngrades; g++)
		tk_json_kv_int(j, sc->s->grades[g].label, sc->grade_count[g]);
	tk_json_end(j);
	tk_json_key(j, "groups");
	tk_json_array(j);
	for (int g = 0; g < sc->ngroups; g++) {
		tk_json_object(j);
		tk_json_kv_str(j, "group", sc->groups[g].code);
		tk_json_kv_int(j, "divisions", sc->groups[g].divisions);
		tk_json_key(j, "score");
		if (sc->groups[g].has_score)
			tk_json_num(j, sc->groups[g].score, "%.2f");
		else
			tk_json_null(j);
		tk_json_end(j);
	}
	tk_json_end(j);
	tk_json_key(j, "weakest");
	tk_json_array(j);
	for (int w = 0; w < c->nweak; w++)
		tk_json_str(j, sc->s->items[c->weak[w]].id);
	tk_json_end(j);
}

static void campaign(struct tk_json *j, const struct tk_annual_campaign *c)
{
	tk_json_object(j);
	tk_json_kv_int(j, "id", c->id);
	tk_json_kv_str(j, "title", c->title);
	tk_json_kv_str(j, "survey", c->survey_id);
	tk_json_kv_str(j, "respondent", c->staff ? "staff" : "division");
	tk_json_kv_int(j, "targets", c->targets);
	tk_json_kv_int(j, "submitted", c->submitted);
	tk_json_kv_int(j, "late", c->late);
	tk_json_kv_int(j, "missing", c->missing);
	tk_json_kv_int(j, "returned", c->returned);
	tk_json_kv_int(j, "rejected_forms", c->rejects);
	if (c->staff) {
		tk_json_kv_int(j, "staff_expected", c->staff_expected);
		tk_json_kv_int(j, "staff_answered", c->staff_answered);
		tk_json_kv_int(j, "staff_absent", c->staff_absent);
	}
	scores(j, c);
	trend(j, c);
	tk_json_end(j);
}

static void finding_list(struct tk_json *j, const char *key,
			 const struct tk_annual_finding *f, int n)
{
	tk_json_key(j, key);
	tk_json_array_rows(j);
	for (int i = 0; i < n; i++) {
		tk_json_object(j);
		tk_json_kv_int(j, "id", f[i].id);
		tk_json_kv_str(j, "division", f[i].division_code);
		tk_json_kv_str(j, "clause", f[i].clause);
		tk_json_kv_str(j, "severity", f[i].severity);
		tk_json_kv_str(j, "text", f[i].text);
		if (f[i].prev_text)
			tk_json_kv_str(j, "previous", f[i].prev_text);
		tk_json_end(j);
	}
	tk_json_end(j);
}

static void findings(struct tk_json *j, const struct tk_annual *a)
{
	tk_json_key(j, "findings");
	tk_json_object(j);
	tk_json_kv_int(j, "total", a->findings_total);
	tk_json_key(j, "by");
	tk_json_object(j);
	for (int s = 0; s < 3; s++) {
		tk_json_key(j, sev_key[s]);
		tk_json_object(j);
		for (int c = 0; c < TK_ANNUAL_CHAPTERS; c++) {
			tk_json_key(j, chapter_key[c]);
			tk_json_object(j);
			for (int k = 0; k < 3; k++)
				tk_json_kv_int(j, kind_key[k],
					       a->findings[s][c][k]);
			tk_json_end(j);
		}
		tk_json_end(j);
	}
	tk_json_end(j);
	finding_list(j, "serious", a->serious, a->nserious);
	finding_list(j, "recurring", a->recurring, a->nrecurring);
	tk_json_end(j);
}

static void overdue(struct tk_json *j, const struct tk_annual *a)
{
	tk_json_key(j, "overdue");
	tk_json_object(j);
	for (int k = 0; k < TK_ANNUAL_LATE_KINDS; k++) {
		const struct tk_annual_late_list *l = &a->late[k];
		tk_json_key(j, tk_overdue_key((enum tk_overdue_kind)k));
		tk_json_array(j);
		for (int i = 0; i < l->n; i++)
			tk_json_int(j, l->rows[i].id);
		tk_json_end(j);
	}
	tk_json_end(j);
}

static void lists(struct tk_json *j, const struct tk_annual *a)
{
	tk_json_key(j, "special_audits");
	tk_json_array_rows(j);
	for (int i = 0; i < a->nspecials; i++) {
		const struct tk_annual_special *s = &a->specials[i];
		tk_json_object(j);
		tk_json_kv_int(j, "plan", s->plan);
		tk_json_kv_str(j, "reason", s->reason);
		tk_json_kv_str(j, "targets", s->targets);
		tk_json_kv_str(j, "approved_on", s->approved_on);
		tk_json_end(j);
	}
	tk_json_end(j);
	tk_json_key(j, "expiring_exceptions");
	tk_json_array(j);
	for (int i = 0; i < a->nexpiring; i++)
		tk_json_int(j, a->expiring[i].id);
	tk_json_end(j);
	tk_json_key(j, "below_threshold");
	tk_json_array_rows(j);
	for (int i = 0; i < a->nweak; i++) {
		tk_json_object(j);
		tk_json_kv_int(j, "campaign", a->weak[i].campaign);
		tk_json_kv_str(j, "item", a->weak[i].item_id);
		tk_json_kv_num(j, "compliance", a->weak[i].compliance, "%.2f");
		tk_json_end(j);
	}
	tk_json_end(j);
	tk_json_kv_int(j, "texts", a->ntexts);
}

void tk_annual_json(const struct tk_annual *a, struct tk_json *j)
{
	tk_json_object(j);
	tk_json_kv_int(j, "fy", a->fy);
	tk_json_kv_str(j, "as_of", a->as_of);
	tk_json_kv_str(j, "marking", a->marking);
	summary(j, a);
	tk_json_key(j, "campaigns");
	tk_json_array_rows(j);
	for (int i = 0; i < a->ncampaigns; i++)
		campaign(j, &a->campaigns[i]);
	tk_json_end(j);
	counts(j, "audits", a->audit, TK_ANNUAL_NCOUNT(a->audit));
	findings(j, a);
	counts(j, "improvements", a->improvement,
	       TK_ANNUAL_NCOUNT(a->improvement));
	overdue(j, a);
	counts(j, "exceptions", a->exception, TK_ANNUAL_NCOUNT(a->exception));
	lists(j, a);
	tk_json_end(j);
}
