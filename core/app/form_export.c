/*
 * form_export.c — the form export use case (form_export.h): the campaign
 * and its targets and staff from the database, one token per form in one
 * transaction with the form.export event, the workbooks written by
 * reports/form.c as hidden ".part" files and renamed into place after the
 * commit, so a failed export leaves neither tokens nor half a set of forms.
 *
 * The calling thread, which owns the connection, issues the tokens and
 * reads each division's staff; a small pool of threads writes the
 * workbooks (each one independent), a few forms behind.
 */
#include "app/form_export.h"
#include "app/returns.h"
#include "model/vocab.h"

#include "app/acting.h"
#include "app/campaign.h"
#include "app/survey_db.h"
#include "lib/util.h"
#include "model/survey.h"
#include "reports/sheet.h"
#include "reports/staffform.h"

#include <dirent.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* A target division of the campaign. */
struct target {
	long id;
	char *code, *name;
	unsigned kind; /* TK_KIND_* bit */
};

/* A per-staff form: the member and their target division (index). */
struct member {
	int t;
	long staff_id;
	struct tk_form_staff m;
};

/* One export in progress. */
struct export
{
	struct tk_store *st;
	const struct tk_form_export_req *req;
	struct tk_campaign c;
	struct tk_form_campaign facts;
	struct tk_survey *s;
	struct target *t;
	int n;
	sqlite3_stmt *ins, *sq; /* the forms insert; the staff query or NULL */
	char **tmp, **final, now[32];
	/* the forms: x->n division forms, or one per member (x->u) */
	int nforms;
	struct member *u;
	char **dirs; /* per-staff: each target's folder, or NULL */
};

/* ------------------------------------------------------------ database */

static void free_targets(struct target *t, int n)
{
	for (int i = 0; i < n; i++) {
		free(t[i].code);
		free(t[i].name);
	}
	free(t);
}

/* Read the rows of the targets query q into x->t. */
static int read_targets(struct export *x, sqlite3_stmt *q, struct tk_error *err)
{
	int rc, cap = 0;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct target *t;
		if (x->n == cap) {
			cap = cap ? 2 * cap : 64;
			x->t = tk_xrealloc(x->t, (size_t)cap * sizeof *x->t);
		}
		t = &x->t[x->n++];
		t->id = (long)sqlite3_column_int64(q, 0);
		t->code = tk_xstrdup((const char *)sqlite3_column_text(q, 1));
		t->name = tk_xstrdup((const char *)sqlite3_column_text(q, 2));
		t->kind = tk_kind_bit((const char *)sqlite3_column_text(q, 3));
	}
	if (rc != SQLITE_DONE)
		return tk_store_error(x->st, err, "campaign targets");
	return TK_OK;
}

/* The target divisions of the campaign (only division_code when given). */
static int load_targets(struct export *x, struct tk_error *err)
{
	const char *code = x->req->division_code;
	sqlite3_stmt *q = NULL;
	int rc;

	if ((rc = tk_store_prepare(
		 x->st,
		 "SELECT d.id, d.code, d.name, d.kind FROM campaign_targets t JOIN divisions d ON d.id=t.division_id WHERE t.campaign=?1 AND d.fy=?2 AND (?3 IS NULL OR d.code=?3) ORDER BY d.ord, d.code",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, x->c.id);
	sqlite3_bind_int(q, 2, x->c.fy);
	if (code)
		sqlite3_bind_text(q, 3, code, -1, SQLITE_STATIC);
	rc = read_targets(x, q, err);
	sqlite3_finalize(q);
	if (!rc && code && x->n == 0)
		rc = tk_error_set(
		    err, TK_ENOTFOUND,
		    "division '%s' is not a target of campaign %ld (FY%d)",
		    code, x->c.id, x->c.fy);
	return rc;
}

static void free_staff(struct tk_form_staff *s, int n)
{
	for (int i = 0; i < n; i++) {
		free(s[i].code);
		free(s[i].name);
		free(s[i].grade);
	}
	free(s);
}

/* The staff of a division by code, with their grade names, from the
 * prepared staff query x->sq (reset here).  Caller frees *out with
 * free_staff, also on failure. */
static int load_staff(struct export *x, long division,
		      struct tk_form_staff **out, int *n, struct tk_error *err)
{
	sqlite3_stmt *q = x->sq;
	int rc, cap = 0;

	sqlite3_reset(q);
	sqlite3_bind_int64(q, 1, division);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct tk_form_staff *s;
		if (*n == cap) {
			cap = cap ? 2 * cap : 64;
			*out = tk_xrealloc(*out, (size_t)cap * sizeof **out);
		}
		s = &(*out)[(*n)++];
		s->code = tk_xstrdup((const char *)sqlite3_column_text(q, 0));
		s->name = tk_xstrdup((const char *)sqlite3_column_text(q, 1));
		s->grade = tk_xstrdup((const char *)sqlite3_column_text(q, 2));
	}
	sqlite3_reset(q);
	if (rc != SQLITE_DONE)
		return tk_store_error(x->st, err, "staff");
	return TK_OK;
}

/* Record the token of form i (file base) in the forms table. */
static int insert_form(struct export *x, int i, const char *token,
		       const char *base, struct tk_error *err)
{
	sqlite3_stmt *q = x->ins;
	sqlite3_reset(q);
	sqlite3_bind_int64(q, 1, x->c.id);
	sqlite3_bind_int64(q, 2, x->t[x->u ? x->u[i].t : i].id);
	sqlite3_bind_int64(q, 7, x->u ? x->u[i].staff_id : 0);
	sqlite3_bind_text(q, 3, token, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(q, 4, x->now, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 5, tk_actor(), -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 6, base, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(q) != SQLITE_DONE)
		return tk_store_error(x->st, err, "forms");
	return TK_OK;
}

/* ------------------------------------------------------------ steps */

/* 1 when name is the hidden ".ID_….xlsx.part" of one of this campaign's
 * forms. */
static int own_part(const char *name, long campaign)
{
	char pre[32];
	size_t n = strlen(name), k;
	k = (size_t)snprintf(pre, sizeof pre, ".%ld_", campaign);
	return n > k + 10 && !strncmp(name, pre, k) &&
	       !strcmp(name + n - 10, ".xlsx.part");
}

/* Remove the .part files an interrupted export of this campaign left in
 * dir (only regular files named like its forms; nothing else). */
static void remove_stale_parts(const char *dir, long campaign)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	struct tk_buf path = {0};
	if (!d)
		return;
	while ((e = readdir(d))) {
		struct stat sb;
		if (!own_part(e->d_name, campaign))
			continue;
		tk_buf_reset(&path);
		tk_buf_add_path(&path, dir, e->d_name);
		if (!lstat(path.s, &sb) && S_ISREG(sb.st_mode))
			unlink(path.s);
	}
	closedir(d);
	tk_buf_free(&path);
}

/* 1 when campaign id is an audit plan's. */
static int audit_campaign(struct tk_store *st, long id)
{
	sqlite3_stmt *q;
	int yes = 0;
	if (tk_store_prepare(st, "SELECT 1 FROM plans WHERE campaign=?1", &q,
			     NULL))
		return 0;
	sqlite3_bind_int64(q, 1, id);
	yes = sqlite3_step(q) == SQLITE_ROW;
	sqlite3_finalize(q);
	return yes;
}

/* The folder of target t's per-staff forms: OUT/CODE_NAME, created and
 * rid of stale .part files of the campaign. */
static int division_dir(struct export *x, int t, struct tk_error *err)
{
	struct tk_buf pre = {0};
	char *code = tk_sheet_safe_name(x->t[t].code), *base;
	int rc;
	tk_buf_addf(&pre, "%s_", code);
	base = tk_sheet_file_name(pre.s, x->t[t].name, "");
	tk_buf_reset(&pre);
	tk_buf_add_path(&pre, x->req->out_dir, base);
	free(code);
	free(base);
	x->dirs[t] = tk_buf_take(&pre);
	if ((rc = tk_mkdirs(x->dirs[t], err)))
		return rc;
	remove_stale_parts(x->dirs[t], x->c.id);
	return TK_OK;
}

/* Target t's members (the staff query) appended to x->u; *cap its size. */
static int load_members(struct export *x, int t, int *cap, struct tk_error *err)
{
	sqlite3_stmt *q = x->sq;
	int rc;
	sqlite3_reset(q);
	sqlite3_bind_int64(q, 1, x->t[t].id);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct member *u;
		if (x->nforms == *cap) {
			*cap = *cap ? 2 * *cap : 256;
			x->u = tk_xrealloc(x->u, (size_t)*cap * sizeof *x->u);
		}
		u = &x->u[x->nforms++];
		u->t = t;
		u->m.code = tk_xstrdup((const char *)sqlite3_column_text(q, 0));
		u->m.name = tk_xstrdup((const char *)sqlite3_column_text(q, 1));
		u->m.grade =
		    tk_xstrdup((const char *)sqlite3_column_text(q, 2));
		u->staff_id = (long)sqlite3_column_int64(q, 3);
	}
	sqlite3_reset(q);
	if (rc != SQLITE_DONE)
		return tk_store_error(x->st, err, "staff");
	return TK_OK;
}

/* Per-staff forms: every member of the targets into x->u, in the order
 * of division and staff code, and a folder per division with members. */
static int prepare_members(struct export *x, struct tk_error *err)
{
	int rc, cap = 0;
	if (x->s->respondent != TK_RESP_STAFF)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "--per-staff is for staff surveys; campaign %ld's survey %s is answered by divisions",
		    x->c.id, x->s->id);
	x->dirs = tk_xcalloc((size_t)x->n + 1, sizeof *x->dirs);
	x->nforms = 0;
	for (int t = 0; t < x->n; t++) {
		int first = x->nforms;
		if ((rc = load_members(x, t, &cap, err)))
			return rc;
		if (x->nforms > first && (rc = division_dir(x, t, err)))
			return rc;
	}
	return TK_OK;
}

/* The campaign (not closed), its survey and targets, the output directory
 * (without stale .part files of the campaign) and the staff query. */
static int prepare(struct export *x, struct tk_error *err)
{
	int rc;
	struct tk_acting who;
	if ((rc = tk_campaign_get(x->st, x->req->campaign, &x->c, err)) ||
	    (rc = tk_acting_in(x->st, x->c.fy, &who, err)))
		return rc;
	if (!x->req->audit_checked && audit_campaign(x->st, x->c.id))
		return tk_error_set(
		    err, TK_EUSAGE,
		    "campaign %ld holds an audit plan's checklist: write it with `tenken audit form --audit ID`, which checks the team",
		    x->c.id);
	if (!strcmp(x->c.status, TK_CAMPAIGN_CLOSED))
		return tk_error_set(
		    err, TK_ERULE,
		    "campaign %ld is closed: its forms could not be imported; `tenken campaign reopen` first",
		    x->req->campaign);
	if ((rc = tk_survey_load(x->st, x->c.survey, &x->s, err)) ||
	    (rc = load_targets(x, err)) ||
	    (rc = tk_mkdirs(x->req->out_dir, err)))
		return rc;
	remove_stale_parts(x->req->out_dir, x->c.id);
	if (x->s->respondent == TK_RESP_STAFF &&
	    (rc = tk_store_prepare(
		 x->st,
		 "SELECT s.code, s.name, g.name, s.id FROM staff s JOIN grades g ON g.rank=s.grade WHERE s.division_id=?1 ORDER BY s.code",
		 &x->sq, err)))
		return rc;
	x->facts =
	    (struct tk_form_campaign){.id = x->c.id,
				      .fy = x->c.fy,
				      .title = x->c.title,
				      .due = x->c.due,
				      .marking = x->c.marking,
				      .return_to = x->c.return_to,
				      .survey_id = x->c.survey_id,
				      .survey_version = x->c.survey_version,
				      .survey_hash = x->c.survey_hash};
	x->nforms = x->n;
	if (x->req->per_staff && (rc = prepare_members(x, err)))
		return rc;
	x->tmp = tk_xcalloc((size_t)x->nforms + 1, sizeof *x->tmp);
	x->final = tk_xcalloc((size_t)x->nforms + 1, sizeof *x->final);
	return TK_OK;
}

/* The final and temporary names of form i: OUT/ID_CODE_NAME.xlsx, or
 * per staff OUT/CODE_NAME/ID_CODE_STAFF_NAME.xlsx. */
static int name_form(struct export *x, int i, struct tk_error *err)
{
	struct tk_buf path = {0};
	const struct member *u = x->u ? &x->u[i] : NULL;
	int t = u ? u->t : i;
	char *code = tk_sheet_safe_name(x->t[t].code), *base;
	const char *dir = u ? x->dirs[t] : x->req->out_dir;
	int rc;
	/* The campaign, division and staff codes stay whole and keep names
	 * unique; a long name is cut to fit the file system. */
	tk_buf_addf(&path, "%ld_%s_", x->c.id, code);
	if (u) {
		char *sc = tk_sheet_safe_name(u->m.code);
		tk_buf_addf(&path, "%s_", sc);
		free(sc);
	}
	base =
	    tk_sheet_file_name(path.s, u ? u->m.name : x->t[t].name, ".xlsx");
	tk_buf_reset(&path);
	tk_buf_add_path(&path, dir, base);
	free(code);
	free(base);
	x->final[i] = tk_buf_take(&path);
	if ((rc = tk_sheet_check_target(x->final[i], err)))
		return rc;
	tk_buf_addf(&path, "%s/.%s.part", dir, strrchr(x->final[i], '/') + 1);
	x->tmp[i] = tk_buf_take(&path);
	return TK_OK;
}

/* ------------------------------------------------------------ writers */

/* One form to write: what the database gave for it, and how it went. */
struct job {
	char token[33];
	struct tk_form_staff *staff;
	int nstaff;
	int rc;
	struct tk_error err;
};

#define MAX_WRITERS 4
#define AHEAD	    8 /* forms prepared but not yet written, at most */

/* The writer threads and the forms handed to them (in order). */
struct pool {
	struct export *x;
	struct job *jobs; /* [x->nforms] */
	pthread_mutex_t mu;
	pthread_cond_t cv;
	int queued, taken, finished, closed, stop;
	int nthreads;
	pthread_t th[MAX_WRITERS];
};

/* Write form i as its .part file (a writer thread's work). */
static int write_one(struct export *x, int i, struct job *j)
{
	int t = x->u ? x->u[i].t : i;
	struct tk_form_division div = {x->t[t].code, x->t[t].name,
				       x->t[t].kind};
	struct tk_form_data d = {.campaign = &x->facts,
				 .survey = x->s,
				 .division = &div,
				 .staff = x->u ? &x->u[i].m : j->staff,
				 .nstaff = x->u ? 1 : j->nstaff,
				 .token = j->token,
				 .prefill = x->req->prefill};
	if (x->u)
		return tk_staff_form_write(&d, x->tmp[i], x->final[i], &j->err);
	return tk_form_write(&d, x->tmp[i], x->final[i], &j->err);
}

/* A writer thread: takes the queued forms in order until the queue is
 * closed and empty, or a form failed. */
static void *writer(void *arg)
{
	struct pool *p = arg;
	for (;;) {
		int i;
		pthread_mutex_lock(&p->mu);
		while (p->taken == p->queued && !p->closed && !p->stop)
			pthread_cond_wait(&p->cv, &p->mu);
		if (p->stop || p->taken == p->queued) {
			pthread_mutex_unlock(&p->mu);
			return NULL;
		}
		i = p->taken++;
		pthread_mutex_unlock(&p->mu);
		int rc = write_one(p->x, i, &p->jobs[i]);
		free_staff(p->jobs[i].staff, p->jobs[i].nstaff);
		p->jobs[i].staff = NULL;
		p->jobs[i].nstaff = 0;
		pthread_mutex_lock(&p->mu);
		p->jobs[i].rc = rc;
		p->finished++;
		if (rc)
			p->stop = 1;
		pthread_cond_broadcast(&p->cv);
		pthread_mutex_unlock(&p->mu);
	}
}

/* How many writers: one per core, at most MAX_WRITERS; one when the
 * answers to fill in come from a callback (it may keep state, and its
 * answers depend on the order of the forms). */
static int writers_wanted(const struct export *x)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	if (x->req->prefill || n < 1)
		return 1;
	return n > MAX_WRITERS ? MAX_WRITERS : (int)n;
}

/* Start the writers; TK_ENOMEM when not even one could start. */
static int pool_start(struct pool *p, struct export *x, struct tk_error *err)
{
	int want = writers_wanted(x);
#ifdef __GLIBC__
	/* A workbook frees many megabytes when it is written; handing them
	 * back to the system each time (a trim: a TLB flush on every core)
	 * cost more than the second writer gained.  Keep up to 64 MiB. */
	mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
	p->x = x;
	p->jobs = tk_xcalloc((size_t)x->nforms + 1, sizeof *p->jobs);
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->cv, NULL);
	for (p->nthreads = 0; p->nthreads < want; p->nthreads++)
		if (pthread_create(&p->th[p->nthreads], NULL, writer, p))
			break;
	if (!p->nthreads)
		return tk_error_set(err, TK_ENOMEM,
				    "cannot start a thread to write the forms");
	return TK_OK;
}

/* Report the forms written up to `finished` as progress, one by one as
 * before (from the calling thread, without the lock held). */
static void report_progress(struct pool *p, int *shown, int finished)
{
	const struct tk_form_export_req *req = p->x->req;
	while (*shown < finished) {
		++*shown;
		if (req->progress)
			req->progress(req->progress_ctx, *shown, p->x->nforms);
	}
}

/* Wait until fewer than `ahead` queued forms are unwritten (or a writer
 * failed), reporting progress meanwhile.  Returns 1 when one failed. */
static int pool_wait(struct pool *p, int ahead, int *shown)
{
	for (;;) {
		int finished, stop, ready;
		pthread_mutex_lock(&p->mu);
		while (!p->stop && p->queued - p->finished >= ahead &&
		       p->finished == *shown)
			pthread_cond_wait(&p->cv, &p->mu);
		finished = p->finished;
		stop = p->stop;
		ready = p->queued - p->finished < ahead;
		pthread_mutex_unlock(&p->mu);
		report_progress(p, shown, finished);
		if (stop || ready)
			return stop;
	}
}

/* Close the queue, let the writers finish what they took, and join them.
 * Returns the first failing form's code (in order), err set, or TK_OK. */
static int pool_finish(struct pool *p, int *shown, struct tk_error *err)
{
	int rc = TK_OK;
	pthread_mutex_lock(&p->mu);
	p->closed = 1;
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
	for (int t = 0; t < p->nthreads; t++)
		pthread_join(p->th[t], NULL);
	report_progress(p, shown, p->finished);
	for (int i = 0; i < p->queued && !rc; i++)
		if ((rc = p->jobs[i].rc))
			*err = p->jobs[i].err;
	for (int i = 0; i < p->queued; i++)
		free_staff(p->jobs[i].staff, p->jobs[i].nstaff);
	free(p->jobs);
	pthread_mutex_destroy(&p->mu);
	pthread_cond_destroy(&p->cv);
	return rc;
}

/* Issue the token of form i and read its staff (the calling thread's
 * work), then hand it to the writers. */
static int queue_one(struct pool *p, int i, struct tk_error *err)
{
	struct export *x = p->x;
	struct job *j = &p->jobs[i];
	int rc;

	tk_return_new_token(j->token);
	if ((rc = name_form(x, i, err)) ||
	    (rc = insert_form(x, i, j->token, strrchr(x->final[i], '/') + 1,
			      err)) ||
	    (x->sq && !x->u &&
	     (rc = load_staff(x, x->t[i].id, &j->staff, &j->nstaff, err))))
		return rc;
	pthread_mutex_lock(&p->mu);
	p->queued = i + 1;
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
	return TK_OK;
}

/* Every form: tokens issued here in order, workbooks written by the pool.
 * The first failure in the order of the forms is the one reported. */
static int export_forms(struct export *x, struct tk_error *err)
{
	struct pool p = {0};
	struct tk_error qerr;
	int rc, qrc = TK_OK, shown = 0;

	if ((rc = pool_start(&p, x, err)))
		return rc;
	for (int i = 0; i < x->nforms; i++) {
		if (pool_wait(&p, AHEAD, &shown))
			break;
		if ((qrc = queue_one(&p, i, &qerr))) {
			free_staff(p.jobs[i].staff, p.jobs[i].nstaff);
			p.jobs[i].staff = NULL;
			p.jobs[i].nstaff = 0;
			break;
		}
	}
	rc = pool_finish(&p, &shown, err);
	/* A form before the one that could not be queued failed first. */
	if (!rc && qrc) {
		*err = qerr;
		rc = qrc;
	}
	return rc;
}

/* All forms and the form.export event, in the open transaction. */
static int export_all(struct export *x, struct tk_error *err)
{
	const struct tk_form_export_req *req = x->req;
	struct tk_buf detail = {0};
	char obj[64];
	int rc;

	if ((rc = tk_store_prepare(
		 x->st,
		 "INSERT INTO forms(campaign, division_id, token, issued_at, issued_by, file_name, member_id) VALUES (?1,?2,?3,?4,?5,?6,?7)",
		 &x->ins, err)))
		return rc;
	tk_now(x->now);
	if ((rc = export_forms(x, err)))
		return rc;
	snprintf(obj, sizeof obj, "campaign %ld", x->c.id);
	tk_buf_addf(&detail, "%d %sforms to %s", x->nforms,
		    x->u ? "per-staff " : "", req->out_dir);
	rc = tk_store_log(x->st, "form.export", obj, detail.s, err);
	tk_buf_free(&detail);
	return rc;
}

/* Free everything; before the commit the forms are drafts and removed.
 * After it their tokens are issued: a form that could not be renamed stays
 * as its .part file (the error names it). */
static void clear(struct export *x, int committed)
{
	sqlite3_finalize(x->ins);
	sqlite3_finalize(x->sq);
	for (int i = 0; x->tmp && i < x->nforms; i++) {
		if (x->tmp[i] && !committed)
			unlink(x->tmp[i]);
		free(x->tmp[i]);
		free(x->final[i]);
	}
	free(x->tmp);
	free(x->final);
	for (int i = 0; x->u && i < x->nforms; i++) {
		free(x->u[i].m.code);
		free(x->u[i].m.name);
		free(x->u[i].m.grade);
	}
	free(x->u);
	for (int t = 0; x->dirs && t < x->n; t++)
		free(x->dirs[t]);
	free(x->dirs);
	free_targets(x->t, x->n);
	tk_survey_free(x->s);
	tk_campaign_clear(&x->c);
}

int tk_form_export(struct tk_store *st, const struct tk_form_export_req *req,
		   int *written, struct tk_error *err)
{
	struct export x = {.st = st, .req = req};
	int rc, committed = 0;

	*written = 0;
	if (!(rc = prepare(&x, err)) && !(rc = tk_store_begin(st, err))) {
		if ((rc = export_all(&x, err)) ||
		    (rc = tk_store_commit(st, err)))
			tk_store_rollback(st);
		else
			committed = 1;
	}
	/* The tokens are issued: put the forms in place. */
	if (committed)
		rc = tk_sheet_put_in_place(x.tmp, x.final, x.nforms, written,
					   err);
	clear(&x, committed);
	return rc;
}
