/*
 * cmd_plugin.c — tenken plugin list / check / show.
 */
#include "cli/commands.h"
#include "lib/i18n.h"
#include "model/vocab.h"

#include "lib/json.h"

#include <stdlib.h>
#include <string.h>

void tk_cli_plugin_env(void)
{
	const char *s;
	char *end;
	long v;
	struct tk_plugin_limits lim = {0, 0};
	if ((s = getenv("TENKEN_PLUGIN_INSTRUCTIONS")) &&
	    (v = strtol(s, &end, 10)) > 0 && !*end)
		lim.instructions = v;
	if ((s = getenv("TENKEN_PLUGIN_MEMORY")) &&
	    (v = strtol(s, &end, 10)) > 0 && !*end && v <= 65536)
		lim.memory_bytes = (size_t)v << 20;
	tk_plugin_limits_set_defaults(&lim);
	tk_plugin_set_bundled_dir(getenv("TENKEN_SURVEYS"));
}

void tk_cli_limits(const struct tk_args *a, struct tk_plugin_limits *lim)
{
	tk_plugin_limits_default(lim);
	if (a->plugin_instructions > 0)
		lim->instructions = a->plugin_instructions;
	if (a->plugin_memory_mib > 0)
		lim->memory_bytes = (size_t)a->plugin_memory_mib << 20;
}

int tk_cli_host(const struct tk_args *a, tk_host **h, struct tk_error *err)
{
	const char *dirs[64];
	int n = 0, rc;
	char *path = NULL;
	const char *env = getenv("TENKEN_PLUGIN_PATH");
	struct tk_plugin_limits lim;

	dirs[n++] = tk_bundled_surveys_dir();
	for (int i = 0; i < a->nplugin_dirs && n < 48; i++)
		dirs[n++] = a->plugin_dirs[i];
	if (env && *env) {
		char *save = NULL, *tok;
		path = tk_xstrdup(env);
		for (tok = strtok_r(path, ":", &save); tok && n < 64;
		     tok = strtok_r(NULL, ":", &save))
			if (*tok)
				dirs[n++] = tok;
	}
	tk_cli_limits(a, &lim);
	rc = tk_host_open(dirs, n, &lim, h, err);
	free(path);
	return rc;
}

/* One row of `plugin list --json`. */
static void list_json_row(struct tk_json *j, const struct tk_plugin_entry *e)
{
	const struct tk_survey *s = e->survey;
	tk_json_object(j);
	tk_json_kv_str(j, "file", e->path);
	if (s) {
		tk_json_kv_str(j, "id", s->id);
		tk_json_kv_str(j, "version", s->version);
		tk_json_kv_str(j, "title", s->title);
		tk_json_kv_str(j, "kind", s->kind);
		tk_json_kv_str(j, "respondent",
			       tk_respondent_name(s->respondent));
		tk_json_kv_int(j, "items", s->nitems);
		tk_json_kv_str(j, "hash", s->hash);
	}
	tk_json_kv_str(j, "error", e->error);
	tk_json_kv_bool(j, "needs_params", e->needs_params);
	tk_json_end(j);
}

/* One line of `plugin list`. */
/* Who answers, as the reader's language says it. */
static const char *respondent_label(enum tk_respondent r)
{
	return r == TK_RESP_STAFF ? C_("respondent", "staff")
				  : C_("respondent", "division");
}

static void list_text_row(struct tk_buf *b, const struct tk_plugin_entry *e)
{
	const struct tk_survey *s = e->survey;
	if (s) {
		tk_buf_addf(b, "%-16s %-8s ", s->id, s->version);
		tk_buf_pad(b, tk_survey_kind_label(s->kind), 8);
		tk_buf_addf(b,
			    P_(" %-8s %4d item  %s\n", " %-8s %4d items  %s\n",
			       s->nitems),
			    respondent_label(s->respondent), s->nitems,
			    s->title);
	} else if (e->needs_params) {
		tk_buf_addf(b, _("%-16s --param  needs parameters: %s\n"),
			    e->path, e->error);
	} else {
		tk_buf_addf(b, _("%-16s BROKEN   %s\n"), e->path, e->error);
	}
}

int cmd_plugin_list(struct tk_args *a, struct tk_error *err)
{
	tk_host *h = NULL;
	int rc = tk_cli_host(a, &h, err), n;
	struct tk_buf b = {0};
	struct tk_json j;
	if (!h)
		return rc;
	n = tk_host_count(h);
	tk_json_init(&j, &b, 0);
	/* Rows "\n {..}", and "\n]" even when there are none. */
	if (a->json)
		tk_json_array_layout(&j, "\n ", n ? "\n" : NULL);
	if (a->json && !n)
		tk_buf_addc(&b, '\n');
	for (int i = 0; i < n; i++) {
		if (a->json)
			list_json_row(&j, tk_host_entry(h, i));
		else
			list_text_row(&b, tk_host_entry(h, i));
	}
	if (a->json) {
		tk_json_end(&j);
		tk_buf_addc(&b, '\n');
	}
	fputs(b.s ? b.s : "", stdout);
	tk_buf_free(&b);
	tk_host_close(h);
	return rc;
}

int cmd_plugin_check(struct tk_args *a, struct tk_error *err)
{
	tk_host *h = NULL;
	int rc, bad = 0;
	struct tk_buf all = {0};
	if (a->npos == 0)
		return tk_error_set(err, TK_EUSAGE,
				    "plugin check needs one or more FILE.lua");
	rc = tk_cli_host(a, &h, err);
	if (!h)
		return rc;
	for (int i = 0; i < a->npos; i++) {
		struct tk_survey *s = NULL;
		struct tk_error e;
		tk_error_clear(&e);
		if (tk_host_load_file(h, a->pos[i], a->params, a->nparams, &s,
				      &e)) {
			bad++;
			if (all.len)
				tk_buf_addc(&all, '\n');
			tk_buf_adds(&all, e.message);
			continue;
		}
		if (!a->quiet)
			printf(
			    _("%s: ok: survey %s %s (%s), %d sections, %d items, hash %.12s\n"),
			    a->pos[i], s->id, s->version, s->title,
			    s->nsections, s->nitems, s->hash);
		tk_survey_free(s);
	}
	tk_host_close(h);
	if (bad) {
		tk_error_set(err, TK_EPLUGIN, "%s", all.s);
		tk_buf_free(&all);
		return TK_EPLUGIN;
	}
	return TK_OK;
}

int cmd_plugin_show(struct tk_args *a, struct tk_error *err)
{
	tk_host *h = NULL;
	struct tk_survey *s = NULL;
	int rc;
	if (a->npos != 1)
		return tk_error_set(err, TK_EUSAGE,
				    "plugin show needs one survey ID");
	rc = tk_cli_host(a, &h, err);
	if (!rc)
		rc = tk_host_survey(h, a->pos[0], a->params, a->nparams, &s,
				    err);
	if (!rc && a->json) {
		/* The canonical JSON plus the content hash. */
		struct tk_buf b = {0};
		struct tk_json j;
		tk_json_init(&j, &b, TK_JSON_CANONICAL);
		tk_json_object(&j);
		tk_survey_json_members(&j, s);
		tk_json_kv_str(&j, "hash", s->hash);
		tk_json_end(&j);
		printf("%s\n", b.s);
		tk_buf_free(&b);
	} else if (!rc) {
		printf(_("%s %s — %s\n%s, respondent %s, %d items, hash %s\n"),
		       s->id, s->version, s->title,
		       tk_survey_kind_label(s->kind),
		       tk_respondent_name(s->respondent), s->nitems, s->hash);
		for (int si = 0; si < s->nsections; si++) {
			const struct tk_section *sec = &s->sections[si];
			printf("\n[%s] %s\n", sec->id, sec->title);
			for (int i = sec->first; i < sec->first + sec->count;
			     i++) {
				const struct tk_item *it = &s->items[i];
				struct tk_buf line = {0};
				tk_buf_addf(&line, "  %-9s ", it->id);
				tk_buf_pad(&line, it->clause, 18);
				tk_buf_addf(&line, " w%-3g ", it->weight);
				tk_buf_pad(&line,
					   tk_severity_label(it->severity), 4);
				tk_buf_addf(&line, " %s\n", it->text);
				fputs(line.s, stdout);
				tk_buf_free(&line);
			}
		}
	}
	tk_survey_free(s);
	tk_host_close(h);
	return rc;
}
