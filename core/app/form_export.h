/*
 * form_export.h — the form export use case: issue a token for every target
 * division of a campaign (or one of them) and write its offline
 * self-inspection form (reports/form.h) into a directory.
 */
#ifndef TK_APP_FORM_EXPORT_H
#define TK_APP_FORM_EXPORT_H

#include "lib/error.h"
#include "reports/form.h"
#include "store/store.h"

/* What to export. */
struct tk_form_export_req {
	long campaign;
	const char *out_dir;		       /* created if missing */
	const char *division_code;	       /* only this division, or NULL */
	const struct tk_form_prefill *prefill; /* answers to fill in, or NULL */
	/* Called after each form is written (done of total), or NULL. */
	void (*progress)(void *ctx, int done, int total);
	void *progress_ctx;
	/* 1 only from `audit form` (app/audit.c), which checks the team: an
	 * audit checklist's campaign is refused otherwise */
	int audit_checked;
	/* 1: one form per member of staff (a staff survey), in a folder per
	 * division, instead of one division-wide form per division */
	int per_staff;
};

/*
 * Write one workbook per target division of the campaign into out_dir,
 * named CAMPAIGN_CODE_NAME.xlsx (per_staff: one per member of staff,
 * out_dir/CODE_NAME/CAMPAIGN_CODE_STAFFCODE_NAME.xlsx, reports/staffform.h).
 * Each form gets a fresh token recorded in the forms table; all tokens and the
 * event-log entry form.export are one transaction, and the files are renamed
 * into place only after its commit (a file that cannot be written rolls it back
 * and leaves no form). Returns TK_OK or an error code; *written gets the number
 * of files put in place.
 */
int tk_form_export(struct tk_store *st, const struct tk_form_export_req *req,
		   int *written, struct tk_error *err);

#endif
