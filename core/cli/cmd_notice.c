/*
 * cmd_notice.c — `tenken notice …`: improvement notices after an audit or
 * a self-inspection, cross-division notices, and their list (app/notice.h).
 * The responses come back through `tenken import`.
 */
#include "app/notice.h"
#include "cli/commands.h"
#include "cli/render.h"
#include "lib/i18n.h"
#include "lib/json.h"
#include "lib/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An optional id option: 0 when absent. */
static int opt_id(const struct tk_args *a, const char *name, long *id,
		  struct tk_error *err)
{
	*id = 0;
	return tk_arg(a, name) ? tk_cli_id(a, name, id, err) : TK_OK;
}

static void fill_common(const struct tk_args *a, struct tk_notice_spec *rq)
{
	rq->on = tk_arg(a, "--on");
	rq->respond_by = tk_arg(a, "--respond-by");
	rq->out_dir = tk_arg(a, "--out");
	rq->marking = tk_arg(a, "--marking");
	rq->text = tk_arg(a, "--text");
}

int cmd_notice_send(struct tk_args *a, struct tk_error *err)
{
	struct tk_notice_spec rq = {0};
	struct tk_notice_sent out = {0};
	struct tk_store *st = NULL;
	int rc;
	if ((rc = opt_id(a, "--audit", &rq.audit, err)) ||
	    (rc = opt_id(a, "--campaign", &rq.campaign, err)))
		return rc;
	rq.division = tk_arg(a, "--division");
	rq.items = tk_arg(a, "--items");
	rq.below = tk_arg(a, "--below");
	fill_common(a, &rq);
	if (!(rc = tk_cli_open_store(a, &st, err)))
		rc = tk_notice_send(st, &rq, &out, err);
	if (!rc && !a->quiet)
		printf(
		    P_("notice %ld: %d finding notified; the notice and its response workbook written to %s\n",
		       "notice %ld: %d findings notified; the notice and its response workbook written to %s\n",
		       out.findings),
		    out.first, out.findings, out.dir);
	free(out.dir);
	tk_store_close(st);
	return rc;
}

int cmd_notice_cross(struct tk_args *a, struct tk_error *err)
{
	struct tk_notice_spec rq = {0};
	struct tk_notice_sent out = {0};
	struct tk_store *st = NULL;
	int rc;
	if ((rc = tk_cli_id(a, "--finding", &rq.finding, err)) ||
	    (rc = tk_cli_need(a, "--divisions", &rq.divisions, err)))
		return rc;
	fill_common(a, &rq);
	if (!(rc = tk_cli_open_store(a, &st, err)))
		rc = tk_notice_cross(st, &rq, &out, err);
	if (!rc && !a->quiet) {
		printf(
		    P_("finding %ld: %d cross-division notice (from notice %ld) and their response workbooks written to %s",
		       "finding %ld: %d cross-division notices (from notice %ld) and their response workbooks written to %s",
		       out.n),
		    rq.finding, out.n, out.first, out.dir);
		if (out.skipped)
			printf(P_(" (%d division asked before skipped)",
				  " (%d divisions asked before skipped)",
				  out.skipped),
			       out.skipped);
		printf("\n");
	}
	free(out.dir);
	tk_store_close(st);
	return rc;
}

static const char *kind_label(const char *k)
{
	if (!strcmp(k, "audit"))
		return "改善通知(監査)";
	if (!strcmp(k, "self"))
		return "改善通知(自己点検)";
	return "横展開";
}

static const char *answer_label(const char *a)
{
	if (!a)
		return "-";
	if (!strcmp(a, "none"))
		return "該当なし";
	return !strcmp(a, "done") ? "措置済み" : "改善計画";
}

static void notice_table(const struct tk_notice_list *l, struct tk_buf *b)
{
	tk_buf_addf(b, "%-5s %-6s ", "id", "FY");
	tk_buf_pad(b, "種別", 20);
	tk_buf_pad(b, "所属", 22);
	tk_buf_addcols(b, "%-10s %-10s %-10s %4s %4s  %s\n", _("sent"),
		       _("respond_by"), _("responded"), "指摘", "改善",
		       "回答/超過");
	for (int i = 0; i < l->n; i++) {
		const struct tk_notice_row *r = &l->rows[i];
		char div[160];
		snprintf(div, sizeof div, "%s %s", r->division,
			 tk_render_esc(r->division_name));
		tk_buf_addf(b, "%-5ld FY%-4d ", r->id, r->fy);
		tk_buf_pad(b, kind_label(r->kind), 20);
		tk_buf_pad(b, div, 22);
		tk_buf_addf(b, "%-10s %-10s %-10s %4d %4d  ", r->sent_on,
			    r->respond_by,
			    r->responded_on ? r->responded_on : "-",
			    r->findings, r->improvements);
		if (r->days_overdue)
			tk_buf_addf(b, "%d日超過", r->days_overdue);
		else if (!strcmp(r->kind, "cross"))
			tk_buf_adds(b, answer_label(r->answer));
		else
			tk_buf_adds(b, r->responded_on ? "回答済" : "-");
		tk_buf_addc(b, '\n');
	}
}

static int notice_json(const struct tk_notice_list *l, struct tk_buf *b,
		       struct tk_error *err)
{
	struct tk_json j;
	tk_json_init(&j, b, 0);
	tk_json_array_rows(&j);
	for (int i = 0; i < l->n; i++) {
		const struct tk_notice_row *r = &l->rows[i];
		tk_json_object(&j);
		tk_json_kv_int(&j, "id", r->id);
		tk_json_kv_int(&j, "fy", r->fy);
		tk_json_kv_str(&j, "kind", r->kind);
		if (r->audit)
			tk_json_kv_int(&j, "audit", r->audit);
		if (r->campaign)
			tk_json_kv_int(&j, "campaign", r->campaign);
		if (r->source)
			tk_json_kv_int(&j, "finding", r->source);
		tk_json_kv_str(&j, "division", r->division);
		tk_json_kv_str(&j, "division_name", r->division_name);
		tk_json_kv_str(&j, "sent_on", r->sent_on);
		tk_json_kv_str(&j, "respond_by", r->respond_by);
		tk_json_kv_str(&j, "responded_on", r->responded_on);
		tk_json_kv_str(&j, "answer", r->answer);
		tk_json_kv_int(&j, "findings", r->findings);
		tk_json_kv_int(&j, "improvements", r->improvements);
		tk_json_kv_int(&j, "days_overdue", r->days_overdue);
		tk_json_end(&j);
	}
	tk_json_end(&j);
	return tk_render_json_done(&j, err);
}

int cmd_notice_list(struct tk_args *a, struct tk_error *err)
{
	struct tk_notice_list l = {0};
	struct tk_store *st = NULL;
	struct tk_buf b = {0};
	const char *as_of = tk_arg(a, "--as-of");
	int fy = 0, rc;
	if ((rc = tk_cli_year(tk_arg(a, "--year"), &fy, err)))
		return rc;
	if (as_of && !tk_valid_date(as_of))
		return tk_error_set(err, TK_EUSAGE,
				    "--as-of: '%s' is not a date YYYY-MM-DD",
				    as_of);
	if ((rc = tk_cli_open_store(a, &st, err)) ||
	    (rc = tk_notice_list(st, fy, tk_arg(a, "--division"), as_of, &l,
				 err))) {
		tk_store_close(st);
		return rc;
	}
	if (a->json)
		rc = notice_json(&l, &b, err);
	else
		notice_table(&l, &b);
	tk_notice_list_clear(&l);
	tk_store_close(st);
	return tk_render_emit(&b, rc);
}
