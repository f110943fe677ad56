/*
 * sheet.c — see sheet.h.
 */
#include "reports/sheet.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

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

void tk_sheet_hf_add(struct tk_buf *b, const char *s)
{
	for (; s && *s; s++) {
		if (*s == '&')
			tk_buf_addc(b, '&');
		tk_buf_addc(b, *s);
	}
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
