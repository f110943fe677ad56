/*
 * render_audit.c — roles and audits for the terminal (a table) and as
 * JSON: the renderers of `role list`, `audit list`, `audit show` and
 * `audit findings`.
 */
#include "cli/render.h"
#include "lib/i18n.h"

#include <string.h>

int tk_render_roles(const struct tk_role_list *l, int json, struct tk_buf *out,
		    struct tk_error *err)
{
	struct tk_json j;
	if (!json) {
		for (int i = 0; i < l->n; i++) {
			const struct tk_role_row *r = &l->rows[i];
			tk_buf_addf(out, "FY%d  ", r->fy);
			tk_buf_pad(out, r->label, 28);
			tk_buf_addf(out, "%-8s ", tk_render_esc(r->staff));
			tk_buf_pad(out, tk_render_esc(r->name), 14);
			tk_buf_pad(out, tk_render_esc(r->grade), 12);
			tk_buf_adds(out, tk_render_esc(r->staff_division));
			if (r->division)
				tk_buf_addf(out, "  所属 %s %s",
					    tk_render_esc(r->division),
					    tk_render_esc(r->division_name));
			if (r->system)
				tk_buf_addf(out, "  システム %s",
					    tk_render_esc(r->system));
			tk_buf_adds(out, "\n");
		}
		if (!l->n)
			tk_buf_adds(out,
				    _("no roles set (`tenken role set`)\n"));
		return TK_OK;
	}
	tk_json_init(&j, out, 0);
	tk_json_array_rows(&j);
	for (int i = 0; i < l->n; i++) {
		const struct tk_role_row *r = &l->rows[i];
		tk_json_object(&j);
		tk_json_kv_int(&j, "fy", r->fy);
		tk_json_kv_str(&j, "role", r->role);
		tk_json_kv_str(&j, "label", r->label);
		tk_json_kv_str(&j, "staff", r->staff);
		tk_json_kv_str(&j, "name", r->name);
		tk_json_kv_str(&j, "grade", r->grade);
		tk_json_kv_str(&j, "staff_division", r->staff_division);
		tk_json_kv_str(&j, "division", r->division);
		tk_json_kv_str(&j, "system", r->system);
		tk_json_end(&j);
	}
	tk_json_end(&j);
	return tk_render_json_done(&j, err);
}

static const char *or_dash(const char *s)
{
	return s && *s ? tk_render_esc(s) : "-";
}

int tk_render_plans(const struct tk_plan_list *l, int json, struct tk_buf *out,
		    struct tk_error *err)
{
	struct tk_json j;
	if (!json) {
		tk_buf_addcols(
		    out, "%-4s %-6s %-8s %-9s %-10s %-10s %7s %6s  %s\n", "id",
		    _("FY"), _("kind"), _("state"), _("drafted"), _("approved"),
		    _("targets"), _("audits"), _("title"));
		for (int i = 0; i < l->n; i++) {
			const struct tk_plan_row *r = &l->rows[i];
			tk_buf_addf(out, "%-4ld FY%-4d ", r->id, r->fy);
			tk_buf_addcols(
			    out, "%-8s %-9s ",
			    tk_render_word(r->special ? "special" : "regular"),
			    tk_render_word(r->state));
			tk_buf_addf(out, "%-10s %-10s %7d %6d  %s\n",
				    or_dash(r->drafted_on),
				    or_dash(r->approved_on), r->targets,
				    r->audits, tk_render_esc(r->title));
		}
		return TK_OK;
	}
	tk_json_init(&j, out, 0);
	tk_json_array_rows(&j);
	for (int i = 0; i < l->n; i++) {
		const struct tk_plan_row *r = &l->rows[i];
		tk_json_object(&j);
		tk_json_kv_int(&j, "id", r->id);
		tk_json_kv_int(&j, "fy", r->fy);
		tk_json_kv_str(&j, "kind", r->special ? "special" : "regular");
		tk_json_kv_str(&j, "title", r->title);
		tk_json_kv_str(&j, "state", r->state);
		tk_json_kv_str(&j, "checklist", r->checklist);
		tk_json_kv_int(&j, "campaign", r->campaign);
		tk_json_kv_str(&j, "drafted_by", r->drafted_by);
		tk_json_kv_str(&j, "drafted_on", r->drafted_on);
		tk_json_kv_str(&j, "approved_by", r->approved_by);
		tk_json_kv_str(&j, "approved_on", r->approved_on);
		tk_json_kv_str(&j, "reviewed_on", r->reviewed_on);
		tk_json_kv_str(&j, "reason", r->reason);
		tk_json_kv_int(&j, "targets", r->targets);
		tk_json_kv_int(&j, "audits", r->audits);
		tk_json_end(&j);
	}
	tk_json_end(&j);
	return tk_render_json_done(&j, err);
}

/* The members of one audit as JSON. */
static void audit_json(struct tk_json *j, const struct tk_audit_view *v,
		       int full)
{
	static const char *const sev[] = {"high", "medium", "low"};
	tk_json_object(j);
	tk_json_kv_int(j, "id", v->id);
	tk_json_kv_int(j, "fy", v->fy);
	tk_json_kv_str(j, "kind", v->special ? "special" : "regular");
	tk_json_kv_int(j, "plan", v->plan);
	tk_json_kv_str(j, "plan_title", v->plan_title);
	tk_json_kv_int(j, "campaign", v->campaign);
	tk_json_kv_str(j, "division", v->division);
	tk_json_kv_str(j, "division_name", v->division_name);
	tk_json_kv_str(j, "date", v->date);
	tk_json_kv_str(j, "notified_on", v->notified_on);
	tk_json_kv_str(j, "reported_on", v->reported_on);
	tk_json_kv_str(j, "state", v->status);
	tk_json_kv_str(j, "checklist", v->checklist);
	tk_json_kv_int(j, "auditors", v->nteam);
	tk_json_key(j, "findings_by_severity");
	tk_json_object(j);
	for (int k = 0; k < 3; k++)
		tk_json_kv_int(j, sev[k], v->by_severity[k]);
	tk_json_end(j);
	tk_json_kv_int(j, "nonconforming", v->nonconforming);
	tk_json_kv_int(j, "minor", v->minor);
	if (full) {
		tk_json_key(j, "team");
		tk_json_array(j);
		for (int i = 0; i < v->nteam; i++) {
			tk_json_object(j);
			tk_json_kv_str(j, "staff", v->team[i].code);
			tk_json_kv_str(j, "name", v->team[i].name);
			tk_json_kv_str(j, "grade", v->team[i].grade);
			tk_json_kv_str(j, "division", v->team[i].division);
			tk_json_kv_str(j, "role",
				       v->team[i].lead ? "lead" : "member");
			tk_json_end(j);
		}
		tk_json_end(j);
	}
	tk_json_end(j);
}

int tk_render_audits(const struct tk_audit_list *l, int json,
		     struct tk_buf *out, struct tk_error *err)
{
	struct tk_json j;
	if (!json) {
		tk_buf_addcols(
		    out, "%-4s %-6s %-8s %-8s %-10s %-10s %-9s %4s %8s  %s\n",
		    "id", _("FY"), _("kind"), _("division"), _("date"),
		    _("notified"), _("state"), _("team"), _("findings"),
		    _("name"));
		for (int i = 0; i < l->n; i++) {
			const struct tk_audit_view *v = &l->rows[i];
			tk_buf_addf(out, "%-4ld FY%-4d ", v->id, v->fy);
			tk_buf_addcols(
			    out, "%-8s %-8s %-10s %-10s %-9s ",
			    tk_render_word(v->special ? "special" : "regular"),
			    tk_render_esc(v->division), or_dash(v->date),
			    or_dash(v->notified_on), tk_render_word(v->status));
			tk_buf_addf(out, "%4d %8d  %s\n", v->nteam,
				    v->nonconforming + v->minor,
				    tk_render_esc(v->division_name));
		}
		return TK_OK;
	}
	tk_json_init(&j, out, 0);
	tk_json_array_rows(&j);
	for (int i = 0; i < l->n; i++)
		audit_json(&j, &l->rows[i], 0);
	tk_json_end(&j);
	return tk_render_json_done(&j, err);
}

int tk_render_audit(const struct tk_audit_view *v, int json, struct tk_buf *out,
		    struct tk_error *err)
{
	struct tk_json j;
	if (json) {
		tk_json_init(&j, out, 0);
		audit_json(&j, v, 1);
		return tk_render_json_done(&j, err);
	}
	tk_buf_addf(out,
		    v->special ? _("audit %ld (special audit, FY%d)\n")
			       : _("audit %ld (regular audit, FY%d)\n"),
		    v->id, v->fy);
	tk_buf_addf(out, _("  plan       %ld %s (%s)\n"), v->plan,
		    tk_render_esc(v->plan_title),
		    tk_render_word(v->plan_state));
	tk_buf_addf(out, _("  division   %s %s\n"), tk_render_esc(v->division),
		    tk_render_esc(v->division_name));
	tk_buf_addf(out, _("  checklist  %s\n"), or_dash(v->checklist));
	tk_buf_addf(
	    out, _("  date       %s\n  notified   %s\n  reported   %s\n"),
	    or_dash(v->date), or_dash(v->notified_on), or_dash(v->reported_on));
	tk_buf_addf(out, _("  state      %s\n  team\n"),
		    tk_render_word(v->status));
	for (int i = 0; i < v->nteam; i++)
		tk_buf_addcols(
		    out, "    %-6s %s %s (%s, %s)\n",
		    tk_render_word(v->team[i].lead ? "lead" : "member"),
		    tk_render_esc(v->team[i].code),
		    tk_render_esc(v->team[i].name),
		    tk_render_esc(v->team[i].grade),
		    tk_render_esc(v->team[i].division));
	tk_buf_addf(
	    out,
	    _("  findings   %d 不適合, %d 軽微な不備 (重大 %d, 中 %d, 軽微 %d)\n"),
	    v->nonconforming, v->minor, v->by_severity[0], v->by_severity[1],
	    v->by_severity[2]);
	return TK_OK;
}

int tk_render_findings(const struct tk_audit_view *v, int json,
		       struct tk_buf *out, struct tk_error *err)
{
	struct tk_json j;
	if (!json) {
		for (int i = 0; i < v->nfindings; i++) {
			const struct tk_finding_row *f = &v->findings[i];
			tk_buf_addf(out, "%-5ld %-10s ", f->id,
				    tk_render_esc(f->item_id));
			tk_buf_pad(out, tk_render_esc(f->clause), 18);
			tk_buf_addcols(out, " %-6s %-13s %s",
				       tk_render_word(f->severity),
				       tk_render_word(f->judgement),
				       tk_render_esc(f->text));
			if (f->withdrawn_on)
				tk_buf_addf(out, _("  [withdrawn %s: %s]"),
					    f->withdrawn_on,
					    or_dash(f->withdrawn_reason));
			tk_buf_adds(out, "\n");
		}
		if (!v->nfindings)
			tk_buf_addf(out, _("audit %ld: no findings\n"), v->id);
		return TK_OK;
	}
	tk_json_init(&j, out, 0);
	tk_json_array_rows(&j);
	for (int i = 0; i < v->nfindings; i++) {
		const struct tk_finding_row *f = &v->findings[i];
		tk_json_object(&j);
		tk_json_kv_int(&j, "id", f->id);
		tk_json_kv_int(&j, "audit", v->id);
		tk_json_kv_str(&j, "division", v->division);
		tk_json_kv_str(&j, "item", f->item_id);
		tk_json_kv_str(&j, "clause", f->clause);
		tk_json_kv_str(&j, "severity", f->severity);
		tk_json_kv_str(&j, "judgement", f->judgement);
		tk_json_kv_str(&j, "text", f->text);
		tk_json_kv_str(&j, "found_on", f->found_on);
		tk_json_kv_str(&j, "withdrawn_on", f->withdrawn_on);
		tk_json_kv_str(&j, "withdrawn_reason", f->withdrawn_reason);
		tk_json_kv_str(&j, "status", f->status);
		tk_json_end(&j);
	}
	tk_json_end(&j);
	return tk_render_json_done(&j, err);
}
