/*
 * overdue.h — what is late as of a date (`tenken overdue`): notices not
 * answered by their reply date (改善通知 of audits and self-inspections),
 * improvement plans past due and not completed, cross-division notices
 * (横展開) not answered, and emergency exceptions still provisional with no
 * application following them more than N days after they were requested
 * (N: meta key exception.provisional_days, default 7).  A date equal to
 * the limit is not late; the day after is 1 day late.
 */
#ifndef TK_OVERDUE_H
#define TK_OVERDUE_H

#include "lib/error.h"
#include "store/store.h"

#define TK_PROVISIONAL_DAYS_KEY "exception.provisional_days"
#define TK_PROVISIONAL_DAYS	7

enum tk_overdue_kind {
	TK_OVERDUE_NOTICES,    /* notices (audit, self) not responded to */
	TK_OVERDUE_PLANS,      /* improvement plans past due */
	TK_OVERDUE_CROSS,      /* cross notices not answered */
	TK_OVERDUE_EXCEPTIONS, /* provisional exceptions not applied for */
	TK_OVERDUE_KINDS
};

/* One late thing: its id (notice, improvement or exception), the
 * division (NULL for an exception of a system only), the date it was due
 * by, and what it is (notice kind; the finding's clause; the system). */
struct tk_overdue_row {
	long id, finding; /* finding: plans only */
	int fy, days, progress;
	char *division_code, *division, *what, *due;
};

struct tk_overdue_list {
	int n;
	struct tk_overdue_row *rows;
};

struct tk_overdue {
	char as_of[16];
	int provisional_days;
	struct tk_overdue_list lists[TK_OVERDUE_KINDS];
};

/* The four lists for fy (0: every year) as of as_of (NULL: today). */
int tk_overdue_get(struct tk_store *st, int fy, const char *as_of,
		   struct tk_overdue *o, struct tk_error *err);
void tk_overdue_clear(struct tk_overdue *o);

/* "notices", "plans", "cross", "exceptions". */
const char *tk_overdue_key(enum tk_overdue_kind k);

#endif
