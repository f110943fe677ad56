/*
 * improvement_db.h — the statements the improvement use cases share
 * (improvement.c, improvement_form.c, the progress import): the facts of
 * one improvement, a progress step, verification and closing the finding.
 * Internal to app/.
 */
#ifndef TK_IMPROVEMENT_DB_H
#define TK_IMPROVEMENT_DB_H

#include "app/query.h"
#include "lib/error.h"
#include "store/store.h"

/* What the changes check about one current improvement. */
struct tk_imp_facts {
	long id, finding, division_id;
	int fy, verified;
	char kind[16], division_code[32];
	char submitted_on[16], completed_on[16], verified_on[16];
	int progress;
};

/* The facts of improvement id; TK_ENOTFOUND when there is no current
 * (not superseded) improvement of that id. */
int tk_imp_facts(struct tk_store *st, long id, struct tk_imp_facts *x,
		 struct tk_error *err);

/* *yes 1 when staff holds the year's 情報セキュリティ管理者 role. */
int tk_imp_is_manager(struct tk_store *st, int fy, long staff, int *yes,
		      struct tk_error *err);

/* One progress step: a history row and the improvement's columns. */
struct tk_imp_step {
	long id, staff_id; /* staff_id 0: none */
	const char *on, *note, *source;
	int percent;
	int completed; /* 1: completed_on = on, completion_note = note */
};
int tk_imp_record_step(struct tk_store *st, const struct tk_imp_step *s,
		       struct tk_error *err);

int tk_imp_set_verified(struct tk_store *st, long id, long staff,
			const char *on, struct tk_error *err);
/* Close the finding when every current improvement of it is verified;
 * *closed 1 when it did. */
int tk_imp_close_finding(struct tk_store *st, long finding, const char *on,
			 int *closed, struct tk_error *err);

/* The event "improvement ID". */
int tk_imp_log(struct tk_store *st, const char *action, long id,
	       const char *detail, struct tk_error *err);

#endif
