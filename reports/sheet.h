/*
 * sheet.h — helpers shared by the workbook writers (form.c, report.c):
 * opening and closing a workbook with its first error remembered, string
 * cells, the common cell formats and page setup, names, header/footer
 * text, text widths and row heights, and putting finished ".part" files in
 * place.  Nothing here touches the database.
 */
#ifndef TK_SHEET_H
#define TK_SHEET_H

#include "lib/error.h"
#include "lib/util.h"

#include <stddef.h>
#include <xlsxwriter.h>

/* A workbook being written and the first libxlsxwriter error of the calls
 * made on it (reported when it is closed). */
struct tk_sheet {
	lxw_workbook *wb;
	lxw_error lerr;
};

/* The font of every workbook tenken writes: a Japanese font, so that
 * Japanese text does not depend on the viewer's fallback.  Excel and
 * LibreOffice substitute MS Pゴシック (TK_SHEET_FONT_ALT) where 游ゴシック is
 * missing: the fonts are marked as Japanese (charset 128). */
#define TK_SHEET_FONT	  "游ゴシック"
#define TK_SHEET_FONT_ALT "MS Pゴシック"

/* Set format f to TK_SHEET_FONT.  tk_sheet_close does this for every
 * format left in libxlsxwriter's default font, the workbook's default
 * (Normal) style included. */
void tk_sheet_font(lxw_format *f);

/* A chart font in TK_SHEET_FONT of size points, rotated (degrees; 0
 * none); give it to every text element of a chart (axes, legend). */
lxw_chart_font tk_sheet_chart_font(double size, int rotation);

/* Create the workbook at path (default options); name is used in
 * messages.  Returns TK_OK or TK_EREPORT. */
int tk_sheet_open(struct tk_sheet *b, const char *path, const char *name,
		  struct tk_error *err);

/* Close the workbook; when it or any call before failed, remove path and
 * return TK_EREPORT naming name. */
int tk_sheet_close(struct tk_sheet *b, const char *path, const char *name,
		   struct tk_error *err);

/* Close the workbook after a sheet could not be added: path is removed and
 * TK_EREPORT returned. */
int tk_sheet_no_sheets(struct tk_sheet *b, const char *path, const char *name,
		       struct tk_error *err);

/* Remember e when it is the first error. */
void tk_sheet_keep(struct tk_sheet *b, lxw_error e);

/* Text as a string cell, never a formula; NULL or "" is a blank cell when
 * f is given, else nothing. */
void tk_sheet_put(struct tk_sheet *b, lxw_worksheet *ws, int row, int col,
		  const char *s, lxw_format *f);

/* An empty cell that carries format f. */
void tk_sheet_blank(struct tk_sheet *b, lxw_worksheet *ws, int row, int col,
		    lxw_format *f);

/* Set columns c1..c2 to width w. */
void tk_sheet_width(struct tk_sheet *b, lxw_worksheet *ws, int c1, int c2,
		    double w);

/* Give row r the height its wrapped cells need (tk_sheet_row_height). */
void tk_sheet_fit_row(struct tk_sheet *b, lxw_worksheet *ws, int r,
		      const char *const *text, const double *widths, int n);

/* A new format: 10 pt, aligned to the top. */
lxw_format *tk_sheet_fmt_base(lxw_workbook *wb);

/* tk_sheet_fmt_base with a thin grey border, wrapping text when wrap. */
lxw_format *tk_sheet_fmt_boxed(lxw_workbook *wb, int wrap);

/* A table's column heads: boxed, wrapped, bold on pale blue, centred. */
lxw_format *tk_sheet_fmt_head(lxw_workbook *wb);

/* A cell the division fills in: boxed, unlocked, pale yellow. */
lxw_format *tk_sheet_fmt_input(lxw_workbook *wb, int wrap);

/* A cell that does not apply: boxed, grey, centred. */
lxw_format *tk_sheet_fmt_na(lxw_workbook *wb);

/* A4 landscape, one page wide, side margins 0.5 in and top and bottom
 * margins tb. */
void tk_sheet_a4_landscape(lxw_worksheet *ws, double tb);

/* A4 portrait, one page wide, side margins 0.6 in and top and bottom
 * margins tb (the audit documents, auditdoc.c). */
void tk_sheet_a4_portrait(lxw_worksheet *ws, double tb);

/* A copy of s usable inside a file name ('/', ':', '*', … become '_').
 * Caller frees. */
char *tk_sheet_safe_name(const char *s);

/* The longest final file name (bytes) that leaves room for its hidden
 * ".NAME.part" and the ".XXXXXX" libxlsxwriter adds to that for its own
 * temporary files, within the 255 bytes a file system allows per name. */
#define TK_SHEET_NAME_MAX (255 - 6 - 7)

/* The file name prefix + safe(name) + ext, with name cut on a UTF-8
 * character boundary so that the whole fits TK_SHEET_NAME_MAX bytes; the
 * prefix (campaign and code: what keeps names unique) and ext are kept
 * whole.  Caller frees. */
char *tk_sheet_file_name(const char *prefix, const char *name, const char *ext);

/* Append s to a page header/footer string, escaping '&' as "&&". */
void tk_sheet_hf_add(struct tk_buf *b, const char *s);

/* Append the header/footer codes (such as "&L") and then s, escaped. */
void tk_sheet_hf_part(struct tk_buf *b, const char *codes, const char *s);

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

/* The marking on the left of header and footer, title on the right of
 * the header, "ページ P / N" in the footer's centre; a marking too long for
 * Excel's 255-character limit is cut to 100 characters, then the title is
 * left out. */
void tk_sheet_marked(struct tk_sheet *b, lxw_worksheet *ws, const char *marking,
		     const char *title);

/* Make the one hidden sheet of the closed workbook at path very hidden
 * (libxlsxwriter 1.1.4 only writes "hidden"; Excel's "unhide" then does
 * not list it): rewrites xl/workbook.xml in place.  name for messages. */
int tk_sheet_very_hidden(const char *path, const char *name,
			 struct tk_error *err);

#endif
