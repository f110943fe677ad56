/*
 * notice.h — notices to divisions and their responses (第2 5(2)オ):
 *
 *   send (audit)    the 改善通知書 after a reported audit: the audited
 *                   division's open findings, to its head (オ(イ))
 *   send (campaign) the same for problems of a division's own
 *                   self-inspection (第2 4(2) 所要の措置): one finding per
 *                   item named (--items) or scoring below a grade (--below)
 *   cross           the 横展開 notice (オ(ウ)): one per other division,
 *                   asking whether the problem of a finding exists there
 *
 * Each notice is written as two workbooks: the notice for people, and a
 * response workbook (回答書, token-bound, app/returns.h) that the division
 * fills offline and returns through `tenken import`.  Per finding the
 * response is either 措置済み (what was done, when) or 改善計画 (measures,
 * 補完的措置, owner, due date, milestones; オ(エ)); a cross notice may also
 * be answered 該当なし.  An accepted response makes the improvements
 * (app/improvement.h tracks them to verified closure) in one transaction.
 *
 * Notices are sent --as the year's 情報セキュリティ管理者; the reply date
 * is after the notice date.  Every change is one transaction with its
 * events; a refusal leaves the database unchanged.
 */
#ifndef TK_NOTICE_H
#define TK_NOTICE_H

#include "lib/error.h"
#include "store/store.h"

struct tk_notice_spec {
	long audit;		/* send after this reported audit, or 0 */
	long campaign;		/* or: a self-inspection campaign ... */
	const char *division;	/* ... and the division (code) */
	const char *items;	/* ... its items "ID,ID", or NULL */
	const char *below;	/* ... or its items scoring below this grade */
	long finding;		/* cross: the finding to spread */
	const char *divisions;	/* cross: "all" or "CODE,CODE" */
	const char *on;		/* notice date; NULL: today */
	const char *respond_by; /* required, after on */
	const char *out_dir;
	const char *marking; /* NULL: the audit's / campaign's */
	const char *text; /* 改善を求める事項 in general words, or NULL */
};

/* What a send wrote. */
struct tk_notice_sent {
	int n;	      /* notices made */
	long first;   /* id of the first */
	int findings; /* findings notified (cross: 1 per notice) */
	int skipped;  /* cross "all": divisions already asked */
	char *dir;    /* where the workbooks are (caller frees) */
};

int tk_notice_send(struct tk_store *st, const struct tk_notice_spec *rq,
		   struct tk_notice_sent *out, struct tk_error *err);
int tk_notice_cross(struct tk_store *st, const struct tk_notice_spec *rq,
		    struct tk_notice_sent *out, struct tk_error *err);

/* ---------------------------------------------------- what is read */

struct tk_notice_row {
	long id, audit, campaign, source;
	int fy, findings, improvements;
	char *kind; /* audit, self, cross */
	char *division, *division_name;
	char *sent_on, *respond_by, *responded_on; /* responded_on or NULL */
	char *answer;				   /* cross: none/done/plan */
	int days_overdue; /* as of: past respond_by without response */
};
struct tk_notice_list {
	int n;
	struct tk_notice_row *rows;
};
/* Notices of fy (0: every year), of division (NULL: all), with the days
 * overdue as of as_of (NULL: today). */
int tk_notice_list(struct tk_store *st, int fy, const char *division,
		   const char *as_of, struct tk_notice_list *l,
		   struct tk_error *err);
void tk_notice_list_clear(struct tk_notice_list *l);

#endif
