/*
 * score.h — computing the scores of a campaign (the types are in
 * model/score.h; docs/scoring.md describes every number).
 */
#ifndef TK_APP_SCORE_H
#define TK_APP_SCORE_H

#include "lib/error.h"
#include "model/score.h"
#include "store/store.h"

/*
 * Compute everything for one campaign, including the change against the
 * same survey's previous campaign.  Returns TK_OK with *out set (the
 * caller frees it with tk_scores_free), or an error code with *out NULL:
 * TK_ENOTFOUND for an unknown campaign, TK_EDB when a query fails.
 */
int tk_scores_compute(struct tk_store *st, long campaign,
		      struct tk_scores **out, struct tk_error *err);

/* Free sc and everything it owns (the survey too); NULL is fine. */
void tk_scores_free(struct tk_scores *sc);

#endif
