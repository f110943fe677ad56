/*
 * cmd_exception.c — `tenken exception …`: exceptions (例外措置, 第2 3(2))
 * from the request or emergency permission to the decision, end,
 * revocation and renewal; the list, one exception, the 管理簿 workbook and
 * the setting of the days a provisional exception may wait
 * (app/exception.h).  The table and JSON renderers are here too.
 */
#include "app/exception.h"
#include "cli/commands.h"
#include "cli/render.h"
#include "lib/i18n.h"
#include "lib/json.h"
#include "lib/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The options of a request, an emergency permission or a renewal. */
static int request_args(const struct tk_args *a,
			struct tk_exception_request *rq, struct tk_error *err)
{
	memset(rq, 0, sizeof *rq);
	rq->system = tk_arg(a, "--system");
	rq->division = tk_arg(a, "--division");
	rq->clause = tk_arg(a, "--clause");
	rq->reason = tk_arg(a, "--reason");
	rq->alternative = tk_arg(a, "--alternative");
	rq->special_reason = tk_arg(a, "--special-reason");
	rq->from = tk_arg(a, "--from");
	rq->to = tk_arg(a, "--to");
	rq->on = tk_arg(a, "--on");
	rq->via = tk_arg(a, "--via");
	rq->permitted_by = tk_arg(a, "--permitted-by");
	if (tk_arg(a, "--follows"))
		return tk_cli_id(a, "--follows", &rq->follows, err);
	return TK_OK;
}

/* The named options must be given (before anything else is checked). */
static int required(const struct tk_args *a, const char *const *names,
		    struct tk_error *err)
{
	for (; *names; names++)
		if (!tk_arg(a, *names))
			return tk_error_set(err, TK_EUSAGE, "%s is required",
					    *names);
	return TK_OK;
}

static const char *const new_required[] = {
    "--system", "--clause", "--reason", "--alternative",
    "--from",	"--to",	    NULL};

/* request / provisional: add one and print its id. */
static int add(struct tk_args *a, int provisional, struct tk_error *err)
{
	struct tk_exception_request rq;
	struct tk_store *st = NULL;
	long id;
	int rc;
	if ((rc = required(a, new_required, err)) ||
	    (rc = request_args(a, &rq, err)) ||
	    (rc = tk_exception_check(&rq, 0, err)) ||
	    (rc = tk_cli_open_store(a, &st, err)))
		return rc;
	rc = provisional ? tk_exception_provisional(st, &rq, &id, err)
			 : tk_exception_request(st, &rq, &id, err);
	if (!rc)
		printf(
		    a->quiet ? "%ld\n"
		    : provisional
			? _("exception %ld permitted provisionally (緊急); the formal request follows with `exception request --follows %ld`\n")
			: _("exception %ld requested; the decision is next (`exception decide --id %ld`)\n"),
		    id, id);
	tk_store_close(st);
	return rc;
}

int cmd_exception_request(struct tk_args *a, struct tk_error *err)
{
	return add(a, 0, err);
}

int cmd_exception_provisional(struct tk_args *a, struct tk_error *err)
{
	return add(a, 1, err);
}

int cmd_exception_renew(struct tk_args *a, struct tk_error *err)
{
	struct tk_exception_request rq;
	struct tk_store *st = NULL;
	long old, id;
	int rc;
	if ((rc = tk_cli_id(a, "--id", &old, err)) ||
	    (rc = request_args(a, &rq, err)))
		return rc;
	if (rq.system || rq.follows || rq.permitted_by)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "a renewal keeps the system and takes no --follows or --permitted-by");
	if ((rc = tk_exception_check(&rq, 1, err)) ||
	    (rc = tk_cli_open_store(a, &st, err)))
		return rc;
	if (!(rc = tk_exception_renew(st, old, &rq, &id, err)))
		printf(
		    a->quiet
			? "%ld\n"
			: _("exception %ld requested, renewing %ld; the decision is next\n"),
		    id, old);
	tk_store_close(st);
	return rc;
}

int cmd_exception_decide(struct tk_args *a, struct tk_error *err)
{
	struct tk_exception_decision d = {0};
	struct tk_store *st = NULL;
	int approve = tk_arg(a, "--approve") != NULL;
	int reject = tk_arg(a, "--reject") != NULL;
	int rc;
	if ((rc = tk_cli_id(a, "--id", &d.id, err)))
		return rc;
	if (approve == reject)
		return tk_error_set(err, TK_EUSAGE,
				    "give --approve or --reject");
	d.approve = approve;
	d.special_approval = tk_arg(a, "--special-approval") != NULL;
	d.on = tk_arg(a, "--on");
	d.note = tk_arg(a, "--note");
	if ((rc = tk_cli_open_store(a, &st, err)))
		return rc;
	if (!(rc = tk_exception_decide(st, &d, err)) && !a->quiet)
		printf(approve ? _("exception %ld approved: active\n")
			       : _("exception %ld rejected\n"),
		       d.id);
	tk_store_close(st);
	return rc;
}

static int close_cmd(struct tk_args *a, int revoke, struct tk_error *err)
{
	struct tk_store *st = NULL;
	long id;
	int rc;
	if ((rc = tk_cli_id(a, "--id", &id, err)))
		return rc;
	if (revoke && !tk_arg(a, "--note"))
		return tk_error_set(
		    err, TK_EUSAGE,
		    "--note is required: say why the exception is revoked");
	if ((rc = tk_cli_open_store(a, &st, err)))
		return rc;
	rc = tk_exception_close(st, id, revoke, tk_arg(a, "--on"),
				tk_arg(a, "--note"), err);
	if (!rc && !a->quiet)
		printf(revoke ? _("exception %ld revoked\n")
			      : _("exception %ld ended\n"),
		       id);
	tk_store_close(st);
	return rc;
}

int cmd_exception_end(struct tk_args *a, struct tk_error *err)
{
	return close_cmd(a, 0, err);
}

int cmd_exception_revoke(struct tk_args *a, struct tk_error *err)
{
	return close_cmd(a, 1, err);
}

int cmd_exception_setting(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	long days = tk_arg_long(a, "--provisional-days", 0);
	int fy = 0, rc;
	if (!days)
		return tk_error_set(err, TK_EUSAGE,
				    "give --provisional-days N");
	if ((rc = tk_cli_year(tk_arg(a, "--year"), &fy, err)) ||
	    (rc = tk_cli_open_store(a, &st, err)))
		return rc;
	if (!fy) {
		char today[16];
		fy = tk_date_fy(tk_today(today));
	}
	rc = tk_exception_set_provisional_days(st, fy, (int)days, err);
	if (!rc && !a->quiet)
		printf(
		    _("a provisional exception is overdue %ld days after its permission without a formal request\n"),
		    days);
	tk_store_close(st);
	return rc;
}

/* ------------------------------------------------------------ reading */

/* The query of list and export. */
static int query_args(const struct tk_args *a, struct tk_exception_query *q,
		      struct tk_error *err)
{
	static const char *const flags[] = {"--active", "--expiring-within",
					    "--expired", "--provisional",
					    "--requested"};
	static const enum tk_exc_filter filter[] = {
	    TK_EXC_ONLY_ACTIVE, TK_EXC_ONLY_EXPIRING, TK_EXC_ONLY_EXPIRED,
	    TK_EXC_ONLY_PROVISIONAL, TK_EXC_ONLY_REQUESTED};
	int given = 0;
	memset(q, 0, sizeof *q);
	q->within = (int)tk_arg_long(a, "--expiring-within", 30);
	q->as_of = tk_arg(a, "--as-of");
	for (int i = 0; i < 5; i++)
		if (tk_arg(a, flags[i])) {
			q->filter = filter[i];
			given++;
		}
	if (given > 1)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "give one of --active, --expiring-within, --expired, --provisional, --requested");
	return tk_cli_year(tk_arg(a, "--year"), &q->fy, err);
}

static const char *dash(const char *s)
{
	return s && *s ? tk_render_esc(s) : "-";
}

/* What the table says after the state: days left, days waiting. */
static void table_state(struct tk_buf *b, const struct tk_exception_row *r)
{
	tk_buf_pad(b, tk_exc_status_label(r->status), 18);
	if (r->status == TK_EXC_ACTIVE)
		tk_buf_addf(b, "終了まで%d日%s", r->days_left,
			    r->expiring ? " 期限間近" : "");
	else if (r->status == TK_EXC_PROVISIONAL)
		tk_buf_addf(b, "許可から%d日%s%s", r->days_waiting,
			    r->overdue ? " 期限超過（正式申請なし）" : "",
			    r->followed_by ? " 正式申請あり" : "");
}

static void table_row(struct tk_buf *b, const struct tk_exception_row *r)
{
	tk_buf_addf(b, "%-5ld FY%d  ", r->id, r->fy);
	tk_buf_pad(b, tk_render_esc(r->system), 20);
	tk_buf_pad(b, dash(r->division), 6);
	tk_buf_pad(b, tk_render_esc(r->clause), 14);
	tk_buf_addf(b, "%s〜%s  ", r->starts_on, r->ends_on);
	tk_buf_pad(b, tk_render_esc(r->applicant), 8);
	table_state(b, r);
	tk_buf_adds(b, "\n");
}

static void json_people(struct tk_json *j, const struct tk_exception_row *r)
{
	tk_json_kv_str(j, "applicant", r->applicant);
	tk_json_kv_str(j, "applicant_name", r->applicant_name);
	tk_json_kv_str(j, "via", r->via);
	tk_json_kv_str(j, "via_name", r->via_name);
	tk_json_kv_str(j, "permitted_by", r->permitted_by);
	tk_json_kv_str(j, "permitted_by_name", r->permitted_by_name);
	tk_json_kv_str(j, "decided_by", r->decided_by);
	tk_json_kv_str(j, "decided_by_name", r->decided_by_name);
}

static void json_link(struct tk_json *j, const char *key, long id)
{
	tk_json_key(j, key);
	if (id)
		tk_json_int(j, id);
	else
		tk_json_null(j);
}

static void json_row(struct tk_json *j, const struct tk_exception_row *r)
{
	tk_json_object(j);
	tk_json_kv_int(j, "id", r->id);
	tk_json_kv_int(j, "fy", r->fy);
	tk_json_kv_str(j, "state", r->state);
	tk_json_kv_str(j, "status", tk_exc_status_key(r->status));
	tk_json_kv_str(j, "system", r->system);
	tk_json_kv_str(j, "division", r->division);
	tk_json_kv_str(j, "division_name", r->division_name);
	tk_json_kv_str(j, "clause", r->clause);
	tk_json_kv_str(j, "reason", r->reason);
	tk_json_kv_str(j, "alternative", r->alternative);
	tk_json_kv_str(j, "special_reason", r->special_reason);
	json_people(j, r);
	tk_json_kv_str(j, "requested_on", r->requested_on);
	tk_json_kv_str(j, "starts_on", r->starts_on);
	tk_json_kv_str(j, "ends_on", r->ends_on);
	tk_json_kv_str(j, "decided_on", r->decided_on);
	tk_json_kv_str(j, "decision_note", r->decision_note);
	tk_json_kv_bool(j, "special_approval", r->special_approval);
	tk_json_kv_str(j, "closed_on", r->closed_on);
	tk_json_kv_str(j, "close_note", r->close_note);
	json_link(j, "follows", r->follows);
	json_link(j, "followed_by", r->followed_by);
	json_link(j, "renews", r->renews);
	tk_json_kv_int(j, "days_left", r->days_left);
	tk_json_kv_int(j, "days_waiting", r->days_waiting);
	tk_json_kv_bool(j, "expiring", r->expiring);
	tk_json_kv_bool(j, "overdue", r->overdue);
	tk_json_end(j);
}

static int render_list(const struct tk_exception_list *l, int json,
		       struct tk_buf *b, struct tk_error *err)
{
	struct tk_json j;
	if (json) {
		tk_json_init(&j, b, 0);
		tk_json_array_rows(&j);
		for (int i = 0; i < l->n; i++)
			json_row(&j, &l->rows[i]);
		tk_json_end(&j);
		return tk_render_json_done(&j, err);
	}
	tk_buf_addf(b, "例外措置 %s 現在 (仮措置の期限 %d日)\n", l->as_of,
		    l->provisional_days);
	for (int i = 0; i < l->n; i++)
		table_row(b, &l->rows[i]);
	if (!l->n)
		tk_buf_adds(b, _("no exceptions\n"));
	return TK_OK;
}

int cmd_exception_list(struct tk_args *a, struct tk_error *err)
{
	struct tk_exception_query q;
	struct tk_exception_list l;
	struct tk_store *st = NULL;
	struct tk_buf b = {0};
	int rc;
	if ((rc = query_args(a, &q, err)) ||
	    (rc = tk_cli_open_store(a, &st, err)))
		return rc;
	if (!(rc = tk_exception_list(st, &q, &l, err))) {
		rc = render_list(&l, a->json, &b, err);
		tk_exception_list_clear(&l);
	}
	tk_store_close(st);
	return tk_render_emit(&b, rc);
}

/* One labelled line of `exception show` (nothing when v is NULL). */
static void line(struct tk_buf *b, const char *label, const char *v,
		 const char *name)
{
	if (!v)
		return;
	tk_buf_pad(b, label, 22);
	tk_buf_adds(b, tk_render_esc(v));
	if (name)
		tk_buf_addf(b, " %s", tk_render_esc(name));
	tk_buf_adds(b, "\n");
}

static void render_one(const struct tk_exception_row *r, const char *as_of,
		       struct tk_buf *b)
{
	char period[64], links[96] = "";
	tk_buf_addf(b, "例外措置 %ld (FY%d)  %s 現在: %s\n", r->id, r->fy,
		    as_of, tk_exc_status_label(r->status));
	line(b, "システム", r->system, NULL);
	line(b, "所属", r->division, r->division_name);
	line(b, "条項", r->clause, NULL);
	line(b, "理由", r->reason, NULL);
	line(b, "代替措置", r->alternative, NULL);
	line(b, "1年を超える理由", r->special_reason, NULL);
	snprintf(period, sizeof period, "%s〜%s", r->starts_on, r->ends_on);
	line(b, "期間", period, NULL);
	line(b, "申請者", r->applicant, r->applicant_name);
	line(b, "経由（情報管理課長）", r->via, r->via_name);
	line(b, "許可者（緊急）", r->permitted_by, r->permitted_by_name);
	line(b, "申請日", r->requested_on, NULL);
	line(b, "決定者", r->decided_by, r->decided_by_name);
	line(b, "決定日", r->decided_on, NULL);
	line(b, "決定の備考", r->decision_note, NULL);
	line(b, "特別承認", r->special_approval ? "あり" : NULL, NULL);
	line(b, "終了日", r->closed_on, NULL);
	line(b, "終了の理由", r->close_note, NULL);
	if (r->follows || r->followed_by || r->renews)
		snprintf(links, sizeof links, "%s%ld%s%ld%s%ld",
			 r->follows ? "仮措置 " : "", r->follows,
			 r->followed_by ? " 正式申請 " : "", r->followed_by,
			 r->renews ? " 更新元 " : "", r->renews);
	line(b, "関連", links[0] ? links : NULL, NULL);
	if (r->status == TK_EXC_PROVISIONAL && r->overdue)
		line(b, "注意", "正式な申請の期限を過ぎています", NULL);
}

int cmd_exception_show(struct tk_args *a, struct tk_error *err)
{
	struct tk_exception_query q = {0};
	struct tk_exception_list l;
	struct tk_store *st = NULL;
	struct tk_buf b = {0};
	struct tk_json j;
	int rc;
	if ((rc = tk_cli_id(a, "--id", &q.id, err)) ||
	    (rc = tk_cli_open_store(a, &st, err)))
		return rc;
	q.within = 30;
	q.as_of = tk_arg(a, "--as-of");
	if (!(rc = tk_exception_list(st, &q, &l, err))) {
		if (a->json) {
			tk_json_init(&j, &b, 0);
			json_row(&j, &l.rows[0]);
			rc = tk_render_json_done(&j, err);
		} else {
			render_one(&l.rows[0], l.as_of, &b);
		}
		tk_exception_list_clear(&l);
	}
	tk_store_close(st);
	return tk_render_emit(&b, rc);
}

int cmd_exception_export(struct tk_args *a, struct tk_error *err)
{
	struct tk_exception_query q;
	struct tk_store *st = NULL;
	const char *out = tk_arg(a, "--out");
	int n, rc;
	if (!out)
		return tk_error_set(err, TK_EUSAGE,
				    "--out FILE.xlsx is required");
	if ((rc = query_args(a, &q, err)) ||
	    (rc = tk_cli_open_store(a, &st, err)))
		return rc;
	rc = tk_exception_export(st, &q, tk_arg(a, "--marking"), out, &n, err);
	if (!rc && !a->quiet)
		printf(P_("%s: 例外措置管理簿, %d exception\n",
			  "%s: 例外措置管理簿, %d exceptions\n", n),
		       out, n);
	tk_store_close(st);
	return rc;
}
