/*
 * annual_audit.c — audits and findings of the annual report (annual.h):
 * regular audits planned (targets of the approved plans), conducted and
 * reported; special audits with reason, targets and approval; the
 * auditors; findings of the year by severity × chapter × division kind
 * (a 横展開 copy of a finding is not counted again; withdrawn findings are
 * left out), the serious ones, and the recurring ones (the same clause in
 * the same division code the year before).
 */
#include "app/annual_int.h"

#include "lib/util.h"

#include <stdlib.h>

static const char *const audit_sql[7] = {
    "SELECT count(*) FROM plan_targets t JOIN plans p ON p.id = t.plan WHERE p.fy = ?1 AND p.kind = 'regular_audit' AND p.approved_by IS NOT NULL",
    "SELECT count(*) FROM audits WHERE fy = ?1 AND kind = 'regular' AND status IN ('conducted','reported')",
    "SELECT count(*) FROM audits WHERE fy = ?1 AND kind = 'regular' AND status = 'reported'",
    "SELECT count(*) FROM plan_targets t JOIN plans p ON p.id = t.plan WHERE p.fy = ?1 AND p.kind = 'special_audit' AND p.approved_by IS NOT NULL",
    "SELECT count(*) FROM audits WHERE fy = ?1 AND kind = 'special' AND status IN ('conducted','reported')",
    "SELECT count(*) FROM audits WHERE fy = ?1 AND kind = 'special' AND status = 'reported'",
    "SELECT count(DISTINCT t.staff_id) FROM audit_team t JOIN audits a ON a.id = t.audit WHERE a.fy = ?1",
};
static const struct tk_annual_count audit_counts[7] = {
    {"regular_planned", "通常監査　計画（所属）", 0},
    {"regular_conducted", "通常監査　実施（所属）", 0},
    {"regular_reported", "通常監査　報告済（所属）", 0},
    {"special_planned", "特別監査　計画（所属）", 0},
    {"special_conducted", "特別監査　実施（所属）", 0},
    {"special_reported", "特別監査　報告済（所属）", 0},
    {"auditors", "監査に従事した職員（人）", 0},
};

static void take_special(sqlite3_stmt *q, void *ctx)
{
	struct tk_annual *a = ctx;
	struct tk_annual_special *s = TK_AN_PUSH(a->specials, a->nspecials);
	s->plan = (long)sqlite3_column_int64(q, 0);
	s->title = tk_an_col(q, 1);
	s->reason = tk_an_col(q, 2);
	s->targets = tk_an_col(q, 3);
	s->approved_on = tk_an_col(q, 4);
	s->audits = sqlite3_column_int(q, 5);
	s->reported = sqlite3_column_int(q, 6);
}

int tk_an_audits(struct tk_store *st, struct tk_annual *a, struct tk_error *err)
{
	int rc;
	memcpy(a->audit, audit_counts, sizeof audit_counts);
	if ((rc = tk_an_counts(st, a->audit, audit_sql, 7, TK_AN_ARGS(a), err)))
		return rc;
	return tk_an_rows(
	    st,
	    "SELECT p.id, p.title, coalesce(p.reason, ''), (SELECT group_concat(name, '、') FROM (SELECT d.name FROM plan_targets t JOIN divisions d ON d.id = t.division_id WHERE t.plan = p.id ORDER BY d.ord, d.code)), coalesce(p.approved_on, ''), (SELECT count(*) FROM audits x WHERE x.plan = p.id AND x.status IN ('conducted','reported')), (SELECT count(*) FROM audits x WHERE x.plan = p.id AND x.status = 'reported') FROM plans p WHERE p.fy = ?1 AND p.kind = 'special_audit' ORDER BY p.id",
	    TK_AN_ARGS(a), take_special, a, "plans", err);
}

/* A finding's columns: id, division code, name, clause, severity, text,
 * found on, and (recurring) the earlier text. */
#define FINDING_COLS                                                           \
	"f.id, d.code, d.name, f.clause, f.severity, f.text, f.found_on"

static void fill_finding(sqlite3_stmt *q, struct tk_annual_finding *f)
{
	f->id = (long)sqlite3_column_int64(q, 0);
	f->division_code = tk_an_col(q, 1);
	f->division = tk_an_col(q, 2);
	f->clause = tk_an_col(q, 3);
	f->severity = tk_an_col(q, 4);
	f->text = tk_an_col(q, 5);
	f->found_on = tk_an_col(q, 6);
	if (sqlite3_column_count(q) > 7)
		f->prev_text = tk_an_col(q, 7);
}

static void take_serious(sqlite3_stmt *q, void *ctx)
{
	struct tk_annual *a = ctx;
	fill_finding(q, TK_AN_PUSH(a->serious, a->nserious));
}

static void take_recurring(sqlite3_stmt *q, void *ctx)
{
	struct tk_annual *a = ctx;
	fill_finding(q, TK_AN_PUSH(a->recurring, a->nrecurring));
}

/* One count of the matrix: severity, clause, division kind. */
static void take_cell(sqlite3_stmt *q, void *ctx)
{
	struct tk_annual *a = ctx;
	static const char *const sev[3] = {"high", "medium", "low"};
	static const char *const kind[3] = {"bureau", "hq", "station"};
	const char *s = (const char *)sqlite3_column_text(q, 0);
	const char *k = (const char *)sqlite3_column_text(q, 2);
	int si = -1, ki = -1, ch;
	for (int i = 0; i < 3; i++) {
		if (s && !strcmp(s, sev[i]))
			si = i;
		if (k && !strcmp(k, kind[i]))
			ki = i;
	}
	if (si < 0 || ki < 0)
		return;
	ch = tk_annual_chapter((const char *)sqlite3_column_text(q, 1));
	a->findings[si][ch][ki] += sqlite3_column_int64(q, 3);
	a->findings_total += sqlite3_column_int64(q, 3);
}

#define YEAR_FINDINGS                                                          \
	"FROM findings f JOIN divisions d ON d.id = f.division_id WHERE d.fy = ?1 AND f.withdrawn_on IS NULL AND f.source IS NULL"

int tk_an_findings(struct tk_store *st, struct tk_annual *a,
		   struct tk_error *err)
{
	int rc;
	if ((rc = tk_an_rows(
		 st,
		 "SELECT f.severity, f.clause, d.kind, count(*) " YEAR_FINDINGS
		 " GROUP BY 1, 2, 3",
		 TK_AN_ARGS(a), take_cell, a, "findings", err)) ||
	    (rc = tk_an_rows(st,
			     "SELECT " FINDING_COLS " " YEAR_FINDINGS
			     " AND f.severity = 'high' ORDER BY d.ord, d.code, f.id",
			     TK_AN_ARGS(a), take_serious, a, "findings", err)))
		return rc;
	return tk_an_rows(
	    st,
	    "SELECT " FINDING_COLS
	    ", (SELECT group_concat(text, '／') FROM (SELECT p.text FROM findings p JOIN divisions e ON e.id = p.division_id WHERE e.fy = ?2 AND e.code = d.code AND p.clause = f.clause AND p.withdrawn_on IS NULL AND p.source IS NULL ORDER BY p.id)) AS prev " YEAR_FINDINGS
	    " AND prev IS NOT NULL ORDER BY d.ord, d.code, f.id",
	    TK_AN_ARGS(a), take_recurring, a, "findings", err);
}
