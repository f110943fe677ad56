/*
 * render_improvement.h — `improvement list` and `overdue` as a table or
 * JSON (render_improvement.c), as render.h's renderers do.
 */
#ifndef TK_RENDER_IMPROVEMENT_H
#define TK_RENDER_IMPROVEMENT_H

#include "app/improvement.h"
#include "app/overdue.h"
#include "lib/util.h"

int tk_render_improvements(const struct tk_improvement_list *l, int json,
			   struct tk_buf *out, struct tk_error *err);
int tk_render_overdue(const struct tk_overdue *o, int json, struct tk_buf *out,
		      struct tk_error *err);

#endif
