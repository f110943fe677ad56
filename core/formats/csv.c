/*
 * csv.c — the CSV reader of csv.h.  Opening checks the file's size and line
 * lengths while streaming it, then reads it whole and decodes it to UTF-8
 * (a BOM means UTF-8; otherwise UTF-8 when it is valid, else CP932, unless
 * the caller forces one).  tk_csv_next then splits one record at a time
 * into a reusable buffer, following quotes across line ends.
 */
#include "formats/csv.h"

#include "lib/util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* See csv.h. */
int tk_encoding_parse(const char *s)
{
	if (!strcasecmp(s, "auto"))
		return TK_ENC_AUTO;
	if (!strcasecmp(s, "utf-8") || !strcasecmp(s, "utf8"))
		return TK_ENC_UTF8;
	if (!strcasecmp(s, "cp932") || !strcasecmp(s, "sjis") ||
	    !strcasecmp(s, "shift_jis") || !strcasecmp(s, "windows-31j"))
		return TK_ENC_CP932;
	return -1;
}

/* Line and column (1-based, in bytes) of offset off in s. */
static void line_col(const char *s, size_t off, long *line, long *column)
{
	long l = 1;
	size_t start = 0;
	for (size_t i = 0; i < off; i++)
		if (s[i] == '\n')
			l++, start = i + 1;
	*line = l;
	*column = (long)(off - start) + 1;
}

/* First pass: stream the file, refusing it when too large or when a line
 * is longer than the limit, before anything is held in memory. */
static int check_shape(const char *path, struct tk_error *err)
{
	FILE *f = fopen(path, "rb");
	char chunk[65536];
	size_t n, total = 0, linelen = 0;
	long line = 1;
	int after_cr = 0;

	if (!f)
		return tk_error_set(err, TK_EIO, "%s: cannot open: %s", path,
				    strerror(errno));
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		total += n;
		if (total > TK_CSV_MAX_FILE) {
			fclose(f);
			return tk_error_set(err, TK_ELIMIT,
					    "%s: file larger than %u MiB", path,
					    TK_CSV_MAX_FILE >> 20);
		}
		for (size_t i = 0; i < n; i++) {
			if (chunk[i] == '\n' || chunk[i] == '\r') {
				/* CRLF, LF or a lone CR (old Mac Excel) */
				line += chunk[i] == '\r' || !after_cr;
				after_cr = chunk[i] == '\r';
				linelen = 0;
			} else if (after_cr = 0, ++linelen > TK_CSV_MAX_LINE) {
				fclose(f);
				return tk_error_set(
				    err, TK_ELIMIT,
				    "%s:%ld: line longer than %u bytes", path,
				    line, TK_CSV_MAX_LINE);
			}
		}
	}
	fclose(f);
	if (total == 0)
		return tk_error_set(err, TK_EINPUT,
				    "%s: empty file (expected a header line)",
				    path);
	return TK_OK;
}

/* Line ends to LF in place: CRLF and a lone CR (old Mac Excel) alike.
 * Neither byte occurs inside a CP932 or UTF-8 character. */
static void normalize_eol(char *s, size_t *len)
{
	size_t o = 0;
	for (size_t i = 0; i < *len; i++) {
		if (s[i] == '\r') {
			s[o++] = '\n';
			if (i + 1 < *len && s[i + 1] == '\n')
				i++;
		} else {
			s[o++] = s[i];
		}
	}
	s[o] = '\0';
	*len = o;
}

/* For a file decoded as CP932: *first_utf8 gets the first line that is
 * UTF-8 with non-ASCII text (0 when none), *first_sjis the first other
 * line with non-ASCII bytes; *nutf8 and *nsjis count them. */
struct enc_lines {
	long first_utf8, first_sjis, nutf8, nsjis;
};

static void classify_lines(const char *s, size_t len, struct enc_lines *e)
{
	long line = 1;
	memset(e, 0, sizeof *e);
	for (size_t i = 0; i < len;) {
		const char *nl = memchr(s + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - s) : len, ascii = 1;
		for (size_t j = i; j < end && ascii; j++)
			ascii = !(s[j] & 0x80);
		if (!ascii && tk_utf8_valid_prefix(s + i, end - i) == end - i) {
			if (!e->nutf8++)
				e->first_utf8 = line;
		} else if (!ascii && !e->nsjis++) {
			e->first_sjis = line;
		}
		i = end + 1;
		line++;
	}
}

/* A file decoded as CP932 must not hold UTF-8 lines: they would be stored
 * as mojibake.  When forced, or when most lines are CP932, name the first
 * UTF-8 line; else the file is UTF-8 and the first CP932 line is wrong. */
static int check_one_encoding(const char *path, const char *raw, size_t len,
			      int forced_cp932, struct tk_error *err)
{
	struct enc_lines e;
	long l, col;
	classify_lines(raw, len, &e);
	if (!e.nutf8 || (!e.nsjis && !forced_cp932))
		return TK_OK;
	if (forced_cp932 || e.nsjis > e.nutf8)
		return tk_error_set(
		    err, TK_EINPUT,
		    "%s:%ld: UTF-8 text in a CP932 (Shift_JIS) file (the file must be in one encoding; save it again as CP932 or UTF-8)",
		    path, e.first_utf8);
	line_col(raw, tk_utf8_valid_prefix(raw, len), &l, &col);
	return tk_error_set(
	    err, TK_EINPUT,
	    "%s:%ld: column %ld: invalid UTF-8 (the rest of the file is UTF-8)",
	    path, l, col);
}

/* See csv.h.  On success *out is the caller's (tk_csv_close). */
int tk_csv_open(const char *path, enum tk_encoding enc, struct tk_csv **out,
		struct tk_error *err)
{
	struct tk_csv *c;
	char *raw = NULL;
	size_t len, valid;
	int rc, forced_cp932;

	*out = NULL;
	if ((rc = check_shape(path, err)))
		return rc;
	if ((rc = tk_read_file(path, TK_CSV_MAX_FILE, &raw, &len, err)))
		return rc;
	c = tk_xcalloc(1, sizeof *c);
	c->path = tk_xstrdup(path);
	c->line = 0;
	c->next_line = 1;

	if (len >= 3 && !memcmp(raw, "\xEF\xBB\xBF", 3) &&
	    enc != TK_ENC_CP932) {
		memmove(raw, raw + 3, len - 2);
		len -= 3;
		enc = TK_ENC_UTF8;
	}
	normalize_eol(raw, &len);
	valid = tk_utf8_valid_prefix(raw, len);
	forced_cp932 = enc == TK_ENC_CP932;
	if (enc == TK_ENC_AUTO)
		enc = valid == len ? TK_ENC_UTF8 : TK_ENC_CP932;
	if (enc == TK_ENC_UTF8) {
		if (valid != len) {
			long l, col;
			line_col(raw, valid, &l, &col);
			rc = tk_error_set(
			    err, TK_EINPUT,
			    "%s:%ld: column %ld: invalid UTF-8 (use --encoding cp932 for Shift_JIS files)",
			    path, l, col);
			goto fail;
		}
		c->data = raw;
		c->len = len;
		raw = NULL;
	} else {
		size_t bad;
		if ((rc =
			 check_one_encoding(path, raw, len, forced_cp932, err)))
			goto fail;
		if (tk_cp932_to_utf8(raw, len, &c->data, &c->len, &bad)) {
			long l, col;
			/* Report the error of the encoding that got further:
			 * a UTF-8 file with one broken byte fails as CP932 at
			 * its first Japanese character. */
			int utf8 = !forced_cp932 && valid > bad;
			line_col(raw, utf8 ? valid : bad, &l, &col);
			rc = tk_error_set(
			    err, TK_EINPUT,
			    utf8
				? "%s:%ld: column %ld: invalid UTF-8 (the rest of the file is UTF-8)"
			    : forced_cp932
				? "%s:%ld: column %ld: invalid CP932 (Shift_JIS)"
				: "%s:%ld: column %ld: neither valid UTF-8 nor CP932 (Shift_JIS)",
			    path, l, col);
			goto fail;
		}
	}
	c->encoding = enc;
	free(raw);
	*out = c;
	return TK_OK;
fail:
	free(raw);
	tk_csv_close(c);
	return rc;
}

/* Skip the blank lines from p on, counting them in c->next_line; returns
 * where the next record starts (c->len when there is none). */
static size_t skip_blank(struct tk_csv *c, size_t p)
{
	while (p < c->len && (c->data[p] == '\n' || c->data[p] == '\r')) {
		if (c->data[p] == '\n')
			c->next_line++;
		p++;
	}
	return p;
}

/* Room in c->rec for two more bytes after n, moving the nf field pointers
 * along when it grows (a record may span lines). */
static void rec_room(struct tk_csv *c, size_t n, int nf)
{
	size_t off[TK_CSV_MAX_FIELDS];

	if (n + 2 <= c->rec_cap)
		return;
	for (int i = 0; i < nf; i++)
		off[i] = (size_t)(c->fields[i] - c->rec);
	c->rec_cap *= 2;
	c->rec = tk_xrealloc(c->rec, c->rec_cap);
	for (int i = 0; i < nf; i++)
		c->fields[i] = c->rec + off[i];
}

/* Character ch of a quoted field, *p just past it, into c->rec at *n: a
 * doubled quote is one quote, a single one closes the field.  Returns 1
 * while the field is still quoted. */
static int quoted_char(struct tk_csv *c, char ch, size_t *p, size_t *n)
{
	if (ch != '"') {
		if (ch == '\n')
			c->next_line++;
		c->rec[(*n)++] = ch;
		return 1;
	}
	if (*p < c->len && c->data[*p] == '"') {
		c->rec[(*n)++] = '"';
		(*p)++;
		return 1;
	}
	return 0;
}

/* See csv.h.  The fields point into c->rec and stay valid until the next
 * call. */
int tk_csv_next(struct tk_csv *c, struct tk_error *err)
{
	size_t p = skip_blank(c, c->pos), n = 0;
	int nf = 0, quoted = 0;
	long start_line;

	if (p >= c->len) {
		c->pos = p;
		c->nfields = 0;
		return 0;
	}
	start_line = c->next_line;
	if (!c->rec) {
		/* Field storage; a record may span lines, so grow below. */
		c->rec_cap = 4096;
		c->rec = tk_xrealloc(c->rec, c->rec_cap);
	}
	c->fields[nf++] = c->rec;
	for (;;) {
		char ch;
		rec_room(c, n, nf);
		if (p >= c->len) {
			if (quoted) {
				c->pos = p;
				return -tk_error_set(
				    err, TK_EINPUT,
				    "%s:%ld: quoted field not closed", c->path,
				    start_line);
			}
			break;
		}
		ch = c->data[p++];
		if (quoted) {
			quoted = quoted_char(c, ch, &p, &n);
		} else if (ch == '"' && c->rec + n == c->fields[nf - 1]) {
			/* A quote opens a quoted field only at its start;
			 * elsewhere it is text, as Excel reads it. */
			quoted = 1;
		} else if (ch == ',') {
			c->rec[n++] = '\0';
			if (nf == TK_CSV_MAX_FIELDS) {
				c->pos = p;
				return -tk_error_set(
				    err, TK_ELIMIT,
				    "%s:%ld: more than %d columns", c->path,
				    start_line, TK_CSV_MAX_FIELDS);
			}
			c->fields[nf++] = c->rec + n;
		} else if (ch == '\n') {
			c->next_line++;
			break;
		} else {
			c->rec[n++] = ch;
		}
	}
	c->rec[n] = '\0';
	/* Field i ends at the NUL before field i + 1; lengths count NULs
	 * inside a field, which the C strings hide. */
	for (int i = 0; i < nf; i++)
		c->flen[i] =
		    (size_t)((i + 1 < nf ? c->fields[i + 1] - 1 : c->rec + n) -
			     c->fields[i]);
	c->pos = p;
	c->nfields = nf;
	c->line = start_line;
	return 1;
}

/* See csv.h. */
long tk_csv_bad_char(const struct tk_csv *c, int f)
{
	const char *s = c->fields[f];
	size_t n = c->flen[f];
	/* Blanks at either end are trimmed by every reader. */
	while (n && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	while (n) {
		unsigned long cp = 0;
		size_t k = tk_utf8_decode(s, n, &cp);
		if (!k)
			return -1; /* cannot happen: the text was checked */
		if (tk_unsafe_char(cp))
			return (long)cp;
		s += k;
		n -= k;
	}
	return -1;
}

/* Free c and its text and record storage; accepts NULL. */
void tk_csv_close(struct tk_csv *c)
{
	if (!c)
		return;
	free(c->path);
	free(c->data);
	free(c->rec);
	free(c);
}
