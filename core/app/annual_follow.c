/*
 * annual_follow.c — what followed the findings, for the annual report
 * (annual.h): notices and their responses, improvements (措置結果 and
 * 改善計画) with what is late taken from tk_overdue_get — the very lists
 * of `tenken overdue --year FY --as-of D` — cross-division notices and
 * their answers, exceptions, and the digest of the divisions' own words.
 */
#include "app/annual_int.h"

#include "app/overdue.h"
#include "lib/util.h"

#include <stdlib.h>

#define NOTICES "FROM notices WHERE fy = ?1 AND kind IN ('audit','self')"
#define IMPROVEMENTS                                                           \
	"FROM improvements i JOIN divisions d ON d.id = i.division_id WHERE d.fy = ?1 AND i.superseded_by IS NULL"

/* Counts from the database; those marked -1 come from the overdue lists. */
static const char *const improvement_sql[14] = {
    "SELECT count(*) " NOTICES,
    "SELECT count(*) " NOTICES " AND responded_on <= respond_by",
    "SELECT count(*) " NOTICES " AND responded_on > respond_by",
    "SELECT count(*) " NOTICES " AND responded_on IS NULL",
    NULL,
    "SELECT count(*) " IMPROVEMENTS " AND i.kind = 'measure_taken'",
    "SELECT count(*) " IMPROVEMENTS " AND i.kind = 'plan'",
    "SELECT count(*) " IMPROVEMENTS
    " AND i.kind = 'plan' AND i.completed_on IS NOT NULL",
    "SELECT count(*) " IMPROVEMENTS
    " AND i.kind = 'plan' AND i.completed_on IS NULL AND i.due >= ?3",
    NULL,
    "SELECT count(*) " IMPROVEMENTS " AND i.verified_by IS NOT NULL",
    "SELECT count(*) FROM notices WHERE fy = ?1 AND kind = 'cross'",
    "SELECT count(*) FROM notices WHERE fy = ?1 AND kind = 'cross' AND answer IS NOT NULL",
    NULL,
};
static const struct tk_annual_count improvement_counts[14] = {
    {"notices_sent", "改善通知（監査・自己点検）", 0},
    {"responses_on_time", "　期限内に回答", 0},
    {"responses_late", "　期限後に回答", 0},
    {"responses_missing", "　未回答", 0},
    {"notices_overdue", "　うち回答期限超過", 0},
    {"measures_taken", "措置結果（措置済み）", 0},
    {"plans", "改善計画", 0},
    {"plans_completed", "　完了", 0},
    {"plans_in_progress", "　実施中（期限内）", 0},
    {"plans_overdue", "　期限超過", 0},
    {"verified", "措置結果の確認済み（措置結果・改善計画）", 0},
    {"cross_sent", "横展開の通知", 0},
    {"cross_answered", "　回答あり", 0},
    {"cross_overdue", "　回答期限超過", 0},
};

static void take_cross(sqlite3_stmt *q, void *ctx)
{
	struct tk_annual *a = ctx;
	struct tk_annual_cross *c = TK_AN_PUSH(a->cross, a->ncross);
	c->id = (long)sqlite3_column_int64(q, 0);
	c->division_code = tk_an_col(q, 1);
	c->division = tk_an_col(q, 2);
	c->clause = tk_an_col(q, 3);
	c->sent_on = tk_an_col(q, 4);
	c->respond_by = tk_an_col(q, 5);
	c->answer = tk_an_col(q, 6);
	c->answer_note = tk_an_col(q, 7);
	c->responded_on = tk_an_col(q, 8);
}

/* The lists of `tenken overdue --year FY --as-of D`, copied. */
static int take_late(struct tk_store *st, struct tk_annual *a,
		     struct tk_error *err)
{
	struct tk_overdue o;
	int rc = tk_overdue_get(st, a->fy, a->as_of, &o, err);
	if (rc)
		return rc;
	for (int k = 0; k < TK_OVERDUE_KINDS; k++) {
		const struct tk_overdue_list *l = &o.lists[k];
		struct tk_annual_late_list *m = &a->late[k];
		m->rows = tk_xcalloc((size_t)l->n + 1, sizeof *m->rows);
		m->n = l->n;
		for (int i = 0; i < l->n; i++) {
			const struct tk_overdue_row *r = &l->rows[i];
			m->rows[i] = (struct tk_annual_late){
			    r->id,
			    r->days,
			    tk_xstrdup(r->division_code ? r->division_code
							: ""),
			    tk_xstrdup(r->division ? r->division : ""),
			    tk_xstrdup(r->what ? r->what : ""),
			    tk_xstrdup(r->due ? r->due : "")};
		}
	}
	tk_overdue_clear(&o);
	return TK_OK;
}

int tk_an_improvements(struct tk_store *st, struct tk_annual *a,
		       struct tk_error *err)
{
	int rc = TK_OK;
	memcpy(a->improvement, improvement_counts, sizeof improvement_counts);
	for (int i = 0; i < 14 && !rc; i++)
		if (improvement_sql[i])
			rc = tk_q_long(st, improvement_sql[i], TK_AN_ARGS(a),
				       &a->improvement[i].n, NULL, err);
	if (rc || (rc = take_late(st, a, err)))
		return rc;
	a->improvement[4].n = a->late[TK_OVERDUE_NOTICES].n;
	a->improvement[9].n = a->late[TK_OVERDUE_PLANS].n;
	a->improvement[13].n = a->late[TK_OVERDUE_CROSS].n;
	return tk_an_rows(
	    st,
	    "SELECT n.id, d.code, d.name, coalesce(f.clause, ''), n.sent_on, n.respond_by, coalesce(n.answer, ''), coalesce(n.answer_note, ''), coalesce(n.responded_on, '') FROM notices n JOIN divisions d ON d.id = n.division_id LEFT JOIN findings f ON f.id = n.source WHERE n.fy = ?1 AND n.kind = 'cross' ORDER BY d.ord, d.code, n.id",
	    TK_AN_ARGS(a), take_cross, a, "notices", err);
}

/* An exception counts as active on ?3 when approved and ?3 is within its
 * period and before it was ended. */
#define ACTIVE                                                                 \
	"decided_by IS NOT NULL AND state IN ('active','ended','revoked') AND starts_on <= ?3 AND ends_on >= ?3 AND (closed_on IS NULL OR closed_on > ?3)"

static const char *const exception_sql[6] = {
    "SELECT count(*) FROM exceptions WHERE " ACTIVE,
    "SELECT count(*) FROM exceptions WHERE fy = ?1",
    "SELECT count(*) FROM exceptions WHERE decided_by IS NOT NULL AND state IN ('active','ended','revoked') AND min(ends_on, coalesce(closed_on, ends_on)) BETWEEN ?4 AND ?3 AND NOT (" ACTIVE
    ")",
    "SELECT count(*) FROM exceptions WHERE " ACTIVE " AND special_approval = 1",
    "SELECT count(*) FROM exceptions WHERE state = 'provisional'",
    "SELECT count(*) FROM exceptions WHERE " ACTIVE
    " AND ends_on <= date(?3, '+90 days')",
};
static const struct tk_annual_count exception_counts[6] = {
    {"active", "有効な例外措置", 0},
    {"new", "本年度の申請", 0},
    {"ended", "本年度に終了（期間満了・終了・取消）", 0},
    {"over_one_year", "1年を超える期間（特別承認）", 0},
    {"provisional_pending", "緊急時の仮措置（正式な申請待ち）", 0},
    {"expiring", "90日以内に期間満了", 0},
};

static void take_expiring(sqlite3_stmt *q, void *ctx)
{
	struct tk_annual *a = ctx;
	struct tk_annual_exception *e = TK_AN_PUSH(a->expiring, a->nexpiring);
	e->id = (long)sqlite3_column_int64(q, 0);
	e->system = tk_an_col(q, 1);
	e->division = tk_an_col(q, 2);
	e->clause = tk_an_col(q, 3);
	e->ends_on = tk_an_col(q, 4);
	e->days_left = sqlite3_column_int(q, 5);
}

int tk_an_exceptions(struct tk_store *st, struct tk_annual *a,
		     struct tk_error *err)
{
	int rc;
	memcpy(a->exception, exception_counts, sizeof exception_counts);
	if ((rc = tk_an_counts(st, a->exception, exception_sql, 6,
			       TK_AN_ARGS(a), err)))
		return rc;
	return tk_an_rows(
	    st,
	    "SELECT e.id, e.system, coalesce(d.name, ''), e.clause, e.ends_on, CAST(julianday(e.ends_on) - julianday(?3) AS INTEGER) FROM exceptions e LEFT JOIN divisions d ON d.id = e.division_id WHERE " ACTIVE
	    " AND e.ends_on <= date(?3, '+90 days') ORDER BY e.ends_on, e.id",
	    TK_AN_ARGS(a), take_expiring, a, "exceptions", err);
}

static void take_text(sqlite3_stmt *q, void *ctx)
{
	struct tk_annual *a = ctx;
	struct tk_annual_text *t = TK_AN_PUSH(a->texts, a->ntexts);
	t->division_code = tk_an_col(q, 0);
	t->division = tk_an_col(q, 1);
	t->source = tk_an_col(q, 2);
	t->text = tk_an_col(q, 3);
}

/* The current division-form submissions of the year's self-inspections,
 * with their campaign and survey. */
#define CURRENT                                                                \
	"FROM campaigns c JOIN surveys s ON s.id = c.survey AND s.kind = 'self_inspection' AND s.respondent = 'division' JOIN submissions u ON u.campaign = c.id AND u.superseded_by IS NULL JOIN divisions d ON d.id = u.division_id"
#define CUT(x) "substr(" x ", 1, 1000)"

/* Text items and the remarks (備考, reasons for 該当なし) of division forms
 * — read by index, (submission, 0, item): CROSS JOIN keeps answers the
 * inner loop, never scanned whole — the divisions' answers to
 * notices and their notes on improvements. */
int tk_an_texts(struct tk_store *st, struct tk_annual *a, struct tk_error *err)
{
	return tk_an_rows(
	    st,
	    "SELECT code, name, src, txt FROM ("
	    "SELECT d.code, d.name, 1 AS o, c.id AS k, i.idx AS k2, c.title || '　' || i.item_id || ' ' || i.text AS src, " CUT(
		"x.raw") " AS txt " CURRENT
			 " JOIN survey_items i ON i.survey = c.survey AND i.type = 'text' CROSS JOIN answers x ON x.submission = u.id AND x.staff_id = 0 AND x.item_idx = i.idx WHERE c.fy = ?1 AND trim(coalesce(x.raw, '')) <> ''"
			 " UNION ALL SELECT d.code, d.name, 2, c.id, i.idx, c.title || '　' || i.item_id || ' ' || i.text || '（備考）', " CUT(
			     "x.comment") " " CURRENT
					  " CROSS JOIN answers x ON x.submission = u.id AND x.staff_id = 0 JOIN survey_items i ON i.survey = c.survey AND i.idx = x.item_idx WHERE c.fy = ?1 AND trim(coalesce(x.comment, '')) <> ''"
					  " UNION ALL SELECT d.code, d.name, 3, n.id, 0, '通知への回答（' || n.sent_on || '）', " CUT(
					      "n.answer_note") " FROM notices n JOIN divisions d ON d.id = n.division_id WHERE n.fy = ?1 AND trim(coalesce(n.answer_note, '')) <> ''"
							       " UNION ALL SELECT d.code, d.name, 4, i.id, 0, CASE i.kind WHEN 'plan' THEN '改善計画' ELSE '措置結果' END || '（' || f.clause || '）', " CUT(
								   "i.description || coalesce('／進捗：' || nullif(trim(i.progress_note), ''), '') || coalesce('／完了：' || nullif(trim(i.completion_note), ''), '')") " FROM improvements i JOIN divisions d ON d.id = i.division_id JOIN findings f ON f.id = i.finding WHERE d.fy = ?1 AND i.superseded_by IS NULL"
																											") t ORDER BY (SELECT v.ord FROM divisions v WHERE v.fy = ?1 AND v.code = t.code), code, o, k, k2",
	    TK_AN_ARGS(a), take_text, a, "free text", err);
}
