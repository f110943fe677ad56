/*
 * report_run.c — the report use case (report_run.h): scores from
 * tk_scores_compute and the divisions' own words and open improvements
 * from tk_division_notes_get, every workbook written by reports/report.c as a
 * hidden ".part" file, then the report.write events in one transaction and
 * the files renamed into place.
 */
#include "app/report_run.h"
#include "app/division_notes.h"
#include "app/score.h"

#include "lib/util.h"
#include "model/score.h"
#include "reports/report.h"
#include "reports/sheet.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* One report run in progress: the files written so far. */
struct run {
	struct tk_store *st;
	const struct tk_report_req *req;
	struct tk_scores *sc;
	char **tmp, **dest;
	int n, nfiles;
	char anchor[TK_ANCHOR_MAX]; /* the log's head before this run */
	char today[16];		    /* the report day: days overdue */
};

/* Check that the folder of file path exists and can be written to, so a
 * missing folder is reported as such (libxlsxwriter would only say
 * "usually a permissions error"). */
static int check_folder(const char *path, struct tk_error *err)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? tk_xstrdup(path) : tk_xstrdup(".");
	struct stat sb;
	int rc = TK_OK;

	if (slash)
		dir[slash == path ? 1 : slash - path] = '\0';
	if (stat(dir, &sb) != 0)
		rc = tk_error_set(err, TK_EIO,
				  "%s: no folder %s (%s); create it first",
				  path, dir, strerror(errno));
	else if (!S_ISDIR(sb.st_mode))
		rc = tk_error_set(err, TK_EIO, "%s: %s is not a folder", path,
				  dir);
	else if (access(dir, W_OK | X_OK) != 0)
		rc = tk_error_set(err, TK_EIO,
				  "%s: cannot write into the folder %s (%s)",
				  path, dir, strerror(errno));
	free(dir);
	return rc;
}

/* The organisation workbook, as file 0. */
static int write_org(struct run *x, struct tk_error *err)
{
	const char *out = x->req->out_file;
	int rc;
	x->dest[x->n] = tk_xstrdup(out);
	x->tmp[x->n] = tk_sheet_part_name(out);
	if ((rc = tk_sheet_check_target(x->dest[x->n], err)) ||
	    (rc = check_folder(out, err)))
		return rc;
	return tk_report_org(x->sc, x->anchor, x->tmp[x->n++], out, err);
}

/* The workbook of division d as the next file. */
static int write_division(struct run *x, int d, struct tk_error *err)
{
	struct tk_report_division_notes notes;
	struct tk_buf path = {0};
	char *code = tk_sheet_safe_name(x->sc->div[d].code), *base;
	int i = x->n, rc;

	/* CODE_NAME.xlsx, the name cut to fit the file system. */
	tk_buf_addf(&path, "%s_", code);
	base = tk_sheet_file_name(path.s, x->sc->div[d].name, ".xlsx");
	tk_buf_reset(&path);
	tk_buf_add_path(&path, x->req->div_dir, base);
	free(code);
	free(base);
	x->dest[i] = tk_buf_take(&path);
	x->tmp[i] = tk_sheet_part_name(x->dest[i]);
	if ((rc = tk_sheet_check_target(x->dest[i], err)))
		return rc;
	x->n++;
	if ((rc = tk_division_notes_get(x->st, x->req->campaign, x->sc->fy,
					x->sc->div[d].code, x->today, &notes,
					err)))
		return rc;
	rc = tk_report_division(x->sc, d, &notes, x->tmp[i], x->dest[i], err);
	tk_division_notes_clear(&notes);
	return rc;
}

/* Every file the request asks for. */
static int write_all(struct run *x, struct tk_error *err)
{
	const struct tk_report_req *req = x->req;
	int rc;

	if (req->out_file && (rc = write_org(x, err)))
		return rc;
	if (!req->div_dir)
		return TK_OK;
	if ((rc = tk_mkdirs(req->div_dir, err)))
		return rc;
	for (int d = 0; d < x->sc->ndiv; d++) {
		if ((rc = write_division(x, d, err)))
			return rc;
		if (req->progress)
			req->progress(req->progress_ctx, d + 1, x->sc->ndiv);
	}
	return TK_OK;
}

/* The report.write events, in the open transaction. */
static int log_report(struct tk_store *st, struct run *x, struct tk_error *err)
{
	const struct tk_report_req *req = x->req;
	struct tk_buf detail = {0};
	char obj[64];
	int rc = TK_OK;

	snprintf(obj, sizeof obj, "campaign %ld", req->campaign);
	if (req->out_file &&
	    (rc = tk_store_log(st, "report.write", obj, req->out_file, err)))
		return rc;
	if (req->div_dir) {
		tk_buf_addf(&detail, "%d division workbooks to %s", x->sc->ndiv,
			    req->div_dir);
		rc = tk_store_log(st, "report.write", obj, detail.s, err);
		tk_buf_free(&detail);
	}
	return rc;
}

/* Record who produced what in one transaction; *committed is set when
 * it is. */
static int publish(struct tk_store *st, struct run *x, int *committed,
		   struct tk_error *err)
{
	int rc;
	if ((rc = tk_store_begin(st, err)))
		return rc;
	if ((rc = log_report(st, x, err)) || (rc = tk_store_commit(st, err))) {
		tk_store_rollback(st);
		return rc;
	}
	*committed = 1;
	return TK_OK;
}

int tk_report_run(struct tk_store *st, const struct tk_report_req *req,
		  int *written, struct tk_error *err)
{
	struct run x = {.st = st, .req = req};
	struct tk_anchor head;
	int rc, committed = 0;

	*written = 0;
	if (!req->out_file && !req->div_dir)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "report: nothing to write (give an output file or a directory)");
	if ((rc = tk_store_log_head(st, &head, err)) ||
	    (rc = tk_scores_compute(st, req->campaign, &x.sc, err)))
		return rc;
	tk_anchor_format(&head, x.anchor);
	tk_today(x.today);
	x.nfiles = (req->out_file ? 1 : 0) + (req->div_dir ? x.sc->ndiv : 0);
	x.tmp = tk_xcalloc((size_t)x.nfiles + 1, sizeof *x.tmp);
	x.dest = tk_xcalloc((size_t)x.nfiles + 1, sizeof *x.dest);
	if (!(rc = write_all(&x, err)) &&
	    !(rc = publish(st, &x, &committed, err)))
		rc = tk_sheet_put_in_place(x.tmp, x.dest, x.n, written, err);
	for (int i = 0; i < x.n && !committed; i++)
		unlink(x.tmp[i]); /* drafts; after the log, a file is kept */
	for (int i = 0; i < x.nfiles; i++) {
		free(x.tmp[i]);
		free(x.dest[i]);
	}
	free(x.tmp);
	free(x.dest);
	tk_scores_free(x.sc);
	return rc;
}
