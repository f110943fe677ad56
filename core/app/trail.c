/*
 * trail.c — the evidence trail checked as a whole (trail.h): hash chain,
 * anchor, and the domain tables cross-checked against the event log.
 */
#include "app/trail.h"

#include <stdio.h>
#include <string.h>

/*
 * One domain table and the event that records each of its rows: keys
 * selects the rows' keys (as k); the event with `action` names a row by
 * the word that follows `prefix` at the start of its `field` (object or
 * detail), up to the next space.  A later table is one more row.  A key
 * stands for a row while it has more `action` events than `gone` events
 * (a deleted campaign, whose id may be used again).
 */
struct trail_rule {
	const char *what;   /* a row, in messages: "submission" */
	const char *keys;   /* SELECT ... AS k */
	const char *action; /* "form.import" */
	const char *field;  /* "object" or "detail" (never user text) */
	const char *prefix; /* "submission " */
	const char *gone;   /* the event that deleted a row, or NULL */
};

static const struct trail_rule rules[] = {
    {"org year", "SELECT fy AS k FROM org_years", "org.import", "object", "FY",
     NULL},
    {"campaign", "SELECT id AS k FROM campaigns", "campaign.create", "object",
     "campaign ", "campaign.delete"},
    {"submission", "SELECT id AS k FROM submissions", "form.import", "detail",
     "submission ", NULL},
    {"audit plan", "SELECT id AS k FROM plans", "plan.draft", "object", "plan ",
     NULL},
    {"audit", "SELECT id AS k FROM audits", "audit.create", "object", "audit ",
     NULL},
    {"finding", "SELECT id AS k FROM findings", "finding.raise", "object",
     "finding ", NULL},
    {"notice", "SELECT id AS k FROM notices", "notice.send", "object",
     "notice ", NULL},
};

/* Note one gap; only the first TK_TRAIL_LISTED are kept. */
static void add_gap(struct tk_trail_result *res, const struct trail_rule *r,
		    int orphan_event, const char *key)
{
	if (res->listed < TK_TRAIL_LISTED) {
		char *g = res->gap[res->listed++];
		if (orphan_event)
			snprintf(g, sizeof res->gap[0],
				 "%s event names %s %s, which does not exist",
				 r->action, r->what, key);
		else
			snprintf(g, sizeof res->gap[0], "%s %s has no %s event",
				 r->what, key, r->action);
	}
	res->gaps++;
}

/* The rows of rule r: how many there are. */
static int count_rows(struct tk_store *st, const struct trail_rule *r,
		      struct tk_trail_result *res, struct tk_error *err)
{
	char sql[256];
	sqlite3_stmt *q;
	int rc = TK_OK;
	/* keys comes from the static rule table above, never from input. */
	snprintf(sql, sizeof sql, "SELECT count(*) FROM (%s)", r->keys);
	if ((rc = tk_store_prepare(st, sql, &q, err)))
		return rc;
	if (sqlite3_step(q) == SQLITE_ROW)
		res->rows += (long)sqlite3_column_int64(q, 0);
	else
		rc = tk_store_error(st, err, "cross-check");
	sqlite3_finalize(q);
	return rc;
}

/* Rows of rule r without their event, and its events without their row. */
static int check_rule(struct tk_store *st, const struct trail_rule *r,
		      struct tk_trail_result *res, struct tk_error *err)
{
	char sql[1536];
	sqlite3_stmt *q;
	int rc, step;

	if ((rc = count_rows(st, r, res, err)))
		return rc;
	snprintf(
	    sql, sizeof sql,
	    "WITH r(k) AS (SELECT CAST(k AS TEXT) FROM (%s)), "
	    "t(t, n) AS (SELECT substr(%s, length(?2) + 1), CASE action WHEN ?1 THEN 1 ELSE -1 END FROM events WHERE (action = ?1 OR action = ?3) AND substr(%s, 1, length(?2)) = ?2), "
	    "e(k) AS (SELECT k FROM (SELECT CASE instr(t, ' ') WHEN 0 THEN t ELSE substr(t, 1, instr(t, ' ') - 1) END AS k, n FROM t) GROUP BY k HAVING sum(n) > 0) "
	    "SELECT g, k FROM (SELECT 0 AS g, k FROM r WHERE k NOT IN (SELECT k FROM e) "
	    "UNION ALL SELECT 1, k FROM e WHERE k NOT IN (SELECT k FROM r)) "
	    "ORDER BY g, length(k), k",
	    r->keys, r->field, r->field);
	if ((rc = tk_store_prepare(st, sql, &q, err)))
		return rc;
	sqlite3_bind_text(q, 1, r->action, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 2, r->prefix, -1, SQLITE_STATIC);
	if (r->gone)
		sqlite3_bind_text(q, 3, r->gone, -1, SQLITE_STATIC);
	while ((step = sqlite3_step(q)) == SQLITE_ROW) {
		const char *k = (const char *)sqlite3_column_text(q, 1);
		add_gap(res, r, sqlite3_column_int(q, 0), k ? k : "");
	}
	if (step != SQLITE_DONE)
		rc = tk_store_error(st, err, "cross-check");
	sqlite3_finalize(q);
	return rc;
}

static int cross_check(struct tk_store *st, struct tk_trail_result *res,
		       struct tk_error *err)
{
	int rc;
	for (size_t i = 0; i < sizeof rules / sizeof *rules; i++)
		if ((rc = check_rule(st, &rules[i], res, err)))
			return rc;
	if (res->gaps)
		return tk_error_set(
		    err, TK_EDB,
		    "%s: the event log does not account for the database: %ld row(s) or event(s) without their counterpart (events deleted, or rows changed behind the log); first %d listed above",
		    st->path, res->gaps, res->listed);
	return TK_OK;
}

int tk_trail_verify(struct tk_store *st, const struct tk_trail_req *req,
		    struct tk_trail_result *res, struct tk_error *err)
{
	int rc;
	memset(res, 0, sizeof *res);
	if ((rc = tk_store_verify_log(st, &res->entries, res->head, err)))
		return rc;
	if (req->anchor) {
		if ((rc = tk_store_verify_anchor(st, req->anchor, err)))
			return rc;
		res->anchored = 1;
	}
	return cross_check(st, res, err);
}
