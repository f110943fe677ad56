/*
 * xlsxread.h — read the cells of an .xlsx workbook (libzip + expat).
 *
 * Reads what Excel, LibreOffice and other writers produce: shared and inline
 * strings, rich text runs, numbers, booleans, error values, formula cells
 * (their cached result), dates as serial numbers (flagged through the cell's
 * number format), parts in any order and any relationship target path.
 *
 * Hostile input is bounded by struct tk_xlsx_limits: a zip with too many
 * entries, an entry or a whole archive that inflates past the caps (zip
 * bombs), XML with a DOCTYPE or entity declarations (refused outright), and
 * absurd dimensions are refused with TK_ELIMIT or TK_EINPUT and a message that
 * names the file and part.  Sheets are streamed cell by cell; only the shared
 * string table is held in memory.
 */
#ifndef TK_XLSXREAD_H
#define TK_XLSXREAD_H

#include "lib/error.h"

#include <stddef.h>
#include <stdint.h>

struct tk_xlsx_limits {
	uint64_t max_entry_bytes; /* largest uncompressed part */
	uint64_t max_total_bytes; /* all parts together, uncompressed */
	int max_entries;	  /* zip entries */
	uint32_t max_rows;	  /* largest row number accepted */
	uint32_t max_cols;	  /* largest column number accepted */
};

/* Defaults: 256 MiB per part, 1 GiB total, 10000 entries, 1048576 rows,
 * 16384 columns (Excel's own maxima). */
void tk_xlsx_limits_default(struct tk_xlsx_limits *lim);

enum tk_cell_type {
	TK_CELL_STRING, /* text (shared, inline, rich or formula string) */
	TK_CELL_NUMBER, /* num is set; is_date when the format is a date */
	TK_CELL_BOOL,	/* num is 0 or 1; text "TRUE" or "FALSE" as shown */
	TK_CELL_ERROR	/* text is the error value, e.g. "#N/A" */
};

struct tk_xlsx_cell {
	uint32_t row; /* 1-based */
	uint32_t col; /* 1-based: A = 1 */
	enum tk_cell_type type;
	const char *text; /* NUL-terminated UTF-8; for numbers the literal */
	size_t len;
	double num;
	int is_date; /* number with a date/time number format */
};

typedef struct tk_xlsx tk_xlsx;

/*
 * Open a workbook from a file, or from a memory buffer (copied) that came
 * out of a sealed bundle; name is used in messages.  lim may be NULL for the
 * defaults.  On success *out is set and TK_OK returned; on failure *out is
 * NULL and err says why ("FILE: not an .xlsx workbook (…)").
 */
int tk_xlsx_open(const char *path, const struct tk_xlsx_limits *lim,
		 tk_xlsx **out, struct tk_error *err);
int tk_xlsx_open_buffer(const void *data, size_t len, const char *name,
			const struct tk_xlsx_limits *lim, tk_xlsx **out,
			struct tk_error *err);
void tk_xlsx_close(tk_xlsx *x); /* accepts NULL */

/* Sheets in workbook order. Names are owned by x. state: 0 visible,
 * 1 hidden, 2 veryHidden. */
int tk_xlsx_sheet_count(const tk_xlsx *x);
const char *tk_xlsx_sheet_name(const tk_xlsx *x, int i);
int tk_xlsx_sheet_state(const tk_xlsx *x, int i);
/* Index of the sheet with this name, or -1. */
int tk_xlsx_find_sheet(const tk_xlsx *x, const char *name);

/*
 * Stream the non-empty cells of sheet i in document order, calling fn for
 * each.  The cell and its text are valid only during the call.  A non-zero
 * return from fn stops the read and is returned (err untouched by us).
 *
 * (Notes on the implementation: cells with only a style, and cells whose
 * string is empty, are not delivered; max_rows/max_cols apply to the cells
 * delivered.  A row number or a cell reference that occurs twice in the
 * sheet is refused (TK_EINPUT, "FILE: PART:LINE: Sheet!A14: duplicated"),
 * as is a cell whose reference lies outside its row: no spreadsheet program
 * shows such cells.  Rows and cells may come in any order; a cell without
 * r follows the previous one.  In a workbook using the 1904 date system,
 * the num of a date cell is converted to a 1900-system serial, so
 * tk_xlsx_serial_date() works for both; text stays the literal.  A bad i is
 * TK_ENOTFOUND.)
 */
typedef int (*tk_xlsx_cell_fn)(void *ctx, const struct tk_xlsx_cell *cell);
int tk_xlsx_read_sheet(tk_xlsx *x, int i, tk_xlsx_cell_fn fn, void *ctx,
		       struct tk_error *err);

/* The workbook's last-modified time (docProps/core.xml dcterms:modified,
 * e.g. "2026-12-01T09:30:00Z") into buf; returns 1, or 0 (buf "") when the
 * workbook does not say. */
int tk_xlsx_modified(tk_xlsx *x, char *buf, size_t n);

/* Write "B12" style reference for (row, col) into buf (>= 16 bytes). */
char *tk_xlsx_ref(uint32_t row, uint32_t col, char *buf);

/* Convert an Excel serial date (1900 system) to "YYYY-MM-DD" in buf (>= 11).
 * (0 gives "1900-01-00" as in Excel; below 0, past 9999-12-31 or NaN, "".) */
char *tk_xlsx_serial_date(double serial, char *buf);

#endif
