/*
 * survey_db.h — freezing a survey into the database and loading the frozen
 * copy back (the surveys and survey_* tables).
 */
#ifndef TK_SURVEY_DB_H
#define TK_SURVEY_DB_H

#include "lib/error.h"
#include "model/survey.h"
#include "store/store.h"

/*
 * Freeze a survey into the database (inside the caller's transaction): the
 * definition, its tables and its provenance.  If a survey with the same hash
 * is stored already, nothing is written.  *id gets surveys.id.
 */
int tk_survey_store(struct tk_store *st, const struct tk_survey *s, long *id,
		    struct tk_error *err);
/* Load the frozen survey surveys.id = id.  *out NULL on failure. */
int tk_survey_load(struct tk_store *st, long id, struct tk_survey **out,
		   struct tk_error *err);

#endif
