/*
 * render.c — `org show`, `campaign list`, `campaign show` and `status`
 * output, and the helpers the renderers share (render.h).
 */
#include "cli/render.h"
#include "lib/i18n.h"

#include <stdio.h>
#include <string.h>

int tk_render_emit(struct tk_buf *b, int rc)
{
	if (!rc && b->s)
		fputs(b->s, stdout);
	tk_buf_free(b);
	return rc;
}

int tk_render_json_done(struct tk_json *j, struct tk_error *err)
{
	int rc = tk_json_finish(j, err);
	if (!rc)
		tk_buf_addc(j->b, '\n');
	return rc;
}

void tk_render_csv_field(struct tk_buf *b, const char *s)
{
	int formula = *s && strchr("=+-@\t\r", *s);
	if (!formula && !strpbrk(s, ",\"\n\r")) {
		tk_buf_adds(b, s);
		return;
	}
	tk_buf_addc(b, '"');
	if (formula)
		tk_buf_addc(b, '\'');
	for (; *s; s++) {
		if (*s == '"')
			tk_buf_addc(b, '"');
		tk_buf_addc(b, *s);
	}
	tk_buf_addc(b, '"');
}

static int csv_japanese;

void tk_render_csv_japanese(int on)
{
	csv_japanese = on;
}

void tk_render_csv_head(struct tk_buf *b, const char *en, const char *ja)
{
	tk_buf_adds(b, "\xEF\xBB\xBF");
	tk_buf_adds(b, csv_japanese ? ja : en);
}

const char *tk_render_esc(const char *s)
{
	static struct tk_buf ring[8];
	static unsigned next;
	struct tk_buf *b = &ring[next++ % 8];
	if (!s)
		return NULL;
	tk_buf_reset(b);
	tk_buf_adds(b, ""); /* never NULL, also for "" */
	tk_buf_add_escaped(b, s);
	return b->s;
}

/* ------------------------------------------------------------ org show */

static int org_json(const struct tk_org_view *v, struct tk_buf *out,
		    struct tk_error *err)
{
	struct tk_json j;
	tk_json_init(&j, out, 0);
	tk_json_object(&j);
	tk_json_kv_int(&j, "fy", v->fy);
	tk_json_key(&j, "divisions");
	tk_json_array_rows(&j);
	for (int i = 0; i < v->n; i++) {
		const struct tk_org_division *d = &v->div[i];
		tk_json_object(&j);
		tk_json_kv_str(&j, "code", d->code);
		tk_json_kv_str(&j, "name", d->name);
		tk_json_kv_str(&j, "kind", d->kind);
		tk_json_kv_str(&j, "parent", d->parent);
		tk_json_kv_str(&j, "head", d->head);
		tk_json_kv_str(&j, "head_name", d->head_name);
		tk_json_kv_int(&j, "staff", d->staff);
		tk_json_end(&j);
	}
	tk_json_end(&j);
	tk_json_kv_int(&j, "division_count", v->n);
	tk_json_kv_int(&j, "staff_count", v->staff);
	tk_json_end(&j);
	return tk_render_json_done(&j, err);
}

int tk_render_org(const struct tk_org_view *v, int json, struct tk_buf *out,
		  struct tk_error *err)
{
	if (json)
		return org_json(v, out, err);
	tk_buf_addf(out, _("FY%d organisation\n"), v->fy);
	tk_buf_addcols(out, "%-8s %-12s %6s  %s\n", _("code"), _("kind"),
		       _("staff"), _("name (head)"));
	for (int i = 0; i < v->n; i++) {
		const struct tk_org_division *d = &v->div[i];
		tk_buf_addf(out, "%-8s ", tk_render_esc(d->code));
		tk_render_word_pad(out, tk_render_esc(d->kind), 12);
		tk_buf_addf(out, " %6d  %*s%s", d->staff, d->depth * 2, "",
			    tk_render_esc(d->name));
		if (d->head_name)
			tk_buf_addf(out, " (%s)", tk_render_esc(d->head_name));
		tk_buf_addc(out, '\n');
	}
	tk_buf_addf(out, P_("%d division, ", "%d divisions, ", v->n), v->n);
	tk_buf_addf(out, _("%ld staff\n"), v->staff);
	return TK_OK;
}

/* ------------------------------------------------------------ campaigns */

int tk_render_campaign_list(const struct tk_campaign_list *l, int json,
			    struct tk_buf *out, struct tk_error *err)
{
	struct tk_json j;
	if (!json) {
		tk_buf_addcols(out, "%-4s %-6s %-14s %-10s %-8s %9s  %s\n",
			       "id", _("FY"), _("survey"), _("due"),
			       _("status"), _("submitted"), _("title"));
		for (int i = 0; i < l->n; i++) {
			const struct tk_campaign_row *r = &l->rows[i];
			tk_buf_addf(out, "%-4ld FY%-4d %-14s %-10s ", r->id,
				    r->fy, tk_render_esc(r->survey),
				    r->due ? tk_render_esc(r->due) : "-");
			tk_render_word_pad(out, tk_render_esc(r->status), 8);
			tk_buf_addf(out, " %4d/%-4d  %s\n", r->submitted,
				    r->targets, tk_render_esc(r->title));
		}
		return TK_OK;
	}
	tk_json_init(&j, out, 0);
	tk_json_array_rows(&j);
	for (int i = 0; i < l->n; i++) {
		const struct tk_campaign_row *r = &l->rows[i];
		tk_json_object(&j);
		tk_json_kv_int(&j, "id", r->id);
		tk_json_kv_int(&j, "fy", r->fy);
		tk_json_kv_str(&j, "title", r->title);
		tk_json_kv_str(&j, "survey", r->survey);
		tk_json_kv_str(&j, "version", r->version);
		tk_json_kv_str(&j, "due", r->due);
		tk_json_kv_str(&j, "status", r->status);
		tk_json_kv_int(&j, "targets", r->targets);
		tk_json_kv_int(&j, "submitted", r->submitted);
		tk_json_end(&j);
	}
	tk_json_end(&j);
	return tk_render_json_done(&j, err);
}

int tk_render_campaign(const struct tk_campaign *c, int json,
		       struct tk_buf *out, struct tk_error *err)
{
	struct tk_json j;
	if (!json) {
		tk_buf_addf(
		    out,
		    _("campaign %ld: %s\n  FY%d, survey %s %s (hash %.16s…)\n  due %s, status %s, %d target divisions\n  marking: %s\n  return to: %s\n"),
		    c->id, tk_render_esc(c->title), c->fy,
		    tk_render_esc(c->survey_id),
		    tk_render_esc(c->survey_version), c->survey_hash,
		    c->due ? tk_render_esc(c->due) : "-",
		    tk_render_word(tk_render_esc(c->status)), c->targets,
		    tk_render_esc(c->marking), tk_render_esc(c->return_to));
		return TK_OK;
	}
	tk_json_init(&j, out, 0);
	tk_json_object(&j);
	tk_json_kv_int(&j, "id", c->id);
	tk_json_kv_int(&j, "fy", c->fy);
	tk_json_kv_str(&j, "title", c->title);
	tk_json_kv_str(&j, "survey", c->survey_id);
	tk_json_kv_str(&j, "version", c->survey_version);
	tk_json_kv_str(&j, "hash", c->survey_hash);
	tk_json_kv_str(&j, "due", c->due);
	tk_json_kv_str(&j, "marking", c->marking);
	tk_json_kv_str(&j, "return_to", c->return_to);
	tk_json_kv_str(&j, "status", c->status);
	tk_json_kv_int(&j, "targets", c->targets);
	tk_json_end(&j);
	return tk_render_json_done(&j, err);
}

/* ------------------------------------------------------------ status */

static int status_json(const struct tk_status *s, struct tk_buf *out,
		       struct tk_error *err)
{
	struct tk_json j;
	tk_json_init(&j, out, 0);
	tk_json_object(&j);
	tk_json_kv_int(&j, "campaign", s->c.id);
	tk_json_kv_str(&j, "due", s->c.due);
	tk_json_key(&j, "divisions");
	tk_json_array_rows(&j);
	for (int i = 0; i < s->n; i++) {
		const struct tk_status_row *r = &s->rows[i];
		tk_json_object(&j);
		tk_json_kv_str(&j, "division", r->code);
		tk_json_kv_str(&j, "name", r->name);
		tk_json_kv_str(&j, "status", r->status);
		tk_json_kv_str(&j, "state", r->state);
		tk_json_kv_str(&j, "imported_at", r->imported_at);
		tk_json_kv_int(&j, "answered", r->answered);
		tk_json_kv_int(&j, "submissions", r->submissions);
		tk_json_kv_int(&j, "kept_aside", r->kept_aside);
		if (s->staff) {
			tk_json_kv_int(&j, "staff_returned", r->staff_returned);
			tk_json_kv_int(&j, "staff_expected", r->staff_expected);
		}
		tk_json_kv_str(&j, "head", r->head);
		tk_json_kv_str(&j, "inspected_on", r->inspected_on);
		tk_json_kv_str(&j, "filled_by", r->filled_by);
		tk_json_kv_str(&j, "head_confirmed_by", r->head_confirmed_by);
		tk_json_kv_str(&j, "head_confirmed_on", r->head_confirmed_on);
		tk_json_end(&j);
	}
	tk_json_end(&j);
	tk_json_kv_int(&j, "targets", s->n);
	tk_json_kv_int(&j, "submitted", s->submitted);
	tk_json_kv_int(&j, "late", s->late);
	tk_json_kv_int(&j, "missing", s->n - s->submitted);
	tk_json_kv_int(&j, "returned", s->returned);
	tk_json_end(&j);
	return tk_render_json_done(&j, err);
}

/* The codes stored as data that tables show to a person (差戻し中 in
 * Japanese for "returned"); JSON and CSV keep the codes. */
static const char *const words[][2] = {
    {"submitted", N_("submitted")},
    {"returned", N_("returned")},
    {"missing", N_("missing")},
    {"late", N_("late")},
    {"bureau", N_("bureau")},
    {"hq", N_("hq")},
    {"station", N_("station")},
    {"open", N_("open")},
    {"closed", N_("closed")},
    {"regular", N_("regular")},
    {"special", N_("special")},
    {"draft", N_("draft")},
    {"reviewed", N_("reviewed")},
    {"approved", N_("approved")},
    {"planned", N_("planned")},
    {"notified", N_("notified")},
    {"reported", N_("reported")},
    {"high", N_("high")},
    {"medium", N_("medium")},
    {"low", N_("low")},
    {"minor", N_("minor")},
    {"major", N_("major")},
    {"nonconforming", N_("nonconforming")},
    {"lead", N_("lead")},
    {"member", N_("member")},
    {"sent", N_("sent")},
    {"responded", N_("responded")},
    {"cross", N_("cross")},
    {"audit", N_("audit")},
    {"self", N_("self")},
};

const char *tk_render_word(const char *code)
{
	if (!code)
		return "-";
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (!strcmp(code, words[i][0]))
			return _(words[i][1]);
	return code;
}

void tk_render_word_pad(struct tk_buf *b, const char *code, int width)
{
	tk_buf_pad(b, tk_render_word(code), width);
}

static const char *state_word(const char *state)
{
	return tk_render_word(state);
}

/* The columns of the table, one row per division; the time as stored. */
static void status_csv(const struct tk_status *s, struct tk_buf *out)
{
	tk_render_csv_head(
	    out,
	    "division,status,state,imported_at,answered,submissions,name,head,kept_aside\n",
	    "所属コード,状況,状態,取込日時,回答数,提出回数,所属名,所属長,保留した回答数\n");
	for (int i = 0; i < s->n; i++) {
		const struct tk_status_row *r = &s->rows[i];
		tk_render_csv_field(out, r->code);
		tk_buf_addf(out, ",%s,%s,%s,%d,%d,", r->status, r->state,
			    r->imported_at ? r->imported_at : "", r->answered,
			    r->submissions);
		tk_render_csv_field(out, r->name);
		tk_buf_addc(out, ',');
		tk_render_csv_field(out, r->head ? r->head : "");
		tk_buf_addf(out, ",%d\n", r->kept_aside);
	}
}

int tk_render_status(const struct tk_status *s, enum tk_format fmt,
		     struct tk_buf *out, struct tk_error *err)
{
	if (fmt == TK_FMT_JSON)
		return status_json(s, out, err);
	if (fmt == TK_FMT_CSV) {
		status_csv(s, out);
		return TK_OK;
	}
	tk_buf_addf(out, _("campaign %ld: %s (due %s)\n"), s->c.id,
		    tk_render_esc(s->c.title),
		    s->c.due ? tk_render_esc(s->c.due) : "-");
	tk_buf_addcols(out, "%-8s %-10s %-10s %-20s %8s %9s  %s\n", _("code"),
		       _("status"), _("state"), _("imported"), _("answers"),
		       _("versions"), _("division (head)"));
	for (int i = 0; i < s->n; i++) {
		const struct tk_status_row *r = &s->rows[i];
		char at[32];
		tk_buf_addcols(out, "%-8s %-10s %-10s ", tk_render_esc(r->code),
			       state_word(r->status), state_word(r->state));
		tk_buf_addf(out, "%-20s %8d %9d  %s%s%s%s\n",
			    r->imported_at ? tk_render_esc(tk_local_time(
						 r->imported_at, at, sizeof at))
					   : "-",
			    r->answered, r->submissions, tk_render_esc(r->name),
			    r->head ? " (" : "",
			    r->head ? tk_render_esc(r->head) : "",
			    r->head ? ")" : "");
		if (r->kept_aside)
			tk_buf_addf(
			    out,
			    _("%-8s kept aside, not scored: %d answer(s) to follow-up questions their gate question closes (see the import warnings)\n"),
			    "", r->kept_aside);
		if (s->staff)
			tk_buf_addf(out, _("%-8s staff returned: %d of %d\n"),
				    "", r->staff_returned, r->staff_expected);
	}
	tk_buf_addf(out, _("%d of %d submitted (%d late), %d missing\n"),
		    s->submitted, s->n, s->late, s->n - s->submitted);
	return TK_OK;
}
