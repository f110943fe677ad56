/*
 * t-plugin.c — the plugin host: every sandbox rule and limit against a
 * hostile plugin (the message, and that the host carries on), API
 * validation errors, the bundled surveys, duplicate ids, checklist(),
 * parameters, the frozen store/load round trip and hooks.
 */
#include "app/survey_db.h"
#include "plugin/plugin.h"
#include "tap.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static char data[256];
static tk_host *host;

static const char *fixture(const char *rel)
{
	static char buf[1400];
	snprintf(buf, sizeof buf, "%s/plugins/%s", data, rel);
	return buf;
}

/* Load a fixture; expect TK_EPLUGIN and both substrings in the message. */
static void refused(const char *rel, const char *want, const char *where)
{
	struct tk_survey *s = (void *)1;
	struct tk_error err;
	tk_error_clear(&err);
	check_int(tk_host_load_file(host, fixture(rel), NULL, 0, &s, &err), ==,
		  TK_EPLUGIN);
	check(s == NULL);
	check_contains(err.message, want);
	if (where)
		check_contains(err.message, where);
}

static void survives(void)
{
	struct tk_survey *s = NULL;
	struct tk_error err;
	check_int(
	    tk_host_load_file(host, fixture("ok/tiny.lua"), NULL, 0, &s, &err),
	    ==, TK_OK);
	check_int(s ? s->nitems : -1, ==, 8);
	tk_survey_free(s);
}

static void t_hostile(void)
{
	refused("hostile/io.lua", "undeclared global 'io'", "io.lua:1:");
	refused("hostile/os.lua", "undeclared global 'os'", "os.lua:1:");
	refused("hostile/require.lua", "undeclared global 'require'",
		"require.lua:1:");
	refused("hostile/debug.lua", "undeclared global 'debug'",
		"debug.lua:1:");
	refused("hostile/loadstr.lua", "undeclared global 'load'", ":1:");
	refused("hostile/dump.lua", "field 'dump'", "dump.lua:1:");
	refused("hostile/collectgarbage.lua",
		"undeclared global 'collectgarbage'", ":1:");
	refused("hostile/coroutine.lua", "undeclared global 'coroutine'",
		":1:");
	refused("hostile/rawset.lua", "undeclared global 'rawset'", ":1:");
	refused("hostile/global.lua",
		"assignment to undeclared global 'counter'", "global.lua:1:");
	refused("hostile/readglobal.lua", "undeclared global 'undefined_thing'",
		"readglobal.lua:1:");
	refused("hostile/bytecode.lua", "precompiled (bytecode)", NULL);
	refused("hostile/strmeta.lua", "attempt to index a string value",
		":1:");
	refused("hostile/envmeta.lua", "cannot change a protected metatable",
		":1:");
	refused("hostile/errtable.lua", "error object is a table value", NULL);
	survives();
}

static void t_limits(void)
{
	refused("hostile/loop.lua", "instruction limit exceeded",
		"loop.lua:1:");
	refused("hostile/pcall-loop.lua", "instruction limit exceeded",
		"pcall-loop.lua:1:");
	refused("hostile/recursion.lua", "stack overflow", "recursion.lua:1:");
	/* (64 MiB default: the Lua stack limit is reached before memory.) */
	refused("hostile/memory.lua", "memory limit exceeded (64 MiB",
		"memory.lua:");
	refused("hostile/bigstring.lua", "bigstring.lua:1:", NULL);
	refused("hostile/pattern.lua", "too costly", "pattern.lua:2:");
	refused("hostile/pattern2.lua", "too costly", "pattern2.lua:1:");
	refused("hostile/finalizer.lua", "finalizers (__gc) are not allowed",
		"finalizer.lua:1:");
	refused("hostile/rep.lua", "beyond the sandbox limit", "rep.lua:1:");
	refused("hostile/move.lua", "beyond the sandbox limit", "move.lua:1:");
	refused("hostile/churn.lua", "memory limit exceeded", "churn.lua:1");
	/* Metamethods of plugin tables never run while the host reads them. */
	refused("hostile/metaindex.lua", "unknown field 'wieght'", NULL);
	survives();
}

static void t_validation(void)
{
	refused("invalid/missing-id.lua", "survey: missing 'id'",
		"missing-id.lua:1");
	refused("invalid/duplicate-item.lua", "item 'X-1': duplicate item id",
		"duplicate-item.lua:4");
	refused("invalid/weight.lua", "weight must be > 0 (got 0)",
		"weight.lua:3");
	refused("invalid/scale.lua", "unknown scale 'nosuch'", "scale.lua:3");
	refused("invalid/clause.lua", "clause 'section 3.5' is not like",
		"clause.lua:3");
	refused("invalid/kind.lua", "kind 'audit' is not self_inspection",
		NULL);
	refused("invalid/unknown-field.lua", "unknown field 'wieght'", NULL);
	refused("invalid/scale-value.lua", "value 2 is outside [0, 1]", NULL);
	refused("invalid/applies.lua", "applies: no item 'X-9'", NULL);
	refused("invalid/evidence.lua", "need 'evidence'", NULL);
	refused("invalid/no-sections.lua", "needs at least one section", NULL);
	refused("invalid/no-survey.lua", "declares no survey", NULL);
	refused("invalid/twice.lua", "declared twice", "twice.lua:2:");
	refused("invalid/syntax.lua", "syntax.lua:2:", "near <eof>");
	refused("invalid/grades.lua", "the lowest grade must start at 0", NULL);
	refused("invalid/text.lua", "'title' is not valid UTF-8 text",
		"label 'a,b' may not contain ','");
	refused("invalid/text.lua", "'tags' must be one line", NULL);
	/* Every problem of a file is reported, not just the first. */
	refused("invalid/many.lua", "id 'Bad Id'", "respondent 'everyone'");
	refused("invalid/many.lua", "'version' must be a string",
		"'title' is empty");
	refused("invalid/many.lua", "severity 'huge'", "unknown type 'essay'");
}

static void t_bundled(void)
{
	static const struct {
		const char *id;
		int min_items;
		enum tk_respondent resp;
		const char *param;
	} want[] = {{"staff-self", 40, TK_RESP_STAFF, NULL},
		    {"division-self", 40, TK_RESP_DIVISION, NULL},
		    {"regular-audit", 60, TK_RESP_DIVISION, NULL},
		    {"special-audit", 1, TK_RESP_DIVISION, "themes=SNS"}};
	/* Every bundled plugin loads; special-audit only with its items
	 * chosen (no silent default), and the host knows it needs them. */
	for (int i = 0; i < tk_host_count(host); i++) {
		const struct tk_plugin_entry *e = tk_host_entry(host, i);
		if (strstr(e->path, "special-audit.lua"))
			check(e->error && e->needs_params);
		else
			check(e->error == NULL && !e->needs_params);
	}
	for (size_t w = 0; w < sizeof want / sizeof want[0]; w++) {
		struct tk_survey *s = NULL;
		struct tk_error err;
		const char *const p[] = {want[w].param};
		check_int(tk_host_survey(host, want[w].id, p,
					 want[w].param ? 1 : 0, &s, &err),
			  ==, TK_OK);
		if (!s)
			continue;
		check_int(s->nitems, >=, want[w].min_items);
		check_int(s->respondent, ==, want[w].resp);
		for (int i = 0; i < s->nitems; i++)
			if (!strncmp(s->kind, "regular", 7) &&
			    !*s->items[i].evidence)
				check(!"audit item without evidence");
		tk_survey_free(s);
	}
}

static void t_special_params(void)
{
	const char *p0[] = {"themes=外部記録媒体"};
	const char *p1[] = {"themes=公用携帯電話機"};
	const char *p2[] = {"themes=存在しないテーマ"};
	struct tk_survey *a = NULL, *b = NULL, *c = NULL;
	struct tk_error err;
	check_int(tk_host_survey(host, "special-audit", NULL, 0, &c, &err), ==,
		  TK_EPLUGIN);
	check_contains(err.message, "特別監査の項目が選ばれていません");
	check_int(tk_host_survey(host, "special-audit", p0, 1, &a, &err), ==,
		  TK_OK);
	check_int(tk_host_survey(host, "special-audit", p1, 1, &b, &err), ==,
		  TK_OK);
	if (a && b) {
		check(strcmp(a->hash, b->hash) != 0);
		check_contains(b->title, "公用携帯電話機");
		/* It reads every bundled checklist it may draw from. */
		check_int(b->ndeps, ==, 3);
		check_str(b->dep_ids[0], "regular-audit");
		check_str(b->params, "themes=公用携帯電話機");
		for (int i = 0; i < b->nitems; i++) {
			int tagged = 0;
			for (int t = 0; t < b->items[i].ntags; t++)
				tagged |= !strcmp(b->items[i].tags[t],
						  "公用携帯電話機");
			check(tagged);
		}
	}
	check_int(tk_host_survey(host, "special-audit", p2, 1, &c, &err), ==,
		  TK_EPLUGIN);
	check_contains(err.message, "special-audit.lua:");
	tk_survey_free(a);
	tk_survey_free(b);
	tk_survey_free(c);
}

static void t_duplicates(void)
{
	char dir[512], cmd[4400];
	const char *dirs[2];
	tk_host *h = NULL;
	struct tk_error err;
	snprintf(dir, sizeof dir, "/tmp/tenken-t-plugin-%d", (int)getpid());
	{
		/* Two copies of one plugin: two files, one survey id. */
		char *src;
		size_t len;
		check_int(mkdir(dir, 0700), ==, 0);
		check_int(tk_read_file(fixture("ok/tiny.lua"), 1 << 20, &src,
				       &len, &err),
			  ==, TK_OK);
		for (int k = 0; k < 2 && src; k++) {
			FILE *f;
			snprintf(cmd, sizeof cmd, "%s/%c.lua", dir, 'a' + k);
			f = fopen(cmd, "w");
			check(f != NULL);
			if (f) {
				fwrite(src, 1, len, f);
				fclose(f);
			}
		}
		free(src);
	}
	dirs[0] = dir;
	check_int(tk_host_open(dirs, 1, NULL, &h, &err), ==, TK_EPLUGIN);
	check_contains(err.message, "two plugins declare survey id 'tiny'");
	check_contains(err.message, "/a.lua");
	check_contains(err.message, "/b.lua");
	check(h != NULL);
	tk_host_close(h);
	check_int(tap_rmtree(dir), ==, 0);
}

static void t_roundtrip(void)
{
	struct tk_store *st = NULL;
	struct tk_survey *s = NULL, *back = NULL;
	struct tk_error err;
	long id = 0, id2 = 0;
	char path[256], *j1, *j2;
	snprintf(path, sizeof path, "/tmp/tenken-t-plugin-%d.db",
		 (int)getpid());
	unlink(path);
	check_int(tk_store_open(path, TK_STORE_CREATE, &st, &err), ==, TK_OK);
	check_int(tk_host_survey(host, "division-self", NULL, 0, &s, &err), ==,
		  TK_OK);
	check_int(tk_store_begin(st, &err), ==, TK_OK);
	check_int(tk_survey_store(st, s, &id, &err), ==, TK_OK);
	check_int(tk_survey_store(st, s, &id2, &err), ==, TK_OK);
	check_int(tk_store_commit(st, &err), ==, TK_OK);
	check_int(id, ==, id2); /* stored once */
	check_int(tk_survey_load(st, id, &back, &err), ==, TK_OK);
	if (back) {
		j1 = tk_survey_json(s);
		j2 = tk_survey_json(back);
		check_str(j2, j1);
		tk_survey_rehash(back);
		check_str(back->hash, s->hash);
		free(j1);
		free(j2);
	}
	tk_survey_free(back);
	tk_survey_free(s);
	tk_store_close(st);
	unlink(path);
}

static void t_hooks(void)
{
	struct tk_survey *s = NULL;
	struct tk_error err;
	tk_hooks *k = NULL;
	struct tk_hook_item *items;
	double score;
	int has;
	const char *p[] = {"themes=外部記録媒体"};
	check_int(tk_host_survey(host, "special-audit", p, 1, &s, &err), ==,
		  TK_OK);
	if (!s)
		return;
	check(s->has_score_hook);
	check_int(tk_hooks_open(s, NULL, &k, &err), ==, TK_OK);
	items = calloc((size_t)s->nitems, sizeof *items);
	for (int i = 0; i < s->nitems; i++)
		items[i] = (struct tk_hook_item){1, 1.0, 1};
	struct tk_hook_division full = {"120", "hq", items, 100, 1};
	check_int(tk_hooks_score_division(k, &full, &score, &has, &err), ==,
		  TK_OK);
	check_double(score, 100, 1e-9);
	/* A high-severity item at 0 caps the score at 59. */
	for (int i = 0; i < s->nitems; i++)
		if (s->items[i].severity == TK_SEV_HIGH) {
			items[i].value = 0;
			break;
		}
	struct tk_hook_division d = {"120", "hq", items, 90, 1};
	check_int(tk_hooks_score_division(k, &d, &score, &has, &err), ==,
		  TK_OK);
	check_double(score, 59, 1e-9);
	free(items);
	tk_hooks_close(k);
	tk_survey_free(s);
}

/* Hooks run under the limits; what they return is checked. */
static void t_hostile_hooks(void)
{
	struct tk_survey *s = NULL;
	struct tk_error err;
	tk_hooks *k = NULL;
	struct tk_buf problems = {0};
	const char *answers[1] = {NULL};
	struct tk_hook_item item = {1, 1.0, 1};
	int n = 0;
	check_int(tk_host_load_file(host, fixture("hostile/badhook.lua"), NULL,
				    0, &s, &err),
		  ==, TK_OK);
	if (!s)
		return;
	check_int(tk_hooks_open(s, NULL, &k, &err), ==, TK_OK);
	/* The row's __index never runs: it reads as a row without fields. */
	check_int(tk_hooks_validate(k, answers, &problems, &n, &err), ==,
		  TK_OK);
	check_int(n, ==, 1);
	check_contains(problems.s, "rejected by the plugin");
	struct tk_hook_division d = {"120", "hq", &item, 100, 1};
	struct tk_hook_rows rows = {0};
	check_int(tk_hooks_report_division(k, &d, &rows, &err), ==, TK_EPLUGIN);
	check_contains(err.message, "too long");
	check_int(rows.n, ==, 0);
	tk_buf_free(&problems);
	tk_hooks_close(k);
	tk_survey_free(s);
}

int main(void)
{
	const char *d = getenv("TENKEN_TESTDATA");
	const char *dirs[1];
	struct tk_plugin_limits lim = {2000000, (size_t)64 << 20};
	struct tk_error err;
	snprintf(data, sizeof data, "%s",
		 d ? d : TENKEN_SOURCE_DIR "/tests/data");
	dirs[0] = TENKEN_SOURCE_DIR "/surveys";
	if (tk_host_open(dirs, 1, &lim, &host, &err)) {
		printf("Bail out! %s\n", err.message);
		return 1;
	}
	TEST(t_hostile(), "sandbox rules: no io/os/require/debug/load/globals");
	TEST(t_limits(),
	     "limits: instructions, pcall escape, stack, memory, patterns");
	TEST(t_validation(), "API validation errors name file:line");
	TEST(t_bundled(), "bundled surveys load and pass the checks");
	TEST(t_special_params(), "special audit builds from themes (--param)");
	TEST(t_duplicates(), "two plugins with one id: error names both files");
	TEST(t_roundtrip(), "frozen survey round-trips through the database");
	TEST(t_hooks(), "score hook of a frozen survey");
	TEST(t_hostile_hooks(), "hooks run under the limits; results checked");
	tk_host_close(host);
	return test_done();
}
