/*
 * campaign.h — self-inspection campaigns (自己点検実施計画): a survey frozen
 * for a fiscal year, the target divisions, due date, marking; and the
 * per-division status of returns.
 */
#ifndef TK_CAMPAIGN_H
#define TK_CAMPAIGN_H

#include "lib/error.h"
#include "model/survey.h"
#include "store/store.h"

#include <stdio.h>

struct tk_campaign_spec {
	int fy;
	const char *title;     /* NULL: the survey's title + year */
	const char *due;       /* YYYY-MM-DD or NULL */
	const char *divisions; /* "all" / NULL, or "CODE,CODE,..." */
	const char *marking;   /* NULL: 機密性2 … default */
	const char *return_to; /* NULL: 総務部情報管理課 */
};

#define TK_DEFAULT_MARKING   "機密性2 取扱制限：関係者限り"
#define TK_DEFAULT_RETURN_TO "総務部情報管理課"

/*
 * Create a campaign for survey s (frozen into the database if not yet) and
 * its targets, in one transaction; *id gets the campaign id.  "all" targets
 * every hq division and station of the year (bureaus are groupings).
 */
int tk_campaign_create(struct tk_store *st, const struct tk_survey *s,
		       const struct tk_campaign_spec *spec, long *id,
		       struct tk_error *err);

/* The campaign's core facts; strings owned by the struct. */
struct tk_campaign {
	long id, survey;
	int fy;
	char *title, *due, *marking, *return_to, *status;
	char *survey_id, *survey_version, *survey_hash;
	int targets;
};
int tk_campaign_get(struct tk_store *st, long id, struct tk_campaign *c,
		    struct tk_error *err);
void tk_campaign_clear(struct tk_campaign *c);

/* Close (no more imports) or reopen. */
int tk_campaign_set_status(struct tk_store *st, long id, const char *status,
			   struct tk_error *err);

int tk_campaign_list(struct tk_store *st, int json, FILE *out,
		     struct tk_error *err);
int tk_campaign_show(struct tk_store *st, long id, int json, FILE *out,
		     struct tk_error *err);
/* Per target division: submitted / missing / late, answered count. */
int tk_campaign_status(struct tk_store *st, long id, int json, FILE *out,
		       struct tk_error *err);

#endif
