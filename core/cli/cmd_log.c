/*
 * cmd_log.c — `tenken log verify` and `log show`: the event log (証跡).
 */
#include "cli/commands.h"

#include <stdio.h>
#include <stdlib.h>

/* ------------------------------------------------------------ log */

int cmd_log_verify(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	long n;
	char head[65];
	int rc;
	if ((rc = tk_cli_open_store(a, &st, err)))
		return rc;
	rc = tk_store_verify_log(st, &n, head, err);
	if (!rc)
		printf("event log intact: %ld entries, head %s\n", n,
		       n ? head : "(empty)");
	tk_store_close(st);
	return rc;
}

int cmd_log_show(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	struct tk_event *ev;
	int rc, n;
	if ((rc = tk_cli_open_store(a, &st, err)))
		return rc;
	rc = tk_store_events(st, tk_arg_long(a, "--last", 50), &ev, &n, err);
	for (int i = 0; !rc && i < n; i++)
		printf("%ld %s %s %s %s %s\n", ev[i].id, ev[i].at, ev[i].actor,
		       ev[i].action, ev[i].object, ev[i].detail);
	tk_events_free(ev, n);
	tk_store_close(st);
	return rc;
}
