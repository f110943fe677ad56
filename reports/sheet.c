/*
 * sheet.c — the helpers shared by the workbook writers (sheet.h): cells
 * and formats through libxlsxwriter with the first error remembered, page
 * setup, names and text measures, and renaming finished files into place.
 */
#include "reports/sheet.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

char *tk_sheet_safe_name(const char *s)
{
	char *r = tk_xstrdup(s);
	for (char *p = r; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f ||
		    strchr("/\\:*?\"<>|", *p))
			*p = '_';
	if (r[0] == '.')
		r[0] = '_';
	return r;
}

char *tk_sheet_file_name(const char *prefix, const char *name, const char *ext)
{
	struct tk_buf b = {0};
	char *safe = tk_sheet_safe_name(name);
	size_t room = TK_SHEET_NAME_MAX, n = strlen(safe);
	size_t fixed = strlen(prefix) + strlen(ext);
	room = fixed < room ? room - fixed : 0;
	if (n > room) {
		n = room;
		/* back up to the start of a character */
		while (n && ((unsigned char)safe[n] & 0xC0) == 0x80)
			n--;
	}
	tk_buf_addf(&b, "%s%.*s%s", prefix, (int)n, safe, ext);
	free(safe);
	return tk_buf_take(&b);
}

void tk_sheet_hf_add(struct tk_buf *b, const char *s)
{
	for (; s && *s; s++) {
		if (*s == '&')
			tk_buf_addc(b, '&');
		tk_buf_addc(b, *s);
	}
}

void tk_sheet_hf_part(struct tk_buf *b, const char *codes, const char *s)
{
	tk_buf_adds(b, codes);
	tk_sheet_hf_add(b, s);
}

char *tk_sheet_utf8_prefix(const char *s, size_t max)
{
	size_t n = 0, i = 0;
	char *r;
	for (; s[i]; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80 && n++ == max)
			break;
	r = tk_xmalloc(i + 1);
	memcpy(r, s, i);
	r[i] = '\0';
	return r;
}

double tk_sheet_text_width(const char *s, int *lines)
{
	double w = 0, widest = 0;
	*lines = 1;
	for (const unsigned char *p = (const unsigned char *)s; p && *p; p++)
		if (*p == '\n') {
			widest = w > widest ? w : widest;
			w = 0;
			++*lines;
		} else if (*p < 0x80) {
			w += 1;
		} else if ((*p & 0xc0) == 0xc0) {
			w += 1.85; /* a full-width character */
		}
	return w > widest ? w : widest;
}

double tk_sheet_row_height(const char *const *text, const double *widths, int n)
{
	int most = 1;
	for (int k = 0; k < n; k++) {
		int nl = 0, lines;
		double w;
		if (!text[k] || !*text[k])
			continue;
		/* Approximate: each explicit line wraps on its own. */
		w = tk_sheet_text_width(text[k], &nl);
		lines =
		    (int)ceil(w / (widths[k] > 2 ? widths[k] - 1 : 1)) + nl - 1;
		if (lines > most)
			most = lines;
	}
	if (most <= 1)
		return 0;
	return most * 13.0 + 2 > 409 ? 409 : most * 13.0 + 2;
}

char *tk_sheet_part_name(const char *path)
{
	struct tk_buf b = {0};
	const char *slash = strrchr(path, '/');
	if (slash)
		tk_buf_addf(&b, "%.*s/.%s.part", (int)(slash - path), path,
			    slash + 1);
	else
		tk_buf_addf(&b, ".%s.part", path);
	return tk_buf_take(&b);
}

int tk_sheet_check_target(const char *path, struct tk_error *err)
{
	struct stat sb;
	if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode))
		return tk_error_set(err, TK_EIO, "%s: exists and is not a file",
				    path);
	return TK_OK;
}

int tk_sheet_put_in_place(char *const *tmp, char *const *dest, int n,
			  int *written, struct tk_error *err)
{
	int rc = TK_OK;
	for (int i = 0; i < n; i++) {
		if (rename(tmp[i], dest[i]) != 0) {
			if (rc == TK_OK)
				rc = tk_error_set(
				    err, TK_EIO,
				    "%s: cannot rename %s to it (%s); the file is left there",
				    dest[i], tmp[i], strerror(errno));
			continue;
		}
		(*written)++;
	}
	return rc;
}

int tk_sheet_open(struct tk_sheet *b, const char *path, const char *name,
		  struct tk_error *err)
{
	lxw_workbook_options opt = {0};
	b->lerr = LXW_NO_ERROR;
	if (!(b->wb = workbook_new_opt(path, &opt)))
		return tk_error_set(err, TK_EREPORT,
				    "%s: cannot create workbook", name);
	return TK_OK;
}

void tk_sheet_font(lxw_format *f)
{
	format_set_font_name(f, TK_SHEET_FONT);
	format_set_font_charset(f, 128); /* SHIFTJIS: a Japanese font */
	format_set_font_family(f, 3);
}

/* Every format still in libxlsxwriter's default font (Calibri) — the
 * workbook's default (Normal) style, which also sets the default row
 * height, is the first — gets the Japanese font.  Fonts are collected when
 * the workbook is closed, so this is done just before. */
static void japanese_fonts(lxw_workbook *wb)
{
	lxw_format *f;
	STAILQ_FOREACH(f, wb->formats, list_pointers)
	if (!*f->font_name || !strcmp(f->font_name, LXW_DEFAULT_FONT_NAME) ||
	    !strcmp(f->font_name, TK_SHEET_FONT))
		tk_sheet_font(f);
}

lxw_chart_font tk_sheet_chart_font(double size, int rotation)
{
	return (lxw_chart_font){.name = TK_SHEET_FONT,
				.size = size,
				.rotation = rotation,
				.charset = 128};
}

int tk_sheet_close(struct tk_sheet *b, const char *path, const char *name,
		   struct tk_error *err)
{
	lxw_error e;
	japanese_fonts(b->wb);
	e = workbook_close(b->wb);
	b->wb = NULL;
	if (b->lerr != LXW_NO_ERROR)
		e = b->lerr;
	if (e != LXW_NO_ERROR) {
		unlink(path);
		return tk_error_set(err, TK_EREPORT,
				    "%s: cannot write workbook: %s", name,
				    lxw_strerror(e));
	}
	return TK_OK;
}

int tk_sheet_no_sheets(struct tk_sheet *b, const char *path, const char *name,
		       struct tk_error *err)
{
	workbook_close(b->wb);
	b->wb = NULL;
	unlink(path);
	return tk_error_set(err, TK_EREPORT, "%s: cannot add sheets", name);
}

void tk_sheet_keep(struct tk_sheet *b, lxw_error e)
{
	if (e != LXW_NO_ERROR && b->lerr == LXW_NO_ERROR)
		b->lerr = e;
}

void tk_sheet_put(struct tk_sheet *b, lxw_worksheet *ws, int row, int col,
		  const char *s, lxw_format *f)
{
	if (!s || !*s) {
		if (f)
			tk_sheet_blank(b, ws, row, col, f);
		return;
	}
	tk_sheet_keep(b, worksheet_write_string(ws, (lxw_row_t)row,
						(lxw_col_t)col, s, f));
}

void tk_sheet_blank(struct tk_sheet *b, lxw_worksheet *ws, int row, int col,
		    lxw_format *f)
{
	tk_sheet_keep(
	    b, worksheet_write_blank(ws, (lxw_row_t)row, (lxw_col_t)col, f));
}

void tk_sheet_width(struct tk_sheet *b, lxw_worksheet *ws, int c1, int c2,
		    double w)
{
	tk_sheet_keep(
	    b, worksheet_set_column(ws, (lxw_col_t)c1, (lxw_col_t)c2, w, NULL));
}

void tk_sheet_fit_row(struct tk_sheet *b, lxw_worksheet *ws, int r,
		      const char *const *text, const double *widths, int n)
{
	double h = tk_sheet_row_height(text, widths, n);
	if (h > 0)
		tk_sheet_keep(b, worksheet_set_row(ws, (lxw_row_t)r, h, NULL));
}

lxw_format *tk_sheet_fmt_base(lxw_workbook *wb)
{
	lxw_format *f = workbook_add_format(wb);
	format_set_font_size(f, 10);
	format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
	return f;
}

lxw_format *tk_sheet_fmt_boxed(lxw_workbook *wb, int wrap)
{
	lxw_format *f = tk_sheet_fmt_base(wb);
	format_set_border(f, LXW_BORDER_THIN);
	format_set_border_color(f, 0xA6A6A6);
	if (wrap)
		format_set_text_wrap(f);
	return f;
}

lxw_format *tk_sheet_fmt_head(lxw_workbook *wb)
{
	lxw_format *f = tk_sheet_fmt_boxed(wb, 1);
	format_set_bold(f);
	format_set_bg_color(f, 0xDDEBF7);
	format_set_align(f, LXW_ALIGN_CENTER);
	format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
	return f;
}

lxw_format *tk_sheet_fmt_input(lxw_workbook *wb, int wrap)
{
	lxw_format *f = tk_sheet_fmt_boxed(wb, wrap);
	format_set_unlocked(f);
	format_set_bg_color(f, 0xFFF2CC);
	return f;
}

lxw_format *tk_sheet_fmt_na(lxw_workbook *wb)
{
	lxw_format *f = tk_sheet_fmt_boxed(wb, 0);
	format_set_bg_color(f, 0xD9D9D9);
	format_set_font_color(f, 0x595959);
	format_set_align(f, LXW_ALIGN_CENTER);
	return f;
}

void tk_sheet_a4_landscape(lxw_worksheet *ws, double tb)
{
	worksheet_set_paper(ws, 9);
	worksheet_set_landscape(ws);
	worksheet_fit_to_pages(ws, 1, 0);
	worksheet_set_margins(ws, 0.5, 0.5, tb, tb);
}

void tk_sheet_a4_portrait(lxw_worksheet *ws, double tb)
{
	worksheet_set_paper(ws, 9);
	worksheet_set_portrait(ws);
	worksheet_fit_to_pages(ws, 1, 0);
	worksheet_set_margins(ws, 0.6, 0.6, tb, tb);
}

int tk_sheet_very_hidden(const char *path, const char *name,
			 struct tk_error *err)
{
	static const char from[] = " state=\"hidden\"";
	static const char to[] = " state=\"veryHidden\"";
	const char *part = "xl/workbook.xml";
	zip_t *z = NULL;
	zip_file_t *zf = NULL;
	zip_source_t *src = NULL;
	zip_stat_t sb;
	zip_int64_t idx;
	char *xml = NULL, *out = NULL, *hit;
	int zerr = 0, rc = TK_OK;

	if (!(z = zip_open(path, 0, &zerr))) {
		zip_error_t ze;
		zip_error_init_with_code(&ze, zerr);
		rc = tk_error_set(err, TK_EREPORT, "%s: cannot reopen: %s",
				  name, zip_error_strerror(&ze));
		zip_error_fini(&ze);
		return rc;
	}
	if ((idx = zip_name_locate(z, part, 0)) < 0 ||
	    zip_stat_index(z, (zip_uint64_t)idx, 0, &sb) != 0 ||
	    sb.size > (1u << 24) ||
	    !(zf = zip_fopen_index(z, (zip_uint64_t)idx, 0))) {
		rc = tk_error_set(err, TK_EREPORT, "%s: %s: %s", name, part,
				  zip_strerror(z));
		goto done;
	}
	xml = tk_xmalloc(sb.size + 1);
	if (zip_fread(zf, xml, sb.size) != (zip_int64_t)sb.size) {
		rc = tk_error_set(err, TK_EREPORT, "%s: %s: short read", name,
				  part);
		goto done;
	}
	xml[sb.size] = '\0';
	if (!(hit = strstr(xml, from))) {
		rc = tk_error_set(err, TK_EREPORT, "%s: no hidden sheet in %s",
				  name, part);
		goto done;
	}
	out = tk_xmalloc(sb.size + sizeof to);
	memcpy(out, xml, (size_t)(hit - xml));
	memcpy(out + (hit - xml), to, sizeof to - 1);
	strcpy(out + (hit - xml) + sizeof to - 1, hit + sizeof from - 1);
	if (!(src = zip_source_buffer(z, out, strlen(out), 1))) {
		rc = tk_error_set(err, TK_EREPORT, "%s: %s", name,
				  zip_strerror(z));
		goto done;
	}
	out = NULL; /* owned by src now */
	if (zip_file_replace(z, (zip_uint64_t)idx, src, 0) != 0) {
		rc = tk_error_set(err, TK_EREPORT, "%s: %s", name,
				  zip_strerror(z));
		zip_source_free(src);
		goto done;
	}
done:
	if (zf)
		zip_fclose(zf);
	if (rc == TK_OK && zip_close(z) != 0) {
		rc = tk_error_set(err, TK_EREPORT, "%s: cannot write: %s", name,
				  zip_strerror(z));
		zip_discard(z);
	} else if (rc != TK_OK) {
		zip_discard(z);
	}
	free(xml);
	free(out);
	return rc;
}

static void marked_text(struct tk_buf *h, struct tk_buf *f, const char *mark,
			const char *title)
{
	tk_buf_reset(h);
	tk_buf_reset(f);
	tk_sheet_hf_part(h, "&L", mark);
	if (title)
		tk_sheet_hf_part(h, "&R", title);
	tk_sheet_hf_part(f, "&L", mark);
	tk_buf_adds(f, "&Cページ &P / &N");
}

void tk_sheet_marked(struct tk_sheet *b, lxw_worksheet *ws, const char *marking,
		     const char *title)
{
	struct tk_buf h = {0}, f = {0};
	const char *mark = marking ? marking : "";
	marked_text(&h, &f, mark, title);
	if (lxw_utf8_strlen(h.s) > LXW_HEADER_FOOTER_MAX ||
	    lxw_utf8_strlen(f.s) > LXW_HEADER_FOOTER_MAX) {
		char *m = tk_sheet_utf8_prefix(mark, 100);
		marked_text(&h, &f, m, NULL);
		free(m);
	}
	tk_sheet_keep(b, worksheet_set_header(ws, h.s));
	tk_sheet_keep(b, worksheet_set_footer(ws, f.s));
	tk_buf_free(&h);
	tk_buf_free(&f);
}
