/*
 * csv.h — read a CSV file as Excel writes it: UTF-8 (with or without BOM)
 * or CP932 (Shift_JIS), never both in one file; CRLF, LF or CR (old Mac
 * Excel) line ends; RFC 4180 quoting (quoted fields may hold
 * commas, doubled quotes and line breaks).
 *
 * The whole file is checked before anything is returned: its size, the
 * length of every line (a hostile 1 GB line is refused after reading at most
 * the limit), and its encoding.  Records are then handed out one at a time
 * with the line number they started on, for messages like
 * "staff.csv:12: column 'grade': unknown grade '課長代理'".
 */
#ifndef TK_CSV_H
#define TK_CSV_H

#include "lib/error.h"

#include <stddef.h>

enum tk_encoding { TK_ENC_AUTO, TK_ENC_UTF8, TK_ENC_CP932 };

/* Parse "auto", "utf-8"/"utf8", "cp932"/"sjis"/"shift_jis"; -1 if unknown. */
int tk_encoding_parse(const char *s);

#define TK_CSV_MAX_FILE	  (512u << 20) /* 512 MiB */
#define TK_CSV_MAX_LINE	  (1u << 20)   /* 1 MiB */
#define TK_CSV_MAX_FIELDS 256

struct tk_csv {
	char *path;
	char *data; /* UTF-8 text of the whole file */
	size_t len, pos;
	long line;	/* line of the record last read */
	long next_line; /* line where the next record starts */
	int nfields;	/* fields of the record last read */
	char *fields[TK_CSV_MAX_FIELDS];
	size_t flen[TK_CSV_MAX_FIELDS]; /* their lengths, NULs included */
	char *rec;			/* storage for the record's fields */
	size_t rec_cap;
	enum tk_encoding encoding; /* as detected */
};

/* Open and check the file; on failure *out is NULL and err names the file,
 * line and column. */
int tk_csv_open(const char *path, enum tk_encoding enc, struct tk_csv **out,
		struct tk_error *err);
/* Read the next record: 1 when read, 0 at end, negative on error (err set).
 * Blank lines are skipped. */
int tk_csv_next(struct tk_csv *c, struct tk_error *err);
/* The first control character (tk_unsafe_char: C0/C1, U+2028/U+2029, bidi
 * overrides and isolates; NUL too) in field f of the record last read,
 * ignoring blanks at its ends; -1 when there is none. */
long tk_csv_bad_char(const struct tk_csv *c, int f);
void tk_csv_close(struct tk_csv *c); /* accepts NULL */

#endif
