/*
 * rules.c — the table of the standard's rules held by the schema
 * (rules.h).  Keys must match the RAISE messages of migration 5.
 */
#include "store/rules.h"
#include "lib/i18n.h"

#include <string.h>

/* clang-format off */
const struct tk_rule tk_rules[] = {
	{"separation-audit", "兼務禁止", "第2 1(6)",
	 N_("an auditor may not audit a division they belong to")},
	{"separation-approval", "兼務禁止", "第2 1(6)",
	 N_("nobody approves their own plan or application; it goes to their superior")},
	{"auditor-eligibility", "監査官の要件", "第2 5(2)ウ",
	 N_("an auditor must be HQ staff of 課長補佐級 or above")},
	{"exception-period", "例外措置の期間", "第2 3(2)イ(ウ)",
	 N_("an exception lasts at most one year (to the day before the start a year on) unless a special reason is given and the 情報セキュリティ管理者's special approval is recorded, and cannot end before it starts")},
	{"exception-approval", "例外措置の承認", "第2 3(2)イ(イ)",
	 N_("an exception becomes active only by the decision of the 情報セキュリティ管理者; an emergency exception stays provisional until applied for")},
	{"compensating-measures", "改善計画", "第2 5(2)オ(エ)",
	 N_("an improvement plan needs compensating measures (補完的措置) and a due date")},
	{"staff-year", "年度", "第2 5(2)ア",
	 N_("roles, audits and their teams belong to one fiscal year: staff and divisions of another year cannot take part")},
	{"separation-roles", "兼務禁止", "第2 1(6)ア(ア)",
	 N_("the 本部長 who approves and the 情報セキュリティ管理者 who applies cannot be the same person")},
	{"plan-drafter", "実施計画", "第2 5(2)ア",
	 N_("the audit plan (実施計画) is drawn up by the year's 情報セキュリティ管理者")},
	{"plan-approval", "実施計画の承認", "第2 5(2)ア",
	 N_("an audit plan is approved by the year's 本部長, on or after the day it was drawn up")},
	{"plan-approved", "実施計画の承認", "第2 5(2)ア",
	 N_("an approved audit plan can no longer be changed")},
	{"audit-plan", "実施計画", "第2 5(2)ア",
	 N_("an audit is made only under an approved plan of its year, for one of the plan's target divisions")},
	{"audit-notice", "実施の通知", "第2 5(2)イ",
	 N_("the head of the audited division is notified (実施通知) before a regular audit's results are recorded")},
	{"notice-date", "実施の通知", "第2 5(2)イ",
	 N_("the notice of a regular audit is dated on or before the audit")},
	{"audit-lead", "監査官の指名", "第2 5(2)ウ",
	 N_("an audit has exactly one lead auditor before its results are recorded or reported")},
	{"audit-reported", "実施結果の報告", "第2 5(2)オ(ア)",
	 N_("a reported audit, its team, checklist and findings can no longer be changed")},
	{"audit-findings", "実施結果の報告", "第2 5(2)オ(ア)",
	 N_("the audit report is made by the lead auditor once every required checklist item is judged")},
	{"finding-division", "指摘事項", "第2 5(2)オ(イ)",
	 N_("a finding is about the audited division of its own audit")},
	{"role-holder", "役割", "第2 1",
	 N_("this change is made by the holder of the role the standard gives it to")},
	{"notice-sender", "改善通知", "第2 5(2)オ(イ)",
	 N_("notices to divisions (改善通知, 横展開) are sent by the year's 情報セキュリティ管理者")},
	{"notice-respond-by", "改善通知", "第2 5(2)オ(イ)",
	 N_("a notice's reply date (回答期限) is after the day it is sent")},
	{"notice-audit", "改善通知", "第2 5(2)オ(イ)",
	 N_("an improvement notice follows a reported audit and goes to the head of the audited division")},
	{"notice-cross", "横展開", "第2 5(2)オ(ウ)",
	 N_("a cross-division notice goes to divisions other than the audited one")},
	{"improvement-division", "改善計画", "第2 5(2)オ(エ)",
	 N_("a measure taken or improvement plan answers a finding of its own division")},
	{"improvement-due", "改善計画", "第2 5(2)オ(エ)",
	 N_("an improvement plan's due date is on or after the day of the notice")},
	{"improvement-verify", "措置結果の確認", "第2 5(2)オ(エ)",
	 N_("an improvement is verified only once it is completed, on or after its completion date")},
	{"improvement-verified", "措置結果の確認", "第2 5(2)オ(エ)",
	 N_("a verified improvement can no longer be changed")},
	{"separation-verify", "兼務禁止", "第2 1(6)",
	 N_("nobody verifies the improvement of their own division")},
	{"improvement-verifier", "措置結果の確認", "第2 5(2)オ(エ)",
	 N_("an improvement is verified by the 情報セキュリティ管理者 or by 警察本部 staff of the year (not of a 方面本部)")},
	{"exception-applicant", "例外措置の申請", "第2 3(2)イ(ア)",
	 N_("an exception is applied for by the システムセキュリティ責任者 or 運用管理者 of the system or division")},
	{"exception-via", "例外措置の申請", "第2 3(2)イ(ア)",
	 N_("an application for an exception goes through the year's 情報管理課長")},
	{"exception-provisional", "例外措置（緊急）", "第2 3(2)イ(イ)",
	 N_("an emergency exception is permitted by a システムセキュリティ責任者 or 運用管理者 of the system other than the requester, and stays provisional until applied for")},
	{"exception-decider", "例外措置の承認", "第2 3(2)イ(エ)",
	 N_("the 情報セキュリティ管理者 decides on an exception; when the manager applied, the 本部長 decides (第2 1(6)イ)")},
	{"exception-state", "例外措置", "第2 3(2)イ",
	 N_("this change does not fit the exception's state (requested, provisional, active, rejected, ended, revoked)")},
	{"evidence-append-only", "証跡", "第6 1(4)",
	 N_("the event log is append-only: entries are never changed or deleted")},
	{NULL, NULL, NULL, NULL},
};
/* clang-format on */

const struct tk_rule *tk_rule_find(const char *key)
{
	for (const struct tk_rule *r = tk_rules; r->key; r++)
		if (!strcmp(r->key, key))
			return r;
	return NULL;
}

const struct tk_rule *tk_rule_from_message(const char *msg)
{
	size_t n = strlen(TK_RULE_PREFIX);
	if (!msg || strncmp(msg, TK_RULE_PREFIX, n))
		return NULL;
	return tk_rule_find(msg + n);
}
