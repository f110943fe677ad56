/*
 * returns.c — the token, issue record and cell access shared by the
 * returned workbooks other than forms.  See returns.h.
 */
#include "app/returns.h"

#include "lib/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void tk_return_new_token(char out[33])
{
	unsigned char r[16];
	static const char hex[] = "0123456789abcdef";
	sqlite3_randomness((int)sizeof r, r);
	for (int i = 0; i < 16; i++) {
		out[2 * i] = hex[r[i] >> 4];
		out[2 * i + 1] = hex[r[i] & 15];
	}
	out[32] = '\0';
}

int tk_return_form_issue(struct tk_store *st, const struct tk_return_issue *ri,
			 long *id, struct tk_error *err)
{
	sqlite3_stmt *q;
	char today[16];
	const char *who = tk_acting_logged();
	int rc;
	if ((rc = tk_store_prepare(
		 st,
		 "INSERT INTO return_forms(kind, notice, division_id, token, issued_on, issued_by, file_name) VALUES (?1, ?2, ?3, ?4, ?5, (SELECT s.id FROM staff s JOIN divisions d ON d.fy = s.fy WHERE d.id = ?3 AND s.code = ?6), ?7)",
		 &q, err)))
		return rc;
	sqlite3_bind_text(q, 1, ri->kind, -1, SQLITE_STATIC);
	if (ri->notice > 0)
		sqlite3_bind_int64(q, 2, ri->notice);
	sqlite3_bind_int64(q, 3, ri->division_id);
	sqlite3_bind_text(q, 4, ri->token, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 5, tk_today(today), -1, SQLITE_TRANSIENT);
	if (who)
		sqlite3_bind_text(q, 6, who, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 7, ri->file_name, -1, SQLITE_STATIC);
	rc = sqlite3_step(q) == SQLITE_DONE
		 ? TK_OK
		 : tk_store_error(st, err, "return_forms");
	sqlite3_finalize(q);
	if (!rc && id)
		*id = (long)sqlite3_last_insert_rowid(st->db);
	return rc;
}

/* The issued workbook of a token; *found 0 when none. */
static int find_form(struct tk_store *st, const char *token,
		     struct tk_return_form *rf, int *found,
		     struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc;
	*found = 0;
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT r.id, coalesce(r.notice, 0), r.division_id, d.fy, r.kind, d.code, d.name FROM return_forms r JOIN divisions d ON d.id = r.division_id WHERE r.token = ?1",
		 &q, err)))
		return rc;
	sqlite3_bind_text(q, 1, token, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		*found = 1;
		rf->id = (long)sqlite3_column_int64(q, 0);
		rf->notice = (long)sqlite3_column_int64(q, 1);
		rf->division_id = (long)sqlite3_column_int64(q, 2);
		rf->fy = sqlite3_column_int(q, 3);
		snprintf(rf->kind, sizeof rf->kind, "%s",
			 (const char *)sqlite3_column_text(q, 4));
		snprintf(rf->division_code, sizeof rf->division_code, "%s",
			 (const char *)sqlite3_column_text(q, 5));
		snprintf(rf->division, sizeof rf->division, "%s",
			 (const char *)sqlite3_column_text(q, 6));
		rc = TK_OK;
	} else {
		rc = rc == SQLITE_DONE
			 ? TK_OK
			 : tk_store_error(st, err, "return_forms");
	}
	sqlite3_finalize(q);
	return rc;
}

int tk_return_resolve(struct tk_store *st, const struct tk_return_in *in,
		      const char *kind, struct tk_return_form *rf,
		      struct tk_problems *pr, struct tk_error *err)
{
	int rc, found;
	memset(rf, 0, sizeof *rf);
	if (!in->token || !in->division || !in->fy || !in->sheet ||
	    in->first_row < 1) {
		tk_problem(
		    pr,
		    "%s: _tenken: a key is missing (not a workbook made by tenken, or altered)",
		    in->name);
		return TK_OK;
	}
	if ((rc = find_form(st, in->token, rf, &found, err)))
		return rc;
	if (!found) {
		tk_problem(
		    pr,
		    "%s: the workbook's token was not issued by this database (a workbook from another tenken database, or altered)",
		    in->name);
		return TK_OK;
	}
	if (strcmp(rf->kind, kind) || strcmp(in->division, rf->division_code) ||
	    atoi(in->fy) != rf->fy)
		tk_problem(
		    pr,
		    "%s: the workbook says division %s, year %s, but its token was issued for division %s, year %d: a workbook can only be returned for its own division",
		    in->name, in->division, in->fy, rf->division_code, rf->fy);
	return TK_OK;
}

int tk_return_record(struct tk_store *st, const struct tk_return_in *in,
		     long form, int rows, struct tk_error *err)
{
	sqlite3_stmt *q;
	char now[32];
	const char *base = strrchr(in->name, '/');
	int rc;
	if ((rc = tk_store_prepare(
		 st,
		 "INSERT INTO returns(form, file_name, file_sha256, imported_at, imported_by, rows) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, form);
	sqlite3_bind_text(q, 2, base ? base + 1 : in->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 3, in->sha, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 4, tk_now(now), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(q, 5, tk_actor(), -1, SQLITE_STATIC);
	sqlite3_bind_int(q, 6, rows);
	rc = sqlite3_step(q) == SQLITE_DONE
		 ? TK_OK
		 : tk_store_error(st, err, "returns");
	sqlite3_finalize(q);
	return rc;
}

static int cmp_pos(const struct tk_xlsx_cell *c, uint32_t row, uint32_t col)
{
	if (c->row != row)
		return c->row < row ? -1 : 1;
	return c->col < col ? -1 : c->col > col;
}

const struct tk_xlsx_cell *tk_return_at(const struct tk_return_in *in,
					uint32_t row, uint32_t col)
{
	size_t lo = 0, hi = in->ncells;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = cmp_pos(&in->cells[mid], row, col);
		if (!c)
			return in->cells[mid].len ? &in->cells[mid] : NULL;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const char *tk_return_text(const struct tk_return_in *in, uint32_t row,
			   uint32_t col, char *buf, size_t n)
{
	const struct tk_xlsx_cell *c = tk_return_at(in, row, col);
	const char *s;
	size_t len;
	buf[0] = '\0';
	if (!c)
		return buf;
	tk_trim_span(c->text, &s, &len);
	if (len >= n)
		len = n - 1;
	memcpy(buf, s, len);
	buf[len] = '\0';
	return buf;
}

int tk_return_date(const struct tk_return_in *in, uint32_t row, uint32_t col,
		   char out[11])
{
	const struct tk_xlsx_cell *c = tk_return_at(in, row, col);
	char t[32];
	int y, m, d;
	out[0] = '\0';
	if (!c)
		return 0;
	if (c->type == TK_CELL_NUMBER) {
		if (c->num < 1 || c->num > 2958465)
			return -1;
		tk_xlsx_serial_date(c->num, out);
		return 1;
	}
	tk_return_text(in, row, col, t, sizeof t);
	if (!*t)
		return 0;
	if ((sscanf(t, "%4d-%2d-%2d", &y, &m, &d) == 3 ||
	     sscanf(t, "%4d/%2d/%2d", &y, &m, &d) == 3) &&
	    tk_valid_ymd(y, m, d)) {
		snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
		return 1;
	}
	return -1;
}

uint32_t tk_return_last_row(const struct tk_return_in *in)
{
	for (size_t i = in->ncells; i > 0; i--)
		if (in->cells[i - 1].len)
			return in->cells[i - 1].row;
	return 0;
}
