/*
 * seal.c — sealed bundles (seal.h): a zip whose first entry is a manifest
 * of SHA-256 digests, optionally AES-256 encrypted and keyed with an
 * HMAC-SHA256 over the manifest.
 *
 * Creating reads every input file into memory first, so the digest in the
 * manifest is of exactly the bytes that go into the zip (a file changing
 * while it is sealed cannot slip through).  libzip writes to a temporary
 * file and renames it at zip_close, so a failed seal leaves no half bundle.
 *
 * Opening trusts nothing in the zip headers.  The manifest is read and
 * checked (format, then mac when a passphrase is given); then every member
 * is inflated, counting the bytes actually produced, never more than the
 * manifest's size plus one, and checked against its digest.  Only when the
 * whole bundle is good is the callback called, once per member in manifest
 * order, with the contents held in memory.  Member names must be plain base
 * names, so a caller that writes members to disk cannot be made to write
 * outside its directory (zip-slip).
 *
 * The passphrase is never printed or logged; buffers that held it or keys
 * derived from it are wiped (tk_wipe) before they are released.
 */
#include "formats/seal.h"

#include "lib/digest.h"
#include "lib/util.h"

#include <openssl/rand.h>
#include <zip.h>

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define SEAL_MAGIC	  "tenken-seal/1" /* members under their own names */
#define SEAL_MAGIC2	  "tenken-seal/2" /* members under opaque names */
#define SEAL_MAX_MEMBERS  10000
#define SEAL_MAX_MEMBER	  ((size_t)256 << 20)
#define SEAL_MAX_TOTAL	  ((uint64_t)2 << 30)
#define SEAL_MAX_MANIFEST ((size_t)4 << 20)
#define SEAL_MAX_NAME	  255
#define PASS_MAX	  1024

/* One member as the manifest lists it, and its content once verified. */
struct member {
	char *name;
	char *entry; /* its zip entry's name: name, or m0001.bin... */
	char hex[65];
	uint64_t size;
	char *data;
	size_t len;
	int seen;
	zip_uint64_t index; /* its entry in the zip */
};

/* ------------------------------------------------------------ names */

/* 1 when s[0..n) may be a member name: a plain base name of valid UTF-8,
 * at most 255 bytes, without '/', '\\', ':', control characters or NUL,
 * not "." or "..", and not the manifest's own name. */
static int name_ok(const char *s, size_t n)
{
	if (n == 0 || n > SEAL_MAX_NAME)
		return 0;
	if (!strncmp(s, ".", n) || !strncmp(s, "..", n))
		return 0;
	if (n == strlen(TK_SEAL_MANIFEST) && !memcmp(s, TK_SEAL_MANIFEST, n))
		return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c == 0x7f || c == '/' || c == '\\' || c == ':')
			return 0;
	}
	return tk_utf8_valid_prefix(s, n) == n;
}

/* A name from a hostile zip made safe to print: control bytes become '?'
 * and long names are cut.  Returns out. */
static const char *printable(const char *s, char out[128])
{
	size_t i;
	for (i = 0; s[i] && i < 120; i++) {
		unsigned char c = (unsigned char)s[i];
		out[i] = c < 0x20 || c == 0x7f ? '?' : (char)c;
	}
	out[i] = '\0';
	if (s[i])
		memcpy(out + i, "...", 4);
	return out;
}

/* ------------------------------------------------------------ passphrase */

/* The number of UTF-8 characters in s[0..n) (bytes that do not continue
 * one). */
static size_t chars(const char *s, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xc0) != 0x80;
	return c;
}

/* Write text[0..n) to fd, all of it. */
static int write_all(int fd, const char *text, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, text, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return -1;
		text += w;
		n -= (size_t)w;
	}
	return 0;
}

/* A new passphrase of TK_KEYGEN_BITS random bits from the OS CSPRNG
 * (through libcrypto), in base32 (RFC 4648, no padding) and a line end,
 * into out (at least 40 bytes). */
static int keygen_text(char out[40], struct tk_error *err)
{
	static const char b32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
	unsigned char raw[TK_KEYGEN_BITS / 8];
	size_t o = 0;

	if (RAND_bytes(raw, (int)sizeof raw) != 1)
		return tk_error_set(
		    err, TK_EIO,
		    "cannot get random bytes from the system (libcrypto RAND_bytes failed)");
	for (size_t bit = 0; bit < sizeof raw * 8; bit += 5) {
		unsigned v = 0;
		for (size_t k = bit; k < bit + 5; k++)
			v = v << 1 | (k < sizeof raw * 8 &&
				      (raw[k / 8] >> (7 - k % 8) & 1));
		out[o++] = b32[v];
	}
	out[o++] = '\n';
	out[o] = '\0';
	tk_wipe(raw, sizeof raw);
	return TK_OK;
}

int tk_passphrase_keygen(const char *path, struct tk_error *err)
{
	char text[40];
	int fd, rc;

	if ((rc = keygen_text(text, err)))
		return rc;
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
		  0600);
	if (fd < 0 && errno == EEXIST)
		rc = tk_error_set(
		    err, TK_EIO,
		    "%s: already exists; refusing to overwrite it (a passphrase file is never replaced)",
		    path);
	else if (fd < 0)
		rc = tk_error_set(err, TK_EIO, "%s: cannot create: %s", path,
				  strerror(errno));
	else {
		int bad = fchmod(fd, 0600) != 0 ||
			  write_all(fd, text, strlen(text)) || fsync(fd) != 0;
		int saved = errno;
		if (close(fd) != 0 && !bad)
			bad = 1, saved = errno;
		if (bad) {
			rc = tk_error_set(err, TK_EIO, "%s: cannot write: %s",
					  path, strerror(saved));
			unlink(path);
		}
	}
	tk_wipe(text, sizeof text);
	return rc;
}

int tk_passphrase_read(const char *path, char **out, struct tk_error *err)
{
	char buf[PASS_MAX + 2];
	size_t len = 0, line;
	const char *nl;
	int fd, rc = TK_OK;

	*out = NULL;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return tk_error_set(err, TK_EIO,
				    "%s: cannot open the passphrase file: %s",
				    path, strerror(errno));
	while (len < sizeof buf && !memchr(buf, '\n', len)) {
		ssize_t r = read(fd, buf + len, sizeof buf - len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			rc = tk_error_set(
			    err, TK_EIO,
			    "%s: cannot read the passphrase file: %s", path,
			    strerror(errno));
			goto cleanup;
		}
		if (r == 0)
			break;
		len += (size_t)r;
	}
	nl = memchr(buf, '\n', len);
	line = nl ? (size_t)(nl - buf) : len;
	if (line > 0 && buf[line - 1] == '\r')
		line--;
	if (line > PASS_MAX) {
		rc = tk_error_set(err, TK_ELIMIT,
				  "%s: the passphrase is longer than %d bytes",
				  path, PASS_MAX);
		goto cleanup;
	}
	if (line == 0) {
		rc = tk_error_set(
		    err, TK_EINPUT,
		    "%s: the passphrase file is empty (the passphrase is its first line)",
		    path);
		goto cleanup;
	}
	if (memchr(buf, '\0', line)) {
		rc = tk_error_set(err, TK_EINPUT,
				  "%s: the passphrase contains a NUL byte",
				  path);
		goto cleanup;
	}
	if (chars(buf, line) < TK_PASS_MIN_CHARS) {
		rc = tk_error_set(
		    err, TK_EINPUT,
		    "%s: the passphrase is shorter than %d characters, too weak for WinZip AES (1,000 PBKDF2 rounds); make one with `tenken seal keygen --out FILE`",
		    path, TK_PASS_MIN_CHARS);
		goto cleanup;
	}
	*out = tk_xmalloc(line + 1);
	memcpy(*out, buf, line);
	(*out)[line] = '\0';
cleanup:
	tk_wipe(buf, sizeof buf);
	close(fd);
	return rc;
}

/* ------------------------------------------------------------ create */

/* What sealing one bundle shares between its steps.  m holds nfiles
 * members (names and contents owned here, freed by seal_free). */
struct sealing {
	const char *out_zip;
	const char *const *files;
	int nfiles;
	const char *pass; /* NULL: no encryption and no mac */
	struct member *m;
	struct tk_buf man; /* the manifest text */
	zip_t *za;
};

/* Add data (malloc'd, len bytes) as entry name of s->za, encrypted when
 * s->pass is given.  *data is taken (libzip frees it with free) and set to
 * NULL; if the source cannot be made, *data stays the caller's. */
static int add_entry(struct sealing *s, const char *name, char **data,
		     size_t len, struct tk_error *err)
{
	zip_source_t *src;
	zip_int64_t idx;

	if (len == 0) { /* libzip does not take an empty buffer */
		free(*data);
		*data = NULL;
	}
	src = zip_source_buffer(s->za, *data, len, len > 0);
	if (!src)
		return tk_error_set(err, TK_EIO, "%s: %s: %s", s->out_zip, name,
				    zip_strerror(s->za));
	*data = NULL;
	idx = zip_file_add(s->za, name, src, ZIP_FL_ENC_UTF_8);
	if (idx < 0) {
		zip_source_free(src);
		return tk_error_set(err, TK_EIO, "%s: cannot add %s: %s",
				    s->out_zip, name, zip_strerror(s->za));
	}
	if (s->pass && zip_file_set_encryption(s->za, (zip_uint64_t)idx,
					       ZIP_EM_AES_256, s->pass) < 0)
		return tk_error_set(err, TK_EIO, "%s: cannot encrypt %s: %s",
				    s->out_zip, name, zip_strerror(s->za));
	return TK_OK;
}

/* Check the arguments of tk_seal_create before anything is read. */
static int seal_args_ok(const struct sealing *s, struct tk_error *err)
{
	if (s->nfiles < 1)
		return tk_error_set(err, TK_EINPUT, "%s: nothing to seal",
				    s->out_zip);
	if (s->nfiles > SEAL_MAX_MEMBERS)
		return tk_error_set(err, TK_ELIMIT,
				    "%s: more than %d files to seal",
				    s->out_zip, SEAL_MAX_MEMBERS);
	if (s->pass && !*s->pass)
		return tk_error_set(err, TK_EINPUT, "empty passphrase");
	if (s->pass && !zip_encryption_method_supported(ZIP_EM_AES_256, 1))
		return tk_error_set(err, TK_ESEAL,
				    "this libzip cannot encrypt with AES-256");
	return TK_OK;
}

/* The base name of file i as member i, refused when it is not a plain
 * name or another file already has it.  Sets s->m[i].name. */
static int member_name(struct sealing *s, int i, struct tk_error *err)
{
	const char *slash = strrchr(s->files[i], '/');
	const char *base = slash ? slash + 1 : s->files[i];

	if (!name_ok(base, strlen(base)))
		return tk_error_set(
		    err, TK_EINPUT,
		    "%s: '%s' cannot be the name of a sealed file", s->files[i],
		    base);
	for (int j = 0; j < i; j++)
		if (!strcmp(s->m[j].name, base))
			return tk_error_set(
			    err, TK_EINPUT,
			    "%s and %s would both be sealed as '%s' (base names must be distinct)",
			    s->files[j], s->files[i], base);
	s->m[i].name = tk_xstrdup(base);
	if (s->pass) { /* zip headers are not encrypted: hide the name */
		char opaque[32];
		snprintf(opaque, sizeof opaque, "m%04d.bin", i + 1);
		s->m[i].entry = tk_xstrdup(opaque);
	} else {
		s->m[i].entry = tk_xstrdup(base);
	}
	return TK_OK;
}

/* Read every file into s->m and write the manifest into s->man, with its
 * mac when there is a passphrase. */
static int read_members(struct sealing *s, struct tk_error *err)
{
	uint64_t total = 0;
	char now[32], hex[65];
	int rc;

	s->m = tk_xcalloc((size_t)s->nfiles, sizeof *s->m);
	tk_buf_adds(&s->man, s->pass ? SEAL_MAGIC2 "\ncreated "
				     : SEAL_MAGIC "\ncreated ");
	for (const char *p = tk_now(now); *p; p++) /* TENKEN_NOW is free text */
		tk_buf_addc(&s->man, (unsigned char)*p < 0x20 ? '?' : *p);
	tk_buf_addc(&s->man, '\n');
	for (int i = 0; i < s->nfiles; i++) {
		struct member *e = &s->m[i];
		if ((rc = member_name(s, i, err)))
			return rc;
		rc = tk_read_file(s->files[i], SEAL_MAX_MEMBER, &e->data,
				  &e->len, err);
		if (rc)
			return rc;
		total += e->len;
		if (total > SEAL_MAX_TOTAL)
			return tk_error_set(
			    err, TK_ELIMIT,
			    "%s: the files add up to more than 2 GiB",
			    s->out_zip);
		tk_sha256_hex(e->data, e->len, e->hex);
		if (s->pass)
			tk_buf_addf(&s->man, "file %s %zu %s %s\n", e->hex,
				    e->len, e->entry, e->name);
		else
			tk_buf_addf(&s->man, "file %s %zu %s\n", e->hex, e->len,
				    e->name);
	}
	if (s->pass) {
		tk_hmac_sha256_hex(s->pass, strlen(s->pass), s->man.s,
				   s->man.len, hex);
		tk_buf_addf(&s->man, "mac %s\n", hex);
	}
	return TK_OK;
}

/* Write the manifest and then every member into a new zip at s->out_zip.
 * On success s->za is closed (and NULL); on failure the caller discards
 * it. */
static int write_bundle(struct sealing *s, struct tk_error *err)
{
	size_t mlen = s->man.len;
	char *mtext;
	int rc, zerr = 0;

	s->za = zip_open(s->out_zip, ZIP_CREATE | ZIP_TRUNCATE, &zerr);
	if (!s->za) {
		zip_error_t ze;
		zip_error_init_with_code(&ze, zerr);
		rc = tk_error_set(err, TK_EIO, "%s: cannot create: %s",
				  s->out_zip, zip_error_strerror(&ze));
		zip_error_fini(&ze);
		return rc;
	}
	mtext = tk_buf_take(&s->man);
	rc = add_entry(s, TK_SEAL_MANIFEST, &mtext, mlen, err);
	free(mtext);
	if (rc)
		return rc;
	for (int i = 0; i < s->nfiles; i++)
		if ((rc = add_entry(s, s->m[i].entry, &s->m[i].data,
				    s->m[i].len, err)))
			return rc;
	if (zip_close(s->za) < 0)
		return tk_error_set(err, TK_EIO, "%s: cannot write: %s",
				    s->out_zip, zip_strerror(s->za));
	s->za = NULL;
	return TK_OK;
}

/* Free the members (names and contents), an array of n. */
static void members_free(struct member *m, int n)
{
	for (int i = 0; i < n; i++) {
		free(m[i].name);
		free(m[i].entry);
		free(m[i].data);
	}
	free(m);
}

/* See seal.h: read the files, write the manifest, then the zip. */
int tk_seal_create(const char *out_zip, const char *const *files, int nfiles,
		   const char *passphrase, struct tk_error *err)
{
	struct sealing s = {.out_zip = out_zip,
			    .files = files,
			    .nfiles = nfiles,
			    .pass = passphrase};
	int rc;

	if ((rc = seal_args_ok(&s, err)))
		return rc;
	rc = read_members(&s, err);
	if (!rc)
		rc = write_bundle(&s, err);
	if (s.za)
		zip_discard(s.za);
	members_free(s.m, nfiles);
	tk_buf_free(&s.man);
	return rc;
}

/* ------------------------------------------------------------ open */

int tk_seal_is_sealed(const char *path)
{
	zip_t *za;
	const char *name;
	int zerr, yes = 0;

	za = zip_open(path, ZIP_RDONLY, &zerr);
	if (!za)
		return 0;
	if (zip_get_num_entries(za, 0) >= 1) {
		name = zip_get_name(za, 0, ZIP_FL_ENC_RAW);
		yes = name && !strcmp(name, TK_SEAL_MANIFEST);
	}
	zip_discard(za);
	return yes;
}

/* The encryption method of entry idx, or -1 when it cannot be told. */
static int entry_encryption(zip_t *za, zip_uint64_t idx)
{
	zip_stat_t st;
	zip_stat_init(&st);
	if (zip_stat_index(za, idx, 0, &st) < 0 ||
	    !(st.valid & ZIP_STAT_ENCRYPTION_METHOD))
		return -1;
	return st.encryption_method;
}

/* One entry as read_entry inflated it.  data is malloc'd (the caller
 * frees it; NULL when nothing was read); over is set when there were more
 * bytes than asked for; zcode is libzip's ZIP_ER_ code of a failure. */
struct entry {
	char *data;
	size_t len;
	int over;
	int zcode;
};

/*
 * Inflate entry idx into *r, reading at most max + 1 bytes whatever the zip
 * headers say.  A libzip error is returned as TK_ESEAL with its code in
 * r->zcode, leaving the message to the caller; TK_ENOMEM when memory runs
 * out.  On failure r->data is NULL.
 */
static int read_entry(zip_t *za, zip_uint64_t idx, size_t max, struct entry *r)
{
	zip_file_t *zf;
	char *buf = NULL;
	size_t n = 0, cap = 0;
	int rc = TK_OK;

	memset(r, 0, sizeof *r);
	zf = zip_fopen_index(za, idx, 0);
	if (!zf) {
		r->zcode = zip_error_code_zip(zip_get_error(za));
		return TK_ESEAL;
	}
	for (;;) {
		zip_int64_t got;
		if (n == cap) {
			size_t ncap = cap ? cap * 2 : 65536;
			char *nb;
			if (n == max + 1) {
				r->over = 1;
				break;
			}
			if (ncap > max + 1)
				ncap = max + 1;
			nb = realloc(buf, ncap);
			if (!nb) {
				rc = TK_ENOMEM;
				goto cleanup;
			}
			buf = nb;
			cap = ncap;
		}
		got = zip_fread(zf, buf + n, cap - n);
		if (got < 0) {
			r->zcode = zip_error_code_zip(zip_file_get_error(zf));
			rc = TK_ESEAL;
			goto cleanup;
		}
		if (got == 0)
			break;
		n += (size_t)got;
	}
	r->data = buf;
	r->len = n;
	buf = NULL;
cleanup:
	free(buf);
	zip_fclose(zf);
	return rc;
}

/* What opening one bundle shares between its steps.  man is the manifest
 * text; m its nm members in manifest order (names and contents owned here),
 * sorted the same members by name for lookup. */
struct opening {
	const char *path;
	const char *pass; /* NULL: none given */
	zip_t *za;
	char *man;
	size_t manlen;
	size_t mac_at; /* offset of the "mac" line; manlen when none */
	char mac[65];
	char created[40]; /* the manifest's created time */
	struct member *m, **sorted;
	int nm, cap;
	int version;	/* 1: members under their names; 2: under opaque ones */
	uint64_t total; /* bytes inflated so far */
};

/* Message for a failed read_entry (rc, r->zcode) of member name (NULL: the
 * manifest).  Returns the error code set. */
static int read_error(const struct opening *o, int rc, const struct entry *r,
		      const char *name, struct tk_error *err)
{
	zip_error_t ze;
	char shown[128];

	if (rc == TK_ENOMEM)
		return tk_error_set(err, TK_ENOMEM, "%s: out of memory",
				    o->path);
	if (!name)
		name = TK_SEAL_MANIFEST;
	printable(name, shown);
	if (r->zcode == ZIP_ER_NOPASSWD)
		return tk_error_set(
		    err, TK_ESEAL, "%s: needs a passphrase (--passphrase-file)",
		    o->path);
	if (r->zcode == ZIP_ER_WRONGPASSWD ||
	    (o->pass && !strcmp(name, TK_SEAL_MANIFEST)))
		return tk_error_set(
		    err, TK_ESEAL, "%s: wrong passphrase or tampered", o->path);
	zip_error_init_with_code(&ze, r->zcode);
	rc = tk_error_set(err, TK_ESEAL, "%s: %s: damaged or tampered (%s)",
			  o->path, shown, zip_error_strerror(&ze));
	zip_error_fini(&ze);
	return rc;
}

/* qsort order of member pointers by name. */
static int by_name(const void *a, const void *b)
{
	const struct member *x = *(const struct member *const *)a;
	const struct member *y = *(const struct member *const *)b;
	return strcmp(x->name, y->name);
}

/* qsort/bsearch order of member pointers by zip entry name. */
static int by_entry(const void *a, const void *b)
{
	const struct member *x = *(const struct member *const *)a;
	const struct member *y = *(const struct member *const *)b;
	return strcmp(x->entry, y->entry);
}

/* A copy of s[0..n) as a string. */
static char *copy_n(const char *s, size_t n)
{
	char *c = tk_xmalloc(n + 1);
	memcpy(c, s, n);
	c[n] = '\0';
	return c;
}

/* 1 when s starts with 64 lower-case hex digits. */
static int is_hex64(const char *s)
{
	for (int i = 0; i < 64; i++)
		if (!((s[i] >= '0' && s[i] <= '9') ||
		      (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

/* The error for manifest line lineno: it is malformed. */
static int malformed(const struct opening *o, int lineno, struct tk_error *err)
{
	return tk_error_set(err, TK_ESEAL,
			    "%s: %s line %d is malformed (tampered?)", o->path,
			    TK_SEAL_MANIFEST, lineno);
}

/* Parse "file <64 hex> <size> <name>" (s[0..len), manifest line lineno;
 * in tenken-seal/2 "file <64 hex> <size> <entry> <name>") into a new
 * member at the end of o->m. */
static int file_line(struct opening *o, const char *s, size_t len, int lineno,
		     struct tk_error *err)
{
	const char *p = s + 5, *end = s + len, *ent = NULL;
	size_t entlen = 0;
	struct member *e;
	uint64_t size = 0;
	int digits = 0;

	if (end - p < 66 || !is_hex64(p) || p[64] != ' ')
		return malformed(o, lineno, err);
	p += 65;
	while (p < end && *p >= '0' && *p <= '9' && digits < 12) {
		size = size * 10 + (uint64_t)(*p++ - '0');
		digits++;
	}
	if (!digits || p >= end || *p != ' ' ||
	    (digits > 1 && s[5 + 65] == '0'))
		return malformed(o, lineno, err);
	p++;
	if (o->version == 2) { /* the entry: a plain name without spaces */
		ent = p;
		while (p < end && *p != ' ')
			p++;
		if (p >= end || !name_ok(ent, (size_t)(p - ent)))
			return malformed(o, lineno, err);
		entlen = (size_t)(p++ - ent);
	}
	if (!name_ok(p, (size_t)(end - p)))
		return malformed(o, lineno, err);
	if (size > SEAL_MAX_MEMBER)
		return tk_error_set(
		    err, TK_ELIMIT,
		    "%s: %s line %d: a member larger than 256 MiB", o->path,
		    TK_SEAL_MANIFEST, lineno);
	if (o->nm == SEAL_MAX_MEMBERS)
		return tk_error_set(err, TK_ELIMIT, "%s: more than %d members",
				    o->path, SEAL_MAX_MEMBERS);
	if (o->nm == o->cap) {
		o->cap = o->cap ? o->cap * 2 : 16;
		o->m = tk_xrealloc(o->m, (size_t)o->cap * sizeof *o->m);
	}
	e = &o->m[o->nm++];
	memset(e, 0, sizeof *e);
	memcpy(e->hex, s + 5, 64);
	e->hex[64] = '\0';
	e->size = size;
	e->name = copy_n(p, (size_t)(end - p));
	e->entry = ent ? copy_n(ent, entlen) : copy_n(p, (size_t)(end - p));
	return TK_OK;
}

/* Parse manifest line lineno, which starts at offset at and is len bytes
 * long (without its line end). */
static int manifest_line(struct opening *o, size_t at, size_t len, int lineno,
			 struct tk_error *err)
{
	const char *s = o->man + at;

	if (o->mac_at != o->manlen)
		return tk_error_set(
		    err, TK_ESEAL,
		    "%s: %s line %d: text after the mac (tampered?)", o->path,
		    TK_SEAL_MANIFEST, lineno);
	if (lineno == 1) {
		if (len == strlen(SEAL_MAGIC) && !memcmp(s, SEAL_MAGIC, len))
			o->version = 1;
		else if (len == strlen(SEAL_MAGIC2) &&
			 !memcmp(s, SEAL_MAGIC2, len))
			o->version = 2;
		else
			return tk_error_set(
			    err, TK_ESEAL,
			    "%s: %s is not a tenken-seal/1 or /2 manifest (written by a newer tenken?)",
			    o->path, TK_SEAL_MANIFEST);
	} else if (lineno == 2) {
		if (len <= 8 || memcmp(s, "created ", 8))
			return tk_error_set(
			    err, TK_ESEAL,
			    "%s: %s line 2: expected 'created TIME'", o->path,
			    TK_SEAL_MANIFEST);
		snprintf(o->created, sizeof o->created, "%.*s", (int)(len - 8),
			 s + 8);
	} else if (len > 5 && !memcmp(s, "file ", 5)) {
		return file_line(o, s, len, lineno, err);
	} else if (len == 68 && !memcmp(s, "mac ", 4) && is_hex64(s + 4)) {
		memcpy(o->mac, s + 4, 64);
		o->mac[64] = '\0';
		o->mac_at = at;
	} else {
		return malformed(o, lineno, err);
	}
	return TK_OK;
}

/*
 * Parse the manifest text o->man into o->m (o->nm members in manifest
 * order), o->mac_at and o->mac.  On failure the members parsed so far stay
 * in o->m for the caller to free.
 */
static int parse_manifest(struct opening *o, struct tk_error *err)
{
	const char *t = o->man;
	size_t n = o->manlen, at = 0;
	int lineno = 0, rc;

	o->mac_at = n;
	o->mac[0] = '\0';
	if (tk_utf8_valid_prefix(t, n) != n || memchr(t, '\0', n))
		return tk_error_set(err, TK_ESEAL,
				    "%s: %s is not UTF-8 text (tampered?)",
				    o->path, TK_SEAL_MANIFEST);
	if (n == 0 || t[n - 1] != '\n')
		return tk_error_set(
		    err, TK_ESEAL,
		    "%s: %s does not end with a line end (truncated?)", o->path,
		    TK_SEAL_MANIFEST);
	while (at < n) {
		const char *s = t + at;
		size_t len =
		    (size_t)((const char *)memchr(s, '\n', n - at) - s);
		if ((rc = manifest_line(o, at, len, ++lineno, err)))
			return rc;
		at += len + 1;
	}
	if (lineno < 2 || o->nm == 0)
		return tk_error_set(err, TK_ESEAL,
				    "%s: %s lists no files (tampered?)",
				    o->path, TK_SEAL_MANIFEST);
	return TK_OK;
}

/* Open path as a zip into *za (zip_discard it), with the messages for a
 * file that cannot be opened or is no zip. */
static int open_bundle(const char *path, zip_t **za, struct tk_error *err)
{
	zip_error_t ze;
	int zerr = 0, rc;

	*za = zip_open(path, ZIP_RDONLY | ZIP_CHECKCONS, &zerr);
	if (*za)
		return TK_OK;
	zip_error_init_with_code(&ze, zerr);
	if (zerr == ZIP_ER_NOENT || zerr == ZIP_ER_OPEN || zerr == ZIP_ER_READ)
		rc = tk_error_set(err, TK_EIO, "%s: cannot open: %s", path,
				  zip_error_strerror(&ze));
	else if (zerr == ZIP_ER_NOZIP)
		rc = tk_error_set(err, TK_ESEAL,
				  "%s: not a sealed bundle (not a zip file)",
				  path);
	else
		rc = tk_error_set(err, TK_ESEAL,
				  "%s: not a sealed bundle (damaged zip: %s)",
				  path, zip_error_strerror(&ze));
	zip_error_fini(&ze);
	return rc;
}

/* The error for a bundle that needs a passphrase none was given for. */
static int needs_passphrase(const struct opening *o, struct tk_error *err)
{
	return tk_error_set(err, TK_ESEAL,
			    "%s: needs a passphrase (--passphrase-file)",
			    o->path);
}

/* Read the manifest, the first entry, into o->man and parse it.  *enc gets
 * its encryption method. */
static int read_manifest(struct opening *o, int *enc, struct tk_error *err)
{
	zip_int64_t nent = zip_get_num_entries(o->za, 0);
	const char *name =
	    nent >= 1 ? zip_get_name(o->za, 0, ZIP_FL_ENC_RAW) : NULL;
	struct entry r;
	int rc;

	if (!name || strcmp(name, TK_SEAL_MANIFEST))
		return tk_error_set(
		    err, TK_ESEAL,
		    "%s: not a sealed bundle (its first entry is not %s)",
		    o->path, TK_SEAL_MANIFEST);
	if (nent - 1 > SEAL_MAX_MEMBERS)
		return tk_error_set(err, TK_ELIMIT, "%s: more than %d members",
				    o->path, SEAL_MAX_MEMBERS);
	*enc = entry_encryption(o->za, 0);
	if (!o->pass && *enc != ZIP_EM_NONE)
		return needs_passphrase(o, err);
	if (o->pass && zip_set_default_password(o->za, o->pass) < 0)
		return tk_error_set(err, TK_ENOMEM, "%s: out of memory",
				    o->path);
	if ((rc = read_entry(o->za, 0, SEAL_MAX_MANIFEST, &r)))
		return read_error(o, rc, &r, NULL, err);
	o->man = r.data;
	o->manlen = r.len;
	if (r.over)
		return tk_error_set(err, TK_ELIMIT, "%s: %s larger than 4 MiB",
				    o->path, TK_SEAL_MANIFEST);
	o->total = o->manlen;
	return parse_manifest(o, err);
}

/* Check the manifest's mac against the passphrase (enc: the manifest's
 * encryption method): there must be a mac exactly when one was given. */
static int check_mac(const struct opening *o, int enc, struct tk_error *err)
{
	char want[65];
	int equal;

	if (!o->pass && o->mac_at != o->manlen)
		return needs_passphrase(o, err);
	if (!o->pass && o->version == 2)
		return tk_error_set(
		    err, TK_ESEAL,
		    "%s: %s lists stored names but has no mac (tampered?)",
		    o->path, TK_SEAL_MANIFEST);
	if (!o->pass)
		return TK_OK;
	if (o->mac_at == o->manlen)
		return tk_error_set(
		    err, TK_ESEAL,
		    "%s: was sealed without a passphrase (no mac) but a passphrase was given; refusing (tampered?)",
		    o->path);
	tk_hmac_sha256_hex(o->pass, strlen(o->pass), o->man, o->mac_at, want);
	equal = tk_memeq_ct(want, o->mac, 64);
	tk_wipe(want, sizeof want);
	if (!equal)
		return tk_error_set(
		    err, TK_ESEAL, "%s: wrong passphrase or tampered", o->path);
	if (enc != ZIP_EM_AES_256)
		return tk_error_set(
		    err, TK_ESEAL,
		    "%s: %s is not AES-256 encrypted (re-packed?)", o->path,
		    TK_SEAL_MANIFEST);
	return TK_OK;
}

/* Check the sizes the manifest claims and that no name or entry is listed
 * twice; sets o->sorted (by entry, for entry_member). */
static int check_listing(struct opening *o, struct tk_error *err)
{
	uint64_t claimed = 0;
	int j;

	for (j = 0; j < o->nm; j++)
		claimed += o->m[j].size;
	if (claimed > SEAL_MAX_TOTAL)
		return tk_error_set(err, TK_ELIMIT,
				    "%s: members add up to more than 2 GiB",
				    o->path);
	o->sorted = tk_xcalloc((size_t)o->nm, sizeof *o->sorted);
	for (j = 0; j < o->nm; j++)
		o->sorted[j] = &o->m[j];
	qsort(o->sorted, (size_t)o->nm, sizeof *o->sorted, by_name);
	for (j = 1; j < o->nm; j++)
		if (!strcmp(o->sorted[j - 1]->name, o->sorted[j]->name))
			return tk_error_set(
			    err, TK_ESEAL, "%s: %s lists %s twice (tampered?)",
			    o->path, TK_SEAL_MANIFEST, o->sorted[j]->name);
	qsort(o->sorted, (size_t)o->nm, sizeof *o->sorted, by_entry);
	for (j = 1; j < o->nm; j++)
		if (!strcmp(o->sorted[j - 1]->entry, o->sorted[j]->entry))
			return tk_error_set(
			    err, TK_ESEAL, "%s: %s lists %s twice (tampered?)",
			    o->path, TK_SEAL_MANIFEST, o->sorted[j]->entry);
	return TK_OK;
}

/* Set err as tk_error_set does, with TK_ESEAL; returns NULL. */
static struct member *seal_fail(struct tk_error *err, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static struct member *seal_fail(struct tk_error *err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	tk_error_vset(err, TK_ESEAL, fmt, ap);
	va_end(ap);
	return NULL;
}

/* The member entry idx (named name, shown as shown) is, when it is a plain
 * name listed once in the manifest and keyed as the manifest says; else
 * NULL with err set (always TK_ESEAL).  Once found, messages name the
 * member by its real name. */
static struct member *entry_member(struct opening *o, zip_uint64_t idx,
				   const char *name, const char *shown,
				   struct tk_error *err)
{
	struct member key, *kp = &key, **hit;
	char real[128];
	int enc;

	if (!name_ok(name, strlen(name)))
		return seal_fail(
		    err,
		    "%s: member '%s' is not a plain file name; refusing (zip-slip?)",
		    o->path, shown);
	key.entry = (char *)name;
	hit =
	    bsearch(&kp, o->sorted, (size_t)o->nm, sizeof *o->sorted, by_entry);
	if (!hit)
		return seal_fail(
		    err, "%s: %s: extra member not in the manifest (tampered?)",
		    o->path, shown);
	if ((*hit)->seen)
		return seal_fail(err,
				 "%s: %s: member appears twice (tampered?)",
				 o->path, shown);
	shown = printable((*hit)->name, real);
	enc = entry_encryption(o->za, idx);
	if (o->pass && enc != ZIP_EM_AES_256)
		return seal_fail(err,
				 "%s: %s: not AES-256 encrypted (re-packed?)",
				 o->path, shown);
	if (!o->pass && enc != ZIP_EM_NONE)
		return seal_fail(
		    err,
		    "%s: %s: encrypted, but the manifest has no mac (tampered?)",
		    o->path, shown);
	return *hit;
}

/* Verify zip entry idx (not the manifest) against its manifest line: name,
 * keying, size and digest.  The content is read and dropped: the members
 * are read again one at a time for delivery, so a bundle never sits in
 * memory whole. */
static int verify_entry(struct opening *o, zip_uint64_t idx,
			struct tk_error *err)
{
	const char *name = zip_get_name(o->za, idx, ZIP_FL_ENC_RAW);
	struct member *e;
	struct entry r;
	char shown[128], hex[65];
	int rc;

	if (!name)
		return tk_error_set(err, TK_ESEAL,
				    "%s: entry %lld has no name (damaged zip)",
				    o->path, (long long)idx);
	printable(name, shown);
	if (!(e = entry_member(o, idx, name, shown, err)))
		return TK_ESEAL;
	printable(e->name, shown);
	if ((rc = read_entry(o->za, idx, (size_t)e->size, &r)))
		return read_error(o, rc, &r, e->name, err);
	e->data = r.data; /* freed below, or with the members */
	e->len = r.len;
	e->seen = 1;
	e->index = idx;
	o->total += r.len;
	if (o->total > SEAL_MAX_TOTAL)
		return tk_error_set(err, TK_ELIMIT,
				    "%s: members add up to more than 2 GiB",
				    o->path);
	if (r.over)
		return tk_error_set(
		    err, TK_ESEAL,
		    "%s: %s: size mismatch (more than the %llu bytes the manifest says; tampered?)",
		    o->path, shown, (unsigned long long)e->size);
	if (r.len != e->size)
		return tk_error_set(
		    err, TK_ESEAL,
		    "%s: %s: size mismatch (%zu bytes, the manifest says %llu; tampered?)",
		    o->path, shown, r.len, (unsigned long long)e->size);
	tk_sha256_hex(r.data, r.len, hex);
	if (strcmp(hex, e->hex))
		return tk_error_set(err, TK_ESEAL,
				    "%s: %s: digest mismatch (tampered?)",
				    o->path, shown);
	free(e->data);
	e->data = NULL;
	return TK_OK;
}

/* Verify every entry after the manifest, then that no member is missing. */
static int verify_members(struct opening *o, struct tk_error *err)
{
	zip_int64_t nent = zip_get_num_entries(o->za, 0);
	int rc;

	for (zip_int64_t i = 1; i < nent; i++)
		if ((rc = verify_entry(o, (zip_uint64_t)i, err)))
			return rc;
	for (int j = 0; j < o->nm; j++)
		if (!o->m[j].seen)
			return tk_error_set(
			    err, TK_ESEAL,
			    "%s: %s: missing from the bundle (tampered?)",
			    o->path, o->m[j].name);
	return TK_OK;
}

/* All verified: deliver to fn, in manifest order, one member in memory at
 * a time, checked again as it is read (the file could have changed since).
 * Returns fn's first non-zero return, or an error. */
static int deliver(struct opening *o, tk_seal_member_fn fn, void *ctx,
		   struct tk_error *err)
{
	int rc = TK_OK;

	for (int j = 0; j < o->nm && !rc; j++) {
		const struct member *e = &o->m[j];
		struct entry r;
		char hex[65];
		if ((rc = read_entry(o->za, e->index, (size_t)e->size, &r)))
			return read_error(o, rc, &r, e->name, err);
		tk_sha256_hex(r.data ? r.data : "", r.len, hex);
		if (r.over || r.len != e->size || strcmp(hex, e->hex)) {
			free(r.data);
			return tk_error_set(
			    err, TK_ESEAL,
			    "%s: %s: changed while it was being imported (tampered?)",
			    o->path, e->name);
		}
		rc = fn(ctx, o->path, e->name, o->created, r.data ? r.data : "",
			r.len);
		free(r.data);
	}
	return rc;
}

/* See seal.h: open, read and check the manifest, verify every member,
 * then deliver. */
int tk_seal_open(const char *path, const char *passphrase, tk_seal_member_fn fn,
		 void *ctx, struct tk_error *err)
{
	struct opening o = {.path = path, .pass = passphrase};
	int rc, enc = -1;

	if (passphrase && !*passphrase)
		return tk_error_set(err, TK_EINPUT, "empty passphrase");
	if ((rc = open_bundle(path, &o.za, err)))
		return rc;
	if (!(rc = read_manifest(&o, &enc, err)) &&
	    !(rc = check_mac(&o, enc, err)) && !(rc = check_listing(&o, err)) &&
	    !(rc = verify_members(&o, err)))
		rc = deliver(&o, fn, ctx, err);
	zip_discard(o.za);
	members_free(o.m, o.nm);
	free(o.sorted);
	free(o.man);
	return rc;
}
