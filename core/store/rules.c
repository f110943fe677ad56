/*
 * rules.c — the table of the standard's rules held by the schema
 * (rules.h).  Keys must match the RAISE messages of migration 5.
 */
#include "store/rules.h"

#include <string.h>

/* clang-format off */
const struct tk_rule tk_rules[] = {
	{"separation-audit", "兼務禁止", "第2 1(6)",
	 "an auditor may not audit a division they belong to"},
	{"separation-approval", "兼務禁止", "第2 1(6)",
	 "nobody approves their own plan or application; it goes to their superior"},
	{"auditor-eligibility", "監査官の要件", "第2 5(2)ウ",
	 "an auditor must be HQ staff of 課長補佐級 or above"},
	{"exception-period", "例外措置の期間", "第2 3(2)イ(ウ)",
	 "an exception lasts at most one year (to the day before the start a year on) unless a special reason is given and the 情報セキュリティ管理者's special approval is recorded, and cannot end before it starts"},
	{"exception-approval", "例外措置の承認", "第2 3(2)イ(イ)",
	 "an exception becomes active only by the decision of the 情報セキュリティ管理者; an emergency exception stays provisional until applied for"},
	{"compensating-measures", "改善計画", "第2 5(2)オ(エ)",
	 "an improvement plan needs compensating measures (補完的措置) and a due date"},
	{"staff-year", "年度", "第2 5(2)ア",
	 "roles, audits and their teams belong to one fiscal year: staff and divisions of another year cannot take part"},
	{"separation-roles", "兼務禁止", "第2 1(6)ア(ア)",
	 "the 本部長 who approves and the 情報セキュリティ管理者 who applies cannot be the same person"},
	{"plan-drafter", "実施計画", "第2 5(2)ア",
	 "the audit plan (実施計画) is drawn up by the year's 情報セキュリティ管理者"},
	{"plan-approval", "実施計画の承認", "第2 5(2)ア",
	 "an audit plan is approved by the year's 本部長, on or after the day it was drawn up"},
	{"plan-approved", "実施計画の承認", "第2 5(2)ア",
	 "an approved audit plan can no longer be changed"},
	{"audit-plan", "実施計画", "第2 5(2)ア",
	 "an audit is made only under an approved plan of its year, for one of the plan's target divisions"},
	{"audit-notice", "実施の通知", "第2 5(2)イ",
	 "the head of the audited division is notified (実施通知) before a regular audit's results are recorded"},
	{"notice-date", "実施の通知", "第2 5(2)イ",
	 "the notice of a regular audit is dated on or before the audit"},
	{"audit-lead", "監査官の指名", "第2 5(2)ウ",
	 "an audit has exactly one lead auditor before its results are recorded or reported"},
	{"audit-reported", "実施結果の報告", "第2 5(2)オ(ア)",
	 "a reported audit, its team, checklist and findings can no longer be changed"},
	{"audit-findings", "実施結果の報告", "第2 5(2)オ(ア)",
	 "the audit report is made by the lead auditor once every required checklist item is judged"},
	{"finding-division", "指摘事項", "第2 5(2)オ(イ)",
	 "a finding is about the audited division of its own audit"},
	{"role-holder", "役割", "第2 1",
	 "this change is made by the holder of the role the standard gives it to"},
	{"notice-sender", "改善通知", "第2 5(2)オ(イ)",
	 "notices to divisions (改善通知, 横展開) are sent by the year's 情報セキュリティ管理者"},
	{"notice-respond-by", "改善通知", "第2 5(2)オ(イ)",
	 "a notice's reply date (回答期限) is after the day it is sent"},
	{"notice-audit", "改善通知", "第2 5(2)オ(イ)",
	 "an improvement notice follows a reported audit and goes to the head of the audited division"},
	{"notice-cross", "横展開", "第2 5(2)オ(ウ)",
	 "a cross-division notice goes to divisions other than the audited one"},
	{"improvement-division", "改善計画", "第2 5(2)オ(エ)",
	 "a measure taken or improvement plan answers a finding of its own division"},
	{"improvement-due", "改善計画", "第2 5(2)オ(エ)",
	 "an improvement plan's due date is on or after the day of the notice"},
	{"improvement-verify", "措置結果の確認", "第2 5(2)オ(エ)",
	 "an improvement is verified only once it is completed, on or after its completion date"},
	{"improvement-verified", "措置結果の確認", "第2 5(2)オ(エ)",
	 "a verified improvement can no longer be changed"},
	{"separation-verify", "兼務禁止", "第2 1(6)",
	 "nobody verifies the improvement of their own division"},
	{"improvement-verifier", "措置結果の確認", "第2 5(2)オ(エ)",
	 "an improvement is verified by the 情報セキュリティ管理者 or by 警察本部 staff of the year (not of a 方面本部)"},
	{"exception-applicant", "例外措置の申請", "第2 3(2)イ(ア)",
	 "an exception is applied for by the システムセキュリティ責任者 or 運用管理者 of the system or division"},
	{"exception-via", "例外措置の申請", "第2 3(2)イ(ア)",
	 "an application for an exception goes through the year's 情報管理課長"},
	{"exception-provisional", "例外措置（緊急）", "第2 3(2)イ(イ)",
	 "an emergency exception is permitted by a システムセキュリティ責任者 or 運用管理者 of the system other than the requester, and stays provisional until applied for"},
	{"exception-decider", "例外措置の承認", "第2 3(2)イ(エ)",
	 "the 情報セキュリティ管理者 decides on an exception; when the manager applied, the 本部長 decides (第2 1(6)イ)"},
	{"exception-state", "例外措置", "第2 3(2)イ",
	 "this change does not fit the exception's state (requested, provisional, active, rejected, ended, revoked)"},
	{"evidence-append-only", "証跡", "第6 1(4)",
	 "the event log is append-only: entries are never changed or deleted"},
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
