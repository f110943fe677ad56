/*
 * sheet.h — small helpers shared by the workbook writers (form.c,
 * report.c): names, header/footer text, text widths and row heights, and
 * putting finished ".part" files in place.
 */
#ifndef TK_SHEET_H
#define TK_SHEET_H

#include "lib/error.h"
#include "lib/util.h"

#include <stddef.h>

/* A copy of s usable inside a file name ('/', ':', '*', … become '_').
 * Caller frees. */
char *tk_sheet_safe_name(const char *s);

/* Append s to a page header/footer string, escaping '&' as "&&". */
void tk_sheet_hf_add(struct tk_buf *b, const char *s);

/* The first max characters (not bytes) of s, as a new string. */
char *tk_sheet_utf8_prefix(const char *s, size_t max);

/* Width of s in Excel column units at 10-11 pt (a full-width character is
 * about 1.85); *lines gets the number of explicit lines. */
double tk_sheet_text_width(const char *s, int *lines);

/* The row height (points) that wrapped texts text[k] in columns of
 * widths[k] need, or 0 when one line is enough.  LibreOffice and Excel do
 * not grow such rows by themselves when they open a generated file. */
double tk_sheet_row_height(const char *const *text, const double *widths,
			   int n);

/* The hidden temporary name ".BASE.part" next to path.  Caller frees. */
char *tk_sheet_part_name(const char *path);

/* A final name must not be a directory or another non-file. */
int tk_sheet_check_target(const char *path, struct tk_error *err);

/* Rename tmp[i] to dest[i] for all i; *written counts the successes; the
 * first failure is reported (the others are still tried). */
int tk_sheet_put_in_place(char *const *tmp, char *const *dest, int n,
			  int *written, struct tk_error *err);

#endif
