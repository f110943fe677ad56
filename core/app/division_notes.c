/*
 * division_notes.c — a division's free-text answers in a campaign and its
 * open improvements (division_notes.h), for its result workbook.
 */
#include "app/division_notes.h"

#include "app/annual_int.h"
#include "lib/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The division's current submission to the campaign; ?1 the campaign,
 * ?3 the division's code. */
#define SUBMISSION                                                             \
	"FROM campaigns c JOIN divisions d ON d.fy = c.fy AND d.code = ?3 JOIN submissions u ON u.campaign = c.id AND u.division_id = d.id AND u.superseded_by IS NULL"
#define CUT(x) "substr(" x ", 1, 1000)"

/* Text items, then remarks (備考, reasons for 該当なし), in the form's
 * order — the query of the annual digest (tk_an_texts) for one division:
 * answers read by key (submission, 0, item), CROSS JOIN keeping them the
 * inner loop. */
static const char notes_sql[] =
    "SELECT src, txt FROM ("
    "SELECT 1 AS o, i.idx AS k, i.item_id || ' ' || i.text AS src, " CUT(
	"x.raw") " AS txt " SUBMISSION
		 " JOIN survey_items i ON i.survey = c.survey AND i.type = 'text' CROSS JOIN answers x ON x.submission = u.id AND x.staff_id = 0 AND x.item_idx = i.idx WHERE c.id = ?1 AND trim(coalesce(x.raw, '')) <> ''"
		 " UNION ALL SELECT 2, i.idx, i.item_id || ' ' || i.text || '（備考）', " CUT(
		     "x.comment") " " SUBMISSION
				  " CROSS JOIN answers x ON x.submission = u.id AND x.staff_id = 0 JOIN survey_items i ON i.survey = c.survey AND i.idx = x.item_idx WHERE c.id = ?1 AND trim(coalesce(x.comment, '')) <> ''"
				  ") ORDER BY k, o";

/* The improvements still in progress (not completed), as
 * tk_improvement_list counts them: a plan past its due date is late by
 * the days from due to ?4 (the due date itself is not late). ?2 the year,
 * ?3 the division's code. */
static const char open_sql[] =
    "SELECT f.clause, f.text, i.kind, i.description, i.due, i.progress, CASE WHEN i.kind = 'plan' AND i.due < ?4 THEN CAST(julianday(?4) - julianday(i.due) AS INTEGER) ELSE 0 END FROM divisions d JOIN improvements i ON i.division_id = d.id JOIN findings f ON f.id = i.finding WHERE d.fy = ?2 AND d.code = ?3 AND i.superseded_by IS NULL AND i.completed_on IS NULL ORDER BY i.due IS NULL, i.due, i.finding, i.id";

static void take_note(sqlite3_stmt *q, void *ctx)
{
	struct tk_report_division_notes *n = ctx;
	struct tk_report_note *t = TK_AN_PUSH(n->notes, n->nnotes);
	t->source = tk_an_col(q, 0);
	t->text = tk_an_col(q, 1);
}

static void take_open(sqlite3_stmt *q, void *ctx)
{
	struct tk_report_division_notes *n = ctx;
	struct tk_report_open *o = TK_AN_PUSH(n->open, n->nopen);
	o->clause = tk_an_col(q, 0);
	o->finding = tk_an_col(q, 1);
	o->kind = tk_an_col(q, 2);
	o->description = tk_an_col(q, 3);
	o->due = tk_an_col(q, 4);
	o->progress = sqlite3_column_int(q, 5);
	o->days_overdue = sqlite3_column_int(q, 6);
}

int tk_division_notes_get(struct tk_store *st, long campaign, int fy,
			  const char *code, const char *as_of,
			  struct tk_report_division_notes *n,
			  struct tk_error *err)
{
	const struct tk_qargs *x = TK_ARGS(campaign, fy, code, as_of, NULL);
	int rc;
	memset(n, 0, sizeof *n);
	snprintf(n->as_of, sizeof n->as_of, "%s", as_of);
	if ((rc = tk_an_rows(st, notes_sql, x, take_note, n, "free text",
			     err)) ||
	    (rc = tk_an_rows(st, open_sql, x, take_open, n, "improvements",
			     err)))
		tk_division_notes_clear(n);
	return rc;
}

void tk_division_notes_clear(struct tk_report_division_notes *n)
{
	for (int i = 0; i < n->nnotes; i++) {
		free(n->notes[i].source);
		free(n->notes[i].text);
	}
	for (int i = 0; i < n->nopen; i++) {
		struct tk_report_open *o = &n->open[i];
		free(o->clause);
		free(o->finding);
		free(o->kind);
		free(o->description);
		free(o->due);
	}
	free(n->notes);
	free(n->open);
	memset(n, 0, sizeof *n);
}
