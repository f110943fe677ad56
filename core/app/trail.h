/*
 * trail.h — the evidence trail (証跡, 第6 1(4)) checked as a whole: the
 * event log's hash chain, optionally against an anchor kept outside the
 * database (store.h, struct tk_anchor), and the domain tables against the
 * log — every recorded object has the event that created it, and every
 * such event's object exists.
 *
 * What each check catches (docs/cli.md, `tenken log verify`): the chain
 * catches an edited or removed entry in the middle; the cross-check catches
 * deleted events whose objects remain (or objects deleted behind the log's
 * back); only the anchor catches a truncated log, a log deleted entirely
 * together with its objects, and forged events appended with a correct
 * chain after it was written down.
 */
#ifndef TK_APP_TRAIL_H
#define TK_APP_TRAIL_H

#include "lib/error.h"
#include "store/store.h"

/* How many gaps a result lists (the count covers all). */
#define TK_TRAIL_LISTED 10

struct tk_trail_req {
	const struct tk_anchor *anchor; /* check against it, or NULL */
};

struct tk_trail_result {
	long entries;  /* entries in the verified chain */
	char head[65]; /* hash of the last one ("" when empty) */
	int anchored;  /* an anchor was given and matched */
	long rows;     /* domain rows cross-checked */
	long gaps;     /* rows without their event + events without their row */
	int listed;    /* gap[0..listed-1] say which, first ones first */
	char gap[TK_TRAIL_LISTED][200];
};

/*
 * Verify the chain, the anchor when given, then cross-check the tables.
 * A broken chain is TK_EINPUT (the entry named); an anchor the log no
 * longer matches, or any gap, is TK_EDB — for gaps res->gap lists the
 * first ones.  res is filled as far as the checks got.
 */
int tk_trail_verify(struct tk_store *st, const struct tk_trail_req *req,
		    struct tk_trail_result *res, struct tk_error *err);

#endif
