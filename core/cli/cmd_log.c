/*
 * cmd_log.c — `tenken log verify`, `log anchor` and `log show`: the event
 * log (証跡).
 */
#include "app/trail.h"
#include "cli/commands.h"
#include "cli/render.h"
#include "lib/i18n.h"

#include <stdio.h>
#include <stdlib.h>

/* ------------------------------------------------------------ log */

/* The checks of app/trail.h, with --anchor when given; the gaps found
 * are printed to stderr. */
static int verify(struct tk_args *a, struct tk_store **st,
		  struct tk_anchor *anchor, struct tk_trail_result *res,
		  struct tk_error *err)
{
	const char *text = tk_arg(a, "--anchor");
	struct tk_trail_req req = {NULL};
	int rc;
	if (text) {
		if ((rc = tk_anchor_parse(text, anchor, err)))
			return rc;
		req.anchor = anchor;
	}
	if ((rc = tk_cli_open_store(a, st, err)))
		return rc;
	rc = tk_trail_verify(*st, &req, res, err);
	for (int i = 0; rc && i < res->listed; i++)
		fprintf(stderr, "  %s\n", res->gap[i]);
	return rc;
}

int cmd_log_verify(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	struct tk_trail_result res;
	struct tk_anchor anchor;
	int rc = verify(a, &st, &anchor, &res, err);
	if (!rc) {
		printf(_("event log intact: %ld entries, head %s\n"),
		       res.entries, res.entries ? res.head : _("(empty)"));
		if (res.anchored)
			printf(
			    _("anchor %ld:%s matches: entries 1 to %ld are unchanged\n"),
			    anchor.n, anchor.hash, anchor.n);
		if (res.anchored && res.entries > anchor.n)
			printf(
			    _("%ld entries written after the anchor are not covered by it: review them with `tenken log show --last %ld`\n"),
			    res.entries - anchor.n, res.entries - anchor.n);
		printf(
		    _("cross-check: %ld rows (org years, campaigns, submissions, audit plans, audits, findings, notices) each have their event, and every such event its row\n"),
		    res.rows);
	}
	tk_store_close(st);
	return rc;
}

int cmd_log_anchor(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	struct tk_trail_result res;
	struct tk_anchor anchor;
	char text[TK_ANCHOR_MAX];
	int rc = verify(a, &st, &anchor, &res, err);
	tk_store_close(st);
	if (rc)
		return rc;
	if (!res.entries)
		return tk_error_set(
		    err, TK_EDB, "the event log is empty: nothing to anchor");
	anchor.n = res.entries;
	snprintf(anchor.hash, sizeof anchor.hash, "%s", res.head);
	tk_anchor_format(&anchor, text);
	printf("%s\n", text);
	if (!a->quiet)
		printf(
		    _("# Keep this line outside the database (on paper, or in another system): `tenken log verify --anchor %ld:%s` later proves the first %ld entries are unchanged.\n"),
		    anchor.n, anchor.hash, anchor.n);
	return TK_OK;
}

int cmd_log_show(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	struct tk_event *ev;
	int rc, n;
	if ((rc = tk_cli_open_store(a, &st, err)))
		return rc;
	rc = tk_store_events(st, tk_arg_long(a, "--last", 50), &ev, &n, err);
	/* Who: the acting staff code and, in brackets, the OS login. */
	for (int i = 0; !rc && i < n; i++) {
		char at[32];
		printf("%ld %s ", ev[i].id,
		       tk_render_esc(tk_local_time(ev[i].at, at, sizeof at)));
		if (ev[i].staff)
			printf("%s(", tk_render_esc(ev[i].staff));
		printf("%s%s ", tk_render_esc(ev[i].actor),
		       ev[i].staff ? ")" : "");
		printf("%s %s %s\n", tk_render_esc(ev[i].action),
		       tk_render_esc(ev[i].object),
		       tk_render_esc(ev[i].detail));
	}
	tk_events_free(ev, n);
	tk_store_close(st);
	return rc;
}
