/*
 * notice.c — placeholder: notices and their responses (app/notice.h).
 */
#include "app/returns.h"

int tk_response_import(struct tk_store *st, const struct tk_return_in *in,
		       struct tk_problems *pr, struct tk_return_out *out,
		       struct tk_error *err)
{
	(void)st;
	(void)out;
	(void)err;
	tk_problem(pr, "%s: response workbooks cannot be imported yet",
		   in->name);
	return TK_OK;
}
