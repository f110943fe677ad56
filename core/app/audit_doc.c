/*
 * audit_doc.c — gathering an audit's documents' data (audit_doc.h).
 */
#include "app/audit_doc.h"

#include "app/acting.h"
#include "app/audit.h"
#include "app/survey_db.h"
#include "lib/util.h"
#include "model/vocab.h"
#include "reports/auditdoc.h"
#include "reports/sheet.h"

#include <stdlib.h>
#include <string.h>

/* Strings kept until the document is written. */
struct keep {
	char **v;
	int n;
};

static const char *keep(struct keep *k, const unsigned char *s)
{
	if (!s)
		return NULL;
	k->v = tk_xrealloc(k->v, (size_t)(k->n + 1) * sizeof *k->v);
	return k->v[k->n++] = tk_xstrdup((const char *)s);
}

static void keep_free(struct keep *k)
{
	for (int i = 0; i < k->n; i++)
		free(k->v[i]);
	free(k->v);
}

/* Everything a document is made of. */
struct doc {
	struct keep k;
	struct tk_doc_audit a;
	struct tk_doc_auditor *team;
	struct tk_survey *s;
	long campaign, division, survey;
	unsigned kind; /* the division's TK_KIND_* bit */
	const char *notified_on, *reported_on, *procedure, *evaluation;
};

static void doc_free(struct doc *d)
{
	free(d->team);
	tk_survey_free(d->s);
	keep_free(&d->k);
}

/* A member of staff as printed. */
static int person(struct tk_store *st, struct doc *d, long id,
		  struct tk_doc_person *p, struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc, step;
	memset(p, 0, sizeof *p);
	if (!id)
		return TK_OK;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT s.code, s.name, g.name, v.name FROM staff s JOIN grades g ON g.rank=s.grade JOIN divisions v ON v.id=s.division_id WHERE s.id=?1",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, id);
	if ((step = sqlite3_step(q)) == SQLITE_ROW) {
		p->code = keep(&d->k, sqlite3_column_text(q, 0));
		p->name = keep(&d->k, sqlite3_column_text(q, 1));
		p->grade = keep(&d->k, sqlite3_column_text(q, 2));
		p->division = keep(&d->k, sqlite3_column_text(q, 3));
	}
	rc = step == SQLITE_ROW || step == SQLITE_DONE
		 ? TK_OK
		 : tk_store_error(st, err, "staff");
	sqlite3_finalize(q);
	return rc;
}

/* The audit row with its plan and division. */
static int doc_facts(struct tk_store *st, long audit, struct doc *d,
		     long *approver, long *head, struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc, step;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT a.fy, a.kind='special', coalesce(p.marking, ''), p.title, p.reason, p.approved_on, coalesce(p.approved_by, 0), v.code, v.name, coalesce(v.head_staff_id, 0), a.conducted_on, a.notified_on, a.reported_on, a.procedure, a.evaluation, p.campaign, a.division_id, v.kind, p.survey FROM audits a JOIN plans p ON p.id=a.plan JOIN divisions v ON v.id=a.division_id WHERE a.id=?1",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, audit);
	if ((step = sqlite3_step(q)) == SQLITE_ROW) {
		d->a.id = audit;
		d->a.fy = sqlite3_column_int(q, 0);
		d->a.special = sqlite3_column_int(q, 1);
		d->a.marking = keep(&d->k, sqlite3_column_text(q, 2));
		d->a.plan_title = keep(&d->k, sqlite3_column_text(q, 3));
		d->a.reason = keep(&d->k, sqlite3_column_text(q, 4));
		d->a.approved_on = keep(&d->k, sqlite3_column_text(q, 5));
		*approver = (long)sqlite3_column_int64(q, 6);
		d->a.division_code = keep(&d->k, sqlite3_column_text(q, 7));
		d->a.division_name = keep(&d->k, sqlite3_column_text(q, 8));
		*head = (long)sqlite3_column_int64(q, 9);
		d->a.audit_on = keep(&d->k, sqlite3_column_text(q, 10));
		d->notified_on = keep(&d->k, sqlite3_column_text(q, 11));
		d->reported_on = keep(&d->k, sqlite3_column_text(q, 12));
		d->procedure = keep(&d->k, sqlite3_column_text(q, 13));
		d->evaluation = keep(&d->k, sqlite3_column_text(q, 14));
		d->campaign = (long)sqlite3_column_int64(q, 15);
		d->division = (long)sqlite3_column_int64(q, 16);
		d->kind = tk_kind_bit((const char *)sqlite3_column_text(q, 17));
		d->survey = (long)sqlite3_column_int64(q, 18);
	}
	rc = step == SQLITE_ROW ? TK_OK
	     : step == SQLITE_DONE
		 ? tk_error_set(err, TK_ENOTFOUND, "no audit %ld", audit)
		 : tk_store_error(st, err, "audits");
	sqlite3_finalize(q);
	return rc;
}

/* The team, lead first. */
static int doc_team(struct tk_store *st, long audit, struct doc *d,
		    struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc, step;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT t.staff_id, t.role='lead' FROM audit_team t JOIN staff s ON s.id=t.staff_id WHERE t.audit=?1 ORDER BY t.role='lead' DESC, s.grade DESC, s.code",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, audit);
	while ((step = sqlite3_step(q)) == SQLITE_ROW) {
		struct tk_doc_auditor *t;
		d->team = tk_xrealloc(d->team, (size_t)(d->a.nteam + 1) *
						   sizeof *d->team);
		t = &d->team[d->a.nteam++];
		t->lead = sqlite3_column_int(q, 1);
		if ((rc = person(st, d, (long)sqlite3_column_int64(q, 0), &t->p,
				 err)))
			break;
	}
	if (!rc && step != SQLITE_DONE)
		rc = tk_store_error(st, err, "audit_team");
	sqlite3_finalize(q);
	d->a.team = d->team;
	return rc;
}

/* All of the audit's facts, its people and its checklist. */
static int doc_load(struct tk_store *st, long audit, struct doc *d,
		    struct tk_error *err)
{
	long approver = 0, head = 0, manager = 0;
	int rc;
	memset(d, 0, sizeof *d);
	if ((rc = doc_facts(st, audit, d, &approver, &head, err)) ||
	    (rc =
		 tk_role_holder(st, d->a.fy, TK_ROLE_MANAGER, &manager, err)) ||
	    (rc = person(st, d, approver, &d->a.approver, err)) ||
	    (rc = person(st, d, manager, &d->a.manager, err)) ||
	    (rc = person(st, d, head, &d->a.head, err)) ||
	    (rc = doc_team(st, audit, d, err)) ||
	    (rc = tk_survey_load(st, d->survey, &d->s, err)))
		return rc;
	d->a.checklist_title = d->s->title;
	d->a.checklist_id = d->s->id;
	d->a.checklist_version = d->s->version;
	return TK_OK;
}

static int applies(const struct doc *d, const struct tk_item *it)
{
	return !it->applies_kinds || (it->applies_kinds & d->kind);
}

static const char *section_title(const struct tk_survey *s,
				 const struct tk_item *it)
{
	return it->section >= 0 && it->section < s->nsections
		   ? s->sections[it->section].title
		   : "";
}

/* "/" between dir and a name, unless dir ends in one. */
static const char *dir_sep(const char *dir)
{
	size_t n = strlen(dir);
	return n && dir[n - 1] == '/' ? "" : "/";
}

/* "実施通知_<audit>_<code>_<name>.xlsx" in dir (caller frees). */
static char *doc_path(const char *dir, const char *what, const struct doc *d)
{
	struct tk_buf b = {0};
	char *code = tk_sheet_safe_name(d->a.division_code), *base;
	tk_buf_addf(&b, "%s_%ld_%s_", what, d->a.id, code);
	base = tk_sheet_file_name(b.s, d->a.division_name, ".xlsx");
	tk_buf_reset(&b);
	tk_buf_addf(&b, "%s%s%s", dir, dir_sep(dir), base);
	free(code);
	free(base);
	return tk_buf_take(&b);
}

int tk_audit_doc_notice(struct tk_store *st, long audit, const char *out_dir,
			char **path, struct tk_error *err)
{
	struct doc d;
	struct tk_doc_item *items = NULL;
	int n = 0, rc;
	*path = NULL;
	if ((rc = doc_load(st, audit, &d, err)) ||
	    (rc = tk_mkdirs(out_dir, err)))
		goto done;
	items = tk_xcalloc((size_t)d.s->nitems + 1, sizeof *items);
	for (int i = 0; i < d.s->nitems; i++) {
		const struct tk_item *it = &d.s->items[i];
		if (applies(&d, it))
			items[n++] = (struct tk_doc_item){
			    it->id, section_title(d.s, it), it->text,
			    it->clause, it->evidence};
	}
	*path = doc_path(out_dir, "実施通知", &d);
	rc = tk_doc_notice_write(
	    &(struct tk_doc_notice){&d.a, d.notified_on, d.procedure, items, n},
	    *path, *path, err);
done:
	free(items);
	doc_free(&d);
	if (rc) {
		free(*path);
		*path = NULL;
	}
	return rc;
}

/* Per section: the judgements of the current submission. */
static int doc_sections(struct tk_store *st, struct doc *d,
			struct tk_doc_section *sec, int *total, int *answered,
			struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc, step;
	char *done = tk_xcalloc((size_t)d->s->nitems + 1, 1);
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT a.item_idx, a.choice FROM answers a JOIN submissions u ON u.id=a.submission WHERE u.campaign=?1 AND u.division_id=?2 AND u.superseded_by IS NULL AND a.item_idx >= 0",
		 &q, err))) {
		free(done);
		return rc;
	}
	sqlite3_bind_int64(q, 1, d->campaign);
	sqlite3_bind_int64(q, 2, d->division);
	while ((step = sqlite3_step(q)) == SQLITE_ROW) {
		int i = sqlite3_column_int(q, 0), c = sqlite3_column_int(q, 1);
		const struct tk_item *it;
		const char *label, *j = NULL;
		if (i < 0 || i >= d->s->nitems ||
		    sqlite3_column_type(q, 1) == SQLITE_NULL)
			continue;
		it = &d->s->items[i];
		if (it->scale < 0 || c < 0 ||
		    c >= d->s->scales[it->scale].nchoices)
			continue;
		label = d->s->scales[it->scale].choices[c].label;
		struct tk_doc_section *x = &sec[it->section];
		done[i] = 1;
		if (tk_audit_label_finding(label, &j) && *j == 'n')
			x->nonconforming++;
		else if (j)
			x->minor++;
		else if (d->s->scales[it->scale].choices[c].na)
			x->na++;
		else
			x->conforming++;
	}
	rc = step == SQLITE_DONE ? TK_OK : tk_store_error(st, err, "answers");
	sqlite3_finalize(q);
	for (int i = 0; i < d->s->nitems; i++) {
		const struct tk_item *it = &d->s->items[i];
		if (!applies(d, it))
			continue;
		(*total)++;
		if (done[i])
			(*answered)++;
		else
			sec[it->section].unanswered++;
	}
	free(done);
	return rc;
}

/* The audit's findings, not withdrawn. */
static int doc_findings(struct tk_store *st, struct doc *d, long audit,
			struct tk_doc_finding **out, int *n,
			struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc, step;
	*out = NULL;
	*n = 0;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT f.id, f.item_id, f.item_idx, f.clause, f.severity, f.judgement, f.text FROM findings f WHERE f.audit=?1 AND f.withdrawn_on IS NULL ORDER BY f.judgement='minor', CASE f.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, f.id",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, audit);
	while ((step = sqlite3_step(q)) == SQLITE_ROW) {
		int i = sqlite3_column_int(q, 2);
		struct tk_doc_finding *f;
		const char *j = (const char *)sqlite3_column_text(q, 5);
		*out = tk_xrealloc(*out, (size_t)(*n + 1) * sizeof **out);
		f = &(*out)[(*n)++];
		f->id = (long)sqlite3_column_int64(q, 0);
		f->item_id = keep(&d->k, sqlite3_column_text(q, 1));
		f->item_text =
		    i >= 0 && i < d->s->nitems ? d->s->items[i].text : "";
		f->clause = keep(&d->k, sqlite3_column_text(q, 3));
		f->severity = keep(&d->k, sqlite3_column_text(q, 4));
		f->judgement =
		    j && !strcmp(j, "minor") ? "軽微な不備" : "不適合";
		f->text = keep(&d->k, sqlite3_column_text(q, 6));
	}
	rc = step == SQLITE_DONE ? TK_OK : tk_store_error(st, err, "findings");
	sqlite3_finalize(q);
	return rc;
}

int tk_audit_doc_report(struct tk_store *st, long audit, const char *out,
			struct tk_error *err)
{
	struct doc d;
	struct tk_doc_section *sec = NULL;
	struct tk_doc_finding *f = NULL;
	struct tk_doc_report r = {0};
	int nf = 0, rc;
	if ((rc = doc_load(st, audit, &d, err)))
		goto done;
	sec = tk_xcalloc((size_t)d.s->nsections + 1, sizeof *sec);
	for (int i = 0; i < d.s->nsections; i++)
		sec[i].title = d.s->sections[i].title;
	if ((rc = doc_sections(st, &d, sec, &r.items_total, &r.items_answered,
			       err)) ||
	    (rc = doc_findings(st, &d, audit, &f, &nf, err)))
		goto done;
	r.a = &d.a;
	r.notified_on = d.notified_on;
	r.reported_on = d.reported_on;
	r.evaluation = d.evaluation;
	r.sections = sec;
	r.nsections = d.s->nsections;
	r.findings = f;
	r.nfindings = nf;
	rc = tk_doc_report_write(&r, out, out, err);
done:
	free(sec);
	free(f);
	doc_free(&d);
	return rc;
}

int tk_audit_doc_unanswered(struct tk_store *st, long campaign, long division,
			    long submission, long *n, struct tk_error *err)
{
	struct doc d = {0};
	sqlite3_stmt *q;
	char *done = NULL;
	int rc, step;
	long survey = 0;
	*n = 0;
	(void)campaign;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT c.survey, v.kind FROM campaigns c, divisions v WHERE c.id=?1 AND v.id=?2",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, campaign);
	sqlite3_bind_int64(q, 2, division);
	if ((step = sqlite3_step(q)) == SQLITE_ROW) {
		survey = (long)sqlite3_column_int64(q, 0);
		d.kind = tk_kind_bit((const char *)sqlite3_column_text(q, 1));
	}
	sqlite3_finalize(q);
	if (step != SQLITE_ROW)
		return tk_store_error(st, err, "campaigns");
	if ((rc = tk_survey_load(st, survey, &d.s, err)))
		return rc;
	done = tk_xcalloc((size_t)d.s->nitems + 1, 1);
	if (!(rc = tk_store_prepare(
		  st,
		  "SELECT item_idx FROM answers WHERE submission=?1 AND item_idx >= 0",
		  &q, err))) {
		sqlite3_bind_int64(q, 1, submission);
		while ((step = sqlite3_step(q)) == SQLITE_ROW) {
			int i = sqlite3_column_int(q, 0);
			if (i < d.s->nitems)
				done[i] = 1;
		}
		rc = step == SQLITE_DONE ? TK_OK
					 : tk_store_error(st, err, "answers");
		sqlite3_finalize(q);
	}
	for (int i = 0; !rc && i < d.s->nitems; i++)
		if (d.s->items[i].required && applies(&d, &d.s->items[i]) &&
		    !done[i])
			(*n)++;
	free(done);
	doc_free(&d);
	return rc;
}

int tk_audit_form_path(struct tk_store *st, long campaign, long division,
		       const char *out_dir, char **path, struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc, step;
	*path = NULL;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT file_name FROM forms WHERE campaign=?1 AND division_id=?2 ORDER BY id DESC LIMIT 1",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, campaign);
	sqlite3_bind_int64(q, 2, division);
	if ((step = sqlite3_step(q)) == SQLITE_ROW) {
		struct tk_buf b = {0};
		tk_buf_addf(&b, "%s%s%s", out_dir, dir_sep(out_dir),
			    (const char *)sqlite3_column_text(q, 0));
		*path = tk_buf_take(&b);
	}
	rc = step == SQLITE_ROW || step == SQLITE_DONE
		 ? TK_OK
		 : tk_store_error(st, err, "forms");
	sqlite3_finalize(q);
	return rc;
}

int tk_audit_division_code(struct tk_store *st, long division, char **code,
			   struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc, step;
	*code = NULL;
	if ((rc = tk_store_prepare(st, "SELECT code FROM divisions WHERE id=?1",
				   &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, division);
	if ((step = sqlite3_step(q)) == SQLITE_ROW)
		*code = tk_xstrdup((const char *)sqlite3_column_text(q, 0));
	rc = step == SQLITE_ROW ? TK_OK : tk_store_error(st, err, "divisions");
	sqlite3_finalize(q);
	return rc;
}
