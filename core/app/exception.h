/*
 * exception.h — exceptions to the security measures (例外措置, 第2 3(2)):
 * from the request (or the emergency permission) to the decision, the end
 * or revocation, and the renewal; the 例外措置管理簿 workbook.
 *
 *   request      by the システムセキュリティ責任者 or 運用管理者 of the system
 *                or division, through the year's 情報管理課長 (イ(ア));
 *                state requested
 *   provisional  an emergency exception permitted by another SSR or
 *                運用管理者 of the system (イ(イ)); it stays provisional and
 *                is overdue when no formal request follows it within the
 *                setting's days (meta exception.provisional_days, default 7)
 *   decide       by the year's 情報セキュリティ管理者, or the 本部長 when the
 *                manager applied (イ(エ)); approve → active, reject →
 *                rejected.  A period longer than one year needs a special
 *                reason and the decider's special approval (イ(ウ))
 *   end, revoke  an active exception no longer needed (the applicant or the
 *                manager) or taken back (the manager, or the 本部長 when the
 *                manager applied); state ended / revoked
 *   renew        a new request linked to an active one, decided again
 *
 * The year of an exception is the fiscal year of its request date.  Every
 * change resolves --as in that year, is one transaction with one event;
 * the triggers of schema 9 (store/rules.c) back every rule, and a refusal
 * leaves the database unchanged.
 */
#ifndef TK_EXCEPTION_H
#define TK_EXCEPTION_H

#include "lib/error.h"
#include "store/store.h"

/* A request, an emergency permission or a renewal. */
struct tk_exception_request {
	const char *system;	    /* system name (renew: NULL copies) */
	const char *division;	    /* division code, or NULL */
	const char *clause;	    /* the clause excepted from */
	const char *reason;	    /* 理由 */
	const char *alternative;    /* 代替措置 */
	const char *special_reason; /* why longer than a year, or NULL */
	const char *from, *to;	    /* the period, inclusive */
	const char *on;		    /* request date; NULL: today */
	const char *via; /* request, renew: the 情報管理課長's code */
	const char *permitted_by; /* provisional: who permitted it */
	long follows;		  /* request: the provisional one, or 0 */
};

/* Check the texts and dates of rq before the database is touched: an empty
 * reason or alternative is TK_EINPUT naming it. */
int tk_exception_check(const struct tk_exception_request *rq, int renewal,
		       struct tk_error *err);

/* A formal request (state requested); *id gets the new exception. */
int tk_exception_request(struct tk_store *st,
			 const struct tk_exception_request *rq, long *id,
			 struct tk_error *err);
/* An emergency exception (state provisional). */
int tk_exception_provisional(struct tk_store *st,
			     const struct tk_exception_request *rq, long *id,
			     struct tk_error *err);
/* A renewal of exception old: what rq leaves NULL is copied from it. */
int tk_exception_renew(struct tk_store *st, long old,
		       const struct tk_exception_request *rq, long *id,
		       struct tk_error *err);

struct tk_exception_decision {
	long id;
	int approve;
	int special_approval; /* the decider's special approval (イ(ウ)) */
	const char *on;	      /* notification date; NULL: today */
	const char *note;     /* or NULL */
};
int tk_exception_decide(struct tk_store *st,
			const struct tk_exception_decision *d,
			struct tk_error *err);

/* End (revoke 0) or revoke (1) an active exception on date on (NULL:
 * today) with note (required to revoke). */
int tk_exception_close(struct tk_store *st, long id, int revoke, const char *on,
		       const char *note, struct tk_error *err);

/* The days a provisional exception may wait for its formal request:
 * meta exception.provisional_days, 7 when unset. */
int tk_exception_provisional_days(struct tk_store *st, int *days,
				  struct tk_error *err);
/* Set it, --as the 情報セキュリティ管理者 of fy; logged. */
int tk_exception_set_provisional_days(struct tk_store *st, int fy, int days,
				      struct tk_error *err);

/* ---------------------------------------------------- what is read */

/* What an exception is on a given day. */
enum tk_exc_status {
	TK_EXC_REQUESTED,
	TK_EXC_PROVISIONAL,
	TK_EXC_PENDING, /* active, not yet started */
	TK_EXC_ACTIVE,
	TK_EXC_EXPIRED, /* active state, ends_on before the day */
	TK_EXC_REJECTED,
	TK_EXC_ENDED,
	TK_EXC_REVOKED
};
const char *tk_exc_status_key(enum tk_exc_status s);   /* "active" */
const char *tk_exc_status_label(enum tk_exc_status s); /* "有効" */

/* One exception with names; strings owned by the row. */
struct tk_exception_row {
	long id, follows, renews, followed_by; /* 0: none */
	int fy, special_approval;
	char *state, *system, *division, *division_name, *clause, *reason,
	    *alternative, *special_reason;
	char *applicant, *applicant_name, *via, *via_name, *permitted_by,
	    *permitted_by_name, *decided_by, *decided_by_name;
	char *requested_on, *starts_on, *ends_on, *decided_on, *decision_note,
	    *closed_on, *close_note, *created_at;
	/* as of the list's day */
	enum tk_exc_status status;
	int days_left;	  /* active: days to ends_on (0 on the last day) */
	int days_waiting; /* provisional: days since requested_on */
	int overdue;	  /* provisional, no request follows, > N days */
	int expiring;	  /* active and ends within the list's window */
};

enum tk_exc_filter {
	TK_EXC_ALL,
	TK_EXC_ONLY_ACTIVE,
	TK_EXC_ONLY_EXPIRING,
	TK_EXC_ONLY_EXPIRED,
	TK_EXC_ONLY_PROVISIONAL,
	TK_EXC_ONLY_REQUESTED
};

struct tk_exception_query {
	int fy; /* 0: every year */
	enum tk_exc_filter filter;
	int within;	   /* days for expiring (default 30) */
	const char *as_of; /* NULL: today */
	long id;	   /* > 0: only this exception */
};

struct tk_exception_list {
	int n, provisional_days;
	char as_of[16];
	struct tk_exception_row *rows;
};
int tk_exception_list(struct tk_store *st, const struct tk_exception_query *q,
		      struct tk_exception_list *l, struct tk_error *err);
void tk_exception_list_clear(struct tk_exception_list *l);

/* The 例外措置管理簿 (reports/exceptiondoc.h) of q's exceptions to out;
 * marking NULL: 機密性2 取扱制限：関係者限り (TK_DEFAULT_MARKING).  *n gets the
 * number of rows written. */
int tk_exception_export(struct tk_store *st, const struct tk_exception_query *q,
			const char *marking, const char *out, int *n,
			struct tk_error *err);

#endif
