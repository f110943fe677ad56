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

/* What to import: the year and its two CSV files. */
struct tk_org_import_request {
	int fy;
	const char *divisions_csv, *staff_csv;
	enum tk_encoding enc;
	/* roles of the year (role, staff, division, system), or NULL;
	 * imported in the same transaction (app/acting.h) */
	const char *roles_csv, *roles_encoding;
};

struct tk_org_import_result {
	int unchanged; /* same files as last time: nothing written */
	long divisions, staff;
	long divisions_added, divisions_removed;
	long staff_added, staff_removed;
	int roles; /* rows of the roles file written */
};

/*
 * Validate both files completely, then write the year's organisation.
 * Every problem found (up to a limit) is listed in err->message, one per
 * line, each naming file:line and column; TK_EINPUT then, and nothing is
 * written.  Other errors: TK_EUSAGE (year out of range), TK_EIO, TK_EDB.
 * res is filled on success and zeroed on error.
 */
int tk_org_import(struct tk_store *st, const struct tk_org_import_request *rq,
		  struct tk_org_import_result *res, struct tk_error *err);

/* *fy gets the latest fiscal year with an organisation, or 0 when none
 * was imported; returns TK_OK, or TK_EDB when the query fails. */
int tk_org_latest_year(struct tk_store *st, int *fy, struct tk_error *err);

/* The fiscal year that contains today (April to March), e.g. 2026. */
int tk_fiscal_year_today(void);

/* One division of `org show`; strings owned by the view. */
struct tk_org_division {
	char *code, *name, *kind;
	char *parent;		/* parent's code, or NULL */
	char *head, *head_name; /* the head's staff id and name, or NULL */
	int staff;		/* staff in the division */
	int depth;		/* 0 for a top-level division */
};

/* The divisions of a year in hierarchy order (depth first, by code). */
struct tk_org_view {
	int fy;
	int n; /* 0 when the year has no organisation */
	struct tk_org_division *div;
	long staff; /* sum over the divisions */
};

/* Fill v with the divisions of fy.  Returns TK_OK (free v with
 * tk_org_view_clear) or TK_EDB (v empty). */
int tk_org_view(struct tk_store *st, int fy, struct tk_org_view *v,
		struct tk_error *err);
void tk_org_view_clear(struct tk_org_view *v);

#endif
