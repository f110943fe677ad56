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

#include "lib/digest.h"
#include "lib/map.h"
#include "lib/util.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_PROBLEMS 50

enum { K_BUREAU, K_HQ, K_STATION };
static const char *const kind_names[] = {"bureau", "hq", "station"};

struct div_row {
	char *code, *name, *parent, *head;
	int kind;
	long line;
	long id; /* row id once written */
};

struct staff_row {
	char *code, *name, *division;
	int grade;
	long line;
};

struct problems {
	struct tk_buf text;
	int count;
};

static void problem(struct problems *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void problem(struct problems *p, const char *fmt, ...)
{
	va_list ap;
	char line[1024];
	p->count++;
	if (p->count > MAX_PROBLEMS)
		return;
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	if (p->text.len)
		tk_buf_addc(&p->text, '\n');
	tk_buf_adds(&p->text, line);
}

static int parse_kind(const char *s)
{
	static const struct {
		const char *name;
		int kind;
	} names[] = {{"bureau", K_BUREAU},   {"部", K_BUREAU},
		     {"方面本部", K_BUREAU}, {"hq", K_HQ},
		     {"本部所属", K_HQ},     {"所属", K_HQ},
		     {"station", K_STATION}, {"警察署", K_STATION}};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (!strcmp(s, names[i].name))
			return names[i].kind;
	return -1;
}

/* Grades (職級) from the database: name or code → rank. */
static int load_grades(struct tk_store *st, struct tk_map *m,
		       struct tk_buf *list, struct tk_error *err)
{
	sqlite3_stmt *s;
	if (tk_store_prepare(
		st, "SELECT rank, name, code FROM grades ORDER BY rank DESC",
		&s, err))
		return TK_EDB;
	while (sqlite3_step(s) == SQLITE_ROW) {
		long rank = sqlite3_column_int(s, 0);
		const char *name = (const char *)sqlite3_column_text(s, 1);
		tk_map_put(m, name, rank);
		tk_map_put(m, (const char *)sqlite3_column_text(s, 2), rank);
		if (list->len)
			tk_buf_adds(list, ", ");
		tk_buf_adds(list, name);
	}
	sqlite3_finalize(s);
	return TK_OK;
}

/* Trim ASCII and ideographic spaces from both ends, in place. */
static char *trim(char *s)
{
	char *e;
	for (;;) {
		if (*s == ' ' || *s == '\t')
			s++;
		else if (!strncmp(s, "\xE3\x80\x80", 3))
			s += 3;
		else
			break;
	}
	e = s + strlen(s);
	for (;;) {
		if (e > s && (e[-1] == ' ' || e[-1] == '\t'))
			e--;
		else if (e - s >= 3 && !strncmp(e - 3, "\xE3\x80\x80", 3))
			e -= 3;
		else
			break;
	}
	*e = '\0';
	return s;
}

struct colspec {
	const char *name;  /* canonical, English */
	const char *alias; /* Japanese header Excel users write */
};

/*
 * Map the header record onto the wanted columns: idx[i] gets the field
 * index of column i.  Unknown and missing columns are problems.
 */
static int read_header(struct tk_csv *c, const struct colspec *cols, int n,
		       int *idx, struct problems *pr)
{
	int bad = 0;
	for (int i = 0; i < n; i++)
		idx[i] = -1;
	for (int f = 0; f < c->nfields; f++) {
		char *h = trim(c->fields[f]);
		int found = -1;
		for (int i = 0; i < n; i++)
			if (!strcmp(h, cols[i].name) ||
			    !strcmp(h, cols[i].alias))
				found = i;
		if (found < 0) {
			if (!*h && f == c->nfields - 1)
				continue; /* trailing comma */
			problem(pr, "%s:%ld: column %d: unknown column '%s'",
				c->path, c->line, f + 1, h);
			bad = 1;
		} else if (idx[found] >= 0) {
			problem(pr,
				"%s:%ld: column %d: column '%s' given twice",
				c->path, c->line, f + 1, cols[found].name);
			bad = 1;
		} else {
			idx[found] = f;
		}
	}
	for (int i = 0; i < n; i++)
		if (idx[i] < 0) {
			problem(pr, "%s:%ld: missing column '%s' (%s)", c->path,
				c->line, cols[i].name, cols[i].alias);
			bad = 1;
		}
	return bad;
}

static const char *field(struct tk_csv *c, const int *idx, int i)
{
	int f = idx[i];
	return f < c->nfields ? trim(c->fields[f]) : "";
}

static const struct colspec div_cols[] = {{"code", "所属コード"},
					  {"name", "所属名"},
					  {"kind", "区分"},
					  {"parent", "上位所属コード"},
					  {"head", "所属長職員番号"}};
static const struct colspec staff_cols[] = {{"id", "職員番号"},
					    {"name", "氏名"},
					    {"grade", "職級"},
					    {"division", "所属コード"}};

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

static int read_divisions(struct tk_csv *c, struct div_row **rows, long *n,
			  struct tk_map *bycode, struct problems *pr,
			  struct tk_error *err)
{
	int idx[5], r;
	long cap = 0;
	if ((r = tk_csv_next(c, err)) <= 0) {
		if (r == 0)
			problem(pr, "%s: empty file (expected a header line)",
				c->path);
		return r < 0 ? -r : 0;
	}
	if (read_header(c, div_cols, 5, idx, pr))
		return 0;
	while ((r = tk_csv_next(c, err)) > 0) {
		struct div_row d = {0};
		const char *code = field(c, idx, 0), *kind = field(c, idx, 2);
		d.line = c->line;
		if (!valid_code(code)) {
			problem(
			    pr,
			    "%s:%ld: column 'code': invalid code '%s' (letters, digits, - and _; at most 32)",
			    c->path, c->line, code);
			continue;
		}
		if (tk_map_get(bycode, code, NULL)) {
			long first = 0;
			tk_map_get(bycode, code, &first);
			problem(
			    pr,
			    "%s:%ld: column 'code': duplicate code '%s' (first on line %ld)",
			    c->path, c->line, code, (*rows)[first].line);
			continue;
		}
		d.kind = parse_kind(kind);
		if (d.kind < 0)
			problem(
			    pr,
			    "%s:%ld: column 'kind': unknown kind '%s' (expected bureau/部, hq/本部所属 or station/警察署)",
			    c->path, c->line, kind);
		if (!*field(c, idx, 1))
			problem(pr, "%s:%ld: column 'name': empty name",
				c->path, c->line);
		d.code = tk_xstrdup(code);
		d.name = tk_xstrdup(field(c, idx, 1));
		d.parent = tk_xstrdup(field(c, idx, 3));
		d.head = tk_xstrdup(field(c, idx, 4));
		if (*n == cap) {
			cap = cap ? cap * 2 : 256;
			*rows = tk_xrealloc(*rows, (size_t)cap * sizeof **rows);
		}
		tk_map_put(bycode, d.code, *n);
		(*rows)[(*n)++] = d;
	}
	return r < 0 ? -r : 0;
}

static int read_staff(struct tk_csv *c, struct staff_row **rows, long *n,
		      struct tk_map *bycode, const struct tk_map *divs,
		      const struct tk_map *grades, const char *grade_list,
		      struct problems *pr, struct tk_error *err)
{
	int idx[4], r;
	long cap = 0;
	if ((r = tk_csv_next(c, err)) <= 0) {
		if (r == 0)
			problem(pr, "%s: empty file (expected a header line)",
				c->path);
		return r < 0 ? -r : 0;
	}
	if (read_header(c, staff_cols, 4, idx, pr))
		return 0;
	while ((r = tk_csv_next(c, err)) > 0) {
		struct staff_row s = {0};
		const char *code = field(c, idx, 0), *grade = field(c, idx, 2),
			   *div = field(c, idx, 3);
		long rank = 0, first;
		s.line = c->line;
		if (!valid_code(code)) {
			problem(pr,
				"%s:%ld: column 'id': invalid staff id '%s'",
				c->path, c->line, code);
			continue;
		}
		if (tk_map_get(bycode, code, &first)) {
			problem(
			    pr,
			    "%s:%ld: column 'id': duplicate staff id '%s' (first on line %ld)",
			    c->path, c->line, code, (*rows)[first].line);
			continue;
		}
		if (!tk_map_get(grades, grade, &rank))
			problem(
			    pr,
			    "%s:%ld: column 'grade': unknown grade '%s' (expected one of %s)",
			    c->path, c->line, grade, grade_list);
		if (!tk_map_get(divs, div, NULL))
			problem(
			    pr,
			    "%s:%ld: column 'division': unknown division '%s' (not in the divisions file)",
			    c->path, c->line, div);
		if (!*field(c, idx, 1))
			problem(pr, "%s:%ld: column 'name': empty name",
				c->path, c->line);
		s.code = tk_xstrdup(code);
		s.name = tk_xstrdup(field(c, idx, 1));
		s.division = tk_xstrdup(div);
		s.grade = (int)rank;
		if (*n == cap) {
			cap = cap ? cap * 2 : 1024;
			*rows = tk_xrealloc(*rows, (size_t)cap * sizeof **rows);
		}
		tk_map_put(bycode, s.code, *n);
		(*rows)[(*n)++] = s;
	}
	return r < 0 ? -r : 0;
}

/* Parents exist and are bureaus, no cycles, heads exist in the division. */
static void check_structure(const char *dpath, struct div_row *d, long nd,
			    const struct tk_map *divs, const char *spath,
			    struct staff_row *s, const struct tk_map *staff,
			    struct problems *pr)
{
	for (long i = 0; i < nd; i++) {
		long p, h;
		if (*d[i].parent) {
			if (!tk_map_get(divs, d[i].parent, &p))
				problem(
				    pr,
				    "%s:%ld: column 'parent': parent '%s' does not exist",
				    dpath, d[i].line, d[i].parent);
			else if (d[p].kind != K_BUREAU && d[p].kind >= 0)
				problem(
				    pr,
				    "%s:%ld: column 'parent': parent '%s' is a %s, not a bureau (部・方面本部)",
				    dpath, d[i].line, d[i].parent,
				    kind_names[d[p].kind]);
		}
		if (*d[i].head) {
			if (!tk_map_get(staff, d[i].head, &h))
				problem(
				    pr,
				    "%s:%ld: column 'head': head '%s' is not in %s",
				    dpath, d[i].line, d[i].head, spath);
			else if (strcmp(s[h].division, d[i].code) != 0)
				problem(
				    pr,
				    "%s:%ld: column 'head': head '%s' belongs to division '%s', not '%s' (%s:%ld)",
				    dpath, d[i].line, d[i].head, s[h].division,
				    d[i].code, spath, s[h].line);
		}
	}
	/* Cycles: walk up from each division at most nd steps. */
	for (long i = 0; i < nd; i++) {
		long cur = i, steps = 0, p;
		while (*d[cur].parent && tk_map_get(divs, d[cur].parent, &p)) {
			cur = p;
			if (cur == i || ++steps > nd) {
				problem(
				    pr,
				    "%s:%ld: column 'parent': division '%s' is its own ancestor (cycle in the hierarchy)",
				    dpath, d[i].line, d[i].code);
				break;
			}
		}
	}
}

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

/* Existing codes → ids of the year for a table ("divisions"/"staff"). */
static int load_existing(struct tk_store *st, const char *sql, int fy,
			 struct tk_map *m, struct tk_error *err)
{
	sqlite3_stmt *s;
	if (tk_store_prepare(st, sql, &s, err))
		return TK_EDB;
	sqlite3_bind_int(s, 1, fy);
	while (sqlite3_step(s) == SQLITE_ROW)
		tk_map_put(m, (const char *)sqlite3_column_text(s, 1),
			   (long)sqlite3_column_int64(s, 0));
	sqlite3_finalize(s);
	return TK_OK;
}

/*
 * Delete the rows of table ("staff" or "divisions") whose codes were there
 * before (old: code → id) but are not in the new file (keep).  Anything
 * that still refers to a removed row (a response, an audit) is an error
 * naming the code.  *removed counts the deletions.
 */
static int remove_missing(struct tk_store *st, const char *table, int fy,
			  const struct tk_map *old, const struct tk_map *keep,
			  long *removed, struct tk_error *err)
{
	sqlite3_stmt *del, *used = NULL;
	int staff = !strcmp(table, "staff"), rc;
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
		if (used) {
			sqlite3_bind_int(used, 1, fy);
			sqlite3_bind_int64(used, 2, old->vals[i]);
			if (sqlite3_step(used) == SQLITE_ROW)
				rc = tk_error_set(
				    err, TK_EINPUT,
				    "cannot remove staff '%s' from FY%d: they have answers in campaign %lld (keep them in the staff file, or import the changed organisation as a new fiscal year)",
				    old->keys[i], fy,
				    (long long)sqlite3_column_int64(used, 0));
			sqlite3_reset(used);
			if (rc)
				break;
		}
		sqlite3_bind_int64(del, 1, old->vals[i]);
		if (sqlite3_step(del) != SQLITE_DONE)
			rc = tk_error_set(
			    err, TK_EINPUT,
			    "cannot remove %s '%s' from FY%d: still referred to (%s)",
			    staff ? "staff" : "division", old->keys[i], fy,
			    sqlite3_errmsg(st->db));
		else
			(*removed)++;
		sqlite3_reset(del);
	}
	sqlite3_finalize(del);
	sqlite3_finalize(used);
	return rc;
}

static int write_org(struct tk_store *st, int fy, struct div_row *d, long nd,
		     const struct tk_map *divs, struct staff_row *s, long ns,
		     const struct tk_map *staff, const char *dsha,
		     const char *ssha, struct tk_org_import_result *res,
		     struct tk_error *err)
{
	sqlite3_stmt *q = NULL;
	struct tk_map olddiv = {0}, oldstaff = {0}, staffid = {0};
	char now[32], obj[32], detail[512];
	int rc;

	if ((rc =
		 load_existing(st, "SELECT id, code FROM divisions WHERE fy=?1",
			       fy, &olddiv, err)) ||
	    (rc = load_existing(st, "SELECT id, code FROM staff WHERE fy=?1",
				fy, &oldstaff, err)))
		goto done;

	rc = tk_store_prepare(
	    st,
	    "INSERT INTO org_years(fy, imported_at, divisions_sha256, staff_sha256) VALUES (?1, ?2, ?3, ?4) ON CONFLICT(fy) DO UPDATE SET imported_at=excluded.imported_at, divisions_sha256=excluded.divisions_sha256, staff_sha256=excluded.staff_sha256",
	    &q, err);
	if (rc)
		goto done;
	sqlite3_bind_int(q, 1, fy);
	sqlite3_bind_text(q, 2, tk_now(now), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(q, 3, dsha, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 4, ssha, -1, SQLITE_STATIC);
	if (sqlite3_step(q) != SQLITE_DONE) {
		rc = tk_store_error(st, err, "org_years");
		goto done;
	}
	sqlite3_finalize(q);

	rc = tk_store_prepare(
	    st,
	    "INSERT INTO divisions(fy, code, name, kind) VALUES (?1, ?2, ?3, ?4) ON CONFLICT(fy, code) DO UPDATE SET name=excluded.name, kind=excluded.kind RETURNING id",
	    &q, err);
	if (rc)
		goto done;
	for (long i = 0; i < nd; i++) {
		sqlite3_reset(q);
		sqlite3_bind_int(q, 1, fy);
		sqlite3_bind_text(q, 2, d[i].code, -1, SQLITE_STATIC);
		sqlite3_bind_text(q, 3, d[i].name, -1, SQLITE_STATIC);
		sqlite3_bind_text(q, 4, kind_names[d[i].kind], -1,
				  SQLITE_STATIC);
		if (sqlite3_step(q) != SQLITE_ROW) {
			rc = tk_store_error(st, err, "divisions");
			goto done;
		}
		d[i].id = (long)sqlite3_column_int64(q, 0);
		if (!tk_map_get(&olddiv, d[i].code, NULL))
			res->divisions_added++;
		sqlite3_step(q);
	}
	sqlite3_finalize(q);

	rc = tk_store_prepare(
	    st,
	    "INSERT INTO staff(fy, code, name, grade, division_id) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(fy, code) DO UPDATE SET name=excluded.name, grade=excluded.grade, division_id=excluded.division_id RETURNING id",
	    &q, err);
	if (rc)
		goto done;
	for (long i = 0; i < ns; i++) {
		long di = 0;
		tk_map_get(divs, s[i].division, &di);
		sqlite3_reset(q);
		sqlite3_bind_int(q, 1, fy);
		sqlite3_bind_text(q, 2, s[i].code, -1, SQLITE_STATIC);
		sqlite3_bind_text(q, 3, s[i].name, -1, SQLITE_STATIC);
		sqlite3_bind_int(q, 4, s[i].grade);
		sqlite3_bind_int64(q, 5, d[di].id);
		if (sqlite3_step(q) != SQLITE_ROW) {
			rc = tk_store_error(st, err, "staff");
			goto done;
		}
		tk_map_put(&staffid, s[i].code,
			   (long)sqlite3_column_int64(q, 0));
		if (!tk_map_get(&oldstaff, s[i].code, NULL))
			res->staff_added++;
		sqlite3_step(q);
	}
	sqlite3_finalize(q);

	rc = tk_store_prepare(
	    st,
	    "UPDATE divisions SET parent_id=?2, head_staff_id=?3 WHERE id=?1",
	    &q, err);
	if (rc)
		goto done;
	for (long i = 0; i < nd; i++) {
		long p, h;
		sqlite3_reset(q);
		sqlite3_bind_int64(q, 1, d[i].id);
		if (*d[i].parent && tk_map_get(divs, d[i].parent, &p))
			sqlite3_bind_int64(q, 2, d[p].id);
		else
			sqlite3_bind_null(q, 2);
		if (*d[i].head && tk_map_get(&staffid, d[i].head, &h))
			sqlite3_bind_int64(q, 3, h);
		else
			sqlite3_bind_null(q, 3);
		if (sqlite3_step(q) != SQLITE_DONE) {
			rc = tk_store_error(st, err, "divisions");
			goto done;
		}
	}
	sqlite3_finalize(q);
	q = NULL;

	/* Remove what the files no longer hold. */
	if ((rc = remove_missing(st, "staff", fy, &oldstaff, staff,
				 &res->staff_removed, err)) ||
	    (rc = remove_missing(st, "divisions", fy, &olddiv, divs,
				 &res->divisions_removed, err)))
		goto done;

	res->divisions = nd;
	res->staff = ns;
	snprintf(obj, sizeof obj, "FY%d", fy);
	snprintf(
	    detail, sizeof detail,
	    "divisions %ld (+%ld -%ld) sha256 %s; staff %ld (+%ld -%ld) sha256 %s",
	    nd, res->divisions_added, res->divisions_removed, dsha, ns,
	    res->staff_added, res->staff_removed, ssha);
	rc = tk_store_log(st, "org.import", obj, detail, err);
done:
	sqlite3_finalize(q);
	tk_map_free(&olddiv);
	tk_map_free(&oldstaff);
	tk_map_free(&staffid);
	return rc;
}

static int same_as_before(struct tk_store *st, int fy, const char *dsha,
			  const char *ssha)
{
	sqlite3_stmt *s;
	int same = 0;
	if (sqlite3_prepare_v2(
		st->db,
		"SELECT 1 FROM org_years WHERE fy=?1 AND divisions_sha256=?2 AND staff_sha256=?3",
		-1, &s, NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_int(s, 1, fy);
	sqlite3_bind_text(s, 2, dsha, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, ssha, -1, SQLITE_STATIC);
	same = sqlite3_step(s) == SQLITE_ROW;
	sqlite3_finalize(s);
	return same;
}

int tk_org_import(struct tk_store *st, int fy, const char *divisions_csv,
		  const char *staff_csv, enum tk_encoding enc,
		  struct tk_org_import_result *res, struct tk_error *err)
{
	struct tk_csv *dc = NULL, *sc = NULL;
	struct div_row *d = NULL;
	struct staff_row *s = NULL;
	long nd = 0, ns = 0;
	struct tk_map divs = {0}, staff = {0}, grades = {0};
	struct tk_buf grade_list = {0};
	struct problems pr = {0};
	char dsha[65], ssha[65];
	int rc;

	memset(res, 0, sizeof *res);
	if (fy < 1990 || fy > 2200) {
		rc = tk_error_set(err, TK_EUSAGE, "fiscal year %d out of range",
				  fy);
		goto done;
	}
	if ((rc = tk_csv_open(divisions_csv, enc, &dc, err)) ||
	    (rc = tk_csv_open(staff_csv, enc, &sc, err)))
		goto done;
	if ((rc = file_sha(divisions_csv, dsha, err)) ||
	    (rc = file_sha(staff_csv, ssha, err)))
		goto done;
	if (same_as_before(st, fy, dsha, ssha)) {
		res->unchanged = 1;
		goto done;
	}
	if ((rc = load_grades(st, &grades, &grade_list, err)))
		goto done;
	if ((rc = read_divisions(dc, &d, &nd, &divs, &pr, err)))
		goto done;
	if (!pr.count && nd == 0)
		problem(&pr, "%s: no divisions (only a header line)",
			divisions_csv);
	if ((rc = read_staff(sc, &s, &ns, &staff, &divs, &grades, grade_list.s,
			     &pr, err)))
		goto done;
	if (!pr.count)
		check_structure(divisions_csv, d, nd, &divs, staff_csv, s,
				&staff, &pr);
	if (pr.count) {
		if (pr.count > MAX_PROBLEMS)
			tk_buf_addf(&pr.text, "\n... and %d more problems",
				    pr.count - MAX_PROBLEMS);
		rc = tk_error_set(err, TK_EINPUT, "%s", pr.text.s);
		goto done;
	}
	if ((rc = tk_store_begin(st, err)))
		goto done;
	rc = write_org(st, fy, d, nd, &divs, s, ns, &staff, dsha, ssha, res,
		       err);
	if (rc) {
		tk_store_rollback(st);
		memset(res, 0, sizeof *res);
		goto done;
	}
	if ((rc = tk_store_commit(st, err))) {
		/* Deferred foreign keys are checked here. */
		char why[sizeof err->message];
		snprintf(why, sizeof why, "%s", err->message);
		tk_error_set(err, TK_EINPUT,
			     "FY%d organisation not imported: %s", fy, why);
		memset(res, 0, sizeof *res);
	}
done:
	for (long i = 0; i < nd; i++) {
		free(d[i].code);
		free(d[i].name);
		free(d[i].parent);
		free(d[i].head);
	}
	for (long i = 0; i < ns; i++) {
		free(s[i].code);
		free(s[i].name);
		free(s[i].division);
	}
	free(d);
	free(s);
	tk_map_free(&divs);
	tk_map_free(&staff);
	tk_map_free(&grades);
	tk_buf_free(&grade_list);
	tk_buf_free(&pr.text);
	tk_csv_close(dc);
	tk_csv_close(sc);
	return rc;
}

int tk_org_latest_year(struct tk_store *st)
{
	sqlite3_stmt *s;
	int fy = 0;
	if (sqlite3_prepare_v2(st->db, "SELECT max(fy) FROM org_years", -1, &s,
			       NULL) != SQLITE_OK)
		return 0;
	if (sqlite3_step(s) == SQLITE_ROW)
		fy = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	return fy;
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

int tk_org_show(struct tk_store *st, int fy, int json, FILE *out,
		struct tk_error *err)
{
	sqlite3_stmt *s;
	int first = 1, n = 0;
	long total = 0;
	struct tk_buf b = {0};

	if (tk_store_prepare(
		st,
		"WITH RECURSIVE tree(id, depth, path) AS (  SELECT id, 0, code FROM divisions   WHERE fy=?1 AND parent_id IS NULL  UNION ALL SELECT d.id, t.depth+1, t.path || '/' || d.code   FROM divisions d JOIN tree t ON d.parent_id=t.id) SELECT d.code, d.name, d.kind, p.code, h.code, h.name,  (SELECT count(*) FROM staff s WHERE s.division_id=d.id),  t.depth FROM tree t JOIN divisions d ON d.id=t.id LEFT JOIN divisions p ON p.id=d.parent_id LEFT JOIN staff h ON h.id=d.head_staff_id ORDER BY t.path",
		&s, err))
		return TK_EDB;
	sqlite3_bind_int(s, 1, fy);
	if (json)
		tk_buf_addf(&b, "{\"fy\":%d,\"divisions\":[", fy);
	else
		tk_buf_addf(&b, "FY%d organisation\n%-8s %-6s %6s  %s\n", fy,
			    "code", "kind", "staff", "name (head)");
	while (sqlite3_step(s) == SQLITE_ROW) {
		const char *code = (const char *)sqlite3_column_text(s, 0);
		const char *name = (const char *)sqlite3_column_text(s, 1);
		const char *kind = (const char *)sqlite3_column_text(s, 2);
		const char *parent = (const char *)sqlite3_column_text(s, 3);
		const char *hcode = (const char *)sqlite3_column_text(s, 4);
		const char *hname = (const char *)sqlite3_column_text(s, 5);
		int count = sqlite3_column_int(s, 6);
		int depth = sqlite3_column_int(s, 7);
		n++;
		total += count;
		if (json) {
			tk_buf_adds(&b, first ? "\n " : ",\n ");
			first = 0;
			tk_buf_adds(&b, "{\"code\":");
			tk_buf_json_str(&b, code);
			tk_buf_adds(&b, ",\"name\":");
			tk_buf_json_str(&b, name);
			tk_buf_adds(&b, ",\"kind\":");
			tk_buf_json_str(&b, kind);
			tk_buf_adds(&b, ",\"parent\":");
			tk_buf_json_str(&b, parent);
			tk_buf_adds(&b, ",\"head\":");
			tk_buf_json_str(&b, hcode);
			tk_buf_adds(&b, ",\"head_name\":");
			tk_buf_json_str(&b, hname);
			tk_buf_addf(&b, ",\"staff\":%d}", count);
		} else {
			tk_buf_addf(&b, "%-8s %-6s %6d  %*s%s", code, kind,
				    count, depth * 2, "", name);
			if (hname)
				tk_buf_addf(&b, " (%s)", hname);
			tk_buf_addc(&b, '\n');
		}
	}
	sqlite3_finalize(s);
	if (json)
		tk_buf_addf(&b,
			    "\n],\"division_count\":%d,\"staff_count\":%ld}\n",
			    n, total);
	else
		tk_buf_addf(&b, "%d divisions, %ld staff\n", n, total);
	if (n == 0 && !json) {
		tk_buf_free(&b);
		return tk_error_set(
		    err, TK_ENOTFOUND,
		    "no organisation for FY%d; import one with `tenken org import`",
		    fy);
	}
	fputs(b.s, out);
	tk_buf_free(&b);
	return TK_OK;
}
