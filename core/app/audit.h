/*
 * audit.h — regular and special audits (通常監査・特別監査, 第2 5) from the
 * year's plan to the audit report.
 *
 *   plan create   the 実施計画, drafted by the 情報セキュリティ管理者: kind,
 *                 targets, the checklist frozen with its parameters (a
 *                 campaign of the checklist's kind holds the forms), the
 *                 schedule; state drafted
 *   plan review   the committee's review date (第2 2(2)エ), optional
 *   plan approve  by the year's 本部長, not the drafter (兼務禁止); from then
 *                 on the plan is fixed
 *   create        one audit of a target division, dated in the plan's year
 *   assign        the team: HQ (not 方面本部) staff of 課長補佐級 or above,
 *                 not of the audited division, one lead
 *   notify        the 実施通知 to the 所属長 (regular audits: required
 *                 before results, dated on or before the audit)
 *   form          the checklist workbook for the team; the filled one comes
 *                 back through `tenken import`, which records the results
 *                 and raises one finding per 不適合 / 軽微な不備
 *   findings      edited or withdrawn by the lead before the report
 *   report        the 監査報告書 by the lead; state reported, fixed
 *
 * Every change resolves --as in the audit's year, checks the role and the
 * rules (store/rules.c), is one transaction and writes one event per object
 * changed.  A refusal leaves the database unchanged.
 */
#ifndef TK_AUDIT_H
#define TK_AUDIT_H

#include "lib/error.h"
#include "model/survey.h"
#include "store/store.h"

struct tk_plan_request {
	int fy;
	int special;	      /* 0 regular, 1 special */
	const char *targets;  /* "all" or "CODE,CODE" */
	const char *title;    /* NULL: 令和N年度 通常監査実施計画 */
	const char *reason;   /* special audits: required */
	const char *params;   /* the checklist's parameters as given, for the
				 record ("themes=…; items=…"), or NULL */
	const char *schedule; /* CSV: division, date, procedure; or NULL */
	const char *marking;  /* NULL: the default marking */
	const char *on;	      /* drafting date; NULL: today */
	const char *body;     /* the plan's 実施要領 text, or NULL */
};

/* Draft a plan with checklist s (already loaded with its parameters):
 * *id gets the plan id. */
int tk_audit_plan_create(struct tk_store *st, const struct tk_survey *s,
			 const struct tk_plan_request *rq, long *id,
			 struct tk_error *err);
int tk_audit_plan_review(struct tk_store *st, long plan, const char *on,
			 struct tk_error *err);
int tk_audit_plan_approve(struct tk_store *st, long plan, const char *on,
			  struct tk_error *err);

/* One audit of division under plan on date (NULL: the schedule's date);
 * *id gets the audit id. */
int tk_audit_create(struct tk_store *st, long plan, const char *division,
		    const char *date, long *id, struct tk_error *err);
/* An audit for every scheduled target that has none yet; *n made. */
int tk_audit_create_scheduled(struct tk_store *st, long plan, int *n,
			      struct tk_error *err);

/* Put staff on the team (lead or member); again with another role changes
 * the row (the rules hold on UPDATE too).  remove: take them off. */
int tk_audit_assign(struct tk_store *st, long audit, const char *staff,
		    int lead, int remove, struct tk_error *err);

/* The 実施通知 workbook into rq->out_dir (its path into *path, caller
 * frees), the notice date recorded. */
struct tk_notice_request {
	long audit;
	const char *on;	       /* notice date; NULL: today */
	const char *procedure; /* 実施要領, or NULL for the schedule's */
	const char *out_dir;
};
int tk_audit_notify(struct tk_store *st, const struct tk_notice_request *rq,
		    char **path, struct tk_error *err);

/* The offline checklist workbook of the audit into out_dir. */
int tk_audit_form(struct tk_store *st, long audit, const char *out_dir,
		  char **path, struct tk_error *err);

/* Edit a finding's 所見 (text) or withdraw it (reason), --as the lead,
 * before the report. */
int tk_finding_edit(struct tk_store *st, long finding, const char *text,
		    struct tk_error *err);
int tk_finding_withdraw(struct tk_store *st, long finding, const char *on,
			const char *reason, struct tk_error *err);

/* The 監査報告書 to out (an .xlsx path), --as the lead: evaluation is the
 * 総合評価 text. */
int tk_audit_report(struct tk_store *st, long audit, const char *on,
		    const char *evaluation, const char *out,
		    struct tk_error *err);

/* ---------------------------------------------------- what is read */

struct tk_finding_row {
	long id;
	char *item_id, *clause, *severity, *judgement, *text, *found_on;
	char *withdrawn_on, *withdrawn_reason; /* NULL unless withdrawn */
	char *status;
};

struct tk_auditor_row {
	char *code, *name, *grade, *division;
	int lead;
};

/* One audit with its plan, team and findings. */
struct tk_audit_view {
	long id, plan, campaign;
	int fy, special;
	char *plan_title, *plan_state, *division, *division_name;
	char *date, *notified_on, *reported_on, *status, *checklist;
	int nteam, nfindings;
	struct tk_auditor_row *team;
	struct tk_finding_row *findings;
	int by_severity[3];	  /* open findings: high, medium, low */
	int nonconforming, minor; /* open findings by judgement */
};
int tk_audit_get(struct tk_store *st, long id, struct tk_audit_view *v,
		 struct tk_error *err);
void tk_audit_view_clear(struct tk_audit_view *v);

/* All audits (of fy, 0: every year), each as tk_audit_get without team
 * and findings lists. */
struct tk_audit_list {
	int n;
	struct tk_audit_view *rows;
};
int tk_audit_list(struct tk_store *st, int fy, struct tk_audit_list *l,
		  struct tk_error *err);
void tk_audit_list_clear(struct tk_audit_list *l);

/* Plans (of fy, 0: every year). */
struct tk_plan_row {
	long id, campaign;
	int fy, special, targets, audits;
	char *title, *state, *drafted_by, *drafted_on, *approved_by,
	    *approved_on, *reviewed_on, *reason, *checklist;
};
struct tk_plan_list {
	int n;
	struct tk_plan_row *rows;
};
int tk_plan_list(struct tk_store *st, int fy, struct tk_plan_list *l,
		 struct tk_error *err);
void tk_plan_list_clear(struct tk_plan_list *l);

/* ------------------------------------- the import of a checklist */

/* What the import knows of an audit checklist being imported. */
struct tk_audit_target {
	long audit;
	char date[16];
};

/* Whether the checklist of a campaign for a division may be imported now:
 * the audit it is for, or why not (an empty why means yes). */
struct tk_audit_gate {
	struct tk_audit_target t;
	char why[400];
};
int tk_audit_import_gate(struct tk_store *st, long campaign, long division,
			 struct tk_audit_gate *g, struct tk_error *err);

/* One judged item of an imported checklist. */
struct tk_audit_judged {
	int item;	      /* index in the survey */
	const char *label;    /* the judgement's label, or NULL */
	const char *note;     /* 所見, or NULL */
	const char *examined; /* 確認した証跡, or NULL */
};

/* The results of one imported checklist. */
struct tk_audit_results {
	const struct tk_audit_target *t;
	const struct tk_survey *s;
	long submission;
	const struct tk_audit_judged *j; /* n judged items */
	int n;
};

/* Record the results (in the import's transaction): the evidence
 * examined, one finding per 不適合 / 軽微な不備 (earlier findings of the
 * audit withdrawn as superseded), the audit conducted. */
int tk_audit_import_store(struct tk_store *st, const struct tk_audit_results *r,
			  struct tk_error *err);

/* 1 for the labels that make a finding; *judgement gets its key. */
int tk_audit_label_finding(const char *label, const char **judgement);

#endif
