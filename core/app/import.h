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

#include <stddef.h>

/* Outcome of one workbook. */
enum tk_import_outcome {
	TK_IMPORT_ACCEPTED,
	TK_IMPORT_SUPERSEDED, /* accepted, replacing an earlier submission */
	TK_IMPORT_UNCHANGED,  /* same file as already imported */
	TK_IMPORT_REJECTED
};

/* Why a file was rejected. */
enum tk_import_rejection {
	TK_REJECT_PROBLEMS, /* the form has problems (nproblems of them) */
	TK_REJECT_SEAL,	    /* a sealed bundle failed verification */
	TK_REJECT_NOT_FORM, /* neither an .xlsx workbook nor a sealed bundle */
	TK_REJECT_UNREADABLE, /* the file cannot be read */
};

/* One problem of a refused form, as a record (the text line of it is in
 * tk_import_file_result.problems).  Strings are never NULL. */
struct tk_import_problem {
	const char *cell;  /* "SHEET!A1", or "" when not about one cell */
	const char *item;  /* the item id, or "" */
	const char *value; /* the value as read, or "" */
	const char *what;  /* what is wrong (translated) */
	const char *fix;   /* how to fix it, one line (translated), or "" */
};

/*
 * What became of one file (or one member of a sealed bundle).  The strings
 * belong to the importer and are valid only during the on_file call.
 */
struct tk_import_file_result {
	const char *name; /* path, or "bundle:member" */
	enum tk_import_outcome outcome;
	enum tk_import_rejection rejection; /* when REJECTED */
	int dry_run;			    /* accepted, but nothing written */
	const char *file; /* the file's own name (a bundle member's) */
	/* when accepted, and when REJECTED for PROBLEMS once the form's token
	 * resolved (else NULL) */
	const char *division_code, *division;
	size_t answers; /* when accepted */
	int nproblems;	/* when REJECTED for PROBLEMS */
	/* When REJECTED for PROBLEMS: the first problems (at most 100) as
	 * records; the rest are only counted in nproblems. */
	const struct tk_import_problem *list;
	int nlist;
	/* When REJECTED for PROBLEMS and the token resolved: the campaign
	 * (id 0 otherwise), its title, due date (or NULL) and marking, the
	 * division's head (or NULL), and the 差戻し票 written for the form
	 * (NULL when none: no slips asked for, or a dry run without them). */
	long campaign;
	const char *campaign_title, *due, *marking, *head;
	const char *slip;
	/* the slip could not be written: why (the run goes on), or NULL */
	const char *slip_error;
	/* When REJECTED: the details, one problem a line (no final newline);
	 * for PROBLEMS each line starts with "name: ". */
	const char *problems;
	/* When accepted: warnings, one a line (no final newline), each
	 * "name: warning: ..."; or NULL. */
	const char *warnings;
};

struct tk_import_totals {
	int files, accepted, superseded, unchanged, rejected;
	long answers;
	int listed;   /* files to import (directories expanded), set when the
			 import of the first one begins */
	int finished; /* 1 when every file was checked (no failure stopped
			 the run): the totals are complete */
};

struct tk_import_opts {
	int dry_run;		/* check only; write nothing */
	int allow_older;	/* accept a return older than the current one */
	const char *passphrase; /* for sealed bundles, or NULL */
	/* Write a 差戻し票 (reports/slipdoc.h) into this folder (made when
	 * the first is written) for each refused form whose division is
	 * known, also in a dry run; NULL: none. */
	const char *slips_dir;
	void *ctx; /* passed to the callbacks */
	/* Called once per file as it is decided; may be NULL. */
	void (*on_file)(void *ctx, const struct tk_import_file_result *r);
	/* Called after each file with the count done so far; may be NULL. */
	void (*on_progress)(void *ctx, int done, int total,
			    const struct tk_import_totals *t);
};

/*
 * Import files and directories (every *.xlsx and *.zip inside, not
 * recursive).  Nothing is printed: each file's outcome goes to o->on_file
 * as it is decided, and t gets the totals (t->finished tells whether they
 * are complete).  Returns TK_OK when every file was accepted or unchanged,
 * TK_EINPUT when any was rejected (err then summarises), or another code
 * for a failure that stopped the run (database, I/O).
 */
int tk_import_paths(struct tk_store *st, const char *const *paths, int n,
		    const struct tk_import_opts *o, struct tk_import_totals *t,
		    struct tk_error *err);

#endif
