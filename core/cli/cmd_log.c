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
	sqlite3_stmt *s;
	const char *lim = tk_arg(a, "--last");
	int rc;
	if ((rc = tk_cli_open_store(a, &st, err)))
		return rc;
	rc = tk_store_prepare(
	    st,
	    "SELECT * FROM (SELECT id, at, actor, action, object, detail FROM events ORDER BY id DESC LIMIT ?1) ORDER BY id",
	    &s, err);
	if (!rc) {
		sqlite3_bind_int64(s, 1, lim ? atol(lim) : 50);
		while (sqlite3_step(s) == SQLITE_ROW)
			printf("%lld %s %s %s %s %s\n",
			       (long long)sqlite3_column_int64(s, 0),
			       sqlite3_column_text(s, 1),
			       sqlite3_column_text(s, 2),
			       sqlite3_column_text(s, 3),
			       sqlite3_column_text(s, 4),
			       sqlite3_column_text(s, 5));
		sqlite3_finalize(s);
	}
	tk_store_close(st);
	return rc;
}
