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

/* The same inside the caller's transaction, for any kind of survey and
 * with no check of who acts: the audit plan's checklist campaign
 * (app/audit.h).  Logs campaign.create. */
int tk_campaign_write(struct tk_store *st, const struct tk_survey *s,
		      const struct tk_campaign_spec *spec, long *id,
		      struct tk_error *err);

/* The campaign's core facts; strings owned by the struct (due is NULL when
 * none).  tk_campaign_get returns TK_OK, TK_ENOTFOUND or TK_EDB; on error
 * c is empty.  tk_campaign_clear frees the strings. */
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

/* Close (no more imports) or reopen: status "closed" or "open". */
int tk_campaign_set_status(struct tk_store *st, long id, const char *status,
			   struct tk_error *err);

/* `campaign edit`: a new due date and/or title of an open campaign (not
 * an audit plan's), --as the year's 情報セキュリティ管理者; the due date
 * not before the fiscal year starts (as for create).  One transaction,
 * logged campaign.edit with the old and new values.  TK_EUSAGE, TK_ERULE
 * (closed, or not the manager), TK_ENOTFOUND. */
struct tk_campaign_edit {
	long id;
	const char *due;   /* NULL: unchanged */
	const char *title; /* NULL: unchanged */
};
int tk_campaign_edit(struct tk_store *st, const struct tk_campaign_edit *e,
		     struct tk_error *err);

/* `campaign delete`: a campaign without any submission (nor notice, nor
 * audit plan) is deleted with its targets and the forms exported for it
 * (their tokens no longer import), --as the year's manager; one
 * transaction, logged campaign.delete.  *forms gets how many forms went
 * with it.  TK_ERULE naming the number of submissions otherwise. */
int tk_campaign_delete(struct tk_store *st, long id, long *forms,
		       struct tk_error *err);

/* One row of `campaign list`; strings owned by the list. */
struct tk_campaign_row {
	long id;
	int fy;
	char *title, *survey, *version, *status;
	char *due; /* NULL when none */
	int targets, submitted;
};
struct tk_campaign_list {
	int n;
	struct tk_campaign_row *rows; /* by id */
};

/* All campaigns, oldest first.  Returns TK_OK (l filled; free it with
 * tk_campaign_list_clear) or TK_EDB (l empty). */
int tk_campaign_list(struct tk_store *st, struct tk_campaign_list *l,
		     struct tk_error *err);
void tk_campaign_list_clear(struct tk_campaign_list *l);

/* One target division's return. */
struct tk_status_row {
	char *code, *name;
	char *imported_at;  /* current submission, NULL when missing */
	char *head;	    /* the head's name, or NULL */
	const char *status; /* "submitted", "late" or "missing" (static) */
	/* "returned" (a form refused after the last accepted one, or with
	 * none accepted: waiting for the corrected form), else "submitted",
	 * "late" (imported after the due day, or missing after it) or
	 * "missing" (static) */
	const char *state;
	int answered;	    /* answer rows of the current submission */
	int submissions;    /* all versions imported */
	int kept_aside;	    /* answers to closed follow-ups (gated_answers) */
	/* staff surveys: current members of the division whose answers (or reason for not answering)
	 * are in the current submissions, and the division's members now */
	int staff_returned, staff_expected;
	/* the form's head: 点検日, 記入者, 所属長確認 and its date, or NULL */
	char *inspected_on, *filled_by, *head_confirmed_by, *head_confirmed_on;
};

/* `tenken status`: the campaign, a row per target division (by code) and
 * the totals. */
struct tk_status {
	struct tk_campaign c;
	int n;
	struct tk_status_row *rows;
	int submitted, late; /* missing = n - submitted */
	int staff;	     /* a staff survey: the staff_* counts apply */
	int returned;	     /* rows whose state is "returned" */
};

/* Per target division: submitted / missing / late (imported on a local
 * day after the due day), answered count.  Returns TK_OK (s filled; free
 * it with tk_status_clear), TK_ENOTFOUND or TK_EDB (s empty). */
int tk_campaign_status(struct tk_store *st, long id, struct tk_status *s,
		       struct tk_error *err);
void tk_status_clear(struct tk_status *s);

#endif
