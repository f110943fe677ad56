/*
 * tracker_hide.h — make the one hidden sheet of a closed workbook very
 * hidden (libxlsxwriter 1.1.4 only writes "hidden"); the same rewrite of
 * xl/workbook.xml reports/form.c makes for its _tenken sheet.
 */
#ifndef TK_TRACKER_HIDE_H
#define TK_TRACKER_HIDE_H

#include "lib/error.h"

int tk_tracker_very_hidden(const char *path, const char *name,
			   struct tk_error *err);

#endif
