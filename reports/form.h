/*
 * form.h — write one offline self-inspection form workbook (libxlsxwriter)
 * from data it is given: the campaign's facts, the division, its staff,
 * the form token and the survey.  The layout is specified in
 * docs/formats.md ("Self-inspection form workbook"), and import reads
 * exactly that.  Finding the targets, issuing tokens and logging are the
 * form export use case's (app/form_export.h).
 */
#ifndef TK_FORM_H
#define TK_FORM_H

#include "lib/error.h"
#include "model/survey.h"
#include "reports/sheet.h"

/* The campaign facts a form shows and carries in its _tenken sheet. */
struct tk_form_campaign {
	long id;
	int fy;
	const char *title, *due, *marking, *return_to;
	const char *survey_id, *survey_version, *survey_hash;
};

/* The division a form is for; kind is a TK_KIND_* bit. */
struct tk_form_division {
	const char *code, *name;
	unsigned kind;
};

/* A staff member listed on a staff form. */
struct tk_form_staff {
	char *code, *name, *grade;
};

/*
 * Answers to write into the answer cells as the forms are made: answer()
 * returns the text for one cell (a choice label, a number, a date
 * YYYY-MM-DD, a text) or NULL to leave it blank; staff is NULL on division
 * forms.  Used by the benchmarks to make filled forms at national scale; a
 * later feature (pre-filling last year's answers) can use it too.
 */
struct tk_form_prefill {
	const char *(*answer)(void *ctx, const char *division,
			      const char *staff, const struct tk_item *item);
	void *ctx;
};

/* Everything one form workbook is made from (nothing is owned). */
struct tk_form_data {
	const struct tk_form_campaign *campaign;
	const struct tk_survey *survey;
	const struct tk_form_division *division;
	const struct tk_form_staff *staff; /* staff forms: nstaff rows */
	int nstaff;
	const char *token; /* the form token, 32 hex digits */
	const struct tk_form_prefill *prefill; /* or NULL */
};

/* Write the form workbook of d to path, its _tenken sheet very hidden;
 * name is used in messages.  Returns TK_OK or TK_EREPORT; on failure the
 * caller removes path. */
int tk_form_write(const struct tk_form_data *d, const char *path,
		  const char *name, struct tk_error *err);

/* The data validation the answer cell (row, col), 0-based, of item it
 * takes on a form: the scale's drop-down list, the number's bounds or a
 * date (reports/staffform.c shares the division forms' rules). */
void tk_form_answer_rule(struct tk_sheet *sh, lxw_worksheet *ws,
			 const struct tk_survey *s, const struct tk_item *it,
			 int row, int col);

#endif
