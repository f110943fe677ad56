/*
 * staffform.h — one member of staff's own form of a staff survey (個人別
 * 点検票): the questions as rows, the member's code, name, grade and
 * division at the top, bound to the member by the form token.  The layout
 * is specified in docs/formats.md ("Per-staff form workbook"); import
 * reads exactly that.  The export use case (app/form_export.c) issues the
 * tokens and puts the files in place.
 */
#ifndef TK_STAFFFORM_H
#define TK_STAFFFORM_H

#include "reports/form.h"

#define TK_STAFF_FORM_FORMAT "tenken-staff-form/1"
/* The answer sheet: item id in A, answer in E, 備考 in F from this row
 * (1-based); the reason a member could not answer in E of the row
 * TK_STAFF_FORM_ABSENCE_ROW. */
#define TK_STAFF_FORM_FIRST_ROW	  9
#define TK_STAFF_FORM_ABSENCE_ROW 7

/* Write the form of d->staff[0] (d->nstaff is 1) to path, its _tenken
 * sheet very hidden; name is used in messages.  Returns TK_OK or
 * TK_EREPORT; on failure the caller removes path. */
int tk_staff_form_write(const struct tk_form_data *d, const char *path,
			const char *name, struct tk_error *err);

#endif
