/*
 * exception.c — exceptions (例外措置, 第2 3(2)): request, emergency
 * permission, decision, end, revocation, renewal, the setting of the days a
 * provisional exception may wait, and the list the CLI and the 管理簿
 * read.  See exception.h.
 */
#include "app/exception.h"
#include "app/campaign.h"

#include "app/acting.h"
#include "app/query.h"
#include "lib/i18n.h"
#include "lib/util.h"
#include "reports/exceptiondoc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ helpers */

/* One parameter of a statement: a number, a text (NULL binds NULL) or an
 * id (0 binds NULL). */
struct exc_val {
	int kind; /* 1 number, 2 text, 3 id */
	long n;
	const char *s;
};
struct exc_args {
	int n;
	struct exc_val v[20];
};
#define N(x)  ((struct exc_val){1, (long)(x), NULL})
#define S(x)  ((struct exc_val){2, 0, (x)})
#define ID(x) ((struct exc_val){3, (long)(x), NULL})
#define ARGS(...)                                                              \
	(&(const struct exc_args){sizeof((struct exc_val[]){__VA_ARGS__}) /    \
				      sizeof(struct exc_val),                  \
				  {__VA_ARGS__}})

static void exc_bind(sqlite3_stmt *q, const struct exc_args *x)
{
	for (int i = 0; i < x->n; i++) {
		const struct exc_val *v = &x->v[i];
		if (v->kind == 1 || (v->kind == 3 && v->n))
			sqlite3_bind_int64(q, i + 1, v->n);
		else if (v->kind == 2 && v->s)
			sqlite3_bind_text(q, i + 1, v->s, -1, SQLITE_STATIC);
	}
}

/* Where exc_step puts column 0 of the first row: as a number (n), as text
 * (txt, size bytes), and whether there was a row (found); each may be
 * NULL. */
struct exc_out {
	long *n;
	char *txt;
	size_t size;
	int *found;
};

static void exc_take(sqlite3_stmt *q, const struct exc_out *o)
{
	const unsigned char *t = sqlite3_column_text(q, 0);
	if (o->n)
		*o->n = (long)sqlite3_column_int64(q, 0);
	if (o->txt)
		snprintf(o->txt, o->size, "%s", t ? (const char *)t : "");
}

/* Run sql once with x, the first row's column 0 into o. */
static int exc_step(struct tk_store *st, const char *sql,
		    const struct exc_args *x, const struct exc_out *o,
		    struct tk_error *err)
{
	sqlite3_stmt *q;
	int step, rc;
	if ((rc = tk_store_prepare(st, sql, &q, err)))
		return rc;
	exc_bind(q, x);
	step = sqlite3_step(q);
	if (step == SQLITE_ROW)
		exc_take(q, o);
	rc = step == SQLITE_ROW || step == SQLITE_DONE
		 ? TK_OK
		 : tk_store_error(st, err, "exceptions");
	sqlite3_finalize(q);
	if (o->found)
		*o->found = step == SQLITE_ROW;
	return rc;
}

static int exc_long(struct tk_store *st, const char *sql,
		    const struct exc_args *x, long *out, int *found,
		    struct tk_error *err)
{
	struct exc_out o = {out, NULL, 0, found};
	*out = 0;
	return exc_step(st, sql, x, &o, err);
}

static int exc_text(struct tk_store *st, const char *sql,
		    const struct exc_args *x, char *out, size_t size,
		    struct tk_error *err)
{
	struct exc_out o = {NULL, out, size, NULL};
	*out = '\0';
	return exc_step(st, sql, x, &o, err);
}

static int exc_exec(struct tk_store *st, const char *sql,
		    const struct exc_args *x, struct tk_error *err)
{
	struct exc_out o = {0};
	return exc_step(st, sql, x, &o, err);
}

/* What the steps check of an exception; strings owned. */
struct exc_facts {
	int fy;
	long applicant, follows;
	char state[16], requested_on[16], starts_on[16], ends_on[16],
	    decided_on[16];
	char *system, *division, *clause, *reason, *alternative;
};

static void exc_facts_clear(struct exc_facts *f)
{
	free(f->system);
	free(f->division);
	free(f->clause);
	free(f->reason);
	free(f->alternative);
	memset(f, 0, sizeof *f);
}

static void col_copy(sqlite3_stmt *q, int i, char *out, size_t size)
{
	const unsigned char *t = sqlite3_column_text(q, i);
	snprintf(out, size, "%s", t ? (const char *)t : "");
}

static void facts_row(sqlite3_stmt *q, struct exc_facts *f)
{
	f->fy = sqlite3_column_int(q, 0);
	col_copy(q, 1, f->state, sizeof f->state);
	f->applicant = (long)sqlite3_column_int64(q, 2);
	f->follows = (long)sqlite3_column_int64(q, 3);
	col_copy(q, 4, f->requested_on, sizeof f->requested_on);
	col_copy(q, 5, f->starts_on, sizeof f->starts_on);
	col_copy(q, 6, f->ends_on, sizeof f->ends_on);
	col_copy(q, 7, f->decided_on, sizeof f->decided_on);
	f->system = tk_xstrdup((const char *)sqlite3_column_text(q, 8));
	f->division = tk_xstrdup(sqlite3_column_text(q, 9)
				     ? (const char *)sqlite3_column_text(q, 9)
				     : "");
	f->clause = tk_xstrdup((const char *)sqlite3_column_text(q, 10));
	f->reason = tk_xstrdup((const char *)sqlite3_column_text(q, 11));
	f->alternative = tk_xstrdup((const char *)sqlite3_column_text(q, 12));
}

/* The facts of exception id; TK_ENOTFOUND when there is none. */
static int exc_facts(struct tk_store *st, long id, struct exc_facts *f,
		     struct tk_error *err)
{
	sqlite3_stmt *q;
	int step, rc;
	memset(f, 0, sizeof *f);
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT e.fy, e.state, e.applicant, coalesce(e.follows, 0), e.requested_on, e.starts_on, e.ends_on, e.decided_on, e.system, d.code, e.clause, e.reason, e.alternative FROM exceptions e LEFT JOIN divisions d ON d.id=e.division_id WHERE e.id=?1",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, id);
	step = sqlite3_step(q);
	if (step == SQLITE_ROW)
		facts_row(q, f);
	rc = step == SQLITE_ROW || step == SQLITE_DONE
		 ? TK_OK
		 : tk_store_error(st, err, "exceptions");
	sqlite3_finalize(q);
	if (!rc && step == SQLITE_DONE)
		rc = tk_error_set(err, TK_ENOTFOUND, "no exception %ld", id);
	return rc;
}

/* 1 when s holds more than blanks. */
static int has_text(const char *s)
{
	const char *start;
	size_t len;
	if (!s)
		return 0;
	tk_trim_span(s, &start, &len);
	return len > 0;
}

static int date_opt(const char *name, const char *v, struct tk_error *err)
{
	if (v && !tk_valid_date(v))
		return tk_error_set(err, TK_EUSAGE,
				    "%s: '%s' is not a date YYYY-MM-DD", name,
				    v);
	return TK_OK;
}

/* A text given but empty. */
static int empty_text(const char *name, const char *what, const char *v,
		      int may_omit, struct tk_error *err)
{
	if ((v || !may_omit) && !has_text(v))
		return tk_error_set(err, TK_EINPUT,
				    "%s is empty: give %s (第2 3(2)イ(ア))",
				    name, what);
	return TK_OK;
}

int tk_exception_check(const struct tk_exception_request *rq, int renewal,
		       struct tk_error *err)
{
	int rc;
	if ((rc = empty_text("--reason", "the reason for the exception",
			     rq->reason, renewal, err)) ||
	    (rc = empty_text("--alternative",
			     "the alternative measure (代替措置)",
			     rq->alternative, renewal, err)) ||
	    (rc = empty_text("--clause", "the clause excepted from", rq->clause,
			     renewal, err)) ||
	    (rc = empty_text("--system", "the system's name", rq->system,
			     renewal, err)))
		return rc;
	if (rq->special_reason && !has_text(rq->special_reason))
		return tk_error_set(
		    err, TK_EINPUT,
		    "--special-reason is empty: give why the exception needs more than one year (第2 3(2)イ(ウ))");
	if (!rq->from || !rq->to)
		return tk_error_set(err, TK_EUSAGE,
				    "give the period: --from D --to D");
	if ((rc = date_opt("--from", rq->from, err)) ||
	    (rc = date_opt("--to", rq->to, err)) ||
	    (rc = date_opt("--on", rq->on, err)))
		return rc;
	return TK_OK;
}

/* ------------------------------------------------------------ checks */

/* The period from..to (inclusive) fits 第2 3(2)イ(ウ): not backwards, at
 * most one year unless a special reason is given. */
static int period_check(struct tk_store *st, const char *from, const char *to,
			const char *special, struct tk_error *err)
{
	char limit[16];
	int rc;
	if (strcmp(to, from) < 0)
		return tk_rule_refuse(err, "exception-period",
				      "--to %s is before --from %s", to, from);
	if ((rc = exc_text(st, "SELECT date(?1, '+1 year', '-1 day')",
			   ARGS(S(from)), limit, sizeof limit, err)))
		return rc;
	if (strcmp(to, limit) > 0 && !has_text(special))
		return tk_rule_refuse(
		    err, "exception-period",
		    "%s to %s is longer than one year (it may end on %s at the latest); give --special-reason, and the decider then --special-approval",
		    from, to, limit);
	return TK_OK;
}

/* Code of staff or division in fy into *id; not found is an error naming
 * the option. */
static int code_in_year(struct tk_store *st, int fy, const char *opt,
			const char *code, long *id, struct tk_error *err)
{
	int division = !strcmp(opt, "--division");
	int rc, found;
	*id = 0;
	if (!code)
		return TK_OK;
	if ((rc = exc_long(
		 st,
		 division ? "SELECT id FROM divisions WHERE fy=?1 AND code=?2"
			  : "SELECT id FROM staff WHERE fy=?1 AND code=?2",
		 ARGS(N(fy), S(code)), id, &found, err)))
		return rc;
	if (!found)
		return tk_error_set(
		    err, TK_ENOTFOUND, "%s %s: no %s with that code in FY%d",
		    opt, code, division ? "division" : "member of staff", fy);
	return TK_OK;
}

/* The exception that a formal request follows: provisional, of the same
 * system, not yet followed by another request. */
static int follows_check(struct tk_store *st, long follows, const char *system,
			 struct tk_error *err)
{
	struct exc_facts f;
	long other;
	int rc, found;
	if (!follows)
		return TK_OK;
	if ((rc = exc_facts(st, follows, &f, err)))
		return rc;
	if (strcmp(f.state, "provisional"))
		rc = tk_rule_refuse(
		    err, "exception-state",
		    "--follows %ld: exception %ld is %s, not provisional",
		    follows, follows, f.state);
	else if (strcmp(f.system, system))
		rc = tk_rule_refuse(
		    err, "exception-state",
		    "--follows %ld: exception %ld is for system %s, not %s",
		    follows, follows, f.system, system);
	exc_facts_clear(&f);
	if (rc ||
	    (rc = exc_long(st, "SELECT id FROM exceptions WHERE follows=?1",
			   ARGS(N(follows)), &other, &found, err)))
		return rc;
	if (found)
		return tk_rule_refuse(
		    err, "exception-state",
		    "--follows %ld: exception %ld already follows it", follows,
		    other);
	return TK_OK;
}

/* ----------------------------------------------------------- inserts */

/* What goes into one new row. */
struct exc_new {
	int fy;
	const char *state, *on;
	long division, applicant, via, permitted_by, follows, renews;
	const struct tk_exception_request *rq;
};

static int insert_exception(struct tk_store *st, const struct exc_new *x,
			    long *id, struct tk_error *err)
{
	const struct tk_exception_request *rq = x->rq;
	char now[32];
	int rc;
	tk_now(now);
	rc = exc_exec(
	    st,
	    "INSERT INTO exceptions(fy, state, system, division_id, clause, reason, alternative, special_reason, applicant, via, requested_on, starts_on, ends_on, permitted_by, follows, renews, created_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
	    ARGS(N(x->fy), S(x->state), S(rq->system), ID(x->division),
		 S(rq->clause), S(rq->reason), S(rq->alternative),
		 S(has_text(rq->special_reason) ? rq->special_reason : NULL),
		 N(x->applicant), ID(x->via), S(x->on), S(rq->from), S(rq->to),
		 ID(x->permitted_by), ID(x->follows), ID(x->renews), S(now)),
	    err);
	if (rc)
		return rc;
	*id = (long)sqlite3_last_insert_rowid(st->db);
	return TK_OK;
}

/* Resolve the people and the division of x in its year, check the period,
 * insert and log. */
static int new_exception(struct tk_store *st, struct exc_new *x, long *id,
			 struct tk_error *err)
{
	const struct tk_exception_request *rq = x->rq;
	struct tk_acting who;
	char detail[400];
	int rc;
	if ((rc = tk_acting_in(st, x->fy, &who, err)) ||
	    (rc = code_in_year(st, x->fy, "--division", rq->division,
			       &x->division, err)) ||
	    (rc = code_in_year(st, x->fy, "--via", rq->via, &x->via, err)) ||
	    (rc = code_in_year(st, x->fy, "--permitted-by", rq->permitted_by,
			       &x->permitted_by, err)) ||
	    (rc =
		 period_check(st, rq->from, rq->to, rq->special_reason, err)) ||
	    (rc = follows_check(st, x->follows, rq->system, err)))
		return rc;
	x->applicant = who.staff_id;
	if ((rc = insert_exception(st, x, id, err)))
		return rc;
	snprintf(detail, sizeof detail, "%s %s: %s %s..%s%s%ld", x->state,
		 rq->system, rq->clause, rq->from, rq->to,
		 x->follows  ? " follows "
		 : x->renews ? " renews "
			     : "",
		 x->follows ? x->follows : x->renews);
	if (!x->follows && !x->renews)
		detail[strlen(detail) - 1] = '\0'; /* the 0 */
	return tk_log_obj(st,
			  !strcmp(x->state, "provisional")
			      ? "exception.provisional"
			  : x->renews ? "exception.renew"
				      : "exception.request",
			  "exception", *id, detail, err);
}

static int add(struct tk_store *st, const struct tk_exception_request *rq,
	       const char *state, long renews, long *id, struct tk_error *err)
{
	struct exc_new x = {0};
	char today[16];
	int rc;
	if ((rc = tk_exception_check(rq, 0, err)))
		return rc;
	x.on = rq->on ? rq->on : tk_today(today);
	x.fy = tk_date_fy(x.on);
	x.state = state;
	x.rq = rq;
	x.follows = rq->follows;
	x.renews = renews;
	if (!strcmp(state, "requested") && !rq->via)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "give --via CODE: the 情報管理課長 the request goes through (第2 3(2)イ(ア))");
	if (!strcmp(state, "provisional") && !rq->permitted_by)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "give --permitted-by CODE: the SSR or 運用管理者 of the system who permitted it (第2 3(2)イ(イ))");
	if ((rc = tk_store_begin(st, err)))
		return rc;
	return tk_finish(st, new_exception(st, &x, id, err), err);
}

int tk_exception_request(struct tk_store *st,
			 const struct tk_exception_request *rq, long *id,
			 struct tk_error *err)
{
	return add(st, rq, "requested", 0, id, err);
}

int tk_exception_provisional(struct tk_store *st,
			     const struct tk_exception_request *rq, long *id,
			     struct tk_error *err)
{
	struct tk_exception_request r = *rq;
	r.follows = 0;
	r.via = NULL;
	return add(st, &r, "provisional", 0, id, err);
}

/* The request of a renewal: rq with what it leaves out taken from old. */
static int renewal_request(struct tk_store *st, long old,
			   const struct tk_exception_request *rq,
			   struct exc_facts *f, struct tk_exception_request *r,
			   struct tk_error *err)
{
	int rc;
	if ((rc = exc_facts(st, old, f, err)))
		return rc;
	if (strcmp(f->state, "active"))
		return tk_rule_refuse(
		    err, "exception-state",
		    "exception %ld is %s: only an approved (active) exception is renewed",
		    old, f->state);
	*r = *rq;
	r->system = f->system;
	r->division = rq->division     ? rq->division
		      : f->division[0] ? f->division
				       : NULL;
	r->clause = rq->clause ? rq->clause : f->clause;
	r->reason = rq->reason ? rq->reason : f->reason;
	r->alternative = rq->alternative ? rq->alternative : f->alternative;
	r->follows = 0;
	r->permitted_by = NULL;
	return TK_OK;
}

int tk_exception_renew(struct tk_store *st, long old,
		       const struct tk_exception_request *rq, long *id,
		       struct tk_error *err)
{
	struct exc_facts f;
	struct tk_exception_request r;
	int rc;
	if ((rc = tk_exception_check(rq, 1, err)))
		return rc;
	if ((rc = renewal_request(st, old, rq, &f, &r, err)) == TK_OK)
		rc = add(st, &r, "requested", old, id, err);
	exc_facts_clear(&f);
	return rc;
}

/* ---------------------------------------------------------- decisions */

/* The checks of a decision before the triggers: state, date, the special
 * approval of a period longer than one year. */
static int decision_check(struct tk_store *st, const struct exc_facts *f,
			  const struct tk_exception_decision *d, const char *on,
			  struct tk_error *err)
{
	char limit[16];
	int rc;
	if (strcmp(f->state, "requested"))
		return tk_rule_refuse(
		    err, "exception-state",
		    "exception %ld is %s: only a requested exception is decided",
		    d->id, f->state);
	if (strcmp(on, f->requested_on) < 0)
		return tk_error_set(
		    err, TK_EINPUT,
		    "--on %s is before the request of exception %ld (%s): the decision is notified after the request (第2 3(2)イ(エ))",
		    on, d->id, f->requested_on);
	if ((rc = exc_text(st, "SELECT date(?1, '+1 year', '-1 day')",
			   ARGS(S(f->starts_on)), limit, sizeof limit, err)))
		return rc;
	if (d->approve && strcmp(f->ends_on, limit) > 0 && !d->special_approval)
		return tk_rule_refuse(
		    err, "exception-period",
		    "exception %ld runs %s to %s, longer than one year: approving it needs --special-approval",
		    d->id, f->starts_on, f->ends_on);
	return TK_OK;
}

/* The decider: never the applicant; the year's manager, or the 本部長
 * when the manager applied. */
static int decider_check(struct tk_store *st, const struct exc_facts *f,
			 const struct tk_acting *who, struct tk_error *err)
{
	long manager, holder;
	enum tk_role r;
	int rc;
	if (who->staff_id == f->applicant)
		return tk_rule_refuse(
		    err, "separation-approval",
		    "--as %s applied for this exception and cannot decide on it",
		    who->code);
	if ((rc = tk_role_holder(st, f->fy, TK_ROLE_MANAGER, &manager, err)))
		return rc;
	r = manager && manager == f->applicant ? TK_ROLE_CHIEF
					       : TK_ROLE_MANAGER;
	if ((rc = tk_role_holder(st, f->fy, r, &holder, err)))
		return rc;
	if (holder != who->staff_id)
		return tk_rule_refuse(
		    err, "exception-decider",
		    "the decider is the %s of FY%d%s, not --as %s %s",
		    tk_role_label(r), f->fy,
		    r == TK_ROLE_CHIEF ? _(" (the manager applied)") : "",
		    who->code, who->name);
	return TK_OK;
}

static int decide(struct tk_store *st, const struct tk_exception_decision *d,
		  const char *on, struct tk_error *err)
{
	struct exc_facts f;
	struct tk_acting who;
	int rc;
	if ((rc = exc_facts(st, d->id, &f, err)))
		return rc;
	if (!(rc = tk_acting_in(st, f.fy, &who, err)) &&
	    !(rc = decision_check(st, &f, d, on, err)) &&
	    !(rc = decider_check(st, &f, &who, err)))
		rc = exc_exec(
		    st,
		    "UPDATE exceptions SET state=?2, decided_by=?3, decided_on=?4, decision_note=?5, special_approval=?6 WHERE id=?1",
		    ARGS(N(d->id), S(d->approve ? "active" : "rejected"),
			 N(who.staff_id), S(on), S(d->note),
			 N(d->special_approval ? 1 : 0)),
		    err);
	/* the provisional exception the request followed has its answer */
	if (!rc && f.follows)
		rc = exc_exec(
		    st,
		    "UPDATE exceptions SET state='ended', closed_on=?2, close_note=?3 WHERE id=?1 AND state='provisional'",
		    ARGS(N(f.follows), S(on), S("正式な申請に対し決定済み")),
		    err);
	if (!rc)
		rc = tk_log_obj(
		    st, d->approve ? "exception.approve" : "exception.reject",
		    "exception", d->id, on, err);
	exc_facts_clear(&f);
	return rc;
}

int tk_exception_decide(struct tk_store *st,
			const struct tk_exception_decision *d,
			struct tk_error *err)
{
	char on[16];
	int rc;
	if ((rc = date_opt("--on", d->on, err)))
		return rc;
	if (d->on)
		snprintf(on, sizeof on, "%s", d->on);
	else
		tk_today(on);
	if ((rc = tk_store_begin(st, err)))
		return rc;
	return tk_finish(st, decide(st, d, on, err), err);
}

/* ---------------------------------------------------- end and revoke */

/* Who may end (the applicant or the manager) or revoke (the manager; the
 * 本部長 when the manager applied). */
static int closer_check(struct tk_store *st, const struct exc_facts *f,
			const struct tk_acting *who, int revoke,
			struct tk_error *err)
{
	long manager;
	int rc;
	if (!revoke && who->staff_id == f->applicant)
		return TK_OK;
	if ((rc = tk_role_holder(st, f->fy, TK_ROLE_MANAGER, &manager, err)))
		return rc;
	if (revoke && manager && manager == f->applicant)
		return tk_acting_require(
		    st, who, TK_ROLE_CHIEF,
		    _("revoking an exception the 情報セキュリティ管理者 applied for (第2 3(2)イ(エ), 1(6)イ)"),
		    err);
	return tk_acting_require(
	    st, who, TK_ROLE_MANAGER,
	    revoke
		? _("revoking an exception (第2 3(2)イ(エ))")
		: _("ending an exception someone else applied for (第2 3(2)イ)"),
	    err);
}

static int close_one(struct tk_store *st, long id, int revoke, const char *on,
		     const char *note, struct tk_error *err)
{
	struct exc_facts f;
	struct tk_acting who;
	int rc;
	if ((rc = exc_facts(st, id, &f, err)))
		return rc;
	if ((rc = tk_acting_in(st, f.fy, &who, err)))
		goto done;
	if (strcmp(f.state, "active"))
		rc = tk_rule_refuse(
		    err, "exception-state",
		    "exception %ld is %s: only an active exception is %s", id,
		    _(f.state), revoke ? _("revoked") : _("ended"));
	else if (strcmp(on, f.decided_on) < 0)
		rc = tk_error_set(
		    err, TK_EINPUT,
		    "--on %s is before the decision on exception %ld (%s)", on,
		    id, f.decided_on);
	if (!rc && !(rc = closer_check(st, &f, &who, revoke, err)))
		rc = exc_exec(
		    st,
		    "UPDATE exceptions SET state=?2, closed_on=?3, close_note=?4 WHERE id=?1",
		    ARGS(N(id), S(revoke ? "revoked" : "ended"), S(on),
			 S(note)),
		    err);
	if (!rc)
		rc = tk_log_obj(st,
				revoke ? "exception.revoke" : "exception.end",
				"exception", id, on, err);
done:
	exc_facts_clear(&f);
	return rc;
}

int tk_exception_close(struct tk_store *st, long id, int revoke, const char *on,
		       const char *note, struct tk_error *err)
{
	char d[16];
	int rc;
	if ((rc = date_opt("--on", on, err)))
		return rc;
	if (revoke && !has_text(note))
		return tk_error_set(
		    err, TK_EINPUT,
		    "--note is empty: say why the exception is revoked");
	if (on)
		snprintf(d, sizeof d, "%s", on);
	else
		tk_today(d);
	if ((rc = tk_store_begin(st, err)))
		return rc;
	return tk_finish(st, close_one(st, id, revoke, d, note, err), err);
}

/* ------------------------------------------------------------ setting */

#define DAYS_KEY "exception.provisional_days"

int tk_exception_provisional_days(struct tk_store *st, int *days,
				  struct tk_error *err)
{
	long v;
	int rc, found;
	*days = 7;
	if ((rc = exc_long(
		 st, "SELECT CAST(value AS INTEGER) FROM meta WHERE key=?1",
		 ARGS(S(DAYS_KEY)), &v, &found, err)))
		return rc;
	if (found && v > 0)
		*days = (int)v;
	return TK_OK;
}

int tk_exception_set_provisional_days(struct tk_store *st, int fy, int days,
				      struct tk_error *err)
{
	struct tk_acting who;
	char v[32];
	int rc;
	if (days < 1 || days > 365)
		return tk_error_set(err, TK_EUSAGE,
				    "--provisional-days %d: give 1 to 365",
				    days);
	snprintf(v, sizeof v, "%d", days);
	if ((rc = tk_store_begin(st, err)))
		return rc;
	if (!(rc = tk_acting_manager_duty(
		  st, fy,
		  _("setting the days an emergency exception may wait for its request"),
		  &who, err)) &&
	    !(rc = exc_exec(
		  st,
		  "INSERT INTO meta(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
		  ARGS(S(DAYS_KEY), S(v)), err)))
		rc = tk_store_log(st, "exception.setting", DAYS_KEY, v, err);
	return tk_finish(st, rc, err);
}

/* ------------------------------------------------------------ reading */

/* Stored as data and shown in JSON as they are; people read the labels. */
static const char *const status_keys[] = {
    "requested", "provisional", "pending", "active",
    "expired",	 "rejected",	"ended",   "revoked"};
static const char *const status_labels[] = {"申請中",
					    "仮措置（緊急）",
					    "承認済（開始前）",
					    "有効",
					    "期間満了",
					    "却下",
					    "終了",
					    "取消"};

const char *tk_exc_status_key(enum tk_exc_status s)
{
	return status_keys[s];
}

const char *tk_exc_status_label(enum tk_exc_status s)
{
	return status_labels[s];
}

#define LIST_SQL                                                                                                      \
	"SELECT e.id, e.fy, e.state, e.system, d.code, d.name, e.clause, e.reason, e.alternative, e.special_reason, " \
	"a.code, a.name, v.code, v.name, p.code, p.name, k.code, k.name, e.requested_on, e.starts_on, e.ends_on, "    \
	"e.decided_on, e.decision_note, e.closed_on, e.close_note, e.created_at, coalesce(e.follows, 0), "            \
	"coalesce(e.renews, 0), coalesce((SELECT min(f.id) FROM exceptions f WHERE f.follows = e.id), 0), "           \
	"e.special_approval, CAST(julianday(e.ends_on) - julianday(?2) AS INTEGER), "                                 \
	"CAST(julianday(?2) - julianday(e.requested_on) AS INTEGER) "                                                 \
	"FROM exceptions e LEFT JOIN divisions d ON d.id = e.division_id JOIN staff a ON a.id = e.applicant "         \
	"LEFT JOIN staff v ON v.id = e.via LEFT JOIN staff p ON p.id = e.permitted_by "                               \
	"LEFT JOIN staff k ON k.id = e.decided_by WHERE (?1 = 0 OR e.fy = ?1) AND (?3 = 0 OR e.id = ?3) ORDER BY e.id"

static void row_strings(sqlite3_stmt *q, struct tk_exception_row *r)
{
	char **s[] = {&r->state,	 &r->system,
		      &r->division,	 &r->division_name,
		      &r->clause,	 &r->reason,
		      &r->alternative,	 &r->special_reason,
		      &r->applicant,	 &r->applicant_name,
		      &r->via,		 &r->via_name,
		      &r->permitted_by,	 &r->permitted_by_name,
		      &r->decided_by,	 &r->decided_by_name,
		      &r->requested_on,	 &r->starts_on,
		      &r->ends_on,	 &r->decided_on,
		      &r->decision_note, &r->closed_on,
		      &r->close_note,	 &r->created_at};
	for (size_t i = 0; i < sizeof s / sizeof *s; i++)
		*s[i] = tk_store_col_dup(q, (int)i + 2);
}

static void row_clear(struct tk_exception_row *r)
{
	char *s[] = {r->state,	       r->system,
		     r->division,      r->division_name,
		     r->clause,	       r->reason,
		     r->alternative,   r->special_reason,
		     r->applicant,     r->applicant_name,
		     r->via,	       r->via_name,
		     r->permitted_by,  r->permitted_by_name,
		     r->decided_by,    r->decided_by_name,
		     r->requested_on,  r->starts_on,
		     r->ends_on,       r->decided_on,
		     r->decision_note, r->closed_on,
		     r->close_note,    r->created_at};
	for (size_t i = 0; i < sizeof s / sizeof *s; i++)
		free(s[i]);
}

/* The state of r on as_of (days_left and days_waiting already read). */
static enum tk_exc_status row_status(const struct tk_exception_row *r,
				     const char *as_of)
{
	static const char *const states[] = {"requested", "provisional",
					     "rejected", "ended", "revoked"};
	static const enum tk_exc_status st[] = {
	    TK_EXC_REQUESTED, TK_EXC_PROVISIONAL, TK_EXC_REJECTED, TK_EXC_ENDED,
	    TK_EXC_REVOKED};
	for (int i = 0; i < 5; i++)
		if (!strcmp(r->state, states[i]))
			return st[i];
	if (strcmp(as_of, r->starts_on) < 0)
		return TK_EXC_PENDING;
	return r->days_left < 0 ? TK_EXC_EXPIRED : TK_EXC_ACTIVE;
}

static void read_row(sqlite3_stmt *q, const struct tk_exception_query *x,
		     const char *as_of, int days, struct tk_exception_row *r)
{
	memset(r, 0, sizeof *r);
	r->id = (long)sqlite3_column_int64(q, 0);
	r->fy = sqlite3_column_int(q, 1);
	row_strings(q, r);
	r->follows = (long)sqlite3_column_int64(q, 26);
	r->renews = (long)sqlite3_column_int64(q, 27);
	r->followed_by = (long)sqlite3_column_int64(q, 28);
	r->special_approval = sqlite3_column_int(q, 29);
	r->days_left = sqlite3_column_int(q, 30);
	r->days_waiting = sqlite3_column_int(q, 31);
	r->status = row_status(r, as_of);
	r->overdue = r->status == TK_EXC_PROVISIONAL && !r->followed_by &&
		     r->days_waiting > days;
	r->expiring = r->status == TK_EXC_ACTIVE && r->days_left <= x->within;
}

static int wanted(const struct tk_exception_row *r, enum tk_exc_filter f)
{
	switch (f) {
	case TK_EXC_ONLY_ACTIVE:
		return r->status == TK_EXC_ACTIVE;
	case TK_EXC_ONLY_EXPIRING:
		return r->expiring;
	case TK_EXC_ONLY_EXPIRED:
		return r->status == TK_EXC_EXPIRED || r->status == TK_EXC_ENDED;
	case TK_EXC_ONLY_PROVISIONAL:
		return r->status == TK_EXC_PROVISIONAL;
	case TK_EXC_ONLY_REQUESTED:
		return r->status == TK_EXC_REQUESTED;
	default:
		return 1;
	}
}

static int read_rows(struct tk_store *st, const struct tk_exception_query *x,
		     struct tk_exception_list *l, struct tk_error *err)
{
	sqlite3_stmt *q;
	int step, rc, cap = 0;
	if ((rc = tk_store_prepare(st, LIST_SQL, &q, err)))
		return rc;
	sqlite3_bind_int(q, 1, x->fy);
	sqlite3_bind_text(q, 2, l->as_of, -1, SQLITE_STATIC);
	sqlite3_bind_int64(q, 3, x->id);
	while ((step = sqlite3_step(q)) == SQLITE_ROW) {
		struct tk_exception_row r;
		read_row(q, x, l->as_of, l->provisional_days, &r);
		if (!wanted(&r, x->filter)) {
			row_clear(&r);
			continue;
		}
		if (l->n == cap) {
			cap = cap ? 2 * cap : 16;
			l->rows = tk_xrealloc(l->rows, (size_t)cap * sizeof r);
		}
		l->rows[l->n++] = r;
	}
	rc =
	    step == SQLITE_DONE ? TK_OK : tk_store_error(st, err, "exceptions");
	sqlite3_finalize(q);
	return rc;
}

int tk_exception_list(struct tk_store *st, const struct tk_exception_query *q,
		      struct tk_exception_list *l, struct tk_error *err)
{
	int rc;
	memset(l, 0, sizeof *l);
	if ((rc = date_opt("--as-of", q->as_of, err)))
		return rc;
	if (q->as_of)
		snprintf(l->as_of, sizeof l->as_of, "%s", q->as_of);
	else
		tk_today(l->as_of);
	if ((rc = tk_exception_provisional_days(st, &l->provisional_days, err)))
		return rc;
	if ((rc = read_rows(st, q, l, err)))
		tk_exception_list_clear(l);
	else if (q->id && !l->n)
		rc = tk_error_set(err, TK_ENOTFOUND, "no exception %ld", q->id);
	return rc;
}

void tk_exception_list_clear(struct tk_exception_list *l)
{
	for (int i = 0; i < l->n; i++)
		row_clear(&l->rows[i]);
	free(l->rows);
	memset(l, 0, sizeof *l);
}

/* ------------------------------------------------------------- export */

/* "CODE NAME" of a person, or NULL. */
static char *person(const char *code, const char *name)
{
	struct tk_buf b = {0};
	if (!code)
		return NULL;
	tk_buf_addf(&b, "%s %s", code, name ? name : "");
	return tk_buf_take(&b);
}

/* 備考: what links the exception to others, the notes, the special
 * reason. */
static char *note_of(const struct tk_exception_row *r)
{
	struct tk_buf b = {0};
	if (r->overdue)
		tk_buf_addf(&b, "正式な申請が未提出（%d日経過）。",
			    r->days_waiting);
	if (r->status == TK_EXC_PROVISIONAL && r->permitted_by)
		tk_buf_addf(&b, "許可者 %s %s。", r->permitted_by,
			    r->permitted_by_name ? r->permitted_by_name : "");
	if (r->follows)
		tk_buf_addf(&b, "仮措置 %ld の正式申請。", r->follows);
	if (r->followed_by)
		tk_buf_addf(&b, "正式申請 %ld。", r->followed_by);
	if (r->special_reason)
		tk_buf_addf(&b, "1年を超える理由: %s。", r->special_reason);
	if (r->decision_note)
		tk_buf_addf(&b, "決定: %s。", r->decision_note);
	if (r->closed_on)
		tk_buf_addf(&b, "%s %s%s", r->closed_on,
			    r->close_note ? r->close_note : "", "。");
	return b.len ? tk_buf_take(&b) : NULL;
}

static void doc_row(const struct tk_exception_row *r, struct tk_excdoc_row *d,
		    char **owned)
{
	memset(d, 0, sizeof *d);
	d->id = r->id;
	d->system = r->system;
	d->division = r->division_name;
	d->clause = r->clause;
	d->reason = r->reason;
	d->alternative = r->alternative;
	d->applicant = owned[0] = person(r->applicant, r->applicant_name);
	d->via = owned[1] = person(r->via, r->via_name);
	d->decided_by = owned[2] = person(r->decided_by, r->decided_by_name);
	d->note = owned[3] = note_of(r);
	d->requested_on = r->requested_on;
	d->starts_on = r->starts_on;
	d->ends_on = r->ends_on;
	d->status = tk_exc_status_label(r->status);
	d->decided_on = r->decided_on;
	d->special_approval = r->special_approval;
	d->renews = r->renews;
	d->mark = r->expiring ? TK_EXCDOC_EXPIRING
		  : r->overdue || r->status == TK_EXC_EXPIRED ? TK_EXCDOC_LAPSED
							      : TK_EXCDOC_PLAIN;
}

int tk_exception_export(struct tk_store *st, const struct tk_exception_query *q,
			const char *marking, const char *out, int *n,
			struct tk_error *err)
{
	struct tk_exception_list l;
	struct tk_excdoc d = {0};
	struct tk_excdoc_row *rows;
	char **owned;
	int rc;
	if ((rc = tk_exception_list(st, q, &l, err)))
		return rc;
	rows = tk_xcalloc((size_t)l.n + 1, sizeof *rows);
	owned = tk_xcalloc(4 * (size_t)l.n + 1, sizeof *owned);
	for (int i = 0; i < l.n; i++)
		doc_row(&l.rows[i], &rows[i], owned + 4 * i);
	d.marking = marking ? marking : TK_DEFAULT_MARKING;
	d.as_of = l.as_of;
	d.fy = q->fy;
	d.rows = rows;
	d.n = l.n;
	rc = tk_excdoc_write(&d, out, out, err);
	*n = l.n;
	for (int i = 0; i < 4 * l.n; i++)
		free(owned[i]);
	free(owned);
	free(rows);
	tk_exception_list_clear(&l);
	return rc;
}
