/*
 * cmd_score.c — tenken score: compute a campaign's scores (app/score.h)
 * and print them by division, section, item or group (render_score.c).
 */
#include "app/score.h"
#include "cli/commands.h"
#include "cli/render.h"

#include <string.h>

/* --by as a tk_score_by; TK_EUSAGE for an unknown value. */
static int parse_by(const char *by, enum tk_score_by *b, struct tk_error *err)
{
	static const char *const names[] = {"division", "section", "item",
					    "group"};
	static const enum tk_score_by values[] = {TK_BY_DIVISION, TK_BY_SECTION,
						  TK_BY_ITEM, TK_BY_GROUP};
	*b = TK_BY_DIVISION;
	if (!by)
		return TK_OK;
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (!strcmp(by, names[i])) {
			*b = values[i];
			return TK_OK;
		}
	return tk_error_set(
	    err, TK_EUSAGE,
	    "--by: '%s' is not division, section, item or group", by);
}

int cmd_score(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	struct tk_scores *sc = NULL;
	struct tk_buf out = {0};
	enum tk_score_by by;
	long id;
	int rc;
	if ((rc = parse_by(tk_arg(a, "--by"), &by, err)))
		return rc;
	if (a->json && a->csv)
		return tk_error_set(err, TK_EUSAGE,
				    "give --json or --csv, not both");
	if ((rc = tk_cli_campaign_id(a, &id, err)))
		return rc;
	tk_render_csv_japanese(tk_cli_japanese(a));
	if ((rc = tk_cli_open_store(a, &st, err)))
		return rc;
	rc = tk_scores_compute(st, id, &sc, err);
	if (!rc)
		rc = tk_render_scores(sc, by,
				      a->json  ? TK_FMT_JSON
				      : a->csv ? TK_FMT_CSV
					       : TK_FMT_TABLE,
				      &out, err);
	tk_scores_free(sc);
	tk_store_close(st);
	return tk_render_emit(&out, rc);
}
