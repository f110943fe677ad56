/*
 * mkforms.c — make filled forms for the benchmarks: the campaign's forms
 * with every answer cell already answered (tk_form_export with answers to fill
 * in), so a national-scale set of returns can be made in seconds.
 *
 *   tenken-bench-mkforms DB CAMPAIGN OUT_DIR
 */
#include "app/form_export.h"
#include "app/survey_db.h"
#include "lib/util.h"
#include "model/survey.h"

#include <stdio.h>
#include <stdlib.h>

struct gen {
	unsigned long long x;
	const struct tk_survey *s;
};

static const char *answer(void *ctx, const char *division, const char *staff,
			  const struct tk_item *it)
{
	struct gen *g = ctx;
	const struct tk_scale *sc;
	(void)division;
	(void)staff;
	if (it->scale < 0)
		return it->type == TK_ITEM_NUMBER ? "3" : NULL;
	sc = &g->s->scales[it->scale];
	g->x = g->x * 6364136223846793005ULL + 1442695040888963407ULL;
	/* Mostly the first (best) choice. */
	unsigned r = (unsigned)(g->x >> 33) % 10;
	return sc->choices[r < 7 ? 0 : r % sc->nchoices].label;
}

int main(int argc, char **argv)
{
	struct tk_store *st;
	struct tk_error err;
	struct tk_survey *s;
	struct gen g = {42, NULL};
	struct tk_form_prefill pf = {answer, &g};
	sqlite3_stmt *q;
	long survey = 0;
	int n, rc;
	if (argc != 4) {
		fprintf(stderr, "usage: %s DB CAMPAIGN OUT_DIR\n", argv[0]);
		return 2;
	}
	/* The forms are issued by a member of staff, as `form export` does. */
	tk_set_acting(getenv("TENKEN_AS"));
	if (tk_store_open(argv[1], 0, &st, &err))
		goto fail;
	if (tk_store_prepare(st, "SELECT survey FROM campaigns WHERE id=?1", &q,
			     &err))
		goto fail;
	sqlite3_bind_int64(q, 1, atol(argv[2]));
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		survey = (long)sqlite3_column_int64(q, 0);
	else if (rc != SQLITE_DONE)
		tk_store_error(st, &err, "campaigns");
	sqlite3_finalize(q);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		goto fail;
	if (tk_survey_load(st, survey, &s, &err))
		goto fail;
	g.s = s;
	struct tk_form_export_req req = {
	    .campaign = atol(argv[2]), .out_dir = argv[3], .prefill = &pf};
	if (tk_form_export(st, &req, &n, &err))
		goto fail;
	printf("%d filled forms in %s\n", n, argv[3]);
	tk_survey_free(s);
	tk_store_close(st);
	return 0;
fail:
	fprintf(stderr, "mkforms: %s\n", err.message);
	return 1;
}
