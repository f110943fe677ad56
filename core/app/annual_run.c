/*
 * annual_run.c — `tenken report annual` as a use case (app/annual.h):
 * gather, write the workbook (reports/annual.h) as a ".part" file, log
 * report.write, put the file in place.
 */
#include "app/annual.h"

#include "lib/util.h"
#include "reports/annual.h"
#include "reports/sheet.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int publish(struct tk_store *st, const struct tk_annual *a,
		   const char *out, struct tk_error *err)
{
	char obj[32];
	struct tk_buf detail = {0};
	int rc;
	snprintf(obj, sizeof obj, "year %d", a->fy);
	tk_buf_addf(&detail, "annual report %s as of %s (%s)", out, a->as_of,
		    a->anchor);
	if (!(rc = tk_store_begin(st, err))) {
		rc = tk_store_log(st, "report.write", obj, detail.s, err);
		rc =
		    rc ? (tk_store_rollback(st), rc) : tk_store_commit(st, err);
	}
	tk_buf_free(&detail);
	return rc;
}

int tk_annual_run(struct tk_store *st, const struct tk_annual_req *req,
		  struct tk_annual *a, struct tk_error *err)
{
	char *tmp, *dest;
	int rc, written = 0;
	if ((rc = tk_annual_gather(st, req, a, err)))
		return rc;
	if (req->marking) {
		free(a->marking);
		a->marking = tk_xstrdup(req->marking);
	}
	if (!req->out_file)
		return TK_OK;
	if ((rc = tk_sheet_check_target(req->out_file, err)))
		return rc;
	tmp = tk_sheet_part_name(req->out_file);
	dest = tk_xstrdup(req->out_file);
	if ((rc = tk_annual_write(a, tmp, req->out_file, err)) ||
	    (rc = publish(st, a, req->out_file, err)))
		unlink(tmp);
	else
		rc = tk_sheet_put_in_place(&tmp, &dest, 1, &written, err);
	free(tmp);
	free(dest);
	return rc;
}
