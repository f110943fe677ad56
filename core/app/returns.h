/*
 * returns.h — workbooks other than forms that come back through `tenken
 * import`: a division's response to a notice (改善通知・横展開, format
 * "tenken-response/1", app/notice.h) and its progress report on open
 * improvements ("tenken-progress/1", app/improvement.h).
 *
 * Each is issued with a token (table return_forms) written into its
 * hidden _tenken sheet together with the format, the division, the year,
 * the answer sheet's name and its first data row — the keys forms use.
 * The importer (app/import.c) hashes and parses the workbook as it does a
 * form, and for these formats hands the answer sheet to the handler here:
 * the handler checks everything first, recording every problem with
 * sheet!cell, and writes only when there is none, in one transaction with
 * its event and the file's SHA-256 (table returns: the same file twice is
 * a no-op).
 */
#ifndef TK_RETURNS_H
#define TK_RETURNS_H

#include "formats/xlsxread.h"
#include "lib/error.h"
#include "lib/problems.h"
#include "store/store.h"

#define TK_RESPONSE_FORMAT "tenken-response/1"
#define TK_PROGRESS_FORMAT "tenken-progress/1"

/* The hidden _tenken sheet's keys, in the order written (column A, one a
 * row; values in column B). */
#define TK_RETURN_META_KEYS                                                    \
	"format", "division", "fy", "token", "answer_sheet", "first_row"

/* A returned workbook as the importer read it.  Strings and cells belong to
 * the importer and are valid during the handler's call only. */
struct tk_return_in {
	const char *name;   /* path or "bundle:member", for messages */
	const char *sha;    /* the file's SHA-256, hex */
	const char *format; /* TK_RESPONSE_FORMAT or TK_PROGRESS_FORMAT */
	const char *token, *division, *fy, *sheet; /* _tenken values or NULL */
	int first_row;				   /* 1-based, 0 if missing */
	/* the answer sheet's non-empty cells, by row then column */
	const struct tk_xlsx_cell *cells;
	size_t ncells;
	int dry_run; /* check only, write nothing */
};

/* What was taken from an accepted workbook. */
struct tk_return_out {
	char division_code[32], division[128];
	int rows;	/* responses or progress rows taken */
	int superseded; /* replaced an earlier response to the same notice */
};

/* The issued workbook a token names. */
struct tk_return_form {
	long id, notice; /* notice: 0 for progress forms */
	long division_id;
	int fy;
	char kind[16]; /* "response" or "progress" */
	char division_code[32], division[128];
};

/* 32 lowercase hex digits from SQLite's CSPRNG. */
void tk_return_new_token(char out[33]);

/* An issued workbook: kind "response" (notice > 0) or "progress". */
struct tk_return_issue {
	const char *kind;
	long notice, division_id;
	const char *token, *file_name;
};
/* Record it (in the caller's transaction): *id (or NULL) gets its row. */
int tk_return_form_issue(struct tk_store *st, const struct tk_return_issue *ri,
			 long *id, struct tk_error *err);

/* Check in->token and the _tenken values against the issued workbook; a
 * mismatch is a problem (pr); *rf filled when there is none.  Returns
 * non-zero only for a database failure. */
int tk_return_resolve(struct tk_store *st, const struct tk_return_in *in,
		      const char *kind, struct tk_return_form *rf,
		      struct tk_problems *pr, struct tk_error *err);

/* Record the accepted file (in the caller's transaction). */
int tk_return_record(struct tk_store *st, const struct tk_return_in *in,
		     long form, int rows, struct tk_error *err);

/* The cell at (row, col), 1-based, or NULL when empty. */
const struct tk_xlsx_cell *tk_return_at(const struct tk_return_in *in,
					uint32_t row, uint32_t col);
/* The trimmed text of a cell into buf ("" when empty). */
const char *tk_return_text(const struct tk_return_in *in, uint32_t row,
			   uint32_t col, char *buf, size_t n);
/* A date cell (a date-formatted number or YYYY-MM-DD / YYYY/MM/DD text)
 * into out; 0 when empty, 1 when a date, -1 when not a date. */
int tk_return_date(const struct tk_return_in *in, uint32_t row, uint32_t col,
		   char out[11]);
/* The last row with any cell. */
uint32_t tk_return_last_row(const struct tk_return_in *in);

/* The handlers (app/notice.c, app/improvement.c): TK_OK with problems in
 * pr for a rejection (each line starting "NAME: SHEET!CELL: ", NAME being
 * in->name), or an error for a failure that stops the run.  Accepted: the
 * changes, their events and tk_return_record in one transaction (nothing
 * when in->dry_run), and out filled. */
int tk_response_import(struct tk_store *st, const struct tk_return_in *in,
		       struct tk_problems *pr, struct tk_return_out *out,
		       struct tk_error *err);
int tk_progress_import(struct tk_store *st, const struct tk_return_in *in,
		       struct tk_problems *pr, struct tk_return_out *out,
		       struct tk_error *err);

#endif
