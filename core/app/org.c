/*
 * org.c — importing and showing the organisation of a fiscal year.
 *
 * The import is two phases.  First both CSV files are read and checked in
 * memory — columns, codes, kinds, grades, parents, cycles, heads — and every
 * problem is collected.  Only when there are none is one transaction opened
 * that upserts divisions and staff by code and removes what the files no
 * longer hold.
 */
#include "app/org.h"

#include "app/acting.h"
#include "model/vocab.h"

#include "lib/digest.h"
#include "lib/map.h"
#include "lib/problems.h"
#include "lib/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PROBLEMS 50

struct div_row {
	char *code, *name, *parent, *head;
	int kind;
	long line;
	long ord; /* the organisation's order: 順序, else the row's place */
	long id;  /* row id once written */
};

struct staff_row {
	char *code, *name, *division;
	int grade;
	long line;
};

/*
 * Both files read into memory, and what was found wrong with them.  The
 * maps give code → index into d / s, and grade name or code → rank.
 */
struct org_input {
	const char *dpath, *spath;
	struct div_row *d;
	long nd;
	struct staff_row *s;
	long ns;
	struct tk_map divs, staff, grades;
	struct tk_buf grade_list; /* "警視正, 警視, ..." for messages */
	struct tk_problems pr;
	char dsha[65], ssha[65];
	const char *roles, *roles_enc; /* roles CSV, or NULL */
	/* the columns as each file's header names them (English or
	 * Japanese), for messages: divisions code, name, kind, parent, head;
	 * staff id, name, grade, division; and the divisions' optional
	 * order column */
	char *dcol[6], *scol[4];
};

/* Grades (職級) from the database into in->grades and in->grade_list. */
static int load_grades(struct tk_store *st, struct org_input *in,
		       struct tk_error *err)
{
	sqlite3_stmt *s;
	int step, rc = TK_OK;
	if (tk_store_prepare(
		st, "SELECT rank, name, code FROM grades ORDER BY rank DESC",
		&s, err))
		return TK_EDB;
	while ((step = sqlite3_step(s)) == SQLITE_ROW) {
		long rank = sqlite3_column_int(s, 0);
		const char *name = (const char *)sqlite3_column_text(s, 1);
		tk_map_put(&in->grades, name, rank);
		tk_map_put(&in->grades, (const char *)sqlite3_column_text(s, 2),
			   rank);
		if (in->grade_list.len)
			tk_buf_adds(&in->grade_list, ", ");
		tk_buf_adds(&in->grade_list, name);
	}
	if (step != SQLITE_DONE)
		rc = tk_store_error(st, err, "grades");
	sqlite3_finalize(s);
	return rc;
}

struct colspec {
	const char *name;  /* canonical, English */
	const char *alias; /* Japanese header Excel users write */
	int optional;	   /* may be left out of the file */
};

/* The columns of one file. */
struct columns {
	struct colspec col[6];
	int n;
};

/*
 * Map the header record onto the wanted columns: idx[i] gets the field
 * index of column i.  Unknown and missing columns are problems; returns 1
 * when there was one.
 */
static int read_header(struct tk_csv *c, const struct colspec *cols, int n,
		       int *idx, char **as, struct tk_problems *pr)
{
	int bad = 0;
	for (int i = 0; i < n; i++) {
		idx[i] = -1;
		free(as[i]);
		as[i] = tk_xstrdup(cols[i].name);
	}
	for (int f = 0; f < c->nfields; f++) {
		char *h = tk_trim(c->fields[f]);
		long cp = tk_csv_bad_char(c, f);
		int found = -1;
		if (cp >= 0) {
			tk_problem(
			    pr, "%s:%ld: column %d: control character U+%04lX",
			    c->path, c->line, f + 1, (unsigned long)cp);
			bad = 1;
			continue;
		}
		for (int i = 0; i < n; i++)
			if (!strcmp(h, cols[i].name) ||
			    !strcmp(h, cols[i].alias))
				found = i;
		if (found < 0) {
			if (!*h && f == c->nfields - 1)
				continue; /* trailing comma */
			tk_problem(pr, "%s:%ld: column %d: unknown column '%s'",
				   c->path, c->line, f + 1, h);
			bad = 1;
		} else if (idx[found] >= 0) {
			tk_problem(pr,
				   "%s:%ld: column %d: column '%s' given twice",
				   c->path, c->line, f + 1, cols[found].name);
			bad = 1;
		} else {
			idx[found] = f;
			free(as[found]);
			as[found] = tk_xstrdup(h);
		}
	}
	for (int i = 0; i < n; i++)
		if (idx[i] < 0 && !cols[i].optional) {
			tk_problem(pr, "%s:%ld: missing column '%s' (%s)",
				   c->path, c->line, cols[i].name,
				   cols[i].alias);
			bad = 1;
		}
	return bad;
}

/* Read the header line (as[i] gets column i's name in it): 1 when the
 * data rows can be read, 0 when not (a problem was noted), or minus the
 * code of a read error. */
static int start_file(struct tk_csv *c, const struct columns *cols, int *idx,
		      char **as, struct tk_problems *pr, struct tk_error *err)
{
	int r = tk_csv_next(c, err);
	if (r == 0)
		tk_problem(pr, "%s: empty file (expected a header line)",
			   c->path);
	if (r <= 0)
		return r;
	return !read_header(c, cols->col, cols->n, idx, as, pr);
}

/* Field i of the current record, trimmed; "" when the record is short. */
static const char *field(struct tk_csv *c, const int *idx, int i)
{
	int f = idx[i];
	return f >= 0 && f < c->nfields ? tk_trim(c->fields[f]) : "";
}

static const struct columns div_cols = {{{"code", "所属コード", 0},
					 {"name", "所属名", 0},
					 {"kind", "区分", 0},
					 {"parent", "上位所属コード", 0},
					 {"head", "所属長職員番号", 0},
					 {"order", "順序", 1}},
					6};
static const struct columns staff_cols = {{{"id", "職員番号", 0},
					   {"name", "氏名", 0},
					   {"grade", "職級", 0},
					   {"division", "所属コード", 0}},
					  4};

/* 1 when no field of the record holds a control character (NUL, C0/C1,
 * line separators, bidi overrides); else a problem naming the first. */
static int no_controls(struct tk_csv *c, const int *idx, int n, char *const *as,
		       struct tk_problems *pr)
{
	for (int i = 0; i < n; i++) {
		long cp;
		if (idx[i] < 0 || idx[i] >= c->nfields ||
		    (cp = tk_csv_bad_char(c, idx[i])) < 0)
			continue;
		tk_problem(pr, "%s:%ld: column '%s': control character U+%04lX",
			   c->path, c->line, as[i], (unsigned long)cp);
		return 0;
	}
	return 1;
}

/* Letters, digits, - and _; 1 to 32 bytes. */
static int valid_code(const char *s)
{
	if (!*s || strlen(s) > 32)
		return 0;
	for (; *s; s++)
		if (!((*s >= '0' && *s <= '9') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= 'a' && *s <= 'z') || *s == '-' || *s == '_'))
			return 0;
	return 1;
}

/* Check one division record; 0 when it cannot be kept at all. */
static int check_division(struct tk_csv *c, const int *idx,
			  struct org_input *in)
{
	const char *code = field(c, idx, 0), *kind = field(c, idx, 2);
	long first = 0;
	if (!valid_code(code)) {
		tk_problem(
		    &in->pr,
		    "%s:%ld: column '%s': invalid code '%s' (letters, digits, - and _; at most 32)",
		    c->path, c->line, in->dcol[0], code);
		return 0;
	}
	if (tk_map_get(&in->divs, code, &first)) {
		tk_problem(
		    &in->pr,
		    "%s:%ld: column '%s': duplicate code '%s' (first on line %ld)",
		    c->path, c->line, in->dcol[0], code, in->d[first].line);
		return 0;
	}
	if (!tk_kind_parse(kind))
		tk_problem(
		    &in->pr,
		    "%s:%ld: column '%s': unknown kind '%s' (expected bureau/部, hq/本部所属 or station/警察署)",
		    c->path, c->line, in->dcol[2], kind);
	if (!*field(c, idx, 1))
		tk_problem(&in->pr, "%s:%ld: column '%s': empty name", c->path,
			   c->line, in->dcol[1]);
	return 1;
}

/* A division's place in the organisation's order: its 順序 (order)
 * column when the file has one, else the row's place in the file. */
static long division_order(struct tk_csv *c, const int *idx,
			   struct org_input *in)
{
	const char *s = field(c, idx, 5);
	char *end;
	long v;
	if (idx[5] < 0)
		return in->nd + 1;
	v = strtol(s, &end, 10);
	if (!*s || *end || v < 0 || v > 1000000000L)
		tk_problem(
		    &in->pr,
		    "%s:%ld: column '%s': order '%s' is not a whole number from 0 to 1000000000",
		    c->path, c->line, in->dcol[5], s);
	return v;
}

/* Read the divisions file into in->d; TK_OK or a read error (problems
 * with the content go to in->pr). */
static int read_divisions(struct tk_csv *c, struct org_input *in,
			  struct tk_error *err)
{
	int idx[6], r;
	long cap = 0;
	if ((r = start_file(c, &div_cols, idx, in->dcol, &in->pr, err)) <= 0)
		return -r;
	while ((r = tk_csv_next(c, err)) > 0) {
		struct div_row d = {0};
		if (!no_controls(c, idx, 6, in->dcol, &in->pr) ||
		    !check_division(c, idx, in))
			continue;
		d.line = c->line;
		d.ord = division_order(c, idx, in);
		d.kind = (int)tk_kind_parse(field(c, idx, 2));
		d.code = tk_xstrdup(field(c, idx, 0));
		d.name = tk_xstrdup(field(c, idx, 1));
		d.parent = tk_xstrdup(field(c, idx, 3));
		d.head = tk_xstrdup(field(c, idx, 4));
		if (in->nd == cap) {
			cap = cap ? cap * 2 : 256;
			in->d = tk_xrealloc(in->d, (size_t)cap * sizeof *in->d);
		}
		tk_map_put(&in->divs, d.code, in->nd);
		in->d[in->nd++] = d;
	}
	return r < 0 ? -r : 0;
}

/* Check one staff record; 0 when it cannot be kept at all. */
static int check_staff(struct tk_csv *c, const int *idx, struct org_input *in)
{
	const char *code = field(c, idx, 0), *grade = field(c, idx, 2),
		   *div = field(c, idx, 3);
	long first;
	if (!valid_code(code)) {
		tk_problem(&in->pr,
			   "%s:%ld: column '%s': invalid staff id '%s'",
			   c->path, c->line, in->scol[0], code);
		return 0;
	}
	if (tk_map_get(&in->staff, code, &first)) {
		tk_problem(
		    &in->pr,
		    "%s:%ld: column '%s': duplicate staff id '%s' (first on line %ld)",
		    c->path, c->line, in->scol[0], code, in->s[first].line);
		return 0;
	}
	if (!tk_map_get(&in->grades, grade, NULL))
		tk_problem(
		    &in->pr,
		    "%s:%ld: column '%s': unknown grade '%s' (expected one of %s)",
		    c->path, c->line, in->scol[2], grade, in->grade_list.s);
	if (!tk_map_get(&in->divs, div, NULL))
		tk_problem(
		    &in->pr,
		    "%s:%ld: column '%s': unknown division '%s' (not in the divisions file)",
		    c->path, c->line, in->scol[3], div);
	if (!*field(c, idx, 1))
		tk_problem(&in->pr, "%s:%ld: column '%s': empty name", c->path,
			   c->line, in->scol[1]);
	return 1;
}

/* Read the staff file into in->s; as read_divisions. */
static int read_staff(struct tk_csv *c, struct org_input *in,
		      struct tk_error *err)
{
	int idx[4], r;
	long cap = 0;
	if ((r = start_file(c, &staff_cols, idx, in->scol, &in->pr, err)) <= 0)
		return -r;
	while ((r = tk_csv_next(c, err)) > 0) {
		struct staff_row s = {0};
		long rank = 0;
		if (!no_controls(c, idx, 4, in->scol, &in->pr) ||
		    !check_staff(c, idx, in))
			continue;
		tk_map_get(&in->grades, field(c, idx, 2), &rank);
		s.line = c->line;
		s.code = tk_xstrdup(field(c, idx, 0));
		s.name = tk_xstrdup(field(c, idx, 1));
		s.division = tk_xstrdup(field(c, idx, 3));
		s.grade = (int)rank;
		if (in->ns == cap) {
			cap = cap ? cap * 2 : 1024;
			in->s = tk_xrealloc(in->s, (size_t)cap * sizeof *in->s);
		}
		tk_map_put(&in->staff, s.code, in->ns);
		in->s[in->ns++] = s;
	}
	return r < 0 ? -r : 0;
}

/* Division i's parent exists and is a bureau; its head exists and belongs
 * to it. */
static void check_links(struct org_input *in, long i)
{
	const struct div_row *d = in->d, *x = &in->d[i];
	long p, h;
	if (*x->parent) {
		if (!tk_map_get(&in->divs, x->parent, &p))
			tk_problem(
			    &in->pr,
			    "%s:%ld: column '%s': parent '%s' does not exist",
			    in->dpath, x->line, in->dcol[3], x->parent);
		else if (d[p].kind && d[p].kind != TK_KIND_BUREAU)
			tk_problem(
			    &in->pr,
			    "%s:%ld: column '%s': parent '%s' is a %s, not a bureau (部・方面本部)",
			    in->dpath, x->line, in->dcol[3], x->parent,
			    tk_kind_code((unsigned)d[p].kind));
	}
	if (*x->head) {
		if (!tk_map_get(&in->staff, x->head, &h))
			tk_problem(
			    &in->pr,
			    "%s:%ld: column '%s': head '%s' is not in %s",
			    in->dpath, x->line, in->dcol[4], x->head,
			    in->spath);
		else if (strcmp(in->s[h].division, x->code) != 0)
			tk_problem(
			    &in->pr,
			    "%s:%ld: column '%s': head '%s' belongs to division '%s', not '%s' (%s:%ld)",
			    in->dpath, x->line, in->dcol[4], x->head,
			    in->s[h].division, x->code, in->spath,
			    in->s[h].line);
	}
}

/* Parents exist and are bureaus, no cycles, heads exist in the division. */
static void check_structure(struct org_input *in)
{
	const struct div_row *d = in->d;
	long nd = in->nd;
	for (long i = 0; i < nd; i++)
		check_links(in, i);
	/* Cycles: walk up from each division at most nd steps. */
	for (long i = 0; i < nd; i++) {
		long cur = i, steps = 0, p;
		while (*d[cur].parent &&
		       tk_map_get(&in->divs, d[cur].parent, &p)) {
			cur = p;
			if (cur == i || ++steps > nd) {
				tk_problem(
				    &in->pr,
				    "%s:%ld: column '%s': division '%s' is its own ancestor (cycle in the hierarchy)",
				    in->dpath, d[i].line, in->dcol[3],
				    d[i].code);
				break;
			}
		}
	}
}

/* hex gets the SHA-256 of the file at path (as hex).  TK_OK or TK_EIO. */
static int file_sha(const char *path, char hex[65], struct tk_error *err)
{
	char *data;
	size_t len;
	int rc = tk_read_file(path, TK_CSV_MAX_FILE, &data, &len, err);
	if (rc)
		return rc;
	tk_sha256_hex(data, len, hex);
	free(data);
	return TK_OK;
}

/* What write_org needs besides the input: the year's rows before the
 * import (code → id) and the new staff ids (code → id). */
struct org_write {
	struct tk_store *st;
	int fy;
	struct org_input *in;
	struct tk_map olddiv, oldstaff, staffid;
	struct tk_org_import_result *res;
};

/* Existing codes → ids of the year for a table ("divisions"/"staff"). */
static int load_existing(struct org_write *w, const char *sql, struct tk_map *m,
			 struct tk_error *err)
{
	sqlite3_stmt *s;
	int step, rc = TK_OK;
	if (tk_store_prepare(w->st, sql, &s, err))
		return TK_EDB;
	sqlite3_bind_int(s, 1, w->fy);
	while ((step = sqlite3_step(s)) == SQLITE_ROW)
		tk_map_put(m, (const char *)sqlite3_column_text(s, 1),
			   (long)sqlite3_column_int64(s, 0));
	if (step != SQLITE_DONE)
		rc = tk_store_error(w->st, err, "organisation");
	sqlite3_finalize(s);
	return rc;
}

/* TK_EINPUT naming the campaign when staff id has answers in fy, else
 * TK_OK (or TK_EDB). */
static int staff_unused(struct org_write *w, sqlite3_stmt *used,
			const char *code, long id, struct tk_error *err)
{
	int step, rc = TK_OK;
	sqlite3_bind_int(used, 1, w->fy);
	sqlite3_bind_int64(used, 2, id);
	step = sqlite3_step(used);
	if (step == SQLITE_ROW)
		rc = tk_error_set(
		    err, TK_EINPUT,
		    "cannot remove staff '%s' from FY%d: they have answers in campaign %lld (keep them in the staff file, or import the changed organisation as a new fiscal year)",
		    code, w->fy, (long long)sqlite3_column_int64(used, 0));
	else if (step != SQLITE_DONE)
		rc = tk_store_error(w->st, err, "answers");
	sqlite3_reset(used);
	return rc;
}

/*
 * Delete the staff (staff=1) or divisions whose codes were there before
 * but are not in the new file.  Anything that still refers to a removed
 * row (a response, an audit) is an error naming the code.  Counts the
 * deletions in w->res.
 */
static int remove_missing(struct org_write *w, int staff, struct tk_error *err)
{
	struct tk_store *st = w->st;
	const struct tk_map *old = staff ? &w->oldstaff : &w->olddiv;
	const struct tk_map *keep = staff ? &w->in->staff : &w->in->divs;
	long *removed =
	    staff ? &w->res->staff_removed : &w->res->divisions_removed;
	sqlite3_stmt *del, *used = NULL;
	int rc;
	if ((rc = tk_store_prepare(st,
				   staff ? "DELETE FROM staff WHERE id=?1"
					 : "DELETE FROM divisions WHERE id=?1",
				   &del, err)))
		return rc;
	/* Answers name their staff member without a foreign key (division
	 * answers have none), so look for them here. */
	if (staff &&
	    (rc = tk_store_prepare(
		 st,
		 "SELECT c.id FROM submissions u JOIN campaigns c ON c.id=u.campaign WHERE c.fy=?1 AND EXISTS (SELECT 1 FROM answers a WHERE a.submission=u.id AND a.staff_id=?2) LIMIT 1",
		 &used, err))) {
		sqlite3_finalize(del);
		return rc;
	}
	for (size_t i = 0; i < old->cap && !rc; i++) {
		if (!old->keys[i] || tk_map_get(keep, old->keys[i], NULL))
			continue;
		if (used && (rc = staff_unused(w, used, old->keys[i],
					       old->vals[i], err)))
			break;
		sqlite3_bind_int64(del, 1, old->vals[i]);
		if (sqlite3_step(del) != SQLITE_DONE)
			rc = tk_error_set(
			    err, TK_EINPUT,
			    "cannot remove %s '%s' from FY%d: still referred to (%s)",
			    staff ? "staff" : "division", old->keys[i], w->fy,
			    sqlite3_errmsg(st->db));
		else
			(*removed)++;
		sqlite3_reset(del);
	}
	sqlite3_finalize(del);
	sqlite3_finalize(used);
	return rc;
}

/* The org_years row with both files' hashes. */
static int write_year(struct org_write *w, struct tk_error *err)
{
	sqlite3_stmt *q;
	char now[32];
	int rc = tk_store_prepare(
	    w->st,
	    "INSERT INTO org_years(fy, imported_at, divisions_sha256, staff_sha256) VALUES (?1, ?2, ?3, ?4) ON CONFLICT(fy) DO UPDATE SET imported_at=excluded.imported_at, divisions_sha256=excluded.divisions_sha256, staff_sha256=excluded.staff_sha256",
	    &q, err);
	if (rc)
		return rc;
	sqlite3_bind_int(q, 1, w->fy);
	sqlite3_bind_text(q, 2, tk_now(now), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(q, 3, w->in->dsha, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 4, w->in->ssha, -1, SQLITE_STATIC);
	if (sqlite3_step(q) != SQLITE_DONE)
		rc = tk_store_error(w->st, err, "org_years");
	sqlite3_finalize(q);
	return rc;
}

/* Upsert the divisions; their ids go to in->d[].id. */
static int write_divisions(struct org_write *w, struct tk_error *err)
{
	struct div_row *d = w->in->d;
	sqlite3_stmt *q;
	int rc = tk_store_prepare(
	    w->st,
	    "INSERT INTO divisions(fy, code, name, kind, ord) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(fy, code) DO UPDATE SET name=excluded.name, kind=excluded.kind, ord=excluded.ord RETURNING id",
	    &q, err);
	if (rc)
		return rc;
	for (long i = 0; i < w->in->nd && !rc; i++) {
		sqlite3_reset(q);
		sqlite3_bind_int(q, 1, w->fy);
		sqlite3_bind_text(q, 2, d[i].code, -1, SQLITE_STATIC);
		sqlite3_bind_text(q, 3, d[i].name, -1, SQLITE_STATIC);
		sqlite3_bind_text(q, 4, tk_kind_code((unsigned)d[i].kind), -1,
				  SQLITE_STATIC);
		sqlite3_bind_int64(q, 5, d[i].ord);
		if (sqlite3_step(q) != SQLITE_ROW) {
			rc = tk_store_error(w->st, err, "divisions");
			break;
		}
		d[i].id = (long)sqlite3_column_int64(q, 0);
		if (!tk_map_get(&w->olddiv, d[i].code, NULL))
			w->res->divisions_added++;
		if (sqlite3_step(q) != SQLITE_DONE)
			rc = tk_store_error(w->st, err, "divisions");
	}
	sqlite3_finalize(q);
	return rc;
}

/* Upsert the staff; their ids go to w->staffid. */
static int write_staff(struct org_write *w, struct tk_error *err)
{
	const struct staff_row *s = w->in->s;
	sqlite3_stmt *q;
	int rc = tk_store_prepare(
	    w->st,
	    "INSERT INTO staff(fy, code, name, grade, division_id) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(fy, code) DO UPDATE SET name=excluded.name, grade=excluded.grade, division_id=excluded.division_id RETURNING id",
	    &q, err);
	if (rc)
		return rc;
	for (long i = 0; i < w->in->ns && !rc; i++) {
		long di = 0;
		tk_map_get(&w->in->divs, s[i].division, &di);
		sqlite3_reset(q);
		sqlite3_bind_int(q, 1, w->fy);
		sqlite3_bind_text(q, 2, s[i].code, -1, SQLITE_STATIC);
		sqlite3_bind_text(q, 3, s[i].name, -1, SQLITE_STATIC);
		sqlite3_bind_int(q, 4, s[i].grade);
		sqlite3_bind_int64(q, 5, w->in->d[di].id);
		if (sqlite3_step(q) != SQLITE_ROW) {
			rc = tk_store_error(w->st, err, "staff");
			break;
		}
		tk_map_put(&w->staffid, s[i].code,
			   (long)sqlite3_column_int64(q, 0));
		if (!tk_map_get(&w->oldstaff, s[i].code, NULL))
			w->res->staff_added++;
		if (sqlite3_step(q) != SQLITE_DONE)
			rc = tk_store_error(w->st, err, "staff");
	}
	sqlite3_finalize(q);
	return rc;
}

/* Set each division's parent and head, now that all have ids. */
static int link_divisions(struct org_write *w, struct tk_error *err)
{
	const struct div_row *d = w->in->d;
	sqlite3_stmt *q;
	int rc = tk_store_prepare(
	    w->st,
	    "UPDATE divisions SET parent_id=?2, head_staff_id=?3 WHERE id=?1",
	    &q, err);
	if (rc)
		return rc;
	for (long i = 0; i < w->in->nd; i++) {
		long p, h;
		sqlite3_reset(q);
		sqlite3_bind_int64(q, 1, d[i].id);
		if (*d[i].parent && tk_map_get(&w->in->divs, d[i].parent, &p))
			sqlite3_bind_int64(q, 2, d[p].id);
		else
			sqlite3_bind_null(q, 2);
		if (*d[i].head && tk_map_get(&w->staffid, d[i].head, &h))
			sqlite3_bind_int64(q, 3, h);
		else
			sqlite3_bind_null(q, 3);
		if (sqlite3_step(q) != SQLITE_DONE) {
			rc = tk_store_error(w->st, err, "divisions");
			break;
		}
	}
	sqlite3_finalize(q);
	return rc;
}

/* The audit log entry of the import. */
static int log_import(struct org_write *w, struct tk_error *err)
{
	const struct tk_org_import_result *r = w->res;
	char obj[32], detail[512];
	snprintf(obj, sizeof obj, "FY%d", w->fy);
	snprintf(
	    detail, sizeof detail,
	    "divisions %ld (+%ld -%ld) sha256 %s; staff %ld (+%ld -%ld) sha256 %s",
	    r->divisions, r->divisions_added, r->divisions_removed, w->in->dsha,
	    r->staff, r->staff_added, r->staff_removed, w->in->ssha);
	return tk_store_log(w->st, "org.import", obj, detail, err);
}

/* Write the checked input as fy's organisation (inside a transaction the
 * caller holds); counts go to res. */
static int write_org(struct tk_store *st, int fy, struct org_input *in,
		     struct tk_org_import_result *res, struct tk_error *err)
{
	struct org_write w = {.st = st, .fy = fy, .in = in, .res = res};
	int rc;
	if (!(rc = load_existing(&w,
				 "SELECT id, code FROM divisions WHERE fy=?1",
				 &w.olddiv, err)) &&
	    !(rc = load_existing(&w, "SELECT id, code FROM staff WHERE fy=?1",
				 &w.oldstaff, err)) &&
	    !(rc = write_year(&w, err)) && !(rc = write_divisions(&w, err)) &&
	    !(rc = write_staff(&w, err)) && !(rc = link_divisions(&w, err)) &&
	    /* Remove what the files no longer hold. */
	    !(rc = remove_missing(&w, 1, err)) &&
	    !(rc = remove_missing(&w, 0, err))) {
		res->divisions = in->nd;
		res->staff = in->ns;
		rc = log_import(&w, err);
	}
	tk_map_free(&w.olddiv);
	tk_map_free(&w.oldstaff);
	tk_map_free(&w.staffid);
	return rc;
}

/* *same = 1 when fy was last imported from files with these hashes. */
static int same_as_before(struct tk_store *st, int fy,
			  const struct org_input *in, int *same,
			  struct tk_error *err)
{
	sqlite3_stmt *s;
	int step, rc;
	*same = 0;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT 1 FROM org_years WHERE fy=?1 AND divisions_sha256=?2 AND staff_sha256=?3",
		 &s, err)))
		return rc;
	sqlite3_bind_int(s, 1, fy);
	sqlite3_bind_text(s, 2, in->dsha, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, in->ssha, -1, SQLITE_STATIC);
	step = sqlite3_step(s);
	*same = step == SQLITE_ROW;
	if (step != SQLITE_ROW && step != SQLITE_DONE)
		rc = tk_store_error(st, err, "org_years");
	sqlite3_finalize(s);
	return rc;
}

/* Free everything in owns (not in itself). */
static void input_free(struct org_input *in)
{
	for (long i = 0; i < in->nd; i++) {
		free(in->d[i].code);
		free(in->d[i].name);
		free(in->d[i].parent);
		free(in->d[i].head);
	}
	for (long i = 0; i < in->ns; i++) {
		free(in->s[i].code);
		free(in->s[i].name);
		free(in->s[i].division);
	}
	free(in->d);
	free(in->s);
	for (int i = 0; i < 6; i++)
		free(in->dcol[i]);
	for (int i = 0; i < 4; i++)
		free(in->scol[i]);
	tk_map_free(&in->divs);
	tk_map_free(&in->staff);
	tk_map_free(&in->grades);
	tk_buf_free(&in->grade_list);
	tk_problems_free(&in->pr);
}

/* Read and check both files; every problem goes to in->pr.  Returns an
 * error code only for a failure to read (or the database). */
static int read_input(struct tk_store *st, struct tk_csv *dc, struct tk_csv *sc,
		      struct org_input *in, struct tk_error *err)
{
	int rc;
	if ((rc = load_grades(st, in, err)) ||
	    (rc = read_divisions(dc, in, err)))
		return rc;
	if (!in->pr.count && in->nd == 0)
		tk_problem(&in->pr, "%s: no divisions (only a header line)",
			   in->dpath);
	if ((rc = read_staff(sc, in, err)))
		return rc;
	if (!in->pr.count)
		check_structure(in);
	return TK_OK;
}

/* Write in as fy's organisation in one transaction (BEGIN IMMEDIATE),
 * unless it holds the files of the last import already. */
/* The acting person (--as) must be staff of the year being imported: in
 * the staff file. */
static int acting_in_files(const struct org_input *in, int fy,
			   struct tk_error *err)
{
	const char *code = tk_acting();
	long v;
	if (!code)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "this command changes the database: say who is acting with --as STAFFCODE (or TENKEN_AS)");
	if (!tk_map_get(&in->staff, code, &v))
		return tk_error_set(
		    err, TK_ENOTFOUND,
		    "--as %s: no member of staff with that code in FY%d (%s)",
		    code, fy, in->spath);
	tk_acting_checked();
	return TK_OK;
}

/* Roles that come with the organisation, in the import's transaction. */
static int import_roles(struct tk_store *st, int fy, const char *path,
			const char *enc, struct tk_org_import_result *res,
			struct tk_error *err)
{
	return path ? tk_role_import_rows(st, fy, path, enc, &res->roles, err)
		    : TK_OK;
}

static int import_checked(struct tk_store *st, int fy, struct org_input *in,
			  struct tk_org_import_result *res,
			  struct tk_error *err)
{
	int rc;
	if ((rc = acting_in_files(in, fy, err)) ||
	    (rc = tk_store_begin(st, err)))
		return rc;
	/* Decided again under the write lock: an identical import that ran
	 * meanwhile makes this one a no-op, as if run after it. */
	if ((rc = same_as_before(st, fy, in, &res->unchanged, err)) ||
	    res->unchanged) {
		tk_store_rollback(st);
		return rc;
	}
	if ((rc = write_org(st, fy, in, res, err)) ||
	    (rc = import_roles(st, fy, in->roles, in->roles_enc, res, err))) {
		tk_store_rollback(st);
		memset(res, 0, sizeof *res);
		return rc;
	}
	if ((rc = tk_store_commit(st, err))) {
		/* Deferred foreign keys are checked here. */
		char why[sizeof err->message];
		snprintf(why, sizeof why, "%s", err->message);
		tk_error_set(err, TK_EINPUT,
			     "FY%d organisation not imported: %s", fy, why);
		memset(res, 0, sizeof *res);
	}
	return rc;
}

/* The same files as before, with a roles file: only the roles change. */
static int roles_only(struct tk_store *st, int fy, struct org_input *in,
		      struct tk_org_import_result *res, struct tk_error *err)
{
	struct tk_acting who;
	int rc;
	if (!in->roles)
		return TK_OK;
	if ((rc = tk_store_begin(st, err)))
		return rc;
	if ((rc = tk_acting_in(st, fy, &who, err)) ||
	    (rc = import_roles(st, fy, in->roles, in->roles_enc, res, err))) {
		tk_store_rollback(st);
		res->roles = 0;
		return rc;
	}
	return tk_store_commit(st, err);
}

int tk_org_import(struct tk_store *st, const struct tk_org_import_request *rq,
		  struct tk_org_import_result *res, struct tk_error *err)
{
	const char *divisions_csv = rq->divisions_csv,
		   *staff_csv = rq->staff_csv;
	enum tk_encoding enc = rq->enc;
	int fy = rq->fy;
	struct tk_csv *dc = NULL, *sc = NULL;
	struct org_input in = {.dpath = divisions_csv,
			       .spath = staff_csv,
			       .pr = {.max = MAX_PROBLEMS},
			       .roles = rq->roles_csv,
			       .roles_enc = rq->roles_encoding};
	int rc;

	memset(res, 0, sizeof *res);
	if (fy < 1990 || fy > 2200)
		return tk_error_set(err, TK_EUSAGE,
				    "fiscal year %d out of range", fy);
	if ((rc = tk_csv_open(divisions_csv, enc, &dc, err)) ||
	    (rc = tk_csv_open(staff_csv, enc, &sc, err)) ||
	    (rc = file_sha(divisions_csv, in.dsha, err)) ||
	    (rc = file_sha(staff_csv, in.ssha, err)) ||
	    (rc = same_as_before(st, fy, &in, &res->unchanged, err)))
		goto done;
	if (res->unchanged) {
		rc = roles_only(st, fy, &in, res, err);
		goto done;
	}
	if ((rc = read_input(st, dc, sc, &in, err)))
		goto done;
	if (in.pr.count)
		rc = tk_problems_error(&in.pr, err, TK_EINPUT);
	else
		rc = import_checked(st, fy, &in, res, err);
done:
	input_free(&in);
	tk_csv_close(dc);
	tk_csv_close(sc);
	return rc;
}

int tk_org_latest_year(struct tk_store *st, int *fy, struct tk_error *err)
{
	sqlite3_stmt *s;
	int step, rc;
	*fy = 0;
	if ((rc = tk_store_prepare(st, "SELECT max(fy) FROM org_years", &s,
				   err)))
		return rc;
	step = sqlite3_step(s);
	if (step == SQLITE_ROW)
		*fy = sqlite3_column_int(s, 0);
	else
		rc = tk_store_error(st, err, "org_years");
	sqlite3_finalize(s);
	return rc;
}

int tk_fiscal_year_today(void)
{
	char today[16];
	int y = 0, m = 0;
	tk_today(today);
	if (sscanf(today, "%d-%d", &y, &m) != 2)
		return 0;
	return m >= 4 ? y : y - 1;
}

/* One row of the tk_org_view query into r. */
static void view_row(sqlite3_stmt *s, struct tk_org_division *r)
{
	r->code = tk_store_col_dup(s, 0);
	r->name = tk_store_col_dup(s, 1);
	r->kind = tk_store_col_dup(s, 2);
	r->parent = tk_store_col_dup(s, 3);
	r->head = tk_store_col_dup(s, 4);
	r->head_name = tk_store_col_dup(s, 5);
	r->staff = sqlite3_column_int(s, 6);
	r->depth = sqlite3_column_int(s, 7);
}

int tk_org_view(struct tk_store *st, int fy, struct tk_org_view *v,
		struct tk_error *err)
{
	sqlite3_stmt *s;
	int step, rc, cap = 0;
	memset(v, 0, sizeof *v);
	v->fy = fy;
	if ((rc = tk_store_prepare(
		 st,
		 "WITH RECURSIVE tree(id, depth, path) AS (  SELECT id, 0, code FROM divisions   WHERE fy=?1 AND parent_id IS NULL  UNION ALL SELECT d.id, t.depth+1, t.path || '/' || d.code   FROM divisions d JOIN tree t ON d.parent_id=t.id) SELECT d.code, d.name, d.kind, p.code, h.code, h.name,  (SELECT count(*) FROM staff s WHERE s.division_id=d.id),  t.depth FROM tree t JOIN divisions d ON d.id=t.id LEFT JOIN divisions p ON p.id=d.parent_id LEFT JOIN staff h ON h.id=d.head_staff_id ORDER BY t.path",
		 &s, err)))
		return rc;
	sqlite3_bind_int(s, 1, fy);
	while ((step = sqlite3_step(s)) == SQLITE_ROW) {
		if (v->n == cap) {
			cap = cap ? cap * 2 : 128;
			v->div =
			    tk_xrealloc(v->div, (size_t)cap * sizeof *v->div);
		}
		view_row(s, &v->div[v->n]);
		v->staff += v->div[v->n++].staff;
	}
	if (step != SQLITE_DONE)
		rc = tk_store_error(st, err, "divisions");
	sqlite3_finalize(s);
	if (rc)
		tk_org_view_clear(v);
	return rc;
}

void tk_org_view_clear(struct tk_org_view *v)
{
	for (int i = 0; i < v->n; i++) {
		free(v->div[i].code);
		free(v->div[i].name);
		free(v->div[i].kind);
		free(v->div[i].parent);
		free(v->div[i].head);
		free(v->div[i].head_name);
	}
	free(v->div);
	memset(v, 0, sizeof *v);
}
