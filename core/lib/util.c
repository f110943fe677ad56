/*
 * util.c — see util.h.
 */
#include "lib/util.h"

#include <dirent.h>
#include <errno.h>
#include <iconv.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void oom(void)
{
	fputs("tenken: out of memory\n", stderr);
	abort();
}

void *tk_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *tk_xcalloc(size_t n, size_t m)
{
	void *p = calloc(n ? n : 1, m ? m : 1);
	if (!p)
		oom();
	return p;
}

void *tk_xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		oom();
	return p;
}

char *tk_xstrdup(const char *s)
{
	char *p;
	if (!s)
		return NULL;
	p = strdup(s);
	if (!p)
		oom();
	return p;
}

static void buf_grow(struct tk_buf *b, size_t extra)
{
	if (b->len + extra + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < b->len + extra + 1)
		cap *= 2;
	b->s = tk_xrealloc(b->s, cap);
	b->cap = cap;
}

void tk_buf_add(struct tk_buf *b, const void *p, size_t n)
{
	/* p may point into b itself: keep it as an offset across the grow. */
	const char *c = p;
	if (b->s && c >= b->s && c < b->s + b->cap) {
		size_t off = (size_t)(c - b->s);
		buf_grow(b, n);
		p = b->s + off;
	} else {
		buf_grow(b, n);
	}
	memmove(b->s + b->len, p, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void tk_buf_adds(struct tk_buf *b, const char *s)
{
	tk_buf_add(b, s, strlen(s));
}

void tk_buf_addc(struct tk_buf *b, char c)
{
	buf_grow(b, 1);
	b->s[b->len++] = c;
	b->s[b->len] = '\0';
}

void tk_buf_addf(struct tk_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	buf_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

void tk_buf_reset(struct tk_buf *b)
{
	b->len = 0;
	if (b->s)
		b->s[0] = '\0';
}

void tk_buf_free(struct tk_buf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

char *tk_buf_take(struct tk_buf *b)
{
	char *s = b->s ? b->s : tk_xstrdup("");
	b->s = NULL;
	b->len = b->cap = 0;
	return s;
}

int tk_read_file(const char *path, size_t max, char **out, size_t *len,
		 struct tk_error *err)
{
	FILE *f;
	struct tk_buf b = {0};
	char chunk[65536];
	size_t n;

	*out = NULL;
	*len = 0;
	f = fopen(path, "rb");
	if (!f)
		return tk_error_set(err, TK_EIO, "%s: cannot open: %s", path,
				    strerror(errno));
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (b.len + n > max) {
			fclose(f);
			tk_buf_free(&b);
			return tk_error_set(err, TK_ELIMIT,
					    "%s: larger than %zu bytes", path,
					    max);
		}
		tk_buf_add(&b, chunk, n);
	}
	if (ferror(f)) {
		int e = errno;
		fclose(f);
		tk_buf_free(&b);
		return tk_error_set(err, TK_EIO, "%s: read error: %s", path,
				    strerror(e));
	}
	fclose(f);
	*len = b.len;
	*out = tk_buf_take(&b);
	return TK_OK;
}

size_t tk_utf8_decode(const char *s, size_t n, unsigned long *cp)
{
	size_t k = tk_utf8_valid_prefix(s, n < 4 ? n : 4);
	const unsigned char *p = (const unsigned char *)s;
	size_t len;
	if (!n || !k)
		return 0;
	len = p[0] < 0x80 ? 1 : p[0] < 0xE0 ? 2 : p[0] < 0xF0 ? 3 : 4;
	if (len > k)
		return 0;
	*cp = len == 1 ? p[0] : p[0] & (0x7F >> len);
	for (size_t i = 1; i < len; i++)
		*cp = *cp << 6 | (p[i] & 0x3F);
	return len;
}

int tk_unsafe_char(unsigned long cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 ||
	       cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E) ||
	       (cp >= 0x2066 && cp <= 0x2069);
}

void tk_buf_add_escaped(struct tk_buf *b, const char *s)
{
	size_t n = strlen(s);
	while (n) {
		unsigned long cp;
		size_t k = tk_utf8_decode(s, n, &cp);
		if (!k) {
			tk_buf_addf(b, "\\x%02X", (unsigned char)*s);
			k = 1;
		} else if (tk_unsafe_char(cp)) {
			tk_buf_addf(b, cp < 0x100 ? "\\x%02lX" : "\\u%04lX",
				    cp);
		} else {
			tk_buf_add(b, s, k);
		}
		s += k;
		n -= k;
	}
}

size_t tk_utf8_valid_prefix(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		unsigned c = p[i];
		size_t k;
		unsigned cp;
		if (c < 0x80) {
			i++;
			continue;
		} else if (c >= 0xC2 && c <= 0xDF) {
			k = 1, cp = c & 0x1F;
		} else if (c >= 0xE0 && c <= 0xEF) {
			k = 2, cp = c & 0x0F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			k = 3, cp = c & 0x07;
		} else {
			return i;
		}
		for (size_t j = 1; j <= k; j++) {
			if (i + j >= n || (p[i + j] & 0xC0) != 0x80)
				return i;
			cp = cp << 6 | (p[i + j] & 0x3F);
		}
		if ((k == 2 && cp < 0x800) || (k == 3 && cp < 0x10000) ||
		    cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return i;
		i += k + 1;
	}
	return n;
}

int tk_cp932_to_utf8(const char *in, size_t n, char **out, size_t *outlen,
		     size_t *bad_offset)
{
	iconv_t cd = iconv_open("UTF-8", "CP932");
	size_t cap = n * 3 + 16, left_in = n, left_out = cap;
	char *buf, *ip = (char *)in, *op;

	*out = NULL;
	*outlen = 0;
	*bad_offset = 0;
	if (cd == (iconv_t)-1)
		return TK_EIO;
	buf = tk_xmalloc(cap + 1);
	op = buf;
	if (iconv(cd, &ip, &left_in, &op, &left_out) == (size_t)-1) {
		*bad_offset = (size_t)(ip - in);
		iconv_close(cd);
		free(buf);
		return TK_EINPUT;
	}
	iconv_close(cd);
	*op = '\0';
	*out = buf;
	*outlen = (size_t)(op - buf);
	return TK_OK;
}

int tk_valid_ymd(int y, int m, int d)
{
	static const int mdays[] = {31, 28, 31, 30, 31, 30,
				    31, 31, 30, 31, 30, 31};
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1)
		return 0;
	return d <= mdays[m - 1] + (m == 2 && leap);
}

int tk_valid_date(const char *s)
{
	int y, m, d;
	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !(s[i] >= '0' && s[i] <= '9'))
			return 0;
	return sscanf(s, "%4d-%2d-%2d", &y, &m, &d) == 3 &&
	       tk_valid_ymd(y, m, d);
}

int tk_date_fy(const char *s)
{
	int y, m, d;
	if (!tk_valid_date(s) || sscanf(s, "%4d-%2d-%2d", &y, &m, &d) != 3)
		return 0;
	return m >= 4 ? y : y - 1;
}

/* Fixed clock and the progress switch, set by the CLI (tk_set_clock). */
static char fixed_now[32], fixed_today[16];
static int progress_allowed = 1;

void tk_set_clock(const char *now, const char *today)
{
	snprintf(fixed_now, sizeof fixed_now, "%s", now ? now : "");
	snprintf(fixed_today, sizeof fixed_today, "%s", today ? today : "");
}

void tk_set_progress_allowed(int allowed)
{
	progress_allowed = allowed;
}

/* The clock as fmt into buf[n]: fixed when set, else UTC or local time. */
static char *clock_text(char *buf, size_t n, const char *fixed, int utc,
			const char *fmt)
{
	time_t t = time(NULL);
	struct tm tm;
	if (*fixed) {
		snprintf(buf, n, "%s", fixed);
		return buf;
	}
	if (utc)
		gmtime_r(&t, &tm);
	else
		localtime_r(&t, &tm);
	strftime(buf, n, fmt, &tm);
	return buf;
}

char *tk_now(char buf[32])
{
	return clock_text(buf, 32, fixed_now, 1, "%Y-%m-%dT%H:%M:%SZ");
}

char *tk_today(char buf[16])
{
	return clock_text(buf, 16, fixed_today, 0, "%Y-%m-%d");
}

static char actor_name[128];

void tk_set_actor(const char *name)
{
	snprintf(actor_name, sizeof actor_name, "%s", name ? name : "");
}

const char *tk_actor(void)
{
	return actor_name[0] ? actor_name : "unknown";
}

static char acting_code[64];
static int acting_checked;

void tk_set_acting(const char *code)
{
	snprintf(acting_code, sizeof acting_code, "%s", code ? code : "");
	acting_checked = 0;
}

const char *tk_acting(void)
{
	return acting_code[0] ? acting_code : NULL;
}

void tk_acting_checked(void)
{
	acting_checked = 1;
}

const char *tk_acting_logged(void)
{
	return acting_checked ? tk_acting() : NULL;
}

static int wide(unsigned long c)
{
	return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
	       (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
	       (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
	       (c >= 0xFFE0 && c <= 0xFFE6);
}

int tk_display_width(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	int cols = 0;
	while (*p) {
		unsigned long c = *p;
		int more = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
		if (more)
			c &= 0x3f >> more;
		for (p++; more > 0 && (*p & 0xc0) == 0x80; more--, p++)
			c = (c << 6) | (*p & 0x3f);
		cols += wide(c) ? 2 : 1;
	}
	return cols;
}

void tk_buf_pad(struct tk_buf *b, const char *s, int width)
{
	int cols = tk_display_width(s);
	tk_buf_adds(b, s);
	for (; cols < width; cols++)
		tk_buf_addc(b, ' ');
}

/* One %[-]Ns conversion at *fmt (just past '%'): its text padded. */
static const char *add_col(struct tk_buf *b, const char *fmt, const char *s)
{
	int left = *fmt == '-', width = 0, cols;
	if (left)
		fmt++;
	for (; *fmt >= '0' && *fmt <= '9'; fmt++)
		width = width * 10 + (*fmt - '0');
	if (!s)
		s = "";
	cols = tk_display_width(s);
	if (left) {
		tk_buf_pad(b, s, width);
	} else {
		for (; cols < width; cols++)
			tk_buf_addc(b, ' ');
		tk_buf_adds(b, s);
	}
	return *fmt == 's' ? fmt + 1 : fmt;
}

void tk_buf_addcols(struct tk_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	while (*fmt) {
		if (fmt[0] == '%' && fmt[1] == '%') {
			tk_buf_addc(b, '%');
			fmt += 2;
		} else if (fmt[0] == '%') {
			fmt = add_col(b, fmt + 1, va_arg(ap, const char *));
		} else {
			tk_buf_addc(b, *fmt++);
		}
	}
	va_end(ap);
}

int tk_progress_wanted(FILE *f)
{
	return progress_allowed && isatty(fileno(f));
}

int tk_mkdirs(const char *path, struct tk_error *err)
{
	char *p = tk_xstrdup(path), *q;
	int rc = TK_OK;
	if (!*p) {
		free(p);
		return tk_error_set(err, TK_EIO, "empty directory name");
	}
	for (q = p + 1; *q; q++) {
		if (*q != '/')
			continue;
		*q = '\0';
		if (mkdir(p, 0777) != 0 && errno != EEXIST) {
			rc = tk_error_set(err, TK_EIO, "%s: cannot create: %s",
					  p, strerror(errno));
			goto done;
		}
		*q = '/';
	}
	if (mkdir(p, 0777) != 0 && errno != EEXIST)
		rc = tk_error_set(err, TK_EIO, "%s: cannot create: %s", p,
				  strerror(errno));
done:
	free(p);
	return rc;
}

static size_t blank_at(const char *s)
{
	if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
		return 1;
	return strncmp(s, "\xE3\x80\x80", 3) ? 0 : 3;
}

static size_t blank_before(const char *s, const char *e)
{
	if (e > s &&
	    (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n'))
		return 1;
	return e - s >= 3 && !strncmp(e - 3, "\xE3\x80\x80", 3) ? 3 : 0;
}

void tk_trim_span(const char *s, const char **start, size_t *len)
{
	const char *e;
	size_t k;
	while ((k = blank_at(s)))
		s += k;
	e = s + strlen(s);
	while ((k = blank_before(s, e)))
		e -= k;
	*start = s;
	*len = (size_t)(e - s);
}

char *tk_trim(char *s)
{
	const char *start;
	size_t len;
	tk_trim_span(s, &start, &len);
	((char *)start)[len] = '\0';
	return (char *)start;
}

static int cmp_path(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void tk_buf_add_path(struct tk_buf *b, const char *dir, const char *name)
{
	size_t n = strlen(dir);
	while (n > 1 && dir[n - 1] == '/')
		n--;
	tk_buf_add(b, dir, n);
	if (!n || dir[n - 1] != '/')
		tk_buf_addc(b, '/');
	tk_buf_adds(b, name);
}

int tk_list_dir(const char *dir, int (*keep)(const char *name), char ***out,
		int *n, struct tk_error *err)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	int start = *n;
	if (!d)
		return tk_error_set(err, TK_EIO,
				    "%s: cannot read directory: %s", dir,
				    strerror(errno));
	while ((de = readdir(d))) {
		struct tk_buf p = {0};
		if (de->d_name[0] == '.' || !keep(de->d_name))
			continue;
		tk_buf_add_path(&p, dir, de->d_name);
		*out = tk_xrealloc(*out, (size_t)(*n + 1) * sizeof **out);
		(*out)[(*n)++] = tk_buf_take(&p);
	}
	closedir(d);
	qsort(*out + start, (size_t)(*n - start), sizeof **out, cmp_path);
	return TK_OK;
}

/* ------------------------------------------------------------ dates for
 * people */

char *tk_local_time(const char *utc, char *buf, size_t size)
{
	struct tm tm = {0}, lt;
	char z = 0;
	int n = 0;
	time_t t;
	if (!size)
		return buf;
	snprintf(buf, size, "%s", utc ? utc : "");
	if (!utc ||
	    sscanf(utc, "%4d-%2d-%2dT%2d:%2d:%2d%c%n", &tm.tm_year, &tm.tm_mon,
		   &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &z,
		   &n) != 7 ||
	    z != 'Z' || utc[n] ||
	    !tk_valid_ymd(tm.tm_year, tm.tm_mon, tm.tm_mday))
		return buf;
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	t = timegm(&tm);
	if (t == (time_t)-1 || !localtime_r(&t, &lt))
		return buf;
	strftime(buf, size, "%Y-%m-%d %H:%M:%S", &lt);
	return buf;
}

/* The eras of the Japanese calendar since 1912: first day and name. */
static const struct {
	int from; /* yyyymmdd */
	const char *name;
} eras[] = {
    {20190501, "令和"},
    {19890108, "平成"},
    {19261225, "昭和"},
    {19120730, "大正"},
};

char *tk_wareki(const char *date, char *buf, size_t size)
{
	int y, m, d, ymd;
	if (!size)
		return buf;
	snprintf(buf, size, "%s", date ? date : "");
	if (!tk_valid_date(date) ||
	    sscanf(date, "%4d-%2d-%2d", &y, &m, &d) != 3)
		return buf;
	ymd = y * 10000 + m * 100 + d;
	for (size_t i = 0; i < sizeof eras / sizeof eras[0]; i++) {
		int ey = y - eras[i].from / 10000 + 1;
		if (ymd < eras[i].from)
			continue;
		if (ey == 1)
			snprintf(buf, size, "%s元年%d月%d日", eras[i].name, m,
				 d);
		else
			snprintf(buf, size, "%s%d年%d月%d日", eras[i].name, ey,
				 m, d);
		break;
	}
	return buf;
}

char *tk_wareki_fy(int fy, char *buf, size_t size)
{
	char day[16], *nen;
	/* The era of 1 May names the year: FY2019 is 令和元年度, FY1988
	 * (ended in 平成) 昭和63年度. */
	snprintf(day, sizeof day, "%04d-05-01", fy);
	tk_wareki(day, buf, size);
	if ((nen = strstr(buf, "年")) && (size_t)(nen - buf) + 7 <= size)
		strcpy(nen, "年度");
	else
		snprintf(buf, size, "%d年度", fy);
	return buf;
}

char *tk_normalize_digits(char *s)
{
	unsigned char *r = (unsigned char *)s, *w = r;
	while (*r) {
		/* U+FF0B..U+FF19 (＋，－．／０-９) are EF BC 8B..99. */
		if (r[0] == 0xEF && r[1] == 0xBC && r[2] >= 0x8B &&
		    r[2] <= 0x99 && r[2] != 0x8C && r[2] != 0x8F) {
			*w++ = (unsigned char)(r[2] - 0x8B + '+');
			r += 3;
		} else if (r[0] == 0xE2 && r[1] == 0x88 && r[2] == 0x92) {
			*w++ = '-'; /* U+2212 minus sign */
			r += 3;
		} else {
			*w++ = *r++;
		}
	}
	*w = '\0';
	return s;
}

void tk_thread_background(void)
{
	enum { BACKGROUND_NICE = 10 };
	int now;
	errno = 0;
	now = getpriority(PRIO_PROCESS, 0);
	if (!errno && now < BACKGROUND_NICE)
		(void)setpriority(PRIO_PROCESS, 0, BACKGROUND_NICE);
}
