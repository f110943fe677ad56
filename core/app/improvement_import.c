/*
 * improvement_import.c — a division's progress workbook coming back
 * through `tenken import` (tk_progress_import, app/returns.h): every row
 * is checked first, each problem naming SHEET!CELL; only when there is
 * none are the rows that changed recorded (history rows of source 'form'
 * and the improvements' columns), with one event and the file's record,
 * in one transaction.
 */
#include "app/improvement.h"
#include "app/improvement_db.h"
#include "app/returns.h"
#include "reports/tracker.h"

#include "lib/i18n.h"
#include "lib/util.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One row of the workbook as taken. */
struct prow {
	uint32_t row;
	long id;
	int percent, completed;
	char note[1024], done[11];
};

struct pimport {
	const struct tk_return_in *in;
	struct tk_problems *pr;
	const struct tk_improvement_list *l;
	char today[16];
	struct prow *rows;
	int n;
};

static void col_name(uint32_t col, char out[4])
{
	out[0] = (char)('A' + col - 1);
	out[1] = '\0';
}

static void row_problem(const struct pimport *x, uint32_t r, uint32_t col,
			const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* A problem of row r, column col; fmt is translated here. */
static void row_problem(const struct pimport *x, uint32_t r, uint32_t col,
			const char *fmt, ...)
{
	char c[4], m[400];
	va_list ap;
	col_name(col, c);
	va_start(ap, fmt);
	vsnprintf(m, sizeof m, _(fmt), ap);
	va_end(ap);
	tk_problem(x->pr, "%s: %s!%s%u: %s", x->in->name, x->in->sheet, c,
		   (unsigned)r, m);
}

static const struct tk_improvement_row *find(const struct pimport *x, long id)
{
	for (int i = 0; i < x->l->n; i++)
		if (x->l->rows[i].id == id)
			return &x->l->rows[i];
	return NULL;
}

/* A whole number cell into *v: 1 when a number, 0 when empty, -1 when
 * not a whole number. */
static int whole(const struct tk_return_in *in, uint32_t r, uint32_t c, long *v,
		 char text[64])
{
	const struct tk_xlsx_cell *k = tk_return_at(in, r, c);
	char *end;
	double d;
	tk_return_text(in, r, c, text, 64);
	if (!k || !*text)
		return 0;
	d = k->type == TK_CELL_NUMBER ? k->num : strtod(text, &end);
	if (k->type != TK_CELL_NUMBER && (end == text || *end))
		return -1;
	if (d != floor(d) || fabs(d) > 1e9)
		return -1;
	*v = (long)d;
	return 1;
}

/* The improvement a row names, or NULL with a problem. */
static const struct tk_improvement_row *row_target(struct pimport *x,
						   uint32_t r)
{
	const struct tk_improvement_row *imp;
	char t[64];
	long id = 0;
	int got = whole(x->in, r, TK_PCOL_ID, &id, t);
	if (got <= 0 || !(imp = find(x, id))) {
		row_problem(
		    x, r, TK_PCOL_ID,
		    "'%s' is not the number of an improvement of division %s (rows are not added or renumbered)",
		    t, x->in->division);
		return NULL;
	}
	return imp;
}

/* The percent of row r into p (-1 when empty); 0 when valid. */
static int row_percent(struct pimport *x, uint32_t r, int *p)
{
	char t[64];
	long v = 0;
	int got = whole(x->in, r, TK_PCOL_PERCENT, &v, t);
	*p = -1;
	if (got < 0 || (got > 0 && (v < 0 || v > 100))) {
		row_problem(x, r, TK_PCOL_PERCENT,
			    "進捗率 '%s' must be a whole number from 0 to 100",
			    t);
		return -1;
	}
	if (got > 0)
		*p = (int)v;
	return 0;
}

/* The completion date of row r into out ("" when empty); 0 when valid. */
static int row_done(struct pimport *x, uint32_t r,
		    const struct tk_improvement_row *imp, char out[11])
{
	char t[64];
	int got = tk_return_date(x->in, r, TK_PCOL_DONE, out);
	if (got < 0) {
		row_problem(
		    x, r, TK_PCOL_DONE,
		    "完了日 '%s' is not a date (write 2026/10/01)",
		    tk_return_text(x->in, r, TK_PCOL_DONE, t, sizeof t));
		return -1;
	}
	if (got > 0 && strcmp(out, x->today) > 0) {
		row_problem(x, r, TK_PCOL_DONE,
			    "完了日 %s is in the future (imported on %s)", out,
			    x->today);
		return -1;
	}
	if (got > 0 && strcmp(out, imp->submitted_on) < 0) {
		row_problem(
		    x, r, TK_PCOL_DONE,
		    "完了日 %s is before the improvement was submitted (%s)",
		    out, imp->submitted_on);
		return -1;
	}
	return 0;
}

/* 1 (with a problem) when an earlier row took improvement id. */
static int repeated(struct pimport *x, uint32_t r, long id)
{
	for (int i = 0; i < x->n; i++)
		if (x->rows[i].id == id) {
			row_problem(x, r, TK_PCOL_ID,
				    "improvement %ld is also on row %u", id,
				    (unsigned)x->rows[i].row);
			return 1;
		}
	return 0;
}

/* Check row r; a change goes into x->rows. */
static void take_row(struct pimport *x, uint32_t r)
{
	const struct tk_improvement_row *imp;
	struct prow p = {0};
	if (!tk_return_at(x->in, r, TK_PCOL_ID) &&
	    !tk_return_at(x->in, r, TK_PCOL_PERCENT) &&
	    !tk_return_at(x->in, r, TK_PCOL_NOTE) &&
	    !tk_return_at(x->in, r, TK_PCOL_DONE))
		return;
	if (!(imp = row_target(x, r)) || repeated(x, r, imp->id) ||
	    row_percent(x, r, &p.percent) || row_done(x, r, imp, p.done))
		return;
	tk_return_text(x->in, r, TK_PCOL_NOTE, p.note, sizeof p.note);
	if ((p.percent < 0 || p.percent == imp->progress) && !p.note[0] &&
	    !p.done[0])
		return; /* unchanged */
	if (strcmp(imp->state, "in_progress")) {
		row_problem(
		    x, r, TK_PCOL_PERCENT,
		    "improvement %ld is already %s: nothing more is reported on it",
		    imp->id,
		    !strcmp(imp->state, "verified") ? _("verified")
						    : _("completed"));
		return;
	}
	p.row = r;
	p.id = imp->id;
	p.completed = p.done[0] != 0;
	if (p.completed)
		p.percent = 100;
	else if (p.percent < 0)
		p.percent = imp->progress;
	x->rows[x->n++] = p;
}

/* Record the rows, one event and the file (one transaction). */
static int store_rows(struct tk_store *st, const struct pimport *x,
		      const struct tk_return_form *rf, struct tk_error *err)
{
	char obj[64], detail[256];
	int rc;
	if ((rc = tk_store_begin(st, err)))
		return rc;
	for (int i = 0; i < x->n && !rc; i++) {
		const struct prow *p = &x->rows[i];
		struct tk_imp_step s = {
		    p->id,	 0,	 p->done[0] ? p->done : x->today,
		    p->note,	 "form", p->percent,
		    p->completed};
		rc = tk_imp_record_step(st, &s, err);
	}
	snprintf(obj, sizeof obj, "division %s", rf->division_code);
	snprintf(detail, sizeof detail, "%d improvements from %s sha256 %s",
		 x->n, x->in->name, x->in->sha);
	if (!rc)
		rc = tk_store_log(st, "improvement.import", obj, detail, err);
	if (!rc)
		rc = tk_return_record(st, x->in, rf->id, x->n, err);
	if (rc) {
		tk_store_rollback(st);
		return rc;
	}
	return tk_store_commit(st, err);
}

int tk_progress_import(struct tk_store *st, const struct tk_return_in *in,
		       struct tk_problems *pr, struct tk_return_out *out,
		       struct tk_error *err)
{
	struct tk_improvement_filter f = {0};
	struct tk_improvement_list l = {0};
	struct tk_return_form rf;
	struct pimport x = {in, pr, &l, "", NULL, 0};
	uint32_t last;
	int rc, before = pr->count;
	if ((rc = tk_return_resolve(st, in, "progress", &rf, pr, err)) ||
	    pr->count > before)
		return rc;
	f.fy = rf.fy;
	f.division = rf.division_code;
	if ((rc = tk_improvement_list(st, &f, &l, err)))
		return rc;
	tk_today(x.today);
	last = tk_return_last_row(in);
	x.rows = tk_xcalloc((size_t)l.n + 1, sizeof *x.rows);
	for (uint32_t r = (uint32_t)in->first_row; r <= last; r++)
		take_row(&x, r);
	if (pr->count == before) {
		snprintf(out->division_code, sizeof out->division_code, "%s",
			 rf.division_code);
		snprintf(out->division, sizeof out->division, "%s",
			 rf.division);
		out->rows = x.n;
		if (!in->dry_run)
			rc = store_rows(st, &x, &rf, err);
	}
	free(x.rows);
	tk_improvement_list_clear(&l);
	return rc;
}
