/*
 * improvement.h — what happens to a division's answer to a finding after
 * its response is imported (第2 5(2)オ(エ)): the 措置結果 (measure_taken,
 * completed when answered) and the 改善計画 (plan: description, 補完的措置,
 * due) are followed until verified.
 *
 *   list      current improvements (superseded rows are history and never
 *             shown), with state and days overdue as of a date
 *   progress  a percentage and a note, by staff of the improvement's
 *             division or the year's 情報セキュリティ管理者
 *   complete  the completion date (progress 100), by the same people
 *   verify    by the manager or HQ staff (hq/bureau) of the year not of
 *             the division (兼務禁止), once completed; when every current
 *             improvement of the finding is verified, the finding closes
 *   form      the division's open improvements as a progress workbook
 *             (tenken-progress/1) that comes back through `tenken import`
 *             (tk_progress_import, app/returns.h)
 *   export    the tracker workbook (reports/tracker.h)
 *
 * Every change resolves --as in the improvement's year, is one transaction
 * with one event, and a refusal leaves the database unchanged.
 */
#ifndef TK_IMPROVEMENT_H
#define TK_IMPROVEMENT_H

#include "lib/error.h"
#include "store/store.h"

/* What `improvement list` and the tracker show. */
struct tk_improvement_filter {
	int fy;		      /* 0: every year */
	const char *division; /* code, or NULL */
	const char *state;    /* in_progress|completed|verified, or NULL */
	int overdue_only;
	const char *as_of; /* YYYY-MM-DD; NULL: today */
};

struct tk_improvement_row {
	long id, finding;
	int fy, progress;
	int days_overdue; /* 0 when not overdue */
	char *division_code, *division, *clause, *severity;
	char *kind; /* measure_taken | plan */
	char *description, *compensating, *due, *submitted_on;
	char *progress_on, *completed_on, *verified_on;
	const char *state; /* in_progress | completed | verified (static) */
};

struct tk_improvement_list {
	int n;
	char as_of[16];
	struct tk_improvement_row *rows;
};

/* The Japanese name of a kind (措置結果 / 改善計画) and of a state. */
const char *tk_improvement_kind_label(const char *kind);
const char *tk_improvement_state_label(const char *state);

int tk_improvement_list(struct tk_store *st,
			const struct tk_improvement_filter *f,
			struct tk_improvement_list *l, struct tk_error *err);
void tk_improvement_list_clear(struct tk_improvement_list *l);

/* One change to an improvement. */
struct tk_improvement_change {
	long id;
	const char *on;	  /* YYYY-MM-DD; NULL: today */
	int percent;	  /* progress: 0..100 */
	const char *note; /* progress and complete */
};

int tk_improvement_progress(struct tk_store *st,
			    const struct tk_improvement_change *c,
			    struct tk_error *err);
int tk_improvement_complete(struct tk_store *st,
			    const struct tk_improvement_change *c,
			    struct tk_error *err);
/* *closed is set to 1 when the finding closed with this verification. */
int tk_improvement_verify(struct tk_store *st,
			  const struct tk_improvement_change *c, int *closed,
			  struct tk_error *err);

/* The progress workbook of a division's open improvements. */
struct tk_progress_form_request {
	int fy;
	const char *division; /* code */
	const char *out_dir;
	const char *on;	     /* issue date; NULL: today */
	const char *marking; /* NULL: the default marking */
};
/* --as the year's 情報セキュリティ管理者; *path (caller frees) and *rows
 * (improvements listed). */
int tk_improvement_form(struct tk_store *st,
			const struct tk_progress_form_request *rq, char **path,
			int *rows, struct tk_error *err);

/* The tracker workbook (改善計画一覧 and 集計). */
struct tk_tracker_request {
	int fy; /* 0: every year */
	const char *as_of;
	const char *marking; /* NULL: the default marking */
	const char *out;     /* .xlsx path */
};
int tk_improvement_export(struct tk_store *st,
			  const struct tk_tracker_request *rq, int *rows,
			  struct tk_error *err);

#endif
