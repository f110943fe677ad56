/*
 * acting.h — who is acting (the member of staff named by --as) and in which
 * role, for the use cases that change the database.
 *
 * The acting person is a staff code; it means a member of staff only
 * within a fiscal year (org data is per year), so every change resolves it
 * in the year of the object it acts on.  Roles of the year (本部長,
 * 情報セキュリティ管理者, 情報管理課長, システムセキュリティ責任者,
 * 運用管理者) are kept in the roles table; the 所属長 is the division head
 * of the org data.
 */
#ifndef TK_ACTING_H
#define TK_ACTING_H

#include "lib/error.h"
#include "store/store.h"

/* The acting member of staff, resolved in one fiscal year. */
struct tk_acting {
	long staff_id, division_id;
	int fy, grade;
	char code[64], name[128];
};

/* Resolve --as in fy.  Without --as: TK_EUSAGE ("give --as STAFFCODE");
 * a code that is not staff of fy: TK_ENOTFOUND naming the year (and the
 * years the code is known in).  On success the code goes into the event
 * log of the changes that follow. */
int tk_acting_in(struct tk_store *st, int fy, struct tk_acting *a,
		 struct tk_error *err);

/* Role keys as stored, and their Japanese names. */
enum tk_role {
	TK_ROLE_CHIEF,		/* 本部長 */
	TK_ROLE_MANAGER,	/* 情報セキュリティ管理者 */
	TK_ROLE_INFO_HEAD,	/* 情報管理課長 */
	TK_ROLE_SYSTEM_OFFICER, /* システムセキュリティ責任者 */
	TK_ROLE_OPERATIONS,	/* 運用管理者 */
	TK_ROLE_COUNT
};
const char *tk_role_key(enum tk_role r); /* "security_manager" */
const char *tk_role_label(enum tk_role r); /* "情報セキュリティ管理者" */
/* A role from its key, a spelling with '-' for '_', or its Japanese name;
 * -1 when none. */
int tk_role_parse(const char *s);
/* 1 for the roles held per system or division (SSR, 運用管理者). */
int tk_role_scoped(enum tk_role r);

/* The staff id holding an organisation-wide role in fy into *staff_id (0
 * when nobody holds it). */
int tk_role_holder(struct tk_store *st, int fy, enum tk_role r, long *staff_id,
		   struct tk_error *err);

/* TK_OK when a holds role r in fy (a scoped role: for the division or
 * system given, either may be NULL/0 to mean any); else TK_ERULE naming the
 * rule, the role, who holds it and what needed it (`what`, e.g. "drafting
 * an audit plan"). */
int tk_acting_require(struct tk_store *st, const struct tk_acting *a,
		      enum tk_role r, const char *what, struct tk_error *err);

/* Resolve --as in fy (tk_acting_in) for a duty of the 情報セキュリティ
 * 管理者 (`what`, e.g. "creating a self-inspection campaign"): once the year
 * has a manager, only the manager may; before that anyone of the year. */
int tk_acting_manager_duty(struct tk_store *st, int fy, const char *what,
			   struct tk_acting *a, struct tk_error *err);

/* Refuse with the rule of this key (store/rules.c) and a detail line:
 * TK_ERULE "refused by the standard's rule NAME (CLAUSE): TEXT (DETAIL)". */
int tk_rule_refuse(struct tk_error *err, const char *key, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* ------------------------------------------------------------ roles */

struct tk_role_request {
	int fy;
	enum tk_role role;
	const char *staff;    /* staff code */
	const char *division; /* division code, or NULL */
	const char *system;   /* system name, or NULL */
};

/* Give the role to staff (replacing its holder for the same division or
 * system), --as the year's 情報セキュリティ管理者 — or anyone of the year
 * when the year has no manager yet; one transaction and event. */
int tk_role_set(struct tk_store *st, const struct tk_role_request *rq,
		struct tk_error *err);
/* Take the role away (staff NULL: whoever holds it for the scope). */
int tk_role_unset(struct tk_store *st, const struct tk_role_request *rq,
		  struct tk_error *err);

/* One row of `role list`; strings owned by the list. */
struct tk_role_row {
	int fy;
	const char *role; /* key, static */
	const char *label;
	char *staff, *name, *grade, *staff_division;
	char *division; /* code, or NULL */
	char *division_name;
	char *system; /* or NULL */
};
struct tk_role_list {
	int n;
	struct tk_role_row *rows;
};
/* The roles of fy (0: every year), by year, role and scope. */
int tk_role_list(struct tk_store *st, int fy, struct tk_role_list *l,
		 struct tk_error *err);
void tk_role_list_clear(struct tk_role_list *l);

/* Roles from a CSV file (org import --roles): columns role, staff,
 * division, system (Japanese headers 役割, 職員, 所属, システム accepted);
 * all rows in the caller's transaction, each checked as tk_role_set does
 * except the acting person's role (the importer is checked once). */
int tk_role_import_rows(struct tk_store *st, int fy, const char *path,
			const char *encoding, int *count, struct tk_error *err);

#endif
