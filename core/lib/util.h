/*
 * util.h — small helpers shared by every module: a growable string buffer,
 * whole-file reading, UTF-8 checks, CP932 → UTF-8 conversion, trimming,
 * directory listing, time stamps and the acting user's name.  Nothing here
 * reads the environment: the CLI sets the clock, actor and progress.
 */
#ifndef TK_UTIL_H
#define TK_UTIL_H

#include "lib/error.h"

#include <stddef.h>
#include <stdio.h>

/* A NUL-terminated growable string.  Zero-initialise, then append;
 * tk_buf_free releases.  Appends abort on out-of-memory (like git's strbuf):
 * tenken cannot carry on sensibly without memory. */
struct tk_buf {
	char *s;
	size_t len, cap;
};
void tk_buf_add(struct tk_buf *b, const void *p, size_t n);
void tk_buf_adds(struct tk_buf *b, const char *s);
void tk_buf_addf(struct tk_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void tk_buf_addc(struct tk_buf *b, char c);
void tk_buf_reset(struct tk_buf *b);
void tk_buf_free(struct tk_buf *b);
/* Detach the string (caller frees); the buffer is left empty. */
char *tk_buf_take(struct tk_buf *b);

void *tk_xmalloc(size_t n);
void *tk_xcalloc(size_t n, size_t m);
void *tk_xrealloc(void *p, size_t n);
char *tk_xstrdup(const char *s);

/* Read a whole file (at most max bytes) into *out (NUL-terminated, caller
 * frees); *len gets its length.  TK_EIO / TK_ELIMIT on failure. */
int tk_read_file(const char *path, size_t max, char **out, size_t *len,
		 struct tk_error *err);

/* Length of the valid UTF-8 prefix of s[0..n); == n when all valid. */
size_t tk_utf8_valid_prefix(const char *s, size_t n);

/* Decode the UTF-8 character at s[0..n) into *cp; returns its length in
 * bytes, or 0 when the bytes there are not valid UTF-8 (n == 0 too). */
size_t tk_utf8_decode(const char *s, size_t n, unsigned long *cp);

/* 1 when code point cp must not appear in names, codes or titles, nor be
 * printed raw to a terminal: C0 and C1 controls (tab and line ends too),
 * DEL, U+2028/U+2029 and the bidi embeddings, overrides and isolates
 * (U+202A-U+202E, U+2066-U+2069). */
int tk_unsafe_char(unsigned long cp);

/* Append s with every unsafe character (tk_unsafe_char) and every byte
 * that is not UTF-8 escaped: \xNN below U+0100 and for stray bytes,
 * \uNNNN above; for terminal output of data. */
void tk_buf_add_escaped(struct tk_buf *b, const char *s);

/* Convert CP932 (Shift_JIS as Windows writes it) to UTF-8.  On an invalid
 * byte sequence returns TK_EINPUT and sets *bad_offset. */
int tk_cp932_to_utf8(const char *in, size_t n, char **out, size_t *outlen,
		     size_t *bad_offset);

/* 1 when y-m-d is a real calendar date (1900..9999). */
int tk_valid_ymd(int y, int m, int d);
/* 1 when s is a real date written YYYY-MM-DD (not 2026/04/01). */
int tk_valid_date(const char *s);
/* The fiscal year (April to March) of the date s, or 0 when s is not a
 * date YYYY-MM-DD. */
int tk_date_fy(const char *s);

/* Current UTC time as "YYYY-MM-DDTHH:MM:SSZ" into buf[21], unless a fixed
 * time was set with tk_set_clock. */
char *tk_now(char buf[32]);
/* Today's local date "YYYY-MM-DD", unless fixed with tk_set_clock. */
char *tk_today(char buf[16]);
/* Fix the clock (the CLI passes TENKEN_NOW and TENKEN_TODAY, for
 * reproducible tests and demos); NULL or "" leaves that part real. */
void tk_set_clock(const char *now, const char *today);

/* The stored UTC time "YYYY-MM-DDTHH:MM:SSZ" as local time (TZ; JST in
 * Japan) "YYYY-MM-DD HH:MM:SS" for people, into buf[size]; anything else
 * is copied as it is.  JSON and CSV keep the stored form.  Returns buf. */
char *tk_local_time(const char *utc, char *buf, size_t size);
/* The date "YYYY-MM-DD" in the Japanese era, "令和8年12月1日" (the first
 * year is 元年: 平成31年4月30日, 令和元年5月1日; 大正 to 令和), into
 * buf[size]; anything else (or before 大正) is copied as it is.  64 bytes
 * are enough.  Returns buf. */
char *tk_wareki(const char *date, char *buf, size_t size);
/* The fiscal year fy in the Japanese era, e.g. 2026 → "令和8年度", 2019 →
 * "令和元年度"; "2026年度" when it does not fit.  Returns buf. */
char *tk_wareki_fy(int fy, char *buf, size_t size);
/* Full-width digits and signs (０-９ ． － ＋, and U+2212 −) turned into
 * ASCII, in place, so "３．５" reads as 3.5.  Returns s. */
char *tk_normalize_digits(char *s);

/* The OS login recorded in the event log beside the acting staff code, as
 * set by tk_set_actor (the CLI: USER, else the password database), or
 * "unknown".  Statically allocated. */
const char *tk_actor(void);
void tk_set_actor(const char *name);

/* The staff code of the member of staff acting (the CLI: --as, TENKEN_AS),
 * or NULL when none was given.  Who that is in a fiscal year, and whether
 * they may act, is app/acting.h's; the event log records the code. */
const char *tk_acting(void);
void tk_set_acting(const char *code);
/* Called once the code was found to be staff of the year acted in; only
 * from then on does tk_acting_logged return it (else NULL). */
void tk_acting_checked(void);
const char *tk_acting_logged(void);

/* Append s padded with spaces to `width` terminal columns (a full-width
 * character takes two), for aligned Japanese tables. */
void tk_buf_pad(struct tk_buf *b, const char *s, int width);
/* The terminal columns of UTF-8 s: East Asian wide characters (CJK, kana,
 * hangul, full-width forms) take two, others one. */
int tk_display_width(const char *s);
/* Append a table line: fmt holds text and only %s, %-Ns and %Ns, each
 * padded (left- or right-aligned) to N terminal columns, so that a header
 * in Japanese lines up with its columns.  E.g.
 * tk_buf_addcols(b, "%-8s %6s  %s\n", _("code"), _("staff"), _("name")). */
void tk_buf_addcols(struct tk_buf *b, const char *fmt, ...);

/* 1 when f is a terminal and progress lines are allowed (the CLI turns
 * them off for TENKEN_NO_PROGRESS). */
int tk_progress_wanted(FILE *f);
void tk_set_progress_allowed(int allowed);

/* Trim ASCII blanks (space, tab, CR, LF) and ideographic spaces (U+3000)
 * from both ends of s, in place; returns the first kept character. */
char *tk_trim(char *s);
/* The same without copying: *start and *len give the trimmed part. */
void tk_trim_span(const char *s, const char **start, size_t *len);

/* Append "dir/name" to b, with one slash between however many dir ends
 * with ("再提出/" + "a.xlsx" is "再提出/a.xlsx"). */
void tk_buf_add_path(struct tk_buf *b, const char *dir, const char *name);

/* Append to *out (*n entries, caller frees each and the array) the paths
 * "dir/NAME" of the entries of dir for which keep(NAME) is 1, sorted by
 * name; names starting with '.' are never listed.  TK_EIO when dir cannot
 * be read, with the system's reason. */
int tk_list_dir(const char *dir, int (*keep)(const char *name), char ***out,
		int *n, struct tk_error *err);

/* Make a directory and its parents (mode 0777 & ~umask). */
int tk_mkdirs(const char *path, struct tk_error *err);

/*
 * Called first on a helper thread (a reader, a checker, a checkpointer):
 * lowers that thread's priority (nice 10) so that the thread the others
 * wait for keeps a core to itself when there are more threads than
 * cores.  On Linux the nice value is the thread's own.
 */
void tk_thread_background(void);

#endif
