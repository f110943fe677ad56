/*
 * rules.h — the rules of the standard that the database itself holds
 * (migration 5 of schema.h), each spelled once: its key, its name, the
 * clause of 埼玉県警察情報セキュリティ対策基準 it comes from, and what it
 * forbids.
 *
 * A trigger that refuses a change raises "tenken-rule:KEY"; the store
 * turns that into TK_ERULE with a message naming the rule and its clause
 * (tk_store_error), so a refused change never reads as a generic database
 * error.
 */
#ifndef TK_RULES_H
#define TK_RULES_H

#define TK_RULE_PREFIX "tenken-rule:"
/* A trigger refusing a malformed date raises "tenken-date:WHAT". */
#define TK_DATE_PREFIX "tenken-date:"

struct tk_rule {
	const char *key;    /* as raised by the trigger */
	const char *name;   /* 兼務禁止, … */
	const char *clause; /* 第2 1(6), … */
	const char *text;   /* what it forbids */
};

/* The rule with this key, or NULL.  Statically allocated. */
const struct tk_rule *tk_rule_find(const char *key);

/* The rule named by an SQLite error message "tenken-rule:KEY", or NULL. */
const struct tk_rule *tk_rule_from_message(const char *msg);

/* All rules, ended by a row of NULLs. */
extern const struct tk_rule tk_rules[];

#endif
