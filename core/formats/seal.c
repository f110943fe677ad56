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
 * derived from it are wiped with explicit_bzero before they are released.
 */
#include "formats/seal.h"

#include "lib/digest.h"
#include "lib/util.h"

#include <zip.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SEAL_MAGIC	  "tenken-seal/1"
#define SEAL_MAX_MEMBERS  10000
#define SEAL_MAX_MEMBER	  ((size_t)256 << 20)
#define SEAL_MAX_TOTAL	  ((uint64_t)2 << 30)
#define SEAL_MAX_MANIFEST ((size_t)4 << 20)
#define SEAL_MAX_NAME	  255
#define PASS_MAX	  1024

/* One member as the manifest lists it, and its content once verified. */
struct member {
	char *name;
	char hex[65];
	uint64_t size;
	char *data;
	size_t len;
	int seen;
	zip_uint64_t index; /* its entry in the zip */
};

/* ------------------------------------------------------------ MACs */

/* Compare two 64-character hex strings in constant time; 1 when equal. */
static int mac_equal(const char *a, const char *b)
{
	return tk_memeq_ct(a, b, 64);
}

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
	*out = tk_xmalloc(line + 1);
	memcpy(*out, buf, line);
	(*out)[line] = '\0';
cleanup:
	tk_wipe(buf, sizeof buf);
	close(fd);
	return rc;
}

/* ------------------------------------------------------------ create */

/* Add data (malloc'd, len bytes) as entry name, encrypted when pass is
 * given.  *data is taken (libzip frees it with free) and set to NULL;
 * if the source cannot be made, *data stays the caller's. */
static int add_entry(zip_t *za, const char *zpath, const char *name,
		     char **data, size_t len, const char *pass,
		     struct tk_error *err)
{
	zip_source_t *src;
	zip_int64_t idx;

	if (len == 0) { /* libzip does not take an empty buffer */
		free(*data);
		*data = NULL;
	}
	src = zip_source_buffer(za, *data, len, len > 0);
	if (!src)
		return tk_error_set(err, TK_EIO, "%s: %s: %s", zpath, name,
				    zip_strerror(za));
	*data = NULL;
	idx = zip_file_add(za, name, src, ZIP_FL_ENC_UTF_8);
	if (idx < 0) {
		zip_source_free(src);
		return tk_error_set(err, TK_EIO, "%s: cannot add %s: %s", zpath,
				    name, zip_strerror(za));
	}
	if (pass && zip_file_set_encryption(za, (zip_uint64_t)idx,
					    ZIP_EM_AES_256, pass) < 0)
		return tk_error_set(err, TK_EIO, "%s: cannot encrypt %s: %s",
				    zpath, name, zip_strerror(za));
	return TK_OK;
}

int tk_seal_create(const char *out_zip, const char *const *files, int nfiles,
		   const char *passphrase, struct tk_error *err)
{
	struct member *m = NULL;
	struct tk_buf man = {0};
	zip_t *za = NULL;
	uint64_t total = 0;
	char now[32], hex[65];
	int rc = TK_OK, zerr = 0, i;

	if (nfiles < 1)
		return tk_error_set(err, TK_EINPUT, "%s: nothing to seal",
				    out_zip);
	if (nfiles > SEAL_MAX_MEMBERS)
		return tk_error_set(err, TK_ELIMIT,
				    "%s: more than %d files to seal", out_zip,
				    SEAL_MAX_MEMBERS);
	if (passphrase && !*passphrase)
		return tk_error_set(err, TK_EINPUT, "empty passphrase");
	if (passphrase && !zip_encryption_method_supported(ZIP_EM_AES_256, 1))
		return tk_error_set(err, TK_ESEAL,
				    "this libzip cannot encrypt with AES-256");

	m = tk_xcalloc((size_t)nfiles, sizeof *m);
	tk_buf_adds(&man, SEAL_MAGIC "\ncreated ");
	for (const char *p = tk_now(now); *p; p++) /* TENKEN_NOW is free text */
		tk_buf_addc(&man, (unsigned char)*p < 0x20 ? '?' : *p);
	tk_buf_addc(&man, '\n');
	for (i = 0; i < nfiles; i++) {
		const char *slash = strrchr(files[i], '/');
		const char *base = slash ? slash + 1 : files[i];
		if (!name_ok(base, strlen(base))) {
			rc = tk_error_set(
			    err, TK_EINPUT,
			    "%s: '%s' cannot be the name of a sealed file",
			    files[i], base);
			goto cleanup;
		}
		for (int j = 0; j < i; j++)
			if (!strcmp(m[j].name, base)) {
				rc = tk_error_set(
				    err, TK_EINPUT,
				    "%s and %s would both be sealed as '%s' (base names must be distinct)",
				    files[j], files[i], base);
				goto cleanup;
			}
		m[i].name = tk_xstrdup(base);
		rc = tk_read_file(files[i], SEAL_MAX_MEMBER, &m[i].data,
				  &m[i].len, err);
		if (rc)
			goto cleanup;
		total += m[i].len;
		if (total > SEAL_MAX_TOTAL) {
			rc = tk_error_set(
			    err, TK_ELIMIT,
			    "%s: the files add up to more than 2 GiB", out_zip);
			goto cleanup;
		}
		tk_sha256_hex(m[i].data, m[i].len, m[i].hex);
		tk_buf_addf(&man, "file %s %zu %s\n", m[i].hex, m[i].len, base);
	}
	if (passphrase) {
		tk_hmac_sha256_hex(passphrase, strlen(passphrase), man.s,
				   man.len, hex);
		tk_buf_addf(&man, "mac %s\n", hex);
	}

	za = zip_open(out_zip, ZIP_CREATE | ZIP_TRUNCATE, &zerr);
	if (!za) {
		zip_error_t ze;
		zip_error_init_with_code(&ze, zerr);
		rc = tk_error_set(err, TK_EIO, "%s: cannot create: %s", out_zip,
				  zip_error_strerror(&ze));
		zip_error_fini(&ze);
		goto cleanup;
	}
	{
		size_t mlen = man.len;
		char *mtext = tk_buf_take(&man);
		rc = add_entry(za, out_zip, TK_SEAL_MANIFEST, &mtext, mlen,
			       passphrase, err);
		free(mtext);
		if (rc)
			goto cleanup;
	}
	for (i = 0; i < nfiles; i++)
		if ((rc = add_entry(za, out_zip, m[i].name, &m[i].data,
				    m[i].len, passphrase, err)))
			goto cleanup;
	if (zip_close(za) < 0) {
		rc = tk_error_set(err, TK_EIO, "%s: cannot write: %s", out_zip,
				  zip_strerror(za));
		goto cleanup;
	}
	za = NULL;
cleanup:
	if (za)
		zip_discard(za);
	for (i = 0; i < nfiles; i++) {
		free(m[i].name);
		free(m[i].data);
	}
	free(m);
	tk_buf_free(&man);
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

/*
 * Inflate entry idx into *out (malloc'd, caller frees; *len its length),
 * reading at most max + 1 bytes whatever the zip headers say: *over is set
 * when there were more than max.  A libzip error is returned as its ZIP_ER_
 * code in *zcode with TK_ESEAL, leaving the message to the caller;
 * TK_ENOMEM when memory runs out.
 */
static int read_entry(zip_t *za, zip_uint64_t idx, size_t max, char **out,
		      size_t *len, int *over, int *zcode)
{
	zip_file_t *zf;
	char *buf = NULL;
	size_t n = 0, cap = 0;
	int rc = TK_OK;

	*out = NULL;
	*len = 0;
	*over = 0;
	*zcode = 0;
	zf = zip_fopen_index(za, idx, 0);
	if (!zf) {
		*zcode = zip_error_code_zip(zip_get_error(za));
		return TK_ESEAL;
	}
	for (;;) {
		zip_int64_t r;
		if (n == cap) {
			size_t ncap = cap ? cap * 2 : 65536;
			char *nb;
			if (n == max + 1) {
				*over = 1;
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
		r = zip_fread(zf, buf + n, cap - n);
		if (r < 0) {
			*zcode = zip_error_code_zip(zip_file_get_error(zf));
			rc = TK_ESEAL;
			goto cleanup;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	*out = buf;
	*len = n;
	buf = NULL;
cleanup:
	free(buf);
	zip_fclose(zf);
	return rc;
}

/* Message for a failed read_entry of member name (NULL: the manifest). */
static int read_error(int rc, int zcode, const char *bundle, const char *name,
		      int keyed, struct tk_error *err)
{
	zip_error_t ze;
	char shown[128];

	if (rc == TK_ENOMEM)
		return tk_error_set(err, TK_ENOMEM, "%s: out of memory",
				    bundle);
	if (!name)
		name = TK_SEAL_MANIFEST;
	printable(name, shown);
	if (zcode == ZIP_ER_NOPASSWD)
		return tk_error_set(
		    err, TK_ESEAL, "%s: needs a passphrase (--passphrase-file)",
		    bundle);
	if (zcode == ZIP_ER_WRONGPASSWD ||
	    (keyed && !strcmp(name, TK_SEAL_MANIFEST)))
		return tk_error_set(err, TK_ESEAL,
				    "%s: wrong passphrase or tampered", bundle);
	zip_error_init_with_code(&ze, zcode);
	rc = tk_error_set(err, TK_ESEAL, "%s: %s: damaged or tampered (%s)",
			  bundle, shown, zip_error_strerror(&ze));
	zip_error_fini(&ze);
	return rc;
}

/* qsort/bsearch order of member pointers by name. */
static int by_name(const void *a, const void *b)
{
	const struct member *x = *(const struct member *const *)a;
	const struct member *y = *(const struct member *const *)b;
	return strcmp(x->name, y->name);
}

static int is_hex64(const char *s)
{
	for (int i = 0; i < 64; i++)
		if (!((s[i] >= '0' && s[i] <= '9') ||
		      (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

/*
 * Parse the manifest text t[0..n).  On success *ms (caller frees, with the
 * names) holds *nm members in manifest order, *mac_at the offset of the
 * "mac" line (n when there is none) and mac its value.
 */
static int parse_manifest(const char *bundle, const char *t, size_t n,
			  struct member **ms, int *nm, size_t *mac_at,
			  char mac[65], struct tk_error *err)
{
	struct member *m = NULL;
	int count = 0, cap = 0, lineno = 0, rc = TK_OK;
	size_t at = 0;

	*ms = NULL;
	*nm = 0;
	*mac_at = n;
	mac[0] = '\0';
	if (tk_utf8_valid_prefix(t, n) != n || memchr(t, '\0', n))
		return tk_error_set(err, TK_ESEAL,
				    "%s: %s is not UTF-8 text (tampered?)",
				    bundle, TK_SEAL_MANIFEST);
	if (n == 0 || t[n - 1] != '\n')
		return tk_error_set(
		    err, TK_ESEAL,
		    "%s: %s does not end with a line end (truncated?)", bundle,
		    TK_SEAL_MANIFEST);
	while (at < n) {
		const char *s = t + at;
		size_t len =
		    (size_t)((const char *)memchr(s, '\n', n - at) - s);
		lineno++;
		if (*mac_at != n) {
			rc = tk_error_set(
			    err, TK_ESEAL,
			    "%s: %s line %d: text after the mac (tampered?)",
			    bundle, TK_SEAL_MANIFEST, lineno);
			goto cleanup;
		}
		if (lineno == 1) {
			if (len != strlen(SEAL_MAGIC) ||
			    memcmp(s, SEAL_MAGIC, len)) {
				rc = tk_error_set(
				    err, TK_ESEAL,
				    "%s: %s is not a tenken-seal/1 manifest (written by a newer tenken?)",
				    bundle, TK_SEAL_MANIFEST);
				goto cleanup;
			}
		} else if (lineno == 2) {
			if (len <= 8 || memcmp(s, "created ", 8)) {
				rc = tk_error_set(
				    err, TK_ESEAL,
				    "%s: %s line 2: expected 'created TIME'",
				    bundle, TK_SEAL_MANIFEST);
				goto cleanup;
			}
		} else if (len > 5 && !memcmp(s, "file ", 5)) {
			/* file <64 hex> <size> <name> */
			const char *p = s + 5, *end = s + len;
			uint64_t size = 0;
			int digits = 0;
			if (end - p < 66 || !is_hex64(p) || p[64] != ' ')
				goto bad_line;
			p += 65;
			while (p < end && *p >= '0' && *p <= '9' &&
			       digits < 12) {
				size = size * 10 + (uint64_t)(*p++ - '0');
				digits++;
			}
			if (!digits || p >= end || *p != ' ' ||
			    (digits > 1 && s[5 + 65] == '0'))
				goto bad_line;
			p++;
			if (!name_ok(p, (size_t)(end - p)))
				goto bad_line;
			if (size > SEAL_MAX_MEMBER) {
				rc = tk_error_set(
				    err, TK_ELIMIT,
				    "%s: %s line %d: a member larger than 256 MiB",
				    bundle, TK_SEAL_MANIFEST, lineno);
				goto cleanup;
			}
			if (count == SEAL_MAX_MEMBERS) {
				rc = tk_error_set(err, TK_ELIMIT,
						  "%s: more than %d members",
						  bundle, SEAL_MAX_MEMBERS);
				goto cleanup;
			}
			if (count == cap) {
				cap = cap ? cap * 2 : 16;
				m = tk_xrealloc(m, (size_t)cap * sizeof *m);
			}
			memset(&m[count], 0, sizeof m[count]);
			memcpy(m[count].hex, s + 5, 64);
			m[count].hex[64] = '\0';
			m[count].size = size;
			m[count].name = tk_xmalloc((size_t)(end - p) + 1);
			memcpy(m[count].name, p, (size_t)(end - p));
			m[count].name[end - p] = '\0';
			count++;
		} else if (len == 68 && !memcmp(s, "mac ", 4) &&
			   is_hex64(s + 4)) {
			memcpy(mac, s + 4, 64);
			mac[64] = '\0';
			*mac_at = at;
		} else {
			goto bad_line;
		}
		at += len + 1;
		continue;
	bad_line:
		rc = tk_error_set(err, TK_ESEAL,
				  "%s: %s line %d is malformed (tampered?)",
				  bundle, TK_SEAL_MANIFEST, lineno);
		goto cleanup;
	}
	if (lineno < 2 || count == 0) {
		rc = tk_error_set(err, TK_ESEAL,
				  "%s: %s lists no files (tampered?)", bundle,
				  TK_SEAL_MANIFEST);
		goto cleanup;
	}
cleanup:
	if (rc) {
		for (int i = 0; i < count; i++)
			free(m[i].name);
		free(m);
		return rc;
	}
	*ms = m;
	*nm = count;
	return TK_OK;
}

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

int tk_seal_open(const char *path, const char *passphrase, tk_seal_member_fn fn,
		 void *ctx, struct tk_error *err)
{
	zip_t *za = NULL;
	struct member *m = NULL, **sorted = NULL;
	char *man = NULL, mac[65], want[65], shown[128];
	size_t manlen = 0, mac_at;
	zip_int64_t nent, i;
	uint64_t total = 0, claimed = 0;
	const char *name;
	int nm = 0, rc, over, zcode, enc, j;

	if (passphrase && !*passphrase)
		return tk_error_set(err, TK_EINPUT, "empty passphrase");
	if ((rc = open_bundle(path, &za, err)))
		return rc;

	/* The manifest: first entry, readable, well-formed, keyed. */
	nent = zip_get_num_entries(za, 0);
	name = nent >= 1 ? zip_get_name(za, 0, ZIP_FL_ENC_RAW) : NULL;
	if (!name || strcmp(name, TK_SEAL_MANIFEST)) {
		rc = tk_error_set(
		    err, TK_ESEAL,
		    "%s: not a sealed bundle (its first entry is not %s)", path,
		    TK_SEAL_MANIFEST);
		goto cleanup;
	}
	if (nent - 1 > SEAL_MAX_MEMBERS) {
		rc = tk_error_set(err, TK_ELIMIT, "%s: more than %d members",
				  path, SEAL_MAX_MEMBERS);
		goto cleanup;
	}
	enc = entry_encryption(za, 0);
	if (!passphrase && enc != ZIP_EM_NONE) {
		rc = tk_error_set(err, TK_ESEAL,
				  "%s: needs a passphrase (--passphrase-file)",
				  path);
		goto cleanup;
	}
	if (passphrase && zip_set_default_password(za, passphrase) < 0) {
		rc = tk_error_set(err, TK_ENOMEM, "%s: out of memory", path);
		goto cleanup;
	}
	rc = read_entry(za, 0, SEAL_MAX_MANIFEST, &man, &manlen, &over, &zcode);
	if (rc) {
		rc = read_error(rc, zcode, path, NULL, passphrase != NULL, err);
		goto cleanup;
	}
	if (over) {
		rc = tk_error_set(err, TK_ELIMIT, "%s: %s larger than 4 MiB",
				  path, TK_SEAL_MANIFEST);
		goto cleanup;
	}
	total = manlen;
	rc = parse_manifest(path, man, manlen, &m, &nm, &mac_at, mac, err);
	if (rc)
		goto cleanup;
	if (!passphrase && mac_at != manlen) {
		rc = tk_error_set(err, TK_ESEAL,
				  "%s: needs a passphrase (--passphrase-file)",
				  path);
		goto cleanup;
	}
	if (passphrase && mac_at == manlen) {
		rc = tk_error_set(
		    err, TK_ESEAL,
		    "%s: was sealed without a passphrase (no mac) but a passphrase was given; refusing (tampered?)",
		    path);
		goto cleanup;
	}
	if (passphrase) {
		tk_hmac_sha256_hex(passphrase, strlen(passphrase), man, mac_at,
				   want);
		if (!mac_equal(want, mac)) {
			rc = tk_error_set(err, TK_ESEAL,
					  "%s: wrong passphrase or tampered",
					  path);
			goto cleanup;
		}
		if (enc != ZIP_EM_AES_256) {
			rc = tk_error_set(
			    err, TK_ESEAL,
			    "%s: %s is not AES-256 encrypted (re-packed?)",
			    path, TK_SEAL_MANIFEST);
			goto cleanup;
		}
	}
	for (j = 0; j < nm; j++)
		claimed += m[j].size;
	if (claimed > SEAL_MAX_TOTAL) {
		rc =
		    tk_error_set(err, TK_ELIMIT,
				 "%s: members add up to more than 2 GiB", path);
		goto cleanup;
	}
	sorted = tk_xcalloc((size_t)nm, sizeof *sorted);
	for (j = 0; j < nm; j++)
		sorted[j] = &m[j];
	qsort(sorted, (size_t)nm, sizeof *sorted, by_name);
	for (j = 1; j < nm; j++)
		if (!strcmp(sorted[j - 1]->name, sorted[j]->name)) {
			rc = tk_error_set(
			    err, TK_ESEAL, "%s: %s lists %s twice (tampered?)",
			    path, TK_SEAL_MANIFEST, sorted[j]->name);
			goto cleanup;
		}

	/* Every other entry: listed, once, keyed as the manifest says, and
	 * with the listed size and digest. */
	for (i = 1; i < nent; i++) {
		struct member key, *kp = &key, **hit, *e;
		char *data = NULL, hex[65];
		size_t len = 0;

		name = zip_get_name(za, (zip_uint64_t)i, ZIP_FL_ENC_RAW);
		if (!name) {
			rc = tk_error_set(
			    err, TK_ESEAL,
			    "%s: entry %lld has no name (damaged zip)", path,
			    (long long)i);
			goto cleanup;
		}
		printable(name, shown);
		if (!name_ok(name, strlen(name))) {
			rc = tk_error_set(
			    err, TK_ESEAL,
			    "%s: member '%s' is not a plain file name; refusing (zip-slip?)",
			    path, shown);
			goto cleanup;
		}
		key.name = (char *)name;
		hit = bsearch(&kp, sorted, (size_t)nm, sizeof *sorted, by_name);
		if (!hit) {
			rc = tk_error_set(
			    err, TK_ESEAL,
			    "%s: %s: extra member not in the manifest (tampered?)",
			    path, shown);
			goto cleanup;
		}
		e = *hit;
		if (e->seen) {
			rc = tk_error_set(
			    err, TK_ESEAL,
			    "%s: %s: member appears twice (tampered?)", path,
			    shown);
			goto cleanup;
		}
		enc = entry_encryption(za, (zip_uint64_t)i);
		if (passphrase && enc != ZIP_EM_AES_256) {
			rc = tk_error_set(
			    err, TK_ESEAL,
			    "%s: %s: not AES-256 encrypted (re-packed?)", path,
			    shown);
			goto cleanup;
		}
		if (!passphrase && enc != ZIP_EM_NONE) {
			rc = tk_error_set(
			    err, TK_ESEAL,
			    "%s: %s: encrypted, but the manifest has no mac (tampered?)",
			    path, shown);
			goto cleanup;
		}
		rc = read_entry(za, (zip_uint64_t)i, (size_t)e->size, &data,
				&len, &over, &zcode);
		if (rc) {
			rc = read_error(rc, zcode, path, name,
					passphrase != NULL, err);
			goto cleanup;
		}
		/* Verified below, then dropped: the members are read again
		 * one at a time for delivery, so a bundle never sits in
		 * memory whole. */
		e->data = data;
		e->len = len;
		e->seen = 1;
		e->index = (zip_uint64_t)i;
		total += len;
		if (total > SEAL_MAX_TOTAL) {
			rc = tk_error_set(
			    err, TK_ELIMIT,
			    "%s: members add up to more than 2 GiB", path);
			goto cleanup;
		}
		if (over) {
			rc = tk_error_set(
			    err, TK_ESEAL,
			    "%s: %s: size mismatch (more than the %llu bytes the manifest says; tampered?)",
			    path, shown, (unsigned long long)e->size);
			goto cleanup;
		}
		if (len != e->size) {
			rc = tk_error_set(
			    err, TK_ESEAL,
			    "%s: %s: size mismatch (%zu bytes, the manifest says %llu; tampered?)",
			    path, shown, len, (unsigned long long)e->size);
			goto cleanup;
		}
		tk_sha256_hex(data, len, hex);
		if (strcmp(hex, e->hex)) {
			rc = tk_error_set(err, TK_ESEAL,
					  "%s: %s: digest mismatch (tampered?)",
					  path, shown);
			goto cleanup;
		}
		free(e->data);
		e->data = NULL;
	}
	for (j = 0; j < nm; j++)
		if (!m[j].seen) {
			rc = tk_error_set(
			    err, TK_ESEAL,
			    "%s: %s: missing from the bundle (tampered?)", path,
			    m[j].name);
			goto cleanup;
		}
	/* All verified: deliver, in manifest order, one member in memory at
	 * a time, checked again as it is read (the file could have changed
	 * since). */
	for (j = 0; j < nm && !rc; j++) {
		char *data = NULL, hex[65];
		size_t len = 0;
		rc = read_entry(za, m[j].index, (size_t)m[j].size, &data, &len,
				&over, &zcode);
		if (rc) {
			rc = read_error(rc, zcode, path, m[j].name,
					passphrase != NULL, err);
			break;
		}
		tk_sha256_hex(data ? data : "", len, hex);
		if (over || len != m[j].size || strcmp(hex, m[j].hex)) {
			free(data);
			rc = tk_error_set(
			    err, TK_ESEAL,
			    "%s: %s: changed while it was being imported (tampered?)",
			    path, m[j].name);
			break;
		}
		rc = fn(ctx, path, m[j].name, data ? data : "", len);
		free(data);
	}
cleanup:
	if (za)
		zip_discard(za);
	for (j = 0; j < nm; j++) {
		free(m[j].name);
		free(m[j].data);
	}
	free(m);
	free(sorted);
	free(man);
	tk_wipe(want, sizeof want);
	return rc;
}
