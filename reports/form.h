/*
 * form.h — write the offline self-inspection forms of a campaign
 * (libxlsxwriter).  The layout is specified in docs/formats.md
 * ("Self-inspection form workbook"), and import.c reads exactly that.
 */
#ifndef TK_FORM_H
#define TK_FORM_H

#include "lib/error.h"
#include "store/store.h"

/*
 * Write one workbook per target division of campaign `campaign` into
 * out_dir (created if missing), or only for division_code when not NULL.
 * Each form gets a fresh token recorded in the forms table (one transaction
 * for all tokens; a file that cannot be written rolls it back).  Progress
 * goes to stderr when it is a terminal.  *written gets the number of files.
 */
int tk_form_export(struct tk_store *st, long campaign, const char *out_dir,
		   const char *division_code, int *written,
		   struct tk_error *err);

/*
 * Answers to write into the answer cells as the forms are made: answer()
 * returns the text for one cell (a choice label, a number, a date
 * YYYY-MM-DD, a text) or NULL to leave it blank; staff is NULL on division
 * forms.  Used by the benchmarks to make filled forms at national scale; a
 * later feature (pre-filling last year's answers) can use it too.
 */
struct tk_item;
struct tk_form_prefill {
	const char *(*answer)(void *ctx, const char *division,
			      const char *staff, const struct tk_item *item);
	void *ctx;
};
int tk_form_export_prefilled(struct tk_store *st, long campaign,
			     const char *out_dir, const char *division_code,
			     const struct tk_form_prefill *prefill,
			     int *written, struct tk_error *err);

#endif
