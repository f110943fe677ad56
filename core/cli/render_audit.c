/*
 * render_audit.c — roles and audits for the terminal (a table) and as
 * JSON: the renderers of `role list`, `audit list`, `audit show` and
 * `audit findings`.
 */
#include "cli/render.h"

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
			tk_buf_adds(out, "no roles set (`tenken role set`)\n");
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
