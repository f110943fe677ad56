/*
 * import_staff.c — the checks of a returned per-staff form and of the
 * mixing rule (import_staff.h).  Every query is one indexed lookup, so a
 * national import of some 300,000 per-staff files stays linear.
 */
#include "app/import_staff.h"

#include "app/query.h"
#include "reports/staffform.h"

#include <stdio.h>
#include <string.h>

/* The member of a per-staff form: their code and division now. */
static int check_member(struct tk_store *st, struct tk_staff_return *r,
			struct tk_problems *pr, struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc, step;
	long division = 0;

	if ((rc = tk_store_prepare(
		 st, "SELECT code, division_id FROM staff WHERE id=?1", &q,
		 err)))
		return rc;
	sqlite3_bind_int64(q, 1, r->form_staff);
	if ((step = sqlite3_step(q)) == SQLITE_ROW) {
		snprintf(r->code, sizeof r->code, "%s",
			 (const char *)sqlite3_column_text(q, 0));
		division = (long)sqlite3_column_int64(q, 1);
	}
	rc = step == SQLITE_ROW || step == SQLITE_DONE
		 ? TK_OK
		 : tk_store_error(st, err, "staff");
	sqlite3_finalize(q);
	if (rc)
		return rc;
	if (!r->code[0])
		tk_problem(
		    pr,
		    "%s: the member of staff this form was issued for no longer exists; export a new form",
		    r->name);
	else if (!r->meta_staff || strcmp(r->meta_staff, r->code))
		tk_problem(
		    pr,
		    "%s: the form says staff %s, but its token was issued for staff %s: a per-staff form can only be submitted for its own member",
		    r->name, r->meta_staff ? r->meta_staff : "(none)", r->code);
	else if (division != r->division_id)
		tk_problem(
		    pr,
		    "%s: staff %s is no longer a member of division %s: export a new form for the division the member is in now",
		    r->name, r->code, r->division_code);
	return TK_OK;
}

/* A division returns a staff survey one way: a per-staff form is refused
 * while the division's division-wide staff form is current, and the other
 * way round. */
static int check_mixing(struct tk_store *st, struct tk_staff_return *r,
			struct tk_problems *pr, struct tk_error *err)
{
	/* cached: it runs for every staff form of an import */
	const char *sql =
	    r->form_staff
		? "SELECT 1 FROM submissions WHERE campaign=?1 AND division_id=?2 AND member_id=0 AND superseded_by IS NULL"
		: "SELECT 1 FROM submissions WHERE campaign=?1 AND division_id=?2 AND member_id>0 AND superseded_by IS NULL LIMIT 1";
	sqlite3_stmt *q;
	int found, rc;
	if ((rc = tk_store_cached(st, sql, &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, r->campaign);
	sqlite3_bind_int64(q, 2, r->division_id);
	rc = sqlite3_step(q);
	found = rc == SQLITE_ROW;
	rc = found || rc == SQLITE_DONE
		 ? TK_OK
		 : tk_store_error(st, err, "submissions");
	sqlite3_reset(q);
	if (rc)
		return rc;
	if (found && r->form_staff)
		tk_problem(
		    pr,
		    "%s: division %s returned campaign %ld on its division-wide staff form; per-staff forms cannot be mixed with it: correct and re-import the division-wide form instead",
		    r->name, r->division_code, r->campaign);
	else if (found)
		tk_problem(
		    pr,
		    "%s: division %s returns campaign %ld as per-staff forms; a division-wide staff form cannot be mixed with them: import the remaining members' per-staff forms instead",
		    r->name, r->division_code, r->campaign);
	return TK_OK;
}

int tk_staff_return_check(struct tk_store *st, struct tk_staff_return *r,
			  struct tk_problems *pr, struct tk_error *err)
{
	int per_staff = !strcmp(r->format, TK_STAFF_FORM_FORMAT);
	int rc, before = pr->count;
	r->code[0] = '\0';
	if (per_staff != (r->form_staff > 0)) {
		tk_problem(
		    pr,
		    "%s: _tenken: format '%s' does not match the form its token was issued for (altered)",
		    r->name, r->format);
		return TK_OK;
	}
	if (!r->staff_survey)
		return TK_OK;
	if (per_staff && (rc = check_member(st, r, pr, err)))
		return rc;
	if (pr->count > before)
		return TK_OK;
	return check_mixing(st, r, pr, err);
}
