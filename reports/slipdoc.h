/*
 * slipdoc.h — the 差戻し票 (returned-form slip): the one-page document a
 * clerk sends back with a refused self-inspection form, telling the
 * division what is wrong, cell by cell, and how to correct it.
 *
 * Japanese, A4 portrait, the marking in header and footer, laid out as
 * the other official documents (doclayout.h): date, addressee (the
 * division and its head), sender, title 差戻し票（自己点検票の再提出に
 * ついて）, the form returned (campaign, file), a table No. / セル / 項目
 * / 記入された値 / 問題 / 直し方, and how to return the corrected form.
 * Written from data it is given; nothing here touches the database.
 */
#ifndef TK_SLIPDOC_H
#define TK_SLIPDOC_H

#include "lib/error.h"

/* One row of the table; NULL or "" leaves a cell blank. */
struct tk_slip_problem {
	const char *cell, *item, *value, *what, *fix;
};

struct tk_slip {
	const char *marking; /* header, footer and the top right */
	const char *date;    /* YYYY-MM-DD, shown as 令和… */
	long campaign;
	const char *campaign_title;
	const char *due; /* YYYY-MM-DD or NULL */
	const char *division_code, *division_name;
	const char *head_name; /* the 所属長, or NULL */
	const char *file_name; /* the returned file's own name */
	const struct tk_slip_problem *problems;
	int nproblems;
	int more; /* problems found but not listed */
};

/* Write the slip to path (name for messages).  TK_OK or TK_EREPORT; on
 * failure nothing is left at path. */
int tk_slip_write(const struct tk_slip *s, const char *path, const char *name,
		  struct tk_error *err);

/* The slip's file name: 差戻し票_CAMPAIGN_CODE_NAME.xlsx (made safe for
 * a file system, cut to fit).  Caller frees. */
char *tk_slip_file_name(long campaign, const char *code, const char *name);

#endif
