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
	 "an exception lasts at most one year unless the security manager's special approval is recorded, and cannot end before it starts"},
	{"exception-approval", "例外措置の承認", "第2 3(2)イ(イ)",
	 "an exception needs an approver unless it is an emergency exception, which stays provisional until applied for"},
	{"compensating-measures", "改善計画", "第2 5(2)オ(エ)",
	 "an improvement plan needs compensating measures (補完的措置) and a due date"},
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
