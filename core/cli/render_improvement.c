/*
 * render_improvement.c — improvements and overdue lists as text or JSON
 * (render_improvement.h).
 */
#include "cli/render_improvement.h"
#include "lib/i18n.h"

#include "cli/render.h"
#include "lib/json.h"

static const char *dash(const char *s)
{
	return s && *s ? tk_render_esc(s) : "-";
}

static void improvement_line(struct tk_buf *out,
			     const struct tk_improvement_row *r)
{
	tk_buf_addf(out, "%-5ld FY%d %-6s ", r->id, r->fy,
		    dash(r->division_code));
	tk_buf_addf(out, "%-5ld ", r->finding);
	tk_buf_pad(out, dash(r->clause), 16);
	tk_buf_addcols(out, " %-6s ", tk_render_word(r->severity));
	tk_buf_pad(out, tk_improvement_kind_label(r->kind), 9);
	tk_buf_addf(out, " %-10s %3d%% ", dash(r->due), r->progress);
	tk_buf_pad(out, tk_improvement_state_label(r->state), 7);
	if (r->days_overdue > 0)
		tk_buf_addf(out, " %d日超過", r->days_overdue);
	tk_buf_addf(out, "  補完的措置: %s\n", dash(r->compensating));
}

static void improvement_json(struct tk_json *j,
			     const struct tk_improvement_row *r)
{
	tk_json_object(j);
	tk_json_kv_int(j, "id", r->id);
	tk_json_kv_int(j, "fy", r->fy);
	tk_json_kv_str(j, "division", r->division_code);
	tk_json_kv_str(j, "division_name", r->division);
	tk_json_kv_int(j, "finding", r->finding);
	tk_json_kv_str(j, "clause", r->clause);
	tk_json_kv_str(j, "severity", r->severity);
	tk_json_kv_str(j, "kind", r->kind);
	tk_json_kv_str(j, "description", r->description);
	tk_json_kv_str(j, "compensating", r->compensating);
	tk_json_kv_str(j, "due", r->due);
	tk_json_kv_int(j, "progress", r->progress);
	tk_json_kv_str(j, "progress_on", r->progress_on);
	tk_json_kv_str(j, "completed_on", r->completed_on);
	tk_json_kv_str(j, "verified_on", r->verified_on);
	tk_json_kv_str(j, "state", r->state);
	tk_json_kv_int(j, "days_overdue", r->days_overdue);
	tk_json_end(j);
}

int tk_render_improvements(const struct tk_improvement_list *l, int json,
			   struct tk_buf *out, struct tk_error *err)
{
	struct tk_json j;
	if (!json) {
		tk_buf_addf(out,
			    P_("as of %s: %d improvement\n",
			       "as of %s: %d improvements\n", l->n),
			    l->as_of, l->n);
		if (l->n)
			tk_buf_addcols(
			    out,
			    "%-5s %-6s %-6s %-5s %-16s %-6s %-9s %-10s %-4s  %s\n",
			    "id", _("year"), _("div"), _("find"), _("clause"),
			    _("sev"), _("kind"), _("due"), _("prog"),
			    _("state"));
		for (int i = 0; i < l->n; i++)
			improvement_line(out, &l->rows[i]);
		return TK_OK;
	}
	tk_json_init(&j, out, 0);
	tk_json_array_rows(&j);
	for (int i = 0; i < l->n; i++)
		improvement_json(&j, &l->rows[i]);
	tk_json_end(&j);
	return tk_render_json_done(&j, err);
}

static const char *const overdue_titles[TK_OVERDUE_KINDS] = {
    N_("回答期限を過ぎた改善通知 (notices not responded to)"),
    N_("期限を過ぎた改善計画 (improvement plans past due)"),
    N_("回答期限を過ぎた横展開 (cross-division notices not answered)"),
    N_("申請のない緊急の例外措置 (provisional exceptions not applied for)"),
};

static void overdue_text(const struct tk_overdue *o, struct tk_buf *out)
{
	tk_buf_addf(out, _("as of %s\n"), o->as_of);
	for (int k = 0; k < TK_OVERDUE_KINDS; k++) {
		const struct tk_overdue_list *l = &o->lists[k];
		tk_buf_addf(out, "\n%s: %d\n", _(overdue_titles[k]), l->n);
		for (int i = 0; i < l->n; i++) {
			const struct tk_overdue_row *r = &l->rows[i];
			tk_buf_addf(out, "  %-5ld FY%d %-6s ", r->id, r->fy,
				    dash(r->division_code));
			tk_render_word_pad(out, dash(r->what), 18);
			tk_buf_addf(out,
				    P_(" due %s  %d day overdue",
				       " due %s  %d days overdue", r->days),
				    r->due, r->days);
			if (k == TK_OVERDUE_PLANS)
				tk_buf_addf(out, _("  (finding %ld, %d%%)"),
					    r->finding, r->progress);
			tk_buf_adds(out, "\n");
		}
	}
}

int tk_render_overdue(const struct tk_overdue *o, int json, struct tk_buf *out,
		      struct tk_error *err)
{
	struct tk_json j;
	if (!json) {
		overdue_text(o, out);
		return TK_OK;
	}
	tk_json_init(&j, out, 0);
	tk_json_object(&j);
	tk_json_kv_str(&j, "as_of", o->as_of);
	tk_json_kv_int(&j, "provisional_days", o->provisional_days);
	for (int k = 0; k < TK_OVERDUE_KINDS; k++) {
		const struct tk_overdue_list *l = &o->lists[k];
		tk_json_key(&j, tk_overdue_key((enum tk_overdue_kind)k));
		tk_json_array(&j);
		for (int i = 0; i < l->n; i++) {
			const struct tk_overdue_row *r = &l->rows[i];
			tk_json_object(&j);
			tk_json_kv_int(&j, "id", r->id);
			tk_json_kv_int(&j, "fy", r->fy);
			tk_json_kv_str(&j, "division", r->division_code);
			tk_json_kv_str(&j, "what", r->what);
			tk_json_kv_str(&j, "due", r->due);
			tk_json_kv_int(&j, "days_overdue", r->days);
			if (k == TK_OVERDUE_PLANS) {
				tk_json_kv_int(&j, "finding", r->finding);
				tk_json_kv_int(&j, "progress", r->progress);
			}
			tk_json_end(&j);
		}
		tk_json_end(&j);
	}
	tk_json_end(&j);
	return tk_render_json_done(&j, err);
}
