/*
 * import.h — importing returned self-inspection forms (and sealed bundles
 * of them) into the database.
 *
 * Each workbook is checked completely before anything is written: the
 * form's token and metadata, the campaign (open), the survey hash, every
 * answer against its item (choice label, number range, date, required,
 * applicability), staff rows against the roster of the campaign's year, and
 * the plugin's validate hook.  A rejected workbook gets every problem
 * listed with sheet!cell and nothing is written.  An accepted one is stored
 * in one transaction; the same file twice is a no-op; a different file for
 * the same division supersedes the current submission, and both stay in
 * history.
 */
#ifndef TK_IMPORT_H
#define TK_IMPORT_H

#include "lib/error.h"
#include "store/store.h"

#include <stdio.h>

struct tk_import_opts {
	int dry_run;		/* check only; write nothing */
	const char *passphrase; /* for sealed bundles, or NULL */
	int progress;		/* draw a progress line on stderr */
	int quiet;		/* no per-file lines */
	FILE *out;		/* per-file lines and totals (stdout) */
	FILE *problems;		/* rejection details (stderr) */
};

struct tk_import_totals {
	int files, accepted, superseded, unchanged, rejected;
	long answers;
};

/* Outcome of one workbook. */
enum tk_import_outcome {
	TK_IMPORT_ACCEPTED,
	TK_IMPORT_SUPERSEDED, /* accepted, replacing an earlier submission */
	TK_IMPORT_UNCHANGED,  /* same file as already imported */
	TK_IMPORT_REJECTED
};

/*
 * Import files and directories (every *.xlsx and *.zip inside, not
 * recursive).  Returns TK_OK when every file was accepted or unchanged,
 * TK_EINPUT when any was rejected (err then summarises), or another code
 * for a failure that stopped the run (database, I/O).
 */
int tk_import_paths(struct tk_store *st, const char *const *paths, int n,
		    const struct tk_import_opts *o, struct tk_import_totals *t,
		    struct tk_error *err);

#endif
