/*
 * xlsxread.c — stream the cells of an .xlsx workbook (libzip + expat).
 *
 * Opening a workbook reads, in this order: the package relationships
 * (_rels/.rels) to find the workbook part, the workbook for the sheet list,
 * the workbook's relationships for the sheet, shared string and style parts,
 * the styles to learn which cell formats are dates, and the shared strings
 * into one pool.  Reading a sheet inflates its part in CHUNK-sized pieces
 * straight into an expat parser and calls back once per cell; nothing is
 * allocated per cell (the text goes into one reusable buffer).
 *
 * Element and attribute names are matched on their local names (any prefix
 * is stripped), so "x:c", Strict OOXML and the spellings of other writers all
 * read the same.
 *
 * Every part goes through parse_part(), which is where the limits live: the
 * declared size is checked before inflating and the bytes actually inflated
 * are counted as they come, because a hostile zip can lie about sizes.  The
 * total counts the parts read while opening plus each sheet once (a sheet
 * read twice is not counted twice).  Parts that are never read (images and
 * the like) do not count.  A DOCTYPE or entity declaration in any part stops
 * the parse: there are no entities and nothing external is ever loaded.
 */
#include "formats/xlsxread.h"
#include "lib/i18n.h"

#include <expat.h>
#include <zip.h>

#include <errno.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define CHUNK (64 * 1024)

/* Row and column numbers saturate here while parsing, past any limit. */
#define BIG ((uint64_t)UINT32_MAX + 1)

/* Days from 1899-12-31 (serial 0) to the Unix epoch, and the 1904 offset. */
#define EPOCH_1899	(-25568L)
#define DATE1904_OFFSET 1462
#define LAST_SERIAL	2958465 /* 9999-12-31 */

/* A growable byte buffer; p[len] is '\0' once anything was added. */
struct buf {
	char *p;
	size_t len, cap;
};

struct sheet {
	char *name;
	char *rid;	   /* r:id in the workbook */
	char *path;	   /* part name; NULL if no relationship names it */
	int state;	   /* 0 visible, 1 hidden, 2 veryHidden */
	uint64_t inflated; /* bytes the last read of this sheet inflated */
};

struct tk_xlsx {
	zip_t *zip;
	char *name; /* file name for messages */
	struct tk_xlsx_limits lim;
	uint64_t inflated; /* bytes inflated while opening */
	struct sheet *sheets;
	int nsheets;
	size_t csheets;
	int date1904;
	struct buf sst;	 /* shared strings, NUL-terminated, back to back */
	size_t *sst_off; /* where each string starts in sst.p */
	size_t nsst, csst;
	unsigned char *xf_date; /* per cellXfs index: 1 for a date format */
	size_t nxf;
	struct buf text; /* cell text while reading a sheet */
	char *chunk;	 /* CHUNK bytes of inflated input */
};

/* ---- small helpers ---------------------------------------------------- */

/* Make room for extra more bytes plus a NUL; TK_OK or TK_ENOMEM. */
static int buf_reserve(struct buf *b, size_t extra)
{
	size_t need, cap;
	char *p;

	if (extra > SIZE_MAX - b->len - 1)
		return TK_ENOMEM;
	need = b->len + extra + 1;
	if (need <= b->cap)
		return TK_OK;
	cap = b->cap ? b->cap : 256;
	while (cap < need)
		cap = cap > SIZE_MAX / 2 ? need : cap * 2;
	p = realloc(b->p, cap);
	if (!p)
		return TK_ENOMEM;
	b->p = p;
	b->cap = cap;
	return TK_OK;
}

/* Append s[0..n) and keep b NUL-terminated; TK_OK or TK_ENOMEM (b is
 * unchanged then). */
static int buf_add(struct buf *b, const char *s, size_t n)
{
	if (buf_reserve(b, n))
		return TK_ENOMEM;
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
	return TK_OK;
}

/* Room for element n of an array of *cap elements of size sz: returns the
 * array, moved if it had to grow (*cap updated), or NULL when out of memory
 * (the old array is untouched). */
static void *grow(void *arr, size_t n, size_t *cap, size_t sz)
{
	size_t ncap;
	void *p;

	if (n < *cap)
		return arr;
	ncap = *cap ? *cap * 2 : 16;
	if (ncap > SIZE_MAX / sz)
		return NULL;
	p = realloc(arr, ncap * sz);
	if (p)
		*cap = ncap;
	return p;
}

/* The local part of an XML name: "x:c" -> "c". */
static const char *local(const char *name)
{
	const char *c = strchr(name, ':');
	return c ? c + 1 : name;
}

/* Value of the attribute with this local name, or NULL.  Namespace
 * declarations (xmlns:r="…") are not attributes here. */
static const char *attr(const XML_Char **atts, const char *lname)
{
	for (; *atts; atts += 2) {
		const char *ln = local(atts[0]);
		if (ln != atts[0] && !strncmp(atts[0], "xmlns:", 6))
			continue;
		if (!strcmp(ln, lname))
			return atts[1];
	}
	return NULL;
}

/* Parse a decimal number; 0 when s is not one.  Saturates at BIG. */
static int parse_u64(const char *s, uint64_t *out)
{
	uint64_t v = 0;
	const char *p = s;

	while (*p >= '0' && *p <= '9') {
		v = v * 10 + (uint64_t)(*p - '0');
		if (v > BIG)
			v = BIG;
		p++;
	}
	*out = v;
	return p != s && !*p;
}

/* Parse "AB12" into col 28, row 12; 0 when malformed.  Saturates at BIG. */
static int parse_ref(const char *s, uint64_t *row, uint64_t *col)
{
	uint64_t c = 0;
	const char *p = s;

	for (;; p++) {
		int ch = *p;
		if (ch >= 'a' && ch <= 'z')
			ch -= 'a' - 'A';
		if (ch < 'A' || ch > 'Z')
			break;
		c = c * 26 + (uint64_t)(ch - 'A' + 1);
		if (c > BIG)
			c = BIG;
	}
	if (p == s || !parse_u64(p, row) || *row == 0)
		return 0;
	*col = c;
	return 1;
}

/* malloc'd concatenation of three strings, or NULL. */
static char *cat3(const char *a, const char *b, const char *c)
{
	size_t la = strlen(a), lb = strlen(b), lc = strlen(c);
	char *s = malloc(la + lb + lc + 1);

	if (s) {
		memcpy(s, a, la);
		memcpy(s + la, b, lb);
		memcpy(s + la + lb, c, lc + 1);
	}
	return s;
}

/* The directory of a part name with its trailing '/': "xl/" for
 * "xl/workbook.xml", "" for "book.xml".  malloc'd, or NULL. */
static char *part_dir(const char *part)
{
	const char *slash = strrchr(part, '/');
	size_t n = slash ? (size_t)(slash - part + 1) : 0;
	char *s = malloc(n + 1);

	if (s) {
		memcpy(s, part, n);
		s[n] = '\0';
	}
	return s;
}

/*
 * Resolve a relationship target against dir, the directory of the part the
 * relationship belongs to ("" for the package).  "/xl/a.xml" is absolute,
 * "worksheets/../a.xml" relative; backslashes count as slashes.  Returns a
 * malloc'd part name without a leading '/', or NULL when out of memory.
 */
static char *resolve(const char *dir, const char *target)
{
	char *s, *w, *r, *p;

	if (target[0] == '/' || target[0] == '\\')
		dir = "";
	s = cat3(dir, target, "");
	if (!s)
		return NULL;
	for (p = s; *p; p++)
		if (*p == '\\')
			*p = '/';
	w = r = s;
	while (*r) {
		char *seg = r;
		size_t len = strcspn(r, "/");

		r += len;
		if (*r == '/')
			r++;
		if (len == 0 || (len == 1 && seg[0] == '.'))
			continue;
		if (len == 2 && seg[0] == '.' && seg[1] == '.') {
			while (w > s && *--w != '/')
				;
			continue;
		}
		if (w > s)
			*w++ = '/';
		memmove(w, seg, len);
		w += len;
	}
	*w = '\0';
	return s;
}

/* The value of hex digit c, or -1. */
static int hexdigit(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* The UTF-16 unit of an "_xHHHH_" escape at s (end bounds s), or -1. */
static long xescape(const char *s, const char *end)
{
	long v = 0;
	int i;

	if (end - s < 7 || s[0] != '_' || s[1] != 'x' || s[6] != '_')
		return -1;
	for (i = 2; i < 6; i++) {
		int d = hexdigit((unsigned char)s[i]);
		if (d < 0)
			return -1;
		v = v * 16 + d;
	}
	return v;
}

/* Write code point u as UTF-8 at w (room for 4 bytes); returns the bytes
 * written. */
static size_t put_utf8(char *w, unsigned long u)
{
	if (u < 0x80) {
		w[0] = (char)u;
		return 1;
	}
	if (u < 0x800) {
		w[0] = (char)(0xC0 | (u >> 6));
		w[1] = (char)(0x80 | (u & 0x3F));
		return 2;
	}
	if (u < 0x10000) {
		w[0] = (char)(0xE0 | (u >> 12));
		w[1] = (char)(0x80 | ((u >> 6) & 0x3F));
		w[2] = (char)(0x80 | (u & 0x3F));
		return 3;
	}
	w[0] = (char)(0xF0 | (u >> 18));
	w[1] = (char)(0x80 | ((u >> 12) & 0x3F));
	w[2] = (char)(0x80 | ((u >> 6) & 0x3F));
	w[3] = (char)(0x80 | (u & 0x3F));
	return 4;
}

/*
 * Decode the "_xHHHH_" escapes of OOXML strings in place ("_x000D_" is a
 * carriage return, "_x005F_" an underscore, surrogate pairs are joined, a
 * lone surrogate becomes U+FFFD, U+0000 is dropped).  Returns the new
 * length; s[result] is '\0'.  The output is never longer than the input.
 */
static size_t unescape(char *s, size_t n)
{
	char *end = s + n, *r = memchr(s, '_', n), *w;

	if (!r)
		return n;
	w = r;
	while (r < end) {
		long u = *r == '_' ? xescape(r, end) : -1;

		if (u < 0) {
			*w++ = *r++;
			continue;
		}
		r += 7;
		if (u >= 0xD800 && u <= 0xDBFF) {
			long lo = xescape(r, end);
			if (lo >= 0xDC00 && lo <= 0xDFFF) {
				u = 0x10000 + ((u - 0xD800) << 10) +
				    (lo - 0xDC00);
				r += 7;
			} else {
				u = 0xFFFD;
			}
		} else if (u >= 0xDC00 && u <= 0xDFFF) {
			u = 0xFFFD;
		}
		if (u)
			w += put_utf8(w, (unsigned long)u);
	}
	*w = '\0';
	return (size_t)(w - s);
}

/* ---- parsing one part ------------------------------------------------- */

/* What every part parser shares; the handlers' user data starts with it. */
struct parse {
	tk_xlsx *x;
	XML_Parser p;
	const char *part;
	struct tk_error *err;
	int rc;		  /* our error (err is set), or TK_OK */
	int stop;	  /* a callback's non-zero return */
	struct buf *text; /* where character data goes while collect is set */
	int collect;
	size_t from;	 /* where the current string starts in text */
	uint64_t budget; /* bytes parse_part may inflate at most */
	uint64_t got;	 /* bytes parse_part inflated */
};

/* Excel's own limit: 32,767 characters in a cell, at most 4 bytes each.
 * A longer string can only be hostile (one shared string referenced by
 * many cells would otherwise multiply it). */
#define MAX_STRING_BYTES ((size_t)32767 * 4)

static void parse_fail(struct parse *ps, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Record the first error as "FILE: PART:LINE: what" and stop the parser. */
static void parse_fail(struct parse *ps, int code, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	if (ps->rc || ps->stop)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, _(fmt), ap);
	va_end(ap);
	ps->rc =
	    tk_error_set(ps->err, code, "%s: %s:%lu: %s", ps->x->name, ps->part,
			 (unsigned long)XML_GetCurrentLineNumber(ps->p), msg);
	XML_StopParser(ps->p, XML_FALSE);
}

/* Handlers return at once after an error or a stop. */
static int stopped(const struct parse *ps)
{
	return ps->rc || ps->stop;
}

/* Expat character data: appended to ps->text while ps->collect is set,
 * failing the parse past MAX_STRING_BYTES or when memory runs out. */
static void XMLCALL on_text(void *ud, const XML_Char *s, int len)
{
	struct parse *ps = ud;

	if (!ps->collect || stopped(ps))
		return;
	if (ps->text->len - ps->from + (size_t)len > MAX_STRING_BYTES) {
		parse_fail(
		    ps, TK_ELIMIT,
		    "a text longer than Excel's limit of 32,767 characters");
		return;
	}
	if (buf_add(ps->text, s, (size_t)len))
		parse_fail(ps, TK_ENOMEM, "out of memory");
}

/* Expat DOCTYPE handler: any DOCTYPE fails the parse. */
static void XMLCALL on_doctype(void *ud, const XML_Char *name,
			       const XML_Char *sysid, const XML_Char *pubid,
			       int has_internal_subset)
{
	(void)name;
	(void)sysid;
	(void)pubid;
	(void)has_internal_subset;
	parse_fail(ud, TK_EINPUT, "DOCTYPE declarations are not allowed");
}

/* Expat entity declaration handler: any declaration fails the parse. */
static void XMLCALL on_entity(void *ud, const XML_Char *name, int is_param,
			      const XML_Char *value, int value_length,
			      const XML_Char *base, const XML_Char *sysid,
			      const XML_Char *pubid, const XML_Char *notation)
{
	(void)name;
	(void)is_param;
	(void)value;
	(void)value_length;
	(void)base;
	(void)sysid;
	(void)pubid;
	(void)notation;
	parse_fail(ud, TK_EINPUT, "entity declarations are not allowed");
}

/* Index of a zip entry by part name (exact, then ignoring case), or -1. */
static zip_int64_t find_entry(tk_xlsx *x, const char *part)
{
	zip_int64_t i = zip_name_locate(x->zip, part, 0);

	if (i < 0)
		i = zip_name_locate(x->zip, part, ZIP_FL_NOCASE);
	return i;
}

/* The error for running out of memory while opening x. */
static int out_of_memory(const tk_xlsx *x, struct tk_error *err)
{
	return tk_error_set(err, TK_ENOMEM, "%s: out of memory", x->name);
}

/* The error for part taking the workbook past its limit in all. */
static int over_total(const tk_xlsx *x, const char *part, struct tk_error *err)
{
	return tk_error_set(
	    err, TK_ELIMIT,
	    "%s: %s: the workbook inflates past the limit of %llu bytes in all",
	    x->name, part, (unsigned long long)x->lim.max_total_bytes);
}

/*
 * Find part and check its declared size against the limits (budget: bytes
 * that may still be inflated in all).  *idx gets its entry.  Returns TK_OK
 * or an error with err set (a missing part is TK_EINPUT).
 */
static int part_locate(tk_xlsx *x, const char *part, uint64_t budget,
		       zip_int64_t *idx, struct tk_error *err)
{
	const uint64_t cap = x->lim.max_entry_bytes;
	zip_stat_t st;

	*idx = find_entry(x, part);
	if (*idx < 0)
		return tk_error_set(err, TK_EINPUT, "%s: %s: part is missing",
				    x->name, part);
	zip_stat_init(&st);
	if (zip_stat_index(x->zip, (zip_uint64_t)*idx, 0, &st) != 0 ||
	    !(st.valid & ZIP_STAT_SIZE))
		return TK_OK;
	if (st.size > cap)
		return tk_error_set(
		    err, TK_ELIMIT,
		    "%s: %s: part inflates to %llu bytes, over the limit of %llu",
		    x->name, part, (unsigned long long)st.size,
		    (unsigned long long)cap);
	if (st.size > budget)
		return over_total(x, part, err);
	return TK_OK;
}

/* A new expat parser calling start, end and the shared text, DOCTYPE and
 * entity handlers with ps as user data; NULL when out of memory.  The
 * caller frees it with XML_ParserFree. */
static XML_Parser parser_new(struct parse *ps, XML_StartElementHandler start,
			     XML_EndElementHandler end)
{
	XML_Parser p = XML_ParserCreate(NULL);

	if (!p)
		return NULL;
	XML_SetUserData(p, ps);
	XML_SetElementHandler(p, start, end);
	XML_SetCharacterDataHandler(p, on_text);
	XML_SetStartDoctypeDeclHandler(p, on_doctype);
	XML_SetEntityDeclHandler(p, on_entity);
	return p;
}

/* The error for a failed XML_Parse: a callback's stop or error when there
 * is one, else expat's own, with the line. */
static int parse_error(struct parse *ps)
{
	enum XML_Error code = XML_GetErrorCode(ps->p);

	if (ps->stop)
		return ps->stop;
	if (ps->rc)
		return ps->rc;
	return tk_error_set(ps->err,
			    code == XML_ERROR_NO_MEMORY ? TK_ENOMEM : TK_EINPUT,
			    "%s: %s:%lu: %s", ps->x->name, ps->part,
			    (unsigned long)XML_GetCurrentLineNumber(ps->p),
			    XML_ErrorString(code));
}

/* Inflate zf into the parser ps->p chunk by chunk, counting the bytes in
 * ps->got against the part's limit and ps->budget. */
static int feed(struct parse *ps, zip_file_t *zf)
{
	tk_xlsx *x = ps->x;
	const uint64_t cap = x->lim.max_entry_bytes;

	for (;;) {
		zip_int64_t n = zip_fread(zf, x->chunk, CHUNK);

		if (n < 0)
			return tk_error_set(ps->err, TK_EINPUT,
					    "%s: %s: damaged zip entry (%s)",
					    x->name, ps->part,
					    zip_file_strerror(zf));
		if ((uint64_t)n > cap - ps->got)
			return tk_error_set(
			    ps->err, TK_ELIMIT,
			    "%s: %s: part inflates past the limit of %llu bytes",
			    x->name, ps->part, (unsigned long long)cap);
		if ((uint64_t)n > ps->budget - ps->got)
			return over_total(x, ps->part, ps->err);
		ps->got += (uint64_t)n;
		if (XML_Parse(ps->p, x->chunk, (int)n, n == 0) != XML_STATUS_OK)
			return parse_error(ps);
		if (n == 0)
			return TK_OK;
	}
}

/*
 * Inflate part into a new expat parser with the given element handlers and
 * ps as their user data.  ps->budget is how many bytes may still be
 * inflated in all; ps->got gets how many were (the caller adds it to its
 * count).  Returns TK_OK; ps->stop when a callback stopped the parse (err
 * untouched); or an error code with err set (a missing part is TK_EINPUT).
 */
static int parse_part(tk_xlsx *x, const char *part, struct parse *ps,
		      XML_StartElementHandler start, XML_EndElementHandler end,
		      struct tk_error *err)
{
	zip_file_t *zf = NULL;
	zip_int64_t idx;
	int rc;

	ps->x = x;
	ps->p = NULL;
	ps->part = part;
	ps->err = err;
	ps->rc = TK_OK;
	ps->stop = 0;
	ps->got = 0;
	rc = part_locate(x, part, ps->budget, &idx, err);
	if (rc)
		return rc;
	zf = zip_fopen_index(x->zip, (zip_uint64_t)idx, 0);
	if (!zf)
		return tk_error_set(err, TK_EINPUT, "%s: %s: cannot read (%s)",
				    x->name, part,
				    zip_error_strerror(zip_get_error(x->zip)));
	ps->p = parser_new(ps, start, end);
	if (ps->p)
		rc = feed(ps, zf);
	else
		rc = tk_error_set(err, TK_ENOMEM, "%s: %s: out of memory",
				  x->name, part);
	if (ps->p)
		XML_ParserFree(ps->p);
	ps->p = NULL;
	zip_fclose(zf);
	return rc;
}

/* parse_part for a part read while opening: its budget is what is left of
 * the total, and what it inflated is added to x->inflated. */
static int parse_open_part(tk_xlsx *x, const char *part, struct parse *ps,
			   XML_StartElementHandler start,
			   XML_EndElementHandler end, struct tk_error *err)
{
	int rc;

	ps->budget = x->lim.max_total_bytes - x->inflated;
	rc = parse_part(x, part, ps, start, end, err);
	x->inflated += ps->got;
	return rc;
}

/* ---- relationships ---------------------------------------------------- */

struct rel {
	char *id, *type, *target;
};

struct rels_parse {
	struct parse ps;
	struct rel *v;
	size_t n, cap;
};

/* Free the relationships read into r and empty it (r itself is the
 * caller's). */
static void rels_free(struct rels_parse *r)
{
	size_t i;

	for (i = 0; i < r->n; i++) {
		free(r->v[i].id);
		free(r->v[i].type);
		free(r->v[i].target);
	}
	free(r->v);
	r->v = NULL;
	r->n = r->cap = 0;
}

/* Expat start handler for a relationships part: each <Relationship>
 * with an Id, Type and internal Target is added to r->v (copies owned by r,
 * freed by rels_free). */
static void XMLCALL rels_start(void *ud, const XML_Char *name,
			       const XML_Char **atts)
{
	struct rels_parse *r = ud;
	const char *id, *type, *target, *mode;
	struct rel *e;

	if (stopped(&r->ps) || strcmp(local(name), "Relationship"))
		return;
	id = attr(atts, "Id");
	type = attr(atts, "Type");
	target = attr(atts, "Target");
	mode = attr(atts, "TargetMode");
	if (!id || !type || !target || (mode && !strcmp(mode, "External")))
		return;
	e = grow(r->v, r->n, &r->cap, sizeof *r->v);
	if (!e) {
		parse_fail(&r->ps, TK_ENOMEM, "out of memory");
		return;
	}
	r->v = e;
	e = &r->v[r->n];
	e->id = strdup(id);
	e->type = strdup(type);
	e->target = strdup(target);
	r->n++;
	if (!e->id || !e->type || !e->target)
		parse_fail(&r->ps, TK_ENOMEM, "out of memory");
}

/* Expat end handler that does nothing. */
static void XMLCALL ignore_end(void *ud, const XML_Char *name)
{
	(void)ud;
	(void)name;
}

/* Read a relationships part into r; a missing part gives none. */
static int read_rels(tk_xlsx *x, const char *part, struct rels_parse *r,
		     struct tk_error *err)
{
	if (find_entry(x, part) < 0)
		return TK_OK;
	return parse_open_part(x, part, &r->ps, rels_start, ignore_end, err);
}

/* The first relationship whose type ends in "/" suffix, or NULL. */
static const struct rel *rel_by_type(const struct rels_parse *r,
				     const char *suffix)
{
	size_t i, ls = strlen(suffix);

	for (i = 0; i < r->n; i++) {
		const char *t = r->v[i].type;
		size_t lt = strlen(t);
		if (lt > ls && t[lt - ls - 1] == '/' &&
		    !strcmp(t + lt - ls, suffix))
			return &r->v[i];
	}
	return NULL;
}

/* The relationship with Id id, or NULL (also when id is NULL).  Points
 * into r. */
static const struct rel *rel_by_id(const struct rels_parse *r, const char *id)
{
	size_t i;

	for (i = 0; id && i < r->n; i++)
		if (!strcmp(r->v[i].id, id))
			return &r->v[i];
	return NULL;
}

/* ---- workbook --------------------------------------------------------- */

struct wb_parse {
	struct parse ps;
	int seen_root;
	int in_sheets;
};

/* A <sheet> of the workbook: appended to x->sheets (name, r:id and state
 * copied, owned by x). */
static void wb_sheet(struct wb_parse *w, const XML_Char **atts)
{
	tk_xlsx *x = w->ps.x;
	const char *name = attr(atts, "name"), *state = attr(atts, "state");
	const char *rid = attr(atts, "id");
	struct sheet *sh;

	if (!name) {
		parse_fail(&w->ps, TK_EINPUT, "sheet without a name");
		return;
	}
	sh = x->nsheets < INT32_MAX ? grow(x->sheets, (size_t)x->nsheets,
					   &x->csheets, sizeof *x->sheets)
				    : NULL;
	if (!sh) {
		parse_fail(&w->ps, TK_ENOMEM, "out of memory");
		return;
	}
	x->sheets = sh;
	sh = &x->sheets[x->nsheets++];
	memset(sh, 0, sizeof *sh);
	sh->name = strdup(name);
	sh->rid = rid ? strdup(rid) : NULL;
	if (state && !strcmp(state, "hidden"))
		sh->state = 1;
	else if (state && !strcmp(state, "veryHidden"))
		sh->state = 2;
	if (!sh->name || (rid && !sh->rid))
		parse_fail(&w->ps, TK_ENOMEM, "out of memory");
}

/* Expat start handler for the workbook part: checks the root, reads
 * date1904 and the sheet list. */
static void XMLCALL wb_start(void *ud, const XML_Char *name,
			     const XML_Char **atts)
{
	struct wb_parse *w = ud;
	const char *n = local(name);

	if (stopped(&w->ps))
		return;
	if (!w->seen_root) {
		w->seen_root = 1;
		if (strcmp(n, "workbook")) {
			w->ps.rc = tk_error_set(
			    w->ps.err, TK_EINPUT,
			    "%s: not an .xlsx workbook (%s is not a workbook)",
			    w->ps.x->name, w->ps.part);
			XML_StopParser(w->ps.p, XML_FALSE);
		}
		return;
	}
	if (!strcmp(n, "sheets")) {
		w->in_sheets = 1;
	} else if (w->in_sheets && !strcmp(n, "sheet")) {
		wb_sheet(w, atts);
	} else if (!strcmp(n, "workbookPr")) {
		const char *d = attr(atts, "date1904");
		w->ps.x->date1904 =
		    d && (!strcmp(d, "1") || !strcmp(d, "true"));
	}
}

/* Expat end handler for the workbook part. */
static void XMLCALL wb_end(void *ud, const XML_Char *name)
{
	struct wb_parse *w = ud;

	if (!strcmp(local(name), "sheets"))
		w->in_sheets = 0;
}

/* ---- styles ----------------------------------------------------------- */

struct numfmt {
	uint32_t id;
	int is_date;
};

struct styles_parse {
	struct parse ps;
	int in_fmts, in_xfs;
	struct numfmt *fmts;
	size_t nfmts, cfmts;
	uint32_t *xfs;
	size_t nxfs, cxfs;
};

/* Built-in number formats that show dates or times. */
static int builtin_date(uint32_t id)
{
	return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) ||
	       (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/*
 * Whether a format code shows a date or time: it has y, m, d or h (any
 * case) outside "quoted text", [brackets] ([$-411], [Red]) and the
 * characters after \, _ and *.  "yyyy/m/d" and [$-411]ggge"年"m"月"d"日" are
 * dates; #,##0"円" and 0.00% are not.
 */
static int code_is_date(const char *code)
{
	const char *s;

	for (s = code; *s; s++) {
		switch (*s) {
		case '"':
			s = strchr(s + 1, '"');
			if (!s)
				return 0;
			break;
		case '[':
			s = strchr(s + 1, ']');
			if (!s)
				return 0;
			break;
		case '\\':
		case '_':
		case '*':
			if (s[1])
				s++;
			break;
		default:
			switch (*s | 0x20) {
			case 'y':
			case 'm':
			case 'd':
			case 'h':
				return 1;
			}
		}
	}
	return 0;
}

/* The numFmtId attribute, or 0 when it is missing or out of range. */
static uint32_t fmt_id(const XML_Char **atts)
{
	const char *v = attr(atts, "numFmtId");
	uint64_t id;

	if (!v || !parse_u64(v, &id) || id > UINT32_MAX)
		return 0;
	return (uint32_t)id;
}

/* Expat start handler for the styles part: collects the custom number
 * formats and the number format of each cellXfs entry. */
static void XMLCALL styles_start(void *ud, const XML_Char *name,
				 const XML_Char **atts)
{
	struct styles_parse *s = ud;
	const char *n = local(name);

	if (stopped(&s->ps))
		return;
	if (!strcmp(n, "numFmts")) {
		s->in_fmts = 1;
	} else if (!strcmp(n, "cellXfs")) {
		s->in_xfs = 1;
	} else if (s->in_fmts && !strcmp(n, "numFmt")) {
		const char *code = attr(atts, "formatCode");
		struct numfmt *f =
		    grow(s->fmts, s->nfmts, &s->cfmts, sizeof *s->fmts);
		if (!f) {
			parse_fail(&s->ps, TK_ENOMEM, "out of memory");
			return;
		}
		s->fmts = f;
		s->fmts[s->nfmts].id = fmt_id(atts);
		s->fmts[s->nfmts].is_date = code && code_is_date(code);
		s->nfmts++;
	} else if (s->in_xfs && !strcmp(n, "xf")) {
		uint32_t *xf = grow(s->xfs, s->nxfs, &s->cxfs, sizeof *s->xfs);
		if (!xf) {
			parse_fail(&s->ps, TK_ENOMEM, "out of memory");
			return;
		}
		s->xfs = xf;
		s->xfs[s->nxfs++] = fmt_id(atts);
	}
}

/* Expat end handler for the styles part. */
static void XMLCALL styles_end(void *ud, const XML_Char *name)
{
	struct styles_parse *s = ud;
	const char *n = local(name);

	if (!strcmp(n, "numFmts"))
		s->in_fmts = 0;
	else if (!strcmp(n, "cellXfs"))
		s->in_xfs = 0;
}

/* qsort/bsearch order of number formats by id. */
static int cmp_fmt(const void *a, const void *b)
{
	uint32_t x = ((const struct numfmt *)a)->id;
	uint32_t y = ((const struct numfmt *)b)->id;
	return (x > y) - (x < y);
}

/* Read the styles part into x->xf_date. */
static int read_styles(tk_xlsx *x, const char *part, struct tk_error *err)
{
	struct styles_parse s;
	size_t i;
	int rc;

	memset(&s, 0, sizeof s);
	rc = parse_open_part(x, part, &s.ps, styles_start, styles_end, err);
	if (rc)
		goto done;
	if (s.nfmts)
		qsort(s.fmts, s.nfmts, sizeof *s.fmts, cmp_fmt);
	x->xf_date = malloc(s.nxfs ? s.nxfs : 1);
	if (!x->xf_date) {
		rc = out_of_memory(x, err);
		goto done;
	}
	x->nxf = s.nxfs;
	for (i = 0; i < s.nxfs; i++) {
		struct numfmt key = {s.xfs[i], 0};
		const struct numfmt *f = s.nfmts
					     ? bsearch(&key, s.fmts, s.nfmts,
						       sizeof *s.fmts, cmp_fmt)
					     : NULL;
		x->xf_date[i] =
		    (unsigned char)(f ? f->is_date : builtin_date(s.xfs[i]));
	}
done:
	free(s.fmts);
	free(s.xfs);
	return rc;
}

/* ---- shared strings --------------------------------------------------- */

struct sst_parse {
	struct parse ps;
	int in_si;
	int rph;      /* depth inside <rPh>, phonetic text we leave out */
	size_t start; /* where the current string starts in x->sst */
};

/* Expat start handler for the shared strings: text of <t> inside <si>
 * (but not inside phonetic <rPh>) is collected into x->sst. */
static void XMLCALL sst_start(void *ud, const XML_Char *name,
			      const XML_Char **atts)
{
	struct sst_parse *s = ud;
	const char *n = local(name);

	(void)atts;
	if (stopped(&s->ps))
		return;
	if (!strcmp(n, "si")) {
		if (s->in_si) {
			parse_fail(&s->ps, TK_EINPUT, "nested <si>");
			return;
		}
		s->in_si = 1;
		s->rph = 0;
		s->start = s->ps.x->sst.len;
		s->ps.from = s->start;
	} else if (s->in_si) {
		if (!strcmp(n, "rPh"))
			s->rph++;
		else if (!strcmp(n, "t") && !s->rph)
			s->ps.collect = 1;
	}
}

/* Expat end handler for the shared strings: at </si> the string is
 * unescaped, NUL-terminated in x->sst and its offset recorded. */
static void XMLCALL sst_end(void *ud, const XML_Char *name)
{
	struct sst_parse *s = ud;
	tk_xlsx *x = s->ps.x;
	const char *n = local(name);
	size_t *off, len;

	if (stopped(&s->ps) || !s->in_si)
		return;
	if (!strcmp(n, "t")) {
		s->ps.collect = 0;
	} else if (!strcmp(n, "rPh")) {
		if (s->rph)
			s->rph--;
	} else if (!strcmp(n, "si")) {
		s->in_si = 0;
		s->ps.collect = 0;
		off = grow(x->sst_off, x->nsst, &x->csst, sizeof *x->sst_off);
		if (!off || buf_reserve(&x->sst, 1)) {
			parse_fail(&s->ps, TK_ENOMEM, "out of memory");
			return;
		}
		x->sst_off = off;
		len = unescape(x->sst.p + s->start, x->sst.len - s->start);
		x->sst.p[s->start + len] = '\0';
		x->sst.len = s->start + len + 1; /* keep the NUL */
		x->sst_off[x->nsst++] = s->start;
	}
}

/* Read the shared strings part into x->sst and x->sst_off. */
static int read_sst(tk_xlsx *x, const char *part, struct tk_error *err)
{
	struct sst_parse s;
	memset(&s, 0, sizeof s);
	s.ps.text = &x->sst;
	return parse_open_part(x, part, &s.ps, sst_start, sst_end, err);
}

/* Length of shared string i. */
static size_t sst_len(const tk_xlsx *x, size_t i)
{
	size_t end = i + 1 < x->nsst ? x->sst_off[i + 1] : x->sst.len;
	return end - x->sst_off[i] - 1;
}

/* ---- opening ---------------------------------------------------------- */

void tk_xlsx_limits_default(struct tk_xlsx_limits *lim)
{
	lim->max_entry_bytes = (uint64_t)256 << 20;
	lim->max_total_bytes = (uint64_t)1 << 30;
	lim->max_entries = 10000;
	lim->max_rows = 1048576;
	lim->max_cols = 16384;
}

/* Free x and everything it holds (see xlsxread.h); accepts NULL. */
void tk_xlsx_close(tk_xlsx *x)
{
	int i;

	if (!x)
		return;
	if (x->zip)
		zip_discard(x->zip);
	for (i = 0; i < x->nsheets; i++) {
		free(x->sheets[i].name);
		free(x->sheets[i].rid);
		free(x->sheets[i].path);
	}
	free(x->sheets);
	free(x->sst.p);
	free(x->sst_off);
	free(x->xf_date);
	free(x->text.p);
	free(x->chunk);
	free(x->name);
	free(x);
}

/* A new, empty tk_xlsx for file name in *out (free with tk_xlsx_close),
 * with the limits lim (NULL: the defaults). */
static int xlsx_new(const char *name, const struct tk_xlsx_limits *lim,
		    tk_xlsx **out, struct tk_error *err)
{
	tk_xlsx *x = calloc(1, sizeof *x);

	*out = NULL;
	if (!x)
		goto nomem;
	x->name = strdup(name);
	x->chunk = malloc(CHUNK);
	if (!x->name || !x->chunk)
		goto nomem;
	if (lim)
		x->lim = *lim;
	else
		tk_xlsx_limits_default(&x->lim);
	*out = x;
	return TK_OK;
nomem:
	tk_xlsx_close(x);
	return tk_error_set(err, TK_ENOMEM, "%s: out of memory", name);
}

/* Whether head starts like an OLE2 compound file (.xls, or an encrypted
 * .xlsx, which Office stores inside one). */
static int is_ole2(const unsigned char *head, size_t n)
{
	static const unsigned char magic[8] = {0xD0, 0xCF, 0x11, 0xE0,
					       0xA1, 0xB1, 0x1A, 0xE1};
	return n >= 8 && !memcmp(head, magic, 8);
}

/* Translate a failed zip open (libzip code zerr, system errno syserr). */
static int open_error(const char *name, int zerr, int syserr, int ole2,
		      struct tk_error *err)
{
	zip_error_t ze;
	int rc;

	zip_error_init_with_code(&ze, zerr);
	switch (zerr) {
	case ZIP_ER_MEMORY:
		rc = tk_error_set(err, TK_ENOMEM, "%s: out of memory", name);
		break;
	case ZIP_ER_NOENT:
	case ZIP_ER_OPEN:
	case ZIP_ER_READ:
	case ZIP_ER_SEEK:
		rc = tk_error_set(err, TK_EIO, "%s: cannot open (%s)", name,
				  syserr ? strerror(syserr)
					 : zip_error_strerror(&ze));
		break;
	case ZIP_ER_NOZIP:
		rc = tk_error_set(
		    err, TK_EINPUT, "%s: not an .xlsx workbook (%s)", name,
		    ole2 ? "an old .xls file or a password-protected workbook"
			 : "not a zip archive");
		break;
	default:
		rc = tk_error_set(
		    err, TK_EINPUT,
		    "%s: not an .xlsx workbook (damaged zip archive: %s)", name,
		    zip_error_strerror(&ze));
	}
	zip_error_fini(&ze);
	return rc;
}

/* The workbook part into *wbpart (malloc'd, caller frees): where the
 * package relationships point, else "xl/workbook.xml". */
static int find_workbook(tk_xlsx *x, char **wbpart, struct tk_error *err)
{
	struct rels_parse rels;
	const struct rel *r;
	int rc;

	*wbpart = NULL;
	memset(&rels, 0, sizeof rels);
	rc = read_rels(x, "_rels/.rels", &rels, err);
	r = rc ? NULL : rel_by_type(&rels, "officeDocument");
	if (r && !(*wbpart = resolve("", r->target)))
		rc = out_of_memory(x, err);
	rels_free(&rels);
	if (rc)
		return rc;
	if (*wbpart && find_entry(x, *wbpart) >= 0)
		return TK_OK;
	free(*wbpart);
	*wbpart = strdup("xl/workbook.xml");
	if (!*wbpart)
		return out_of_memory(x, err);
	if (find_entry(x, *wbpart) < 0)
		return tk_error_set(
		    err, TK_EINPUT,
		    "%s: not an .xlsx workbook (no workbook part)", x->name);
	return TK_OK;
}

/* Set each sheet's part from the workbook relationships rels (parts
 * relative to dir), or by number when the workbook has no relationships
 * part (have_rels 0).  A sheet no relationship names keeps a NULL path
 * (tk_xlsx_read_sheet says so).  TK_OK or TK_ENOMEM, err untouched. */
static int sheet_paths(tk_xlsx *x, const struct rels_parse *rels,
		       const char *dir, int have_rels)
{
	for (int i = 0; i < x->nsheets; i++) {
		struct sheet *sh = &x->sheets[i];
		const struct rel *r = rel_by_id(rels, sh->rid);
		char num[32];

		if (r) {
			sh->path = resolve(dir, r->target);
		} else if (!have_rels) {
			snprintf(num, sizeof num, "sheet%d.xml", i + 1);
			sh->path = cat3(dir, "worksheets/", num);
		} else {
			continue;
		}
		if (!sh->path)
			return TK_ENOMEM;
	}
	return TK_OK;
}

/* Read the styles and shared strings parts, when there are any, found
 * through rels or by their usual names in dir. */
static int read_styles_sst(tk_xlsx *x, const struct rels_parse *rels,
			   const char *dir, struct tk_error *err)
{
	const struct rel *r;
	char *styles, *sst;
	int rc = TK_OK;

	r = rel_by_type(rels, "styles");
	styles = r ? resolve(dir, r->target) : cat3(dir, "styles.xml", "");
	r = rel_by_type(rels, "sharedStrings");
	sst = r ? resolve(dir, r->target) : cat3(dir, "sharedStrings.xml", "");
	if (!styles || !sst)
		rc = out_of_memory(x, err);
	if (!rc && find_entry(x, styles) >= 0)
		rc = read_styles(x, styles, err);
	if (!rc && find_entry(x, sst) >= 0)
		rc = read_sst(x, sst, err);
	free(styles);
	free(sst);
	return rc;
}

/* The workbook's relationships part, "DIR_rels/BASE.rels" for wbpart
 * "DIR/BASE" (malloc'd, caller frees), and its dir in *dir (likewise);
 * NULL when out of memory. */
static char *wb_rels_part(const char *wbpart, char **dir)
{
	const char *base;
	char *relspart;

	*dir = part_dir(wbpart);
	if (!*dir)
		return NULL;
	base = wbpart + strlen(*dir);
	relspart = malloc(strlen(*dir) + strlen(base) + sizeof "_rels/.rels");
	if (relspart)
		sprintf(relspart, "%s_rels/%s.rels", *dir, base);
	return relspart;
}

/*
 * Find and read the workbook, its relationships, styles and shared strings
 * (see the top of the file).  Returns TK_OK or an error with err set.
 */
static int load(tk_xlsx *x, struct tk_error *err)
{
	struct rels_parse rels;
	struct wb_parse wb;
	char *wbpart = NULL, *dir = NULL, *relspart = NULL;
	zip_int64_t n;
	int rc;

	memset(&rels, 0, sizeof rels);
	memset(&wb, 0, sizeof wb);
	n = zip_get_num_entries(x->zip, 0);
	if (n > (zip_int64_t)x->lim.max_entries)
		return tk_error_set(
		    err, TK_ELIMIT,
		    "%s: too many zip entries (%lld, the limit is %d)", x->name,
		    (long long)n, x->lim.max_entries);
	rc = find_workbook(x, &wbpart, err);
	if (!rc)
		rc = parse_open_part(x, wbpart, &wb.ps, wb_start, wb_end, err);
	if (rc)
		goto done;
	relspart = wb_rels_part(wbpart, &dir);
	if (!relspart) {
		rc = out_of_memory(x, err);
		goto done;
	}
	rc = read_rels(x, relspart, &rels, err);
	if (rc)
		goto done;
	if (sheet_paths(x, &rels, dir, find_entry(x, relspart) >= 0))
		rc = out_of_memory(x, err);
	else
		rc = read_styles_sst(x, &rels, dir, err);
done:
	rels_free(&rels);
	free(wbpart);
	free(dir);
	free(relspart);
	return rc;
}

/* See xlsxread.h.  On success *out is the caller's (tk_xlsx_close). */
int tk_xlsx_open(const char *path, const struct tk_xlsx_limits *lim,
		 tk_xlsx **out, struct tk_error *err)
{
	tk_xlsx *x = NULL;
	int rc, zerr = 0;

	*out = NULL;
	rc = xlsx_new(path, lim, &x, err);
	if (rc)
		return rc;
	errno = 0;
	x->zip = zip_open(path, ZIP_RDONLY, &zerr);
	if (!x->zip) {
		int syserr = errno;
		unsigned char head[8];
		size_t nhead = 0;
		FILE *f;

		if (zerr == ZIP_ER_NOZIP && (f = fopen(path, "rb"))) {
			nhead = fread(head, 1, sizeof head, f);
			fclose(f);
		}
		rc = open_error(path, zerr, zerr == ZIP_ER_OPEN ? syserr : 0,
				is_ole2(head, nhead), err);
		goto done;
	}
	rc = load(x, err);
done:
	if (rc) {
		tk_xlsx_close(x);
		return rc;
	}
	*out = x;
	tk_error_clear(err);
	return TK_OK;
}

/* See xlsxread.h.  data is copied; on success *out is the caller's. */
int tk_xlsx_open_buffer(const void *data, size_t len, const char *name,
			const struct tk_xlsx_limits *lim, tk_xlsx **out,
			struct tk_error *err)
{
	tk_xlsx *x = NULL;
	zip_source_t *src = NULL;
	zip_error_t ze;
	void *copy = NULL;
	int rc;

	*out = NULL;
	if (!name)
		name = "(buffer)";
	rc = xlsx_new(name, lim, &x, err);
	if (rc)
		return rc;
	zip_error_init(&ze);
	if (len) {
		copy = malloc(len);
		if (!copy) {
			rc = tk_error_set(err, TK_ENOMEM, "%s: out of memory",
					  name);
			goto done;
		}
		memcpy(copy, data, len);
	}
	/* libzip frees copy with the source (an empty one owns nothing) */
	src = zip_source_buffer_create(copy, len, copy != NULL, &ze);
	if (!src) {
		free(copy);
		rc = tk_error_set(err, TK_ENOMEM, "%s: out of memory", name);
		goto done;
	}
	x->zip = zip_open_from_source(src, ZIP_RDONLY, &ze);
	if (!x->zip) {
		zip_source_free(src); /* frees copy */
		rc = open_error(name, zip_error_code_zip(&ze), 0,
				is_ole2(data, len), err);
		goto done;
	}
	rc = load(x, err);
done:
	zip_error_fini(&ze);
	if (rc) {
		tk_xlsx_close(x);
		return rc;
	}
	*out = x;
	tk_error_clear(err);
	return TK_OK;
}

/* ---- sheets ----------------------------------------------------------- */

int tk_xlsx_sheet_count(const tk_xlsx *x)
{
	return x ? x->nsheets : 0;
}

/* Sheet i's name (owned by x), or NULL. */
const char *tk_xlsx_sheet_name(const tk_xlsx *x, int i)
{
	return x && i >= 0 && i < x->nsheets ? x->sheets[i].name : NULL;
}

/* Sheet i's state (0 visible, 1 hidden, 2 veryHidden), or -1. */
int tk_xlsx_sheet_state(const tk_xlsx *x, int i)
{
	return x && i >= 0 && i < x->nsheets ? x->sheets[i].state : -1;
}

/* Exact match first; then ignoring ASCII case, as Excel does. */
int tk_xlsx_find_sheet(const tk_xlsx *x, const char *name)
{
	int i;

	if (!x || !name)
		return -1;
	for (i = 0; i < x->nsheets; i++)
		if (!strcmp(x->sheets[i].name, name))
			return i;
	for (i = 0; i < x->nsheets; i++)
		if (!strcasecmp(x->sheets[i].name, name))
			return i;
	return -1;
}

enum { T_N, T_S, T_STR, T_INL, T_B, T_E, T_D };

struct sheet_parse {
	struct parse ps;
	const char *sheet; /* name, for messages */
	tk_xlsx_cell_fn fn;
	void *ctx;
	char dp; /* the locale's decimal point */
	int in_data, in_row, in_c, in_is;
	int rph;   /* depth inside <rPh> */
	int has_v; /* the cell has a <v> or <is> */
	int type;  /* T_* */
	uint32_t style;
	uint64_t row, col; /* current position, saturating at BIG */
	/* References seen in this sheet, to refuse duplicates: a bitmap of
	 * row numbers, and per column the row element (gen) that last had a
	 * cell there. */
	unsigned char *rows_seen;
	size_t nrows_seen; /* bytes */
	uint32_t *col_gen; /* [max_cols + 1], or NULL */
	uint32_t gen;	   /* the current <row>'s number among the rows */
	uint64_t row_r;	   /* the current <row>'s row number */
};

/* The T_* type of a cell's t attribute. */
static int cell_type(const char *t)
{
	if (!strcmp(t, "s"))
		return T_S;
	if (!strcmp(t, "n"))
		return T_N;
	if (!strcmp(t, "b"))
		return T_B;
	if (!strcmp(t, "e"))
		return T_E;
	if (!strcmp(t, "d"))
		return T_D;
	if (!strcmp(t, "inlineStr"))
		return T_INL;
	return T_STR; /* "str", and anything unknown is read as text */
}

/* "Sheet!B3" for messages. */
static const char *cell_name(const struct sheet_parse *s, char *buf, size_t n)
{
	char ref[16];

	if (s->row < BIG && s->col < BIG)
		snprintf(buf, n, "%s!%s", s->sheet,
			 tk_xlsx_ref((uint32_t)s->row, (uint32_t)s->col, ref));
	else
		snprintf(buf, n, "%s!R%lluC%llu", s->sheet,
			 (unsigned long long)s->row,
			 (unsigned long long)s->col);
	return buf;
}

/* 1 when row r was seen before in this sheet; marks it seen.  Rows past
 * the limit are not tracked (their cells are refused when delivered). */
static int row_seen(struct sheet_parse *s, uint64_t r)
{
	size_t byte;
	int seen;

	if (r == 0 || r > s->ps.x->lim.max_rows)
		return 0;
	byte = (size_t)(r >> 3);
	if (byte >= s->nrows_seen) {
		size_t n = s->nrows_seen ? s->nrows_seen : 256;
		unsigned char *p;
		while (n <= byte)
			n *= 2;
		p = realloc(s->rows_seen, n);
		if (!p)
			return 0;
		memset(p + s->nrows_seen, 0, n - s->nrows_seen);
		s->rows_seen = p;
		s->nrows_seen = n;
	}
	seen = (s->rows_seen[byte] >> (r & 7)) & 1;
	s->rows_seen[byte] |= (unsigned char)(1u << (r & 7));
	return seen;
}

/* 1 when the cell at column col was seen before in the current row
 * element; marks it seen.  (Cells must lie in their row, checked first:
 * so a cell seen twice is in the same row element.) */
static int cell_seen(struct sheet_parse *s, uint64_t col)
{
	if (col == 0 || col > s->ps.x->lim.max_cols)
		return 0;
	if (!s->col_gen) {
		s->col_gen = calloc((size_t)s->ps.x->lim.max_cols + 1,
				    sizeof *s->col_gen);
		if (!s->col_gen)
			return 0;
	}
	if (s->col_gen[col] == s->gen)
		return 1;
	s->col_gen[col] = s->gen;
	return 0;
}

/* A <row>: its number from r, else one after the last. */
static void row_start(struct sheet_parse *s, const XML_Char **atts)
{
	const char *r = attr(atts, "r");

	s->in_row = 1;
	s->col = 0;
	if (!r) {
		s->row = s->row < BIG ? s->row + 1 : BIG;
	} else if (!parse_u64(r, &s->row) || s->row == 0) {
		parse_fail(&s->ps, TK_EINPUT,
			   "sheet %s: bad row number \"%.20s\"", s->sheet, r);
		return;
	}
	s->gen++;
	s->row_r = s->row;
	if (row_seen(s, s->row))
		parse_fail(&s->ps, TK_EINPUT, "%s!%llu:%llu: duplicated row",
			   s->sheet, (unsigned long long)s->row,
			   (unsigned long long)s->row);
}

/* A <c>: its reference (else one column right), type and style; the
 * text buffer is emptied for its value. */
static void cell_start(struct sheet_parse *s, const XML_Char **atts)
{
	const char *ref = NULL;
	const XML_Char **a;
	uint64_t v;

	s->in_c = 1;
	s->has_v = 0;
	s->type = T_N;
	s->style = 0;
	s->ps.x->text.len = 0;
	for (a = atts; *a; a += 2) {
		const char *n = local(a[0]);
		if (n[0] == '\0' || n[1] != '\0' ||
		    (n != a[0] && !strncmp(a[0], "xmlns:", 6)))
			continue;
		if (n[0] == 'r')
			ref = a[1];
		else if (n[0] == 't')
			s->type = cell_type(a[1]);
		else if (n[0] == 's' && parse_u64(a[1], &v))
			s->style = v > UINT32_MAX ? UINT32_MAX : (uint32_t)v;
	}
	if (!ref)
		s->col = s->col < BIG ? s->col + 1 : BIG;
	else if (!parse_ref(ref, &s->row, &s->col)) {
		parse_fail(&s->ps, TK_EINPUT,
			   "sheet %s: bad cell reference \"%.20s\"", s->sheet,
			   ref);
		return;
	}
	if (s->row != s->row_r) {
		char name[300];
		parse_fail(&s->ps, TK_EINPUT,
			   "%s: outside its row (it is in row %llu)",
			   cell_name(s, name, sizeof name),
			   (unsigned long long)s->row_r);
	} else if (cell_seen(s, s->col)) {
		char name[300];
		parse_fail(&s->ps, TK_EINPUT, "%s: duplicated",
			   cell_name(s, name, sizeof name));
	}
}

/* Parse a number literal whatever the C locale's decimal point. */
static int parse_number(const struct sheet_parse *s, const char *txt,
			size_t len, double *out)
{
	char tmp[64], *end;
	size_t i;

	if (s->dp != '.') {
		if (len >= sizeof tmp)
			return 0;
		for (i = 0; i < len; i++)
			tmp[i] = txt[i] == '.' ? s->dp : txt[i];
		tmp[len] = '\0';
		txt = tmp;
	}
	*out = strtod(txt, &end);
	while (*end == ' ' || *end == '\t' || *end == '\n' || *end == '\r')
		end++;
	return end != txt && !*end;
}

/* 1 when the current cell is within the row and column limits; else the
 * parse fails and 0. */
static int cell_in_limits(struct sheet_parse *s)
{
	const tk_xlsx *x = s->ps.x;
	char name[300];

	if (s->row > x->lim.max_rows) {
		parse_fail(&s->ps, TK_ELIMIT,
			   "cell %s is beyond the limit of %lu rows",
			   cell_name(s, name, sizeof name),
			   (unsigned long)x->lim.max_rows);
		return 0;
	}
	if (s->col > x->lim.max_cols) {
		parse_fail(&s->ps, TK_ELIMIT,
			   "cell %s is beyond the limit of %lu columns",
			   cell_name(s, name, sizeof name),
			   (unsigned long)x->lim.max_cols);
		return 0;
	}
	return 1;
}

/* The current cell's type, number and text (x->text.p or a shared string;
 * len bytes) into *cell.  Returns 1, or 0 when the parse fails on it. */
static int cell_value(struct sheet_parse *s, struct tk_xlsx_cell *cell)
{
	tk_xlsx *x = s->ps.x;
	const char *txt = x->text.p;
	size_t len = x->text.len;
	char name[300];
	uint64_t idx;

	cell->num = 0;
	cell->is_date = 0;
	switch (s->type) {
	case T_S:
		if (!parse_u64(txt, &idx) || idx >= x->nsst) {
			parse_fail(
			    &s->ps, TK_EINPUT,
			    "cell %s: shared string \"%.20s\" does not exist",
			    cell_name(s, name, sizeof name), txt);
			return 0;
		}
		txt = x->sst.p + x->sst_off[idx];
		len = sst_len(x, (size_t)idx);
		cell->type = TK_CELL_STRING;
		break;
	case T_STR:
	case T_INL:
		len = x->text.len = unescape(x->text.p, len);
		cell->type = TK_CELL_STRING;
		break;
	case T_D:
		cell->type = TK_CELL_STRING;
		break;
	case T_E:
		cell->type = TK_CELL_ERROR;
		break;
	case T_B:
		/* Shown by Excel as TRUE or FALSE, and so read. */
		cell->type = TK_CELL_BOOL;
		cell->num = !strcmp(txt, "1") || !strcmp(txt, "true");
		txt = cell->num ? "TRUE" : "FALSE";
		len = strlen(txt);
		break;
	default:
		cell->type = TK_CELL_NUMBER;
		if (!parse_number(s, txt, len, &cell->num)) {
			parse_fail(&s->ps, TK_EINPUT,
				   "cell %s: bad number \"%.20s\"",
				   cell_name(s, name, sizeof name), txt);
			return 0;
		}
		cell->is_date = s->style < x->nxf && x->xf_date[s->style];
		if (cell->is_date && x->date1904)
			cell->num += DATE1904_OFFSET;
	}
	cell->text = txt;
	cell->len = len;
	return 1;
}

/* The end of a <c>: hand its value, if any, to the callback; a non-zero
 * return from it stops the parse. */
static void cell_end(struct sheet_parse *s)
{
	struct tk_xlsx_cell cell;
	int rc;

	s->in_c = 0;
	if (!s->has_v || s->ps.x->text.len == 0)
		return;
	if (!cell_in_limits(s))
		return;
	cell.row = (uint32_t)s->row;
	cell.col = (uint32_t)s->col;
	if (!cell_value(s, &cell) || cell.len == 0 || !s->fn)
		return;
	rc = s->fn(s->ctx, &cell);
	if (rc) {
		s->ps.stop = rc;
		XML_StopParser(s->ps.p, XML_FALSE);
	}
}

/* Expat start handler for a sheet: tracks sheetData, row, c, v and is. */
static void XMLCALL sheet_start(void *ud, const XML_Char *name,
				const XML_Char **atts)
{
	struct sheet_parse *s = ud;
	const char *n = local(name);

	if (stopped(&s->ps))
		return;
	if (!s->in_data) {
		s->in_data = !strcmp(n, "sheetData");
	} else if (!s->in_row) {
		if (!strcmp(n, "row"))
			row_start(s, atts);
	} else if (!s->in_c) {
		if (!strcmp(n, "c"))
			cell_start(s, atts);
	} else if (s->in_is) {
		if (!strcmp(n, "rPh"))
			s->rph++;
		else if (!strcmp(n, "t") && !s->rph)
			s->ps.collect = 1;
	} else if (!strcmp(n, "v")) {
		s->ps.x->text.len = 0;
		s->ps.from = 0;
		s->ps.collect = 1;
		s->has_v = 1;
	} else if (!strcmp(n, "is")) {
		s->ps.x->text.len = 0;
		s->ps.from = 0;
		s->in_is = 1;
		s->rph = 0;
		s->has_v = 1;
	}
}

/* Expat end handler for a sheet; the end of a <c> delivers it. */
static void XMLCALL sheet_end(void *ud, const XML_Char *name)
{
	struct sheet_parse *s = ud;
	const char *n = local(name);

	if (stopped(&s->ps) || !s->in_data)
		return;
	if (!s->in_row) {
		if (!strcmp(n, "sheetData"))
			s->in_data = 0;
	} else if (!s->in_c) {
		if (!strcmp(n, "row"))
			s->in_row = 0;
	} else if (s->in_is) {
		if (!strcmp(n, "is")) {
			s->in_is = 0;
			s->ps.collect = 0;
		} else if (!strcmp(n, "rPh") && s->rph)
			s->rph--;
		else if (!strcmp(n, "t"))
			s->ps.collect = 0;
	} else if (!strcmp(n, "v")) {
		s->ps.collect = 0;
	} else if (!strcmp(n, "c")) {
		cell_end(s);
	}
}

/* See xlsxread.h: the sheet's budget is the total limit less what opening
 * and the other sheets inflated. */
int tk_xlsx_read_sheet(tk_xlsx *x, int i, tk_xlsx_cell_fn fn, void *ctx,
		       struct tk_error *err)
{
	struct sheet_parse s;
	struct sheet *sh;
	uint64_t used;
	int j, rc;

	if (!x || i < 0 || i >= x->nsheets)
		return tk_error_set(err, TK_ENOTFOUND, "%s: no sheet number %d",
				    x ? x->name : "(null)", i);
	sh = &x->sheets[i];
	if (!sh->path)
		return tk_error_set(
		    err, TK_EINPUT,
		    "%s: sheet %s: no part in the workbook relationships",
		    x->name, sh->name);
	used = x->inflated;
	for (j = 0; j < x->nsheets; j++)
		if (j != i)
			used += x->sheets[j].inflated;

	memset(&s, 0, sizeof s);
	s.ps.text = &x->text;
	s.sheet = sh->name;
	s.fn = fn;
	s.ctx = ctx;
	s.dp = localeconv()->decimal_point[0];
	s.ps.budget =
	    used < x->lim.max_total_bytes ? x->lim.max_total_bytes - used : 0;
	rc = parse_part(x, sh->path, &s.ps, sheet_start, sheet_end, err);
	free(s.rows_seen);
	free(s.col_gen);
	if (s.ps.got > sh->inflated)
		sh->inflated = s.ps.got;
	if (rc == TK_OK)
		tk_error_clear(err);
	return rc;
}

/* ---- document properties ---------------------------------------------- */

static void XMLCALL core_start(void *ud, const XML_Char *name,
			       const XML_Char **atts)
{
	struct parse *ps = ud;

	(void)atts;
	if (!stopped(ps) && !strcmp(local(name), "modified") &&
	    ps->x->text.len == 0)
		ps->collect = 1;
}

static void XMLCALL core_end(void *ud, const XML_Char *name)
{
	struct parse *ps = ud;

	if (ps->collect && !strcmp(local(name), "modified")) {
		ps->collect = 0;
		XML_StopParser(ps->p, XML_FALSE);
		ps->stop = 1;
	}
}

/* See xlsxread.h. */
int tk_xlsx_modified(tk_xlsx *x, char *buf, size_t n)
{
	struct parse ps;
	struct tk_error err;
	size_t len;

	*buf = '\0';
	if (!x || find_entry(x, "docProps/core.xml") < 0)
		return 0;
	memset(&ps, 0, sizeof ps);
	x->text.len = 0;
	ps.text = &x->text;
	ps.budget = 1u << 20;
	parse_part(x, "docProps/core.xml", &ps, core_start, core_end, &err);
	if (ps.rc != TK_OK || !x->text.len)
		return 0;
	len = unescape(x->text.p, x->text.len);
	snprintf(buf, n, "%.*s", (int)len, x->text.p);
	x->text.len = 0;
	return *buf != '\0';
}

/* ---- references and dates -------------------------------------------- */

char *tk_xlsx_ref(uint32_t row, uint32_t col, char *buf)
{
	char letters[8], tmp[32];
	int n = 0, k = 0;
	size_t len;

	while (col > 0 && n < (int)sizeof letters) {
		col--;
		letters[n++] = (char)('A' + col % 26);
		col /= 26;
	}
	while (n > 0)
		tmp[k++] = letters[--n];
	snprintf(tmp + k, sizeof tmp - (size_t)k, "%lu", (unsigned long)row);
	/* Only absurd positions are longer than 15 characters: cut them. */
	len = strlen(tmp);
	if (len > 15)
		len = 15;
	memcpy(buf, tmp, len);
	buf[len] = '\0';
	return buf;
}

/* Days since 1970-01-01 to a civil date (H. Hinnant's algorithm). */
static void civil_from_days(long z, int *y, int *m, int *d)
{
	long era, yy;
	unsigned long doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned long)(z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	yy = (long)yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yy + (*m <= 2));
}

/* Two decimal digits of v at p. */
static void put2(char *p, int v)
{
	p[0] = (char)('0' + v / 10 % 10);
	p[1] = (char)('0' + v % 10);
}

/*
 * Serial 1 is 1900-01-01 and 60 is Excel's fictitious 1900-02-29, so from 61
 * on a day is taken off; 0 is shown as Excel does, "1900-01-00".  A serial
 * outside 0 … 9999-12-31 (or NaN) gives "".
 */
char *tk_xlsx_serial_date(double serial, char *buf)
{
	long days;
	int y, m, d;

	if (!(serial >= 0 && serial < LAST_SERIAL + 1)) {
		buf[0] = '\0';
		return buf;
	}
	days = (long)serial;
	if (days == 0) {
		y = 1900, m = 1, d = 0;
	} else if (days == 60) {
		y = 1900, m = 2, d = 29;
	} else {
		civil_from_days(EPOCH_1899 + (days > 60 ? days - 1 : days), &y,
				&m, &d);
	}
	put2(buf, y / 100);
	put2(buf + 2, y % 100);
	buf[4] = '-';
	put2(buf + 5, m);
	buf[7] = '-';
	put2(buf + 8, d);
	buf[10] = '\0';
	return buf;
}
