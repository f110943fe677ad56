/*
 * improvement.c — placeholder: the progress workbook's import arrives with
 * the improvement tracking (app/improvement.h).
 */
#include "app/returns.h"

int tk_progress_import(struct tk_store *st, const struct tk_return_in *in,
		       struct tk_problems *pr, struct tk_return_out *out,
		       struct tk_error *err)
{
	(void)st;
	(void)out;
	(void)err;
	tk_problem(pr, "%s: progress workbooks cannot be imported yet",
		   in->name);
	return TK_OK;
}
