/*
 * acting.c — the acting member of staff and the roles of the year.  See
 * acting.h.
 */
#include "app/acting.h"

#include "formats/csv.h"
#include "lib/i18n.h"
#include "lib/problems.h"
#include "lib/util.h"
#include "store/rules.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static const struct {
	const char *key, *label, *alias;
} roles[TK_ROLE_COUNT] = {
    {"chief", "本部長", "本部長"},
    {"security_manager", "情報セキュリティ管理者", "manager"},
    {"info_head", "情報管理課長", "情報管理課長"},
    {"system_security_officer", "システムセキュリティ責任者", "ssr"},
    {"operations_manager", "運用管理者", "operations"},
};

const char *tk_role_key(enum tk_role r)
{
	return r >= 0 && r < TK_ROLE_COUNT ? roles[r].key : "";
}

const char *tk_role_label(enum tk_role r)
{
	return r >= 0 && r < TK_ROLE_COUNT ? roles[r].label : "";
}

int tk_role_scoped(enum tk_role r)
{
	return r == TK_ROLE_SYSTEM_OFFICER || r == TK_ROLE_OPERATIONS;
}

int tk_role_parse(const char *s)
{
	char k[64];
	size_t i;
	if (!s)
		return -1;
	for (i = 0; s[i] && i + 1 < sizeof k; i++)
		k[i] = s[i] == '-' ? '_' : s[i];
	k[i] = '\0';
	for (int r = 0; r < TK_ROLE_COUNT; r++)
		if (!strcmp(k, roles[r].key) || !strcmp(s, roles[r].label) ||
		    !strcmp(s, roles[r].alias))
			return r;
	return -1;
}

int tk_rule_refuse(struct tk_error *err, const char *key, const char *fmt, ...)
{
	const struct tk_rule *r = tk_rule_find(key);
	char detail[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(detail, sizeof detail, _(fmt), ap);
	va_end(ap);
	if (!r)
		return tk_error_set(err, TK_ERULE, "refused: %s", detail);
	return tk_error_set(err, TK_ERULE,
			    "refused by the standard's rule %s (%s): %s (%s)",
			    r->name, r->clause, _(r->text), detail);
}

/* The years the code is staff in, "FY2025, FY2026", into b. */
static int years_of(struct tk_store *st, const char *code, struct tk_buf *b,
		    struct tk_error *err)
{
	sqlite3_stmt *q;
	int step, rc;
	if ((rc = tk_store_prepare(
		 st, "SELECT fy FROM staff WHERE code=?1 ORDER BY fy", &q,
		 err)))
		return rc;
	sqlite3_bind_text(q, 1, code, -1, SQLITE_STATIC);
	while ((step = sqlite3_step(q)) == SQLITE_ROW)
		tk_buf_addf(b, "%sFY%d", b->len ? ", " : "",
			    sqlite3_column_int(q, 0));
	rc = step == SQLITE_DONE ? TK_OK : tk_store_error(st, err, "staff");
	sqlite3_finalize(q);
	return rc;
}

int tk_acting_in(struct tk_store *st, int fy, struct tk_acting *a,
		 struct tk_error *err)
{
	const char *code = tk_acting();
	sqlite3_stmt *q;
	int step, rc;

	memset(a, 0, sizeof *a);
	if (!code)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "this command changes the database: say who is acting with --as STAFFCODE (or TENKEN_AS)");
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT id, division_id, grade, name FROM staff WHERE fy=?1 AND code=?2",
		 &q, err)))
		return rc;
	sqlite3_bind_int(q, 1, fy);
	sqlite3_bind_text(q, 2, code, -1, SQLITE_STATIC);
	step = sqlite3_step(q);
	if (step == SQLITE_ROW) {
		a->staff_id = (long)sqlite3_column_int64(q, 0);
		a->division_id = (long)sqlite3_column_int64(q, 1);
		a->grade = sqlite3_column_int(q, 2);
		snprintf(a->name, sizeof a->name, "%s",
			 (const char *)sqlite3_column_text(q, 3));
	}
	rc = step == SQLITE_ROW || step == SQLITE_DONE
		 ? TK_OK
		 : tk_store_error(st, err, "staff");
	sqlite3_finalize(q);
	if (rc)
		return rc;
	if (step == SQLITE_DONE) {
		struct tk_buf b = {0};
		if ((rc = years_of(st, code, &b, err)) == TK_OK)
			rc = tk_error_set(
			    err, TK_ENOTFOUND,
			    "--as %s: no member of staff with that code in FY%d%s%s%s",
			    code, fy, b.len ? _(" (known in ") : "",
			    b.len ? b.s : "", b.len ? ")" : "");
		tk_buf_free(&b);
		return rc;
	}
	a->fy = fy;
	snprintf(a->code, sizeof a->code, "%s", code);
	tk_acting_checked();
	return TK_OK;
}

int tk_role_holder(struct tk_store *st, int fy, enum tk_role r, long *staff_id,
		   struct tk_error *err)
{
	sqlite3_stmt *q;
	int step, rc;
	*staff_id = 0;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT staff_id FROM roles WHERE fy=?1 AND role=?2 AND division_id IS NULL AND system IS NULL",
		 &q, err)))
		return rc;
	sqlite3_bind_int(q, 1, fy);
	sqlite3_bind_text(q, 2, tk_role_key(r), -1, SQLITE_STATIC);
	step = sqlite3_step(q);
	if (step == SQLITE_ROW)
		*staff_id = (long)sqlite3_column_int64(q, 0);
	rc = step == SQLITE_ROW || step == SQLITE_DONE
		 ? TK_OK
		 : tk_store_error(st, err, "roles");
	sqlite3_finalize(q);
	return rc;
}

/* "CODE NAME" of a staff id into b (or "nobody"). */
static int staff_label(struct tk_store *st, long id, struct tk_buf *b,
		       struct tk_error *err)
{
	sqlite3_stmt *q;
	int step, rc;
	if (!id) {
		tk_buf_adds(b, "nobody yet");
		return TK_OK;
	}
	if ((rc = tk_store_prepare(
		 st, "SELECT code, name FROM staff WHERE id=?1", &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, id);
	step = sqlite3_step(q);
	if (step == SQLITE_ROW)
		tk_buf_addf(b, "%s %s", (const char *)sqlite3_column_text(q, 0),
			    (const char *)sqlite3_column_text(q, 1));
	rc = step == SQLITE_ROW || step == SQLITE_DONE
		 ? TK_OK
		 : tk_store_error(st, err, "staff");
	sqlite3_finalize(q);
	return rc;
}

int tk_acting_require(struct tk_store *st, const struct tk_acting *a,
		      enum tk_role r, const char *what, struct tk_error *err)
{
	long holder;
	struct tk_buf b = {0};
	int rc;
	if ((rc = tk_role_holder(st, a->fy, r, &holder, err)))
		return rc;
	if (holder && holder == a->staff_id)
		return TK_OK;
	if ((rc = staff_label(st, holder, &b, err)) == TK_OK)
		rc = tk_rule_refuse(
		    err, "role-holder",
		    "%s is done by the %s of FY%d (%s), not by --as %s %s",
		    what, tk_role_label(r), a->fy, b.s, a->code, a->name);
	tk_buf_free(&b);
	return rc;
}

/* ------------------------------------------------------------ roles */

/* The id of the row of table (divisions or staff) with code in fy into
 * *id (0 when none). */
static int id_in_year(struct tk_store *st, const char *table, int fy,
		      const char *code, long *id, struct tk_error *err)
{
	const char *sql =
	    !strcmp(table, "staff")
		? "SELECT id FROM staff WHERE fy=?1 AND code=?2"
		: "SELECT id FROM divisions WHERE fy=?1 AND code=?2";
	sqlite3_stmt *q;
	int step, rc;
	*id = 0;
	if ((rc = tk_store_prepare(st, sql, &q, err)))
		return rc;
	sqlite3_bind_int(q, 1, fy);
	sqlite3_bind_text(q, 2, code, -1, SQLITE_STATIC);
	step = sqlite3_step(q);
	if (step == SQLITE_ROW)
		*id = (long)sqlite3_column_int64(q, 0);
	rc = step == SQLITE_ROW || step == SQLITE_DONE
		 ? TK_OK
		 : tk_store_error(st, err, table);
	sqlite3_finalize(q);
	return rc;
}

/* The scope of rq checked: *div gets the division id (0 for none). */
static int role_scope(struct tk_store *st, const struct tk_role_request *rq,
		      long *div, struct tk_error *err)
{
	int rc;
	*div = 0;
	if (!tk_role_scoped(rq->role)) {
		if (rq->division || rq->system)
			return tk_error_set(
			    err, TK_EUSAGE,
			    "the %s is one for the whole organisation: no --division or --system",
			    tk_role_label(rq->role));
		return TK_OK;
	}
	if (!rq->division && !rq->system)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "the %s is named per system or division: give --system NAME or --division CODE",
		    tk_role_label(rq->role));
	if (rq->system && !*rq->system)
		return tk_error_set(err, TK_EUSAGE, "--system: empty name");
	if (rq->division) {
		if ((rc = id_in_year(st, "divisions", rq->fy, rq->division, div,
				     err)))
			return rc;
		if (!*div)
			return tk_error_set(err, TK_ENOTFOUND,
					    "no division %s in FY%d",
					    rq->division, rq->fy);
	}
	return TK_OK;
}

int tk_acting_manager_duty(struct tk_store *st, int fy, const char *what,
			   struct tk_acting *a, struct tk_error *err)
{
	long manager;
	int rc;
	if ((rc = tk_acting_in(st, fy, a, err)) ||
	    (rc = tk_role_holder(st, fy, TK_ROLE_MANAGER, &manager, err)))
		return rc;
	if (!manager)
		return TK_OK;
	return tk_acting_require(st, a, TK_ROLE_MANAGER, what, err);
}

/* The acting person may change roles: the year's manager, or anyone of
 * the year while it has none. */
static int may_change_roles(struct tk_store *st, int fy, struct tk_error *err)
{
	struct tk_acting a;
	return tk_acting_manager_duty(st, fy, _("changing roles"), &a, err);
}

/* The role's event: "role.set" / "role.unset" on "FY role scope". */
static int log_role(struct tk_store *st, const char *action,
		    const struct tk_role_request *rq, const char *staff,
		    struct tk_error *err)
{
	char obj[300], detail[200];
	snprintf(obj, sizeof obj, "FY%d role %s%s%s%s%s", rq->fy,
		 tk_role_key(rq->role), rq->division ? " division " : "",
		 rq->division ? rq->division : "", rq->system ? " system " : "",
		 rq->system ? rq->system : "");
	snprintf(detail, sizeof detail, "staff %s", staff ? staff : "-");
	return tk_store_log(st, action, obj, detail, err);
}

/* Write one role row (replacing the scope's holder), in the caller's
 * transaction, and its event. */
static int put_role(struct tk_store *st, const struct tk_role_request *rq,
		    struct tk_error *err)
{
	sqlite3_stmt *q;
	long div, sid;
	char now[32];
	int rc;
	if ((rc = role_scope(st, rq, &div, err)) ||
	    (rc = id_in_year(st, "staff", rq->fy, rq->staff, &sid, err)))
		return rc;
	if (!sid)
		return tk_error_set(err, TK_ENOTFOUND,
				    "no member of staff %s in FY%d", rq->staff,
				    rq->fy);
	if ((rc = tk_store_prepare(
		 st,
		 "INSERT INTO roles(fy, role, staff_id, division_id, system, assigned_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(fy, role, coalesce(division_id, 0), coalesce(system, '')) DO UPDATE SET staff_id=excluded.staff_id, assigned_at=excluded.assigned_at",
		 &q, err)))
		return rc;
	sqlite3_bind_int(q, 1, rq->fy);
	sqlite3_bind_text(q, 2, tk_role_key(rq->role), -1, SQLITE_STATIC);
	sqlite3_bind_int64(q, 3, sid);
	if (div)
		sqlite3_bind_int64(q, 4, div);
	if (rq->system)
		sqlite3_bind_text(q, 5, rq->system, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 6, tk_now(now), -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(q) == SQLITE_DONE ? TK_OK
					    : tk_store_error(st, err, "roles");
	sqlite3_finalize(q);
	return rc ? rc : log_role(st, "role.set", rq, rq->staff, err);
}

int tk_role_set(struct tk_store *st, const struct tk_role_request *rq,
		struct tk_error *err)
{
	int rc;
	if ((rc = tk_store_begin(st, err)))
		return rc;
	if ((rc = may_change_roles(st, rq->fy, err)) ||
	    (rc = put_role(st, rq, err))) {
		tk_store_rollback(st);
		return rc;
	}
	return tk_store_commit(st, err);
}

int tk_role_unset(struct tk_store *st, const struct tk_role_request *rq,
		  struct tk_error *err)
{
	sqlite3_stmt *q;
	long div;
	int rc;
	if ((rc = tk_store_begin(st, err)))
		return rc;
	if ((rc = may_change_roles(st, rq->fy, err)) ||
	    (rc = role_scope(st, rq, &div, err)) ||
	    (rc = tk_store_prepare(
		 st,
		 "DELETE FROM roles WHERE fy=?1 AND role=?2 AND coalesce(division_id, 0)=?3 AND coalesce(system, '')=coalesce(?4, '') AND (?5 IS NULL OR staff_id=(SELECT id FROM staff WHERE fy=?1 AND code=?5))",
		 &q, err)))
		goto fail;
	sqlite3_bind_int(q, 1, rq->fy);
	sqlite3_bind_text(q, 2, tk_role_key(rq->role), -1, SQLITE_STATIC);
	sqlite3_bind_int64(q, 3, div);
	if (rq->system)
		sqlite3_bind_text(q, 4, rq->system, -1, SQLITE_STATIC);
	if (rq->staff)
		sqlite3_bind_text(q, 5, rq->staff, -1, SQLITE_STATIC);
	rc = sqlite3_step(q) == SQLITE_DONE ? TK_OK
					    : tk_store_error(st, err, "roles");
	sqlite3_finalize(q);
	if (!rc && sqlite3_changes(st->db) == 0)
		rc = tk_error_set(err, TK_ENOTFOUND,
				  "nobody holds that role in FY%d%s%s", rq->fy,
				  rq->staff ? " as " : "",
				  rq->staff ? rq->staff : "");
	if (rc || (rc = log_role(st, "role.unset", rq, rq->staff, err)))
		goto fail;
	return tk_store_commit(st, err);
fail:
	tk_store_rollback(st);
	return rc;
}

int tk_role_list(struct tk_store *st, int fy, struct tk_role_list *l,
		 struct tk_error *err)
{
	sqlite3_stmt *q;
	int step, rc, cap = 0;
	memset(l, 0, sizeof *l);
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT r.fy, r.role, s.code, s.name, g.name, sd.name, d.code, d.name, r.system FROM roles r JOIN staff s ON s.id=r.staff_id JOIN grades g ON g.rank=s.grade JOIN divisions sd ON sd.id=s.division_id LEFT JOIN divisions d ON d.id=r.division_id WHERE ?1=0 OR r.fy=?1 ORDER BY r.fy, CASE r.role WHEN 'chief' THEN 0 WHEN 'security_manager' THEN 1 WHEN 'info_head' THEN 2 WHEN 'system_security_officer' THEN 3 ELSE 4 END, coalesce(r.system, ''), coalesce(d.code, '')",
		 &q, err)))
		return rc;
	sqlite3_bind_int(q, 1, fy);
	while ((step = sqlite3_step(q)) == SQLITE_ROW) {
		struct tk_role_row *r;
		int k = tk_role_parse((const char *)sqlite3_column_text(q, 1));
		if (l->n == cap) {
			cap = cap ? 2 * cap : 16;
			l->rows =
			    tk_xrealloc(l->rows, (size_t)cap * sizeof *l->rows);
		}
		r = &l->rows[l->n++];
		r->fy = sqlite3_column_int(q, 0);
		r->role = tk_role_key(k);
		r->label = tk_role_label(k);
		r->staff = tk_store_col_dup(q, 2);
		r->name = tk_store_col_dup(q, 3);
		r->grade = tk_store_col_dup(q, 4);
		r->staff_division = tk_store_col_dup(q, 5);
		r->division = tk_store_col_dup(q, 6);
		r->division_name = tk_store_col_dup(q, 7);
		r->system = tk_store_col_dup(q, 8);
	}
	if (step != SQLITE_DONE)
		rc = tk_store_error(st, err, "roles");
	sqlite3_finalize(q);
	if (rc)
		tk_role_list_clear(l);
	return rc;
}

void tk_role_list_clear(struct tk_role_list *l)
{
	for (int i = 0; i < l->n; i++) {
		struct tk_role_row *r = &l->rows[i];
		free(r->staff);
		free(r->name);
		free(r->grade);
		free(r->staff_division);
		free(r->division);
		free(r->division_name);
		free(r->system);
	}
	free(l->rows);
	memset(l, 0, sizeof *l);
}

/* ------------------------------------------------------ roles CSV */

enum { RC_ROLE, RC_STAFF, RC_DIVISION, RC_SYSTEM, RC_COUNT };

/* The columns of the header row into col[] (-1 when absent). */
static int role_header(struct tk_csv *c, int col[RC_COUNT],
		       struct tk_error *err)
{
	static const char *const names[RC_COUNT][2] = {{"role", "役割"},
						       {"staff", "職員"},
						       {"division", "所属"},
						       {"system", "システム"}};
	for (int k = 0; k < RC_COUNT; k++)
		col[k] = -1;
	for (int f = 0; f < c->nfields; f++) {
		char *h = tk_trim(c->fields[f]);
		for (int k = 0; k < RC_COUNT; k++)
			if (!strcmp(h, names[k][0]) || !strcmp(h, names[k][1]))
				col[k] = f;
	}
	if (col[RC_ROLE] < 0 || col[RC_STAFF] < 0)
		return tk_error_set(
		    err, TK_EINPUT,
		    "%s:%ld: the header needs the columns role (役割) and staff (職員); division (所属) and system (システム) are optional",
		    c->path, c->line);
	return TK_OK;
}

/* Field k of the record, trimmed, or NULL when absent or empty. */
static const char *field(struct tk_csv *c, const int col[RC_COUNT], int k)
{
	char *v;
	if (col[k] < 0 || col[k] >= c->nfields)
		return NULL;
	v = tk_trim(c->fields[col[k]]);
	return *v ? v : NULL;
}

/* One data row of the roles CSV, written. */
static int role_row(struct tk_store *st, int fy, struct tk_csv *c,
		    const int col[RC_COUNT], struct tk_error *err)
{
	struct tk_role_request rq = {fy, 0, field(c, col, RC_STAFF),
				     field(c, col, RC_DIVISION),
				     field(c, col, RC_SYSTEM)};
	const char *role = field(c, col, RC_ROLE);
	int r = tk_role_parse(role), rc;
	if (r < 0 || !rq.staff)
		return tk_error_set(
		    err, TK_EINPUT, "%s:%ld: %s", c->path, c->line,
		    r < 0
			? "unknown role (本部長, 情報セキュリティ管理者, 情報管理課長, システムセキュリティ責任者, 運用管理者)"
			: "no staff code");
	rq.role = (enum tk_role)r;
	if ((rc = put_role(st, &rq, err))) {
		char why[sizeof err->message];
		snprintf(why, sizeof why, "%s", err->message);
		tk_error_set(err, rc, "%s:%ld: %s", c->path, c->line, why);
	}
	return rc;
}

int tk_role_import_rows(struct tk_store *st, int fy, const char *path,
			const char *encoding, int *count, struct tk_error *err)
{
	struct tk_csv *c = NULL;
	int col[RC_COUNT], r, rc,
	    enc = tk_encoding_parse(encoding ? encoding : "auto");
	*count = 0;
	if (enc < 0)
		return tk_error_set(err, TK_EUSAGE, "unknown encoding '%s'",
				    encoding);
	if ((rc = may_change_roles(st, fy, err)) ||
	    (rc = tk_csv_open(path, (enum tk_encoding)enc, &c, err)))
		return rc;
	r = tk_csv_next(c, err);
	if (r <= 0)
		rc = r < 0
			 ? TK_EINPUT
			 : tk_error_set(err, TK_EINPUT, "%s: empty file", path);
	else
		rc = role_header(c, col, err);
	while (!rc && (r = tk_csv_next(c, err)) > 0) {
		if (c->nfields == 1 && !*tk_trim(c->fields[0]))
			continue;
		if (!(rc = role_row(st, fy, c, col, err)))
			(*count)++;
	}
	if (!rc && r < 0)
		rc = TK_EINPUT;
	tk_csv_close(c);
	return rc;
}
