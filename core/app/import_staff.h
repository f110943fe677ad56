/*
 * import_staff.h — what import checks of a per-staff form (個人別点検票,
 * reports/staffform.h, format "tenken-staff-form/1") beyond a division
 * form's checks: the member its token binds, and that a division returns
 * a staff survey one way only — on the division-wide staff form, or as
 * per-staff forms — never both mixed (docs/user-guide.md).
 *
 * app/import.c reads the answer sheet itself (the per-staff sheet keeps
 * the division form's columns) and stores the submission with the
 * member's staff id; the division's current submissions are then one per
 * member, and scores and status add them up.
 */
#ifndef TK_APP_IMPORT_STAFF_H
#define TK_APP_IMPORT_STAFF_H

#include "lib/error.h"
#include "lib/problems.h"
#include "store/store.h"

/* A returned form as import resolved it from its token. */
struct tk_staff_return {
	const char *name;	/* file, for messages */
	const char *format;	/* the _tenken format */
	const char *meta_staff; /* the _tenken staff code, or NULL */
	int staff_survey;	/* the campaign's survey is answered by staff */
	long form_staff;	/* forms.member_id: 0 for a division-wide form */
	long campaign, division_id;
	const char *division_code;
	char code[64]; /* out: the member's code (per-staff forms) */
};

/* Check r: the member and the mixing rule.  Problems go to pr, each line
 * starting "NAME: "; returns non-zero only for a database failure. */
int tk_staff_return_check(struct tk_store *st, struct tk_staff_return *r,
			  struct tk_problems *pr, struct tk_error *err);

#endif
