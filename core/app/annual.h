/*
 * annual.h — the annual report to the security committee (委員会) of one
 * fiscal year (`tenken report annual`): every figure of the year gathered
 * into one result struct, which feeds the workbook (reports/annual.h) and
 * the JSON (tk_annual_json) alike.  Nothing here prints or writes files.
 *
 * Sources (docs/reports.md, "The annual report"): the self-inspection
 * campaigns of the year and their scores (app/score.h, from the stored
 * item_stats), their status (app/campaign.h) and refused forms
 * (import.reject events), up to four earlier years of the same survey id
 * for the trend, the audit plans and audits of the year, the findings of
 * the year and of the one before (recurring findings), notices and
 * improvements with what is late as of the date (app/overdue.h, the very
 * lists of `tenken overdue`), exceptions, the divisions' free text and
 * the head of the event log (the evidence-trail anchor).
 *
 * The states are those recorded in the database; the as-of date decides
 * what is late, active or expiring.  The same database and as-of date give
 * the same struct.
 */
#ifndef TK_APP_ANNUAL_H
#define TK_APP_ANNUAL_H

#include "lib/error.h"
#include "lib/json.h"
#include "model/annual.h"
#include "store/store.h"

struct tk_annual_req {
	int fy;
	const char *as_of;    /* YYYY-MM-DD; NULL: today, or the year's end
				 when today is later */
	const char *issues;   /* the manager's 今後の課題 text, or NULL */
	double threshold;     /* 0: TK_ANNUAL_THRESHOLD */
	const char *marking;  /* NULL: the year's latest campaign's */
	const char *out_file; /* tk_annual_run: the workbook */
};

/*
 * Gather every figure of req->fy.  TK_OK with *a filled (free with
 * tk_annual_clear), TK_EUSAGE for a bad date, TK_ENOTFOUND when the year
 * has no organisation, TK_EDB when a query fails.
 */
int tk_annual_gather(struct tk_store *st, const struct tk_annual_req *req,
		     struct tk_annual *a, struct tk_error *err);
void tk_annual_clear(struct tk_annual *a);

/*
 * Gather the figures (into *a, freed by the caller with tk_annual_clear
 * also on error), write the workbook to req->out_file as a hidden ".part"
 * file, log report.write (object "year FY", in one transaction, after
 * every figure — the anchor too — was taken) and put the file in place.
 * On failure nothing is logged and no final file is touched.
 */
int tk_annual_run(struct tk_store *st, const struct tk_annual_req *req,
		  struct tk_annual *a, struct tk_error *err);

/* The figures as one JSON object, keys in English. */
void tk_annual_json(const struct tk_annual *a, struct tk_json *j);

/* Chapter column (0..6 for 第2..第8, 7 other) of a clause "第N …". */
int tk_annual_chapter(const char *clause);

#endif
