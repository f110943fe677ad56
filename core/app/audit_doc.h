/*
 * audit_doc.h — the data of an audit's documents gathered from the
 * database for reports/auditdoc.h, and the small lookups the audit steps
 * share with them.  Used by app/audit.c only.
 */
#ifndef TK_AUDIT_DOC_H
#define TK_AUDIT_DOC_H

#include "lib/error.h"
#include "store/store.h"

/* Write the 実施通知 of audit into out_dir; *path gets the file. */
int tk_audit_doc_notice(struct tk_store *st, long audit, const char *out_dir,
			char **path, struct tk_error *err);
/* Write the 監査報告書 of audit to out. */
int tk_audit_doc_report(struct tk_store *st, long audit, const char *out,
			struct tk_error *err);
/* Required items, applicable to the division's kind, that submission does
 * not answer: *n. */
int tk_audit_doc_unanswered(struct tk_store *st, long campaign, long division,
			    long submission, long *n, struct tk_error *err);
/* The file of the latest form issued for campaign and division, in
 * out_dir (caller frees). */
int tk_audit_form_path(struct tk_store *st, long campaign, long division,
		       const char *out_dir, char **path, struct tk_error *err);
/* The code of division id (caller frees). */
int tk_audit_division_code(struct tk_store *st, long division, char **code,
			   struct tk_error *err);

#endif
