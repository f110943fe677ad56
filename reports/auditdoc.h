/*
 * auditdoc.h — the two documents of an audit that tenken writes for people
 * (libxlsxwriter), from data it is given:
 *
 *   実施通知   the notice of audit to the audited division's head
 *              (第2 5(2)イ: date, 実施要領, items to be examined, auditors)
 *   監査報告書 the audit report of the lead auditor to the 情報セキュリティ
 *              管理者 (第2 5(2)エ: team, dates, scope, result per section,
 *              findings by severity with clause and text, evaluation)
 *
 * Both are Japanese, A4, marked in header and footer, and take data only:
 * finding the audit, its team and findings and logging are the audit use
 * case's (app/audit.h).  Dates are given as YYYY-MM-DD and printed in the
 * Japanese style (令和8年12月1日).
 */
#ifndef TK_AUDITDOC_H
#define TK_AUDITDOC_H

#include "lib/error.h"

#include <stddef.h>

/* A member of staff as printed: name, grade (職級) and division name. */
struct tk_doc_person {
	const char *code, *name, *grade, *division;
};

/* An audit team member; lead is 1 for the lead auditor (主任監査官). */
struct tk_doc_auditor {
	struct tk_doc_person p;
	int lead;
};

/* One checklist item as listed on the notice. */
struct tk_doc_item {
	const char *id, *section, *text, *clause, *evidence;
};

/* Result counts of one checklist section (監査結果). */
struct tk_doc_section {
	const char *title;
	int conforming, minor, nonconforming, na, unanswered;
};

/* One finding (指摘事項). judgement is "不適合" or "軽微な不備"; severity
 * is the item's: "high", "medium" or "low". */
struct tk_doc_finding {
	long id;
	const char *item_id, *item_text, *clause, *severity, *judgement;
	const char *text; /* 所見 */
};

/* The facts both documents share. */
struct tk_doc_audit {
	long id;
	int fy;
	int special;	     /* 0 通常監査, 1 特別監査 */
	const char *marking; /* e.g. 機密性2 取扱制限：関係者限り */
	const char *plan_title;	 /* the 実施計画's title */
	const char *reason;	 /* special audits: why; else NULL */
	const char *approved_on; /* the plan's approval by the 本部長 */
	struct tk_doc_person approver; /* 本部長 */
	struct tk_doc_person manager;  /* 情報セキュリティ管理者 */
	const char *division_code, *division_name;
	struct tk_doc_person head; /* 所属長; name NULL when unknown */
	const char *audit_on;	   /* the audit date */
	const char *checklist_title, *checklist_id, *checklist_version;
	const struct tk_doc_auditor *team;
	int nteam;
};

/* The 実施通知: notice date, procedure text (実施要領; may be multi-line)
 * and the items the division should have ready. */
struct tk_doc_notice {
	const struct tk_doc_audit *a;
	const char *notified_on;
	const char *procedure;
	const struct tk_doc_item *items;
	int nitems;
};

/* The 監査報告書. */
struct tk_doc_report {
	const struct tk_doc_audit *a;
	const char *notified_on; /* NULL when no notice (special audits) */
	const char *reported_on;
	const char
	    *evaluation; /* 総合評価, the lead's text; may be multi-line */
	const struct tk_doc_section *sections;
	int nsections;
	const struct tk_doc_finding *findings; /* in the order to print */
	int nfindings;
	int items_total, items_answered;
};

/* Write the workbook to path (name is used in messages).  Return TK_OK or
 * TK_EREPORT; on failure nothing is left at path. */
int tk_doc_notice_write(const struct tk_doc_notice *n, const char *path,
			const char *name, struct tk_error *err);
int tk_doc_report_write(const struct tk_doc_report *r, const char *path,
			const char *name, struct tk_error *err);

/* "令和8年12月1日" for "2026-12-01" into out (at least 32 bytes): the
 * one era helper, tk_wareki (lib/util.h), under its documents' name. */
void tk_doc_wareki(const char *iso, char *out, size_t size);

#endif
