/*
 * improvement_form.c — the progress workbook of a division (`improvement
 * form`) and the tracker workbook (`improvement export`), written by
 * reports/tracker.h from the rows read here (improvement.h).
 */
#include "app/acting.h"
#include "app/campaign.h"
#include "app/improvement.h"
#include "app/improvement_db.h"
#include "app/returns.h"
#include "reports/sheet.h"
#include "reports/tracker.h"

#include "app/query.h"
#include "lib/i18n.h"
#include "lib/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The division of code in fy: id and name. */
static int division_of(struct tk_store *st, int fy, const char *code, long *id,
		       char name[128], struct tk_error *err)
{
	sqlite3_stmt *q;
	int step, rc;
	*id = 0;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT id, name FROM divisions WHERE fy = ?1 AND code = ?2",
		 &q, err)))
		return rc;
	sqlite3_bind_int(q, 1, fy);
	sqlite3_bind_text(q, 2, code, -1, SQLITE_STATIC);
	while ((step = sqlite3_step(q)) == SQLITE_ROW) {
		*id = (long)sqlite3_column_int64(q, 0);
		snprintf(name, 128, "%s",
			 (const char *)sqlite3_column_text(q, 1));
	}
	rc = step == SQLITE_DONE ? TK_OK : tk_store_error(st, err, "divisions");
	sqlite3_finalize(q);
	if (!rc && !*id)
		rc = tk_error_set(err, TK_ENOTFOUND, "no division %s in FY%d",
				  code, fy);
	return rc;
}

/* The improvements still in progress (not completed: the others have
 * nothing left to report), as printed. */
static int open_rows(const struct tk_improvement_list *l,
		     struct tk_progress_row **out)
{
	int n = 0;
	*out = tk_xcalloc((size_t)l->n + 1, sizeof **out);
	for (int i = 0; i < l->n; i++) {
		const struct tk_improvement_row *r = &l->rows[i];
		if (strcmp(r->state, "in_progress"))
			continue;
		(*out)[n++] = (struct tk_progress_row){
		    r->id,	    r->finding,
		    r->clause,	    tk_improvement_kind_label(r->kind),
		    r->description, r->compensating,
		    r->due,	    r->progress};
	}
	return n;
}

static char *form_path(const char *dir, int fy, const char *code,
		       const char *name, const char *on)
{
	struct tk_buf b = {0};
	char *safe = tk_sheet_safe_name(code), *base;
	size_t len = strlen(dir);
	tk_buf_addf(&b, "進捗報告_FY%d_%s_%s_", fy, safe, on);
	base = tk_sheet_file_name(b.s, name, ".xlsx");
	tk_buf_reset(&b);
	tk_buf_addf(&b, "%s%s%s", dir, len && dir[len - 1] == '/' ? "" : "/",
		    base);
	free(safe);
	free(base);
	return tk_buf_take(&b);
}

/* The division and rows of one progress workbook. */
struct issue {
	long division;
	const char *name, *on;
	const struct tk_improvement_list *l;
};

/* Issue the token and write the workbook (in the caller's transaction). */
static int issue_and_write(struct tk_store *st,
			   const struct tk_progress_form_request *rq,
			   const struct issue *is, char **path, int *rows,
			   struct tk_error *err)
{
	long division = is->division;
	const char *name = is->name, *on = is->on;
	const struct tk_improvement_list *l = is->l;
	struct tk_progress_data d = {0};
	struct tk_progress_row *pr;
	char token[33], detail[128];
	const char *base;
	long form;
	int rc;
	tk_return_new_token(token);
	d.n = *rows = open_rows(l, &pr);
	if (!d.n) {
		free(pr);
		return tk_error_set(
		    err, TK_EUSAGE,
		    "division %s has no improvement in progress: there is nothing to report on (`tenken improvement list --division %s`)",
		    rq->division, rq->division);
	}
	d.rows = pr;
	d.marking = rq->marking ? rq->marking : TK_DEFAULT_MARKING;
	d.division_code = rq->division;
	d.division = name;
	d.token = token;
	d.issued_on = on;
	d.fy = rq->fy;
	*path = form_path(rq->out_dir, rq->fy, rq->division, name, on);
	base = strrchr(*path, '/') + 1;
	snprintf(detail, sizeof detail, "%s: %d improvements", rq->division,
		 d.n);
	if (!(rc = tk_return_form_issue(st,
					&(struct tk_return_issue){"progress", 0,
								  division,
								  token, base},
					&form, err)) &&
	    !(rc = tk_mkdirs(rq->out_dir, err)) &&
	    !(rc = tk_progress_write(&d, *path, err)))
		rc = tk_store_log(st, "improvement.form", base, detail, err);
	free(pr);
	return rc;
}

int tk_improvement_form(struct tk_store *st,
			const struct tk_progress_form_request *rq, char **path,
			int *rows, struct tk_error *err)
{
	struct tk_improvement_filter f = {0};
	struct tk_improvement_list l = {0};
	struct tk_acting who;
	char name[128], on[16];
	long division;
	int rc, written = 0;
	*path = NULL;
	f.fy = rq->fy;
	f.division = rq->division;
	f.as_of = rq->on;
	if ((rc = tk_date_arg("--on", rq->on, on, err)) ||
	    (rc = tk_store_begin(st, err)))
		return rc;
	if (!(rc = division_of(st, rq->fy, rq->division, &division, name,
			       err)) &&
	    !(rc = tk_acting_in(st, rq->fy, &who, err)) &&
	    !(rc = tk_acting_require(st, &who, TK_ROLE_MANAGER,
				     _("issuing a progress workbook"), err)) &&
	    !(rc = tk_improvement_list(st, &f, &l, err))) {
		struct issue is = {division, name, on, &l};
		rc = issue_and_write(st, rq, &is, path, rows, err);
		written = *path != NULL;
	}
	tk_improvement_list_clear(&l);
	if (!rc)
		rc = tk_store_commit(st, err);
	else
		tk_store_rollback(st);
	if (rc && *path) {
		if (written)
			unlink(*path);
		free(*path);
		*path = NULL;
	}
	return rc;
}

/* ------------------------------------------------------------ tracker */

int tk_improvement_export(struct tk_store *st,
			  const struct tk_tracker_request *rq, int *rows,
			  struct tk_error *err)
{
	struct tk_improvement_filter f = {0};
	struct tk_improvement_list l;
	struct tk_tracker_row *t;
	int rc;
	f.fy = rq->fy;
	f.as_of = rq->as_of;
	if ((rc = tk_improvement_list(st, &f, &l, err)))
		return rc;
	t = tk_xcalloc((size_t)l.n + 1, sizeof *t);
	for (int i = 0; i < l.n; i++) {
		const struct tk_improvement_row *r = &l.rows[i];
		t[i] = (struct tk_tracker_row){
		    r->id,
		    r->finding,
		    r->division_code,
		    r->division,
		    r->clause,
		    r->severity,
		    tk_improvement_kind_label(r->kind),
		    r->description,
		    r->compensating,
		    r->due,
		    tk_improvement_state_label(r->state),
		    r->progress,
		    r->days_overdue,
		    strcmp(r->state, "in_progress") != 0,
		    !strcmp(r->state, "verified")};
	}
	*rows = l.n;
	rc = tk_tracker_write(
	    &(struct tk_tracker_data){rq->marking ? rq->marking
						  : TK_DEFAULT_MARKING,
				      l.as_of, rq->fy, t, l.n},
	    rq->out, err);
	free(t);
	tk_improvement_list_clear(&l);
	return rc;
}
