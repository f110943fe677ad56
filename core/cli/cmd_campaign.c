/*
 * cmd_campaign.c — tenken campaign create / list / show / edit / delete /
 * close / reopen, and tenken status.  (tenken score is in cmd_score.c.)
 */
#include "app/campaign.h"
#include "app/org.h"
#include "cli/commands.h"
#include "cli/render.h"
#include "lib/i18n.h"
#include "model/vocab.h"

#include <stdlib.h>
#include <string.h>

int tk_cli_campaign_id(const struct tk_args *a, long *id, struct tk_error *err)
{
	const char *s = tk_arg(a, "--campaign");
	char *end;
	if (!s && a->npos == 1)
		s = a->pos[0];
	if (!s)
		return tk_error_set(err, TK_EUSAGE, "give --campaign ID");
	*id = strtol(s, &end, 10);
	if (*end || *id <= 0)
		return tk_error_set(err, TK_EUSAGE,
				    "--campaign: '%s' is not a campaign id", s);
	return TK_OK;
}

int cmd_campaign_create(struct tk_args *a, struct tk_error *err)
{
	struct tk_campaign_spec spec = {0};
	const char *survey = tk_arg(a, "--survey"), *year = tk_arg(a, "--year");
	struct tk_store *st = NULL;
	struct tk_survey *s = NULL;
	tk_host *h = NULL;
	long id;
	char *end;
	int rc;

	if (!survey)
		return tk_error_set(err, TK_EUSAGE,
				    "campaign create needs --survey ID");
	spec.fy = tk_fiscal_year_today();
	if (year) {
		spec.fy = (int)strtol(year, &end, 10);
		if (*end || spec.fy < 1990 || spec.fy > 2200)
			return tk_error_set(err, TK_EUSAGE,
					    "--year: '%s' is not a fiscal year",
					    year);
	}
	spec.title = tk_arg(a, "--title");
	spec.due = tk_arg(a, "--due");
	spec.divisions = tk_arg(a, "--divisions");
	spec.marking = tk_arg(a, "--marking");
	spec.return_to = tk_arg(a, "--return-to");
	if ((rc = tk_cli_open_store(a, &st, err)))
		return rc;
	rc = tk_cli_host(a, &h, err);
	if (!rc)
		rc = tk_host_survey(h, survey, a->params, a->nparams, &s, err);
	if (!rc)
		rc = tk_campaign_create(st, s, &spec, &id, err);
	if (!rc) {
		if (a->quiet)
			printf("%ld\n", id);
		else
			printf(
			    _("campaign %ld created: survey %s %s (hash %.12s), FY%d\n"),
			    id, s->id, s->version, s->hash, spec.fy);
	}
	tk_survey_free(s);
	tk_host_close(h);
	tk_store_close(st);
	return rc;
}

int cmd_campaign_list(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	struct tk_campaign_list l = {0};
	struct tk_buf b = {0};
	int rc = tk_cli_open_store(a, &st, err);
	if (!rc)
		rc = tk_campaign_list(st, &l, err);
	if (!rc)
		rc = tk_render_campaign_list(&l, a->json, &b, err);
	tk_campaign_list_clear(&l);
	tk_store_close(st);
	return tk_render_emit(&b, rc);
}

/* campaign show: the campaign's facts rendered into b. */
static int show_campaign(struct tk_store *st, long id, enum tk_format fmt,
			 struct tk_buf *b, struct tk_error *err)
{
	struct tk_campaign c;
	int rc = tk_campaign_get(st, id, &c, err);
	if (!rc)
		rc = tk_render_campaign(&c, fmt == TK_FMT_JSON, b, err);
	tk_campaign_clear(&c);
	return rc;
}

/* status: the returns of each target division rendered into b. */
static int show_status(struct tk_store *st, long id, enum tk_format fmt,
		       struct tk_buf *b, struct tk_error *err)
{
	struct tk_status s;
	int rc = tk_campaign_status(st, id, &s, err);
	if (!rc)
		rc = tk_render_status(&s, fmt, b, err);
	tk_status_clear(&s);
	return rc;
}

/* Renders the output of a one-campaign command into b. */
typedef int campaign_show_fn(struct tk_store *st, long id, enum tk_format fmt,
			     struct tk_buf *b, struct tk_error *err);

/* A command on one campaign (--campaign ID) whose whole output show
 * renders; printed only when it all succeeded. */
static int campaign_command(struct tk_args *a, campaign_show_fn *show,
			    struct tk_error *err)
{
	struct tk_store *st = NULL;
	struct tk_buf b = {0};
	long id;
	int rc = tk_cli_campaign_id(a, &id, err);
	if (!rc)
		rc = tk_cli_open_store(a, &st, err);
	if (!rc)
		rc = show(st, id,
			  a->csv    ? TK_FMT_CSV
			  : a->json ? TK_FMT_JSON
				    : TK_FMT_TABLE,
			  &b, err);
	tk_store_close(st);
	return tk_render_emit(&b, rc);
}

int cmd_campaign_show(struct tk_args *a, struct tk_error *err)
{
	return campaign_command(a, show_campaign, err);
}

static int set_status(struct tk_args *a, const char *status,
		      struct tk_error *err)
{
	struct tk_store *st = NULL;
	long id;
	int rc = tk_cli_campaign_id(a, &id, err);
	if (!rc)
		rc = tk_cli_open_store(a, &st, err);
	if (!rc)
		rc = tk_campaign_set_status(st, id, status, err);
	if (!rc && !a->quiet)
		printf(!strcmp(status, "closed") ? _("campaign %ld closed\n")
						 : _("campaign %ld reopened\n"),
		       id);
	tk_store_close(st);
	return rc;
}

int cmd_campaign_edit(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	struct tk_campaign_edit e = {0};
	int rc = tk_cli_id(a, "--campaign", &e.id, err);
	e.due = tk_arg(a, "--due");
	e.title = tk_arg(a, "--title");
	if (!rc)
		rc = tk_cli_open_store(a, &st, err);
	if (!rc)
		rc = tk_campaign_edit(st, &e, err);
	if (!rc && !a->quiet)
		printf(_("campaign %ld changed\n"), e.id);
	tk_store_close(st);
	return rc;
}

int cmd_campaign_delete(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	long id, forms = 0;
	int rc = tk_cli_id(a, "--campaign", &id, err);
	if (!rc)
		rc = tk_cli_open_store(a, &st, err);
	if (!rc)
		rc = tk_campaign_delete(st, id, &forms, err);
	if (!rc && !a->quiet)
		printf(P_("campaign %ld deleted with %ld exported form\n",
			  "campaign %ld deleted with %ld exported forms\n",
			  forms),
		       id, forms);
	tk_store_close(st);
	return rc;
}

int cmd_campaign_close(struct tk_args *a, struct tk_error *err)
{
	return set_status(a, TK_CAMPAIGN_CLOSED, err);
}

int cmd_campaign_reopen(struct tk_args *a, struct tk_error *err)
{
	return set_status(a, TK_CAMPAIGN_OPEN, err);
}

int cmd_status(struct tk_args *a, struct tk_error *err)
{
	if (a->json && a->csv)
		return tk_error_set(err, TK_EUSAGE,
				    "give --json or --csv, not both");
	tk_render_csv_japanese(tk_cli_japanese(a));
	return campaign_command(a, show_status, err);
}
