/*
 * org.h — the organisation of one fiscal year: divisions (a hierarchy of
 * 部・方面本部 → 所属) and staff with their grade (職級), imported from CSV.
 *
 * Formats are in docs/formats.md.  An import replaces that year's
 * organisation in one transaction, matching divisions and staff by code so
 * that their row ids (and everything that refers to them) stay put; other
 * years are never touched, so old responses keep the names of their year.
 * Re-importing the same files is a no-op.
 */
#ifndef TK_ORG_H
#define TK_ORG_H

#include "formats/csv.h"
#include "lib/error.h"
#include "store/store.h"

#include <stdio.h>

struct tk_org_import_result {
	int unchanged; /* same files as last time: nothing written */
	long divisions, staff;
	long divisions_added, divisions_removed;
	long staff_added, staff_removed;
};

/*
 * Validate both files completely, then write the year's organisation.
 * Every problem found (up to a limit) is listed in err->message, one per
 * line, each naming file:line and column; TK_EINPUT then, and nothing is
 * written.
 */
int tk_org_import(struct tk_store *st, int fy, const char *divisions_csv,
		  const char *staff_csv, enum tk_encoding enc,
		  struct tk_org_import_result *res, struct tk_error *err);

/* The latest fiscal year with an organisation, or 0. */
int tk_org_latest_year(struct tk_store *st);

/* The fiscal year that contains today (April to March), e.g. 2026. */
int tk_fiscal_year_today(void);

/* Print the divisions of fy with staff counts, as a table or JSON. */
int tk_org_show(struct tk_store *st, int fy, int json, FILE *out,
		struct tk_error *err);

#endif
