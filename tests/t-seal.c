/*
 * t-seal.c — sealed bundles: HMAC-SHA256 against RFC 4231, sealing and
 * opening with and without a passphrase (AES-256 really used), and refusal
 * of everything a courier or a hostile zip could do: wrong or missing
 * passphrase, a member rewritten, a manifest line edited, a member added or
 * removed, zip-slip names, lying sizes, non-zips, and bad passphrase files.
 * In every refusal the callback is never called.
 */
#include "formats/seal.h"
#include "lib/digest.h"
#include "lib/util.h"
#include "tap.h"

#include <zip.h>

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[256];

static char *path(const char *name)
{
	static char buf[4][512];
	static int k;
	k = (k + 1) % 4;
	snprintf(buf[k], sizeof buf[k], "%s/%s", dir, name);
	return buf[k];
}

static void put(const char *name, const void *data, size_t len)
{
	FILE *f = fopen(path(name), "wb");
	if (f) {
		fwrite(data, 1, len, f);
		fclose(f);
	}
}

/* What the callback saw. */
struct seen {
	int calls, stop_at;
	char name[8][64];
	char *data[8];
	size_t len[8];
};

static int collect(void *ctx, const char *bundle, const char *name,
		   const char *created, const void *data, size_t len)
{
	(void)created;
	struct seen *s = ctx;
	int i = s->calls++;
	(void)bundle;
	if (i < 8) {
		snprintf(s->name[i], sizeof s->name[i], "%s", name);
		s->data[i] = malloc(len + 1);
		memcpy(s->data[i], data, len);
		s->len[i] = len;
	}
	if (s->stop_at && s->calls == s->stop_at)
		return TK_EINPUT;
	return 0;
}

static void seen_free(struct seen *s)
{
	for (int i = 0; i < 8; i++)
		free(s->data[i]);
	memset(s, 0, sizeof *s);
}

/* Open bundle with pass; returns the code, err gets the message, and the
 * check that fn was never called is made on every failure. */
static int open_refused(const char *bundle, const char *pass,
			struct tk_error *err)
{
	struct seen s = {0};
	int rc = tk_seal_open(bundle, pass, collect, &s, err);
	check_int(s.calls, ==, 0);
	seen_free(&s);
	return rc;
}

/* Replace entry idx of zpath with data (encrypted with pass if given). */
static int replace_entry(const char *zpath, zip_uint64_t idx, const char *data,
			 size_t len, const char *pass)
{
	int zerr, ok;
	zip_t *za = zip_open(zpath, 0, &zerr);
	zip_source_t *src;
	if (!za)
		return 0;
	src = zip_source_buffer(za, data, len, 0);
	ok = src && zip_file_replace(za, idx, src, 0) == 0;
	if (ok)
		ok = zip_file_set_encryption(
			 za, idx, pass ? ZIP_EM_AES_256 : ZIP_EM_NONE, pass) ==
		     0;
	if (!ok) {
		zip_discard(za);
		return 0;
	}
	return zip_close(za) == 0;
}

/* Entry idx of zpath as a string (caller frees), read with pass. */
static char *entry_text(const char *zpath, zip_uint64_t idx, const char *pass)
{
	int zerr;
	zip_t *za = zip_open(zpath, ZIP_RDONLY, &zerr);
	zip_file_t *zf;
	struct tk_buf b = {0};
	char chunk[4096];
	zip_int64_t n;
	if (!za)
		return NULL;
	zf = pass ? zip_fopen_index_encrypted(za, idx, 0, pass)
		  : zip_fopen_index(za, idx, 0);
	if (zf) {
		while ((n = zip_fread(zf, chunk, sizeof chunk)) > 0)
			tk_buf_add(&b, chunk, (size_t)n);
		zip_fclose(zf);
	}
	zip_discard(za);
	return b.s ? tk_buf_take(&b) : tk_xstrdup("");
}

/* A hand-made, unencrypted bundle: entries[i] named names[i]. */
static int make_zip(const char *zpath, int n, const char *const *names,
		    const char *const *texts)
{
	int zerr;
	zip_t *za = zip_open(zpath, ZIP_CREATE | ZIP_TRUNCATE, &zerr);
	if (!za)
		return 0;
	for (int i = 0; i < n; i++) {
		zip_source_t *src =
		    zip_source_buffer(za, texts[i], strlen(texts[i]), 0);
		if (!src || zip_file_add(za, names[i], src, 0) < 0) {
			zip_source_free(src);
			zip_discard(za);
			return 0;
		}
	}
	return zip_close(za) == 0;
}

static void copy_file(const char *from, const char *to)
{
	char *data;
	size_t len;
	struct tk_error err;
	if (tk_read_file(from, 1 << 24, &data, &len, &err) == TK_OK) {
		FILE *f = fopen(to, "wb");
		if (f) {
			fwrite(data, 1, len, f);
			fclose(f);
		}
		free(data);
	}
}

static const char *const PASS = "correct horse battery 正しい";
static unsigned char bin[1000];
static const char *inputs[4];

/* ------------------------------------------------------------ tests */

static void t_hmac(void)
{
	char out[65];
	unsigned char key[131], data[50];

	memset(key, 0x0b, 20);
	tk_hmac_sha256_hex(key, 20, "Hi There", 8, out);
	check_str(
	    out,
	    "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
	tk_hmac_sha256_hex("Jefe", 4, "what do ya want for nothing?", 28, out);
	check_str(
	    out,
	    "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
	memset(key, 0xaa, 20);
	memset(data, 0xdd, 50);
	tk_hmac_sha256_hex(key, 20, data, 50, out);
	check_str(
	    out,
	    "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
	for (int i = 0; i < 25; i++)
		key[i] = (unsigned char)(i + 1);
	memset(data, 0xcd, 50);
	tk_hmac_sha256_hex(key, 25, data, 50, out);
	check_str(
	    out,
	    "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
	memset(key, 0x0c, 20);
	tk_hmac_sha256_hex(key, 20, "Test With Truncation", 20, out);
	check(!strncmp(out, "a3b6167473100ee06e0c796c2955552b", 32));
	memset(key, 0xaa, 131);
	tk_hmac_sha256_hex(
	    key, 131, "Test Using Larger Than Block-Size Key - Hash Key First",
	    54, out);
	check_str(
	    out,
	    "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
	{
		const char *t7 =
		    "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.";
		tk_hmac_sha256_hex(key, 131, t7, strlen(t7), out);
		check_str(
		    out,
		    "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
	}
}

static void check_members(struct seen *s)
{
	check_int(s->calls, ==, 4);
	check_str(s->name[0], "a.txt");
	check_str(s->name[1], "b.bin");
	check_str(s->name[2], "empty");
	check_str(s->name[3], "様式第1号.xlsx");
	check_int(s->len[0], ==, 6);
	check(s->data[0] && !memcmp(s->data[0], "alpha\n", 6));
	check_int(s->len[1], ==, sizeof bin);
	check(s->data[1] && !memcmp(s->data[1], bin, sizeof bin));
	check_int(s->len[2], ==, 0);
	check_int(s->len[3], ==, 3);
}

static void t_plain(void)
{
	struct tk_error err;
	struct seen s = {0};
	char hex[65], line[200];
	char *man;
	int zerr;
	zip_t *za;
	zip_stat_t st;

	check_int(tk_seal_create(path("plain.zip"), inputs, 4, NULL, &err), ==,
		  TK_OK);
	check_int(tk_seal_is_sealed(path("plain.zip")), ==, 1);

	/* The manifest comes first and says what seal.h says. */
	za = zip_open(path("plain.zip"), ZIP_RDONLY, &zerr);
	check(za != NULL);
	if (za) {
		check_int(zip_get_num_entries(za, 0), ==, 5);
		check_str(zip_get_name(za, 0, 0), TK_SEAL_MANIFEST);
		zip_stat_init(&st);
		check_int(zip_stat_index(za, 1, 0, &st), ==, 0);
		check_int(st.encryption_method, ==, ZIP_EM_NONE);
		zip_discard(za);
	}
	man = entry_text(path("plain.zip"), 0, NULL);
	check_contains(man, "tenken-seal/1\ncreated 2026-05-01T09:00:00Z\n");
	tk_sha256_hex("alpha\n", 6, hex);
	snprintf(line, sizeof line, "\nfile %s 6 a.txt\n", hex);
	check_contains(man, line);
	check_contains(man, " 0 empty\n");
	check(!strstr(man, "mac "));
	free(man);

	check_int(tk_seal_open(path("plain.zip"), NULL, collect, &s, &err), ==,
		  TK_OK);
	check_members(&s);
	seen_free(&s);

	/* Given a passphrase, an unkeyed bundle is refused. */
	check_int(open_refused(path("plain.zip"), PASS, &err), ==, TK_ESEAL);
	check_contains(err.message, "without a passphrase");
}

static void t_encrypted(void)
{
	struct tk_error err;
	struct seen s = {0};
	char *man;
	int zerr, n, all_aes = 1;
	zip_t *za;

	check_int(zip_encryption_method_supported(ZIP_EM_AES_256, 1), ==, 1);
	check_int(tk_seal_create(path("enc.zip"), inputs, 4, PASS, &err), ==,
		  TK_OK);
	check_int(tk_seal_is_sealed(path("enc.zip")), ==, 1);

	za = zip_open(path("enc.zip"), ZIP_RDONLY, &zerr);
	check(za != NULL);
	if (za) {
		n = (int)zip_get_num_entries(za, 0);
		check_int(n, ==, 5);
		for (int i = 0; i < n; i++) {
			zip_stat_t st;
			zip_stat_init(&st);
			if (zip_stat_index(za, (zip_uint64_t)i, 0, &st) ||
			    st.encryption_method != ZIP_EM_AES_256)
				all_aes = 0;
		}
		check_int(all_aes, ==, 1);
		/* Not readable without the passphrase. */
		check(zip_fopen_index(za, 1, 0) == NULL);
		zip_discard(za);
	}
	man = entry_text(path("enc.zip"), 0, PASS);
	check_contains(man, "\nmac ");
	free(man);

	check_int(tk_seal_open(path("enc.zip"), PASS, collect, &s, &err), ==,
		  TK_OK);
	check_members(&s);
	seen_free(&s);
}

/* 1 when needle occurs in the raw bytes of file */
static int file_has(const char *file, const char *needle)
{
	char *data = NULL;
	size_t len = 0;
	struct tk_error err;
	int yes = 0;
	if (tk_read_file(file, 1 << 24, &data, &len, &err) != TK_OK)
		return -1;
	for (size_t i = 0; !yes && i + strlen(needle) <= len; i++)
		yes = !memcmp(data + i, needle, strlen(needle));
	free(data);
	return yes;
}

/* Zip headers are never encrypted: in a keyed bundle the members are
 * stored as m0001.bin..., their names only in the encrypted manifest. */
static void t_opaque_names(void)
{
	static const char *const real[] = {"a.txt", "b.bin", "様式第1号",
					   ".xlsx", "empty"};
	char *man;
	int zerr;
	zip_t *za = zip_open(path("enc.zip"), ZIP_RDONLY, &zerr);

	check(za != NULL);
	if (za) {
		check_str(zip_get_name(za, 0, ZIP_FL_ENC_RAW),
			  TK_SEAL_MANIFEST);
		check_str(zip_get_name(za, 1, ZIP_FL_ENC_RAW), "m0001.bin");
		check_str(zip_get_name(za, 4, ZIP_FL_ENC_RAW), "m0004.bin");
		zip_discard(za);
	}
	for (size_t i = 0; i < sizeof real / sizeof *real; i++) {
		if (file_has(path("enc.zip"), real[i]) != 0)
			tap_diag("enc.zip holds '%s'", real[i]);
		check_int(file_has(path("enc.zip"), real[i]), ==, 0);
	}
	/* The unencrypted bundle keeps the real names. */
	check_int(file_has(path("plain.zip"), "様式第1号.xlsx"), ==, 1);
	man = entry_text(path("enc.zip"), 0, PASS);
	check_contains(man, "tenken-seal/2\n");
	check_contains(man, " 3 m0004.bin 様式第1号.xlsx\n");
	free(man);
}

/* A keyed bundle as tenken wrote it before names were hidden: a
 * tenken-seal/1 manifest with a mac, members under their real names. */
static void t_old_encrypted(void)
{
	struct tk_error err;
	struct seen s = {0};
	struct tk_buf man = {0};
	char hex[65], mac[65];
	int zerr, ok = 1;
	zip_t *za;

	tk_buf_adds(&man, "tenken-seal/1\ncreated 2025-05-01T09:00:00Z\n");
	tk_sha256_hex("alpha\n", 6, hex);
	tk_buf_addf(&man, "file %s 6 a.txt\n", hex);
	tk_sha256_hex("PK!", 3, hex);
	tk_buf_addf(&man, "file %s 3 様式第1号.xlsx\n", hex);
	tk_hmac_sha256_hex(PASS, strlen(PASS), man.s, man.len, mac);
	tk_buf_addf(&man, "mac %s\n", mac);
	za = zip_open(path("old.zip"), ZIP_CREATE | ZIP_TRUNCATE, &zerr);
	check(za != NULL);
	if (!za) {
		tk_buf_free(&man);
		return;
	}
	{
		const char *names[3] = {TK_SEAL_MANIFEST, "a.txt",
					"様式第1号.xlsx"};
		const char *data[3] = {man.s, "alpha\n", "PK!"};
		size_t lens[3] = {man.len, 6, 3};
		for (int i = 0; i < 3 && ok; i++) {
			zip_source_t *src =
			    zip_source_buffer(za, data[i], lens[i], 0);
			zip_int64_t idx = src ? zip_file_add(za, names[i], src,
							     ZIP_FL_ENC_UTF_8)
					      : -1;
			ok = idx >= 0 &&
			     zip_file_set_encryption(za, (zip_uint64_t)idx,
						     ZIP_EM_AES_256, PASS) == 0;
		}
	}
	check(ok);
	check_int(zip_close(za), ==, 0);
	tk_buf_free(&man);
	check_int(tk_seal_open(path("old.zip"), PASS, collect, &s, &err), ==,
		  TK_OK);
	check_int(s.calls, ==, 2);
	check_str(s.name[0], "a.txt");
	check_str(s.name[1], "様式第1号.xlsx");
	check(s.len[1] == 3 && !memcmp(s.data[1], "PK!", 3));
	seen_free(&s);
}

/* A tenken-seal/2 manifest (stored names) without a mac, and one whose
 * stored name is a path. */
static void t_opaque_unkeyed(void)
{
	struct tk_error err;
	char hex[65], man[600];
	const char *names[3], *texts[3];

	tk_sha256_hex("x", 1, hex);
	snprintf(man, sizeof man,
		 "tenken-seal/2\ncreated now\nfile %s 1 m0001.bin x\n", hex);
	names[0] = TK_SEAL_MANIFEST, texts[0] = man;
	names[1] = "m0001.bin", texts[1] = "x";
	check(make_zip(path("v2plain.zip"), 2, names, texts));
	check_int(open_refused(path("v2plain.zip"), NULL, &err), ==, TK_ESEAL);
	check_contains(err.message, "lists stored names but has no mac");

	snprintf(man, sizeof man,
		 "tenken-seal/2\ncreated now\nfile %s 1 ../m x\n", hex);
	check(make_zip(path("v2slip.zip"), 2, names, texts));
	check_int(open_refused(path("v2slip.zip"), NULL, &err), ==, TK_ESEAL);
	check_contains(err.message, "line 3 is malformed");
}

static void t_wrong_passphrase(void)
{
	struct tk_error err;
	check_int(open_refused(path("enc.zip"), "correct horse", &err), ==,
		  TK_ESEAL);
	check_contains(err.message, "wrong passphrase or tampered");
	check(!strstr(err.message, "correct horse"));
}

static void t_needs_passphrase(void)
{
	struct tk_error err;
	char *man;
	check_int(open_refused(path("enc.zip"), NULL, &err), ==, TK_ESEAL);
	check_contains(err.message, "needs a passphrase (--passphrase-file)");

	/* An unencrypted manifest carrying a mac also needs one. */
	copy_file(path("enc.zip"), path("macplain.zip"));
	man = entry_text(path("enc.zip"), 0, PASS);
	check(replace_entry(path("macplain.zip"), 0, man, strlen(man), NULL));
	check_int(open_refused(path("macplain.zip"), NULL, &err), ==, TK_ESEAL);
	check_contains(err.message, "needs a passphrase (--passphrase-file)");
	/* With the passphrase the mac is right, but the manifest was
	 * re-packed unencrypted. */
	check_int(open_refused(path("macplain.zip"), PASS, &err), ==, TK_ESEAL);
	check_contains(err.message, "not AES-256 encrypted");
	free(man);
}

static void t_member_modified(void)
{
	struct tk_error err;

	copy_file(path("plain.zip"), path("mod.zip"));
	check(replace_entry(path("mod.zip"), 1, "alpha!", 6, NULL));
	check_int(open_refused(path("mod.zip"), NULL, &err), ==, TK_ESEAL);
	check_contains(err.message, "mod.zip: a.txt: digest mismatch");

	copy_file(path("plain.zip"), path("mod.zip"));
	check(replace_entry(path("mod.zip"), 1, "alpha and more\n", 15, NULL));
	check_int(open_refused(path("mod.zip"), NULL, &err), ==, TK_ESEAL);
	check_contains(err.message, "a.txt: size mismatch");

	copy_file(path("plain.zip"), path("mod.zip"));
	check(replace_entry(path("mod.zip"), 1, "alp", 3, NULL));
	check_int(open_refused(path("mod.zip"), NULL, &err), ==, TK_ESEAL);
	check_contains(err.message, "a.txt: size mismatch (3 bytes");

	/* Keyed: even re-encrypted with the passphrase, the digest is kept
	 * in the mac'd manifest. */
	copy_file(path("enc.zip"), path("mod.zip"));
	check(replace_entry(path("mod.zip"), 1, "alpha!", 6, PASS));
	check_int(open_refused(path("mod.zip"), PASS, &err), ==, TK_ESEAL);
	check_contains(err.message, "a.txt: digest mismatch");

	/* Keyed: a member swapped for an unencrypted one. */
	copy_file(path("enc.zip"), path("mod.zip"));
	check(replace_entry(path("mod.zip"), 1, "alpha\n", 6, NULL));
	check_int(open_refused(path("mod.zip"), PASS, &err), ==, TK_ESEAL);
	check_contains(err.message, "a.txt: not AES-256 encrypted");
}

static void t_manifest_edited(void)
{
	struct tk_error err;
	char *man, *p, *q;

	/* Unkeyed: a line pointing at another size or name is caught by the
	 * members themselves. */
	man = entry_text(path("plain.zip"), 0, NULL);
	p = strstr(man, " 6 a.txt\n");
	check(p != NULL);
	if (p) {
		p[1] = '7';
		copy_file(path("plain.zip"), path("edit.zip"));
		check(
		    replace_entry(path("edit.zip"), 0, man, strlen(man), NULL));
		check_int(open_refused(path("edit.zip"), NULL, &err), ==,
			  TK_ESEAL);
		check_contains(err.message, "a.txt: size mismatch");
		p[1] = '6';
		p[3] = 'A';
		check(
		    replace_entry(path("edit.zip"), 0, man, strlen(man), NULL));
		check_int(open_refused(path("edit.zip"), NULL, &err), ==,
			  TK_ESEAL);
		check_contains(err.message, "a.txt: extra member");
		p[3] = 'a';
	}
	/* A malformed line. */
	q = strstr(man, "file ");
	if (q) {
		q[5] = 'X';
		check(
		    replace_entry(path("edit.zip"), 0, man, strlen(man), NULL));
		check_int(open_refused(path("edit.zip"), NULL, &err), ==,
			  TK_ESEAL);
		check_contains(err.message, "line 3 is malformed");
	}
	free(man);

	/* Keyed: any edit breaks the mac, even when re-encrypted. */
	man = entry_text(path("enc.zip"), 0, PASS);
	p = strstr(man, "\nfile ");
	check(p != NULL);
	if (p) {
		p[6] = p[6] == '0' ? '1' : '0';
		copy_file(path("enc.zip"), path("edit.zip"));
		check(
		    replace_entry(path("edit.zip"), 0, man, strlen(man), PASS));
		check_int(open_refused(path("edit.zip"), PASS, &err), ==,
			  TK_ESEAL);
		check_contains(err.message, "wrong passphrase or tampered");
		/* The mac removed: no longer keyed, refused too. */
		*strstr(man, "mac ") = '\0';
		check(
		    replace_entry(path("edit.zip"), 0, man, strlen(man), PASS));
		check_int(open_refused(path("edit.zip"), PASS, &err), ==,
			  TK_ESEAL);
		check_contains(err.message, "without a passphrase");
	}
	free(man);
}

static void t_extra_member(void)
{
	struct tk_error err;
	int zerr;
	zip_t *za;
	zip_source_t *src;

	copy_file(path("plain.zip"), path("extra.zip"));
	za = zip_open(path("extra.zip"), 0, &zerr);
	check(za != NULL);
	if (!za)
		return;
	src = zip_source_buffer(za, "surprise", 8, 0);
	check(zip_file_add(za, "extra.txt", src, 0) >= 0);
	check_int(zip_close(za), ==, 0);
	check_int(open_refused(path("extra.zip"), NULL, &err), ==, TK_ESEAL);
	check_contains(err.message,
		       "extra.txt: extra member not in the manifest");
}

static void t_removed_member(void)
{
	struct tk_error err;
	int zerr;
	zip_t *za;

	copy_file(path("enc.zip"), path("removed.zip"));
	za = zip_open(path("removed.zip"), 0, &zerr);
	check(za != NULL);
	if (!za)
		return;
	check_int(zip_delete(za, 2), ==, 0);
	check_int(zip_close(za), ==, 0);
	check_int(open_refused(path("removed.zip"), PASS, &err), ==, TK_ESEAL);
	check_contains(err.message, "b.bin: missing from the bundle");
}

static void t_zip_slip(void)
{
	struct tk_error err;
	char hex[65], man[400];
	const char *names[2], *texts[2];

	tk_sha256_hex("x", 1, hex);
	/* Listed in the manifest. */
	snprintf(man, sizeof man,
		 "tenken-seal/1\ncreated now\nfile %s 1 ../x\n", hex);
	names[0] = TK_SEAL_MANIFEST, texts[0] = man;
	names[1] = "../x", texts[1] = "x";
	check(make_zip(path("slip1.zip"), 2, names, texts));
	check_int(open_refused(path("slip1.zip"), NULL, &err), ==, TK_ESEAL);
	check_contains(err.message, "line 3 is malformed");

	/* Only in the zip: the manifest says "x". */
	snprintf(man, sizeof man, "tenken-seal/1\ncreated now\nfile %s 1 x\n",
		 hex);
	check(make_zip(path("slip2.zip"), 2, names, texts));
	check_int(open_refused(path("slip2.zip"), NULL, &err), ==, TK_ESEAL);
	check_contains(err.message, "'../x' is not a plain file name");

	names[1] = "/tmp/x";
	check(make_zip(path("slip3.zip"), 2, names, texts));
	check_int(open_refused(path("slip3.zip"), NULL, &err), ==, TK_ESEAL);
	check_contains(err.message, "zip-slip");

	names[1] = "sub/x";
	check(make_zip(path("slip4.zip"), 2, names, texts));
	check_int(open_refused(path("slip4.zip"), NULL, &err), ==, TK_ESEAL);
	check_contains(err.message, "zip-slip");

	/* And a good hand-made bundle opens, so the above are real. */
	names[1] = "x";
	check(make_zip(path("slip5.zip"), 2, names, texts));
	{
		struct seen s = {0};
		check_int(
		    tk_seal_open(path("slip5.zip"), NULL, collect, &s, &err),
		    ==, TK_OK);
		check_int(s.calls, ==, 1);
		seen_free(&s);
	}
}

static void t_not_sealed(void)
{
	struct tk_error err;
	const char *names[1] = {"readme.txt"}, *texts[1] = {"hi"};

	put("hello.zip", "hello, not a zip\n", 17);
	check_int(tk_seal_is_sealed(path("hello.zip")), ==, 0);
	check_int(open_refused(path("hello.zip"), NULL, &err), ==, TK_ESEAL);
	check_contains(err.message,
		       "hello.zip: not a sealed bundle (not a zip file)");

	check(make_zip(path("other.zip"), 1, names, texts));
	check_int(tk_seal_is_sealed(path("other.zip")), ==, 0);
	check_int(open_refused(path("other.zip"), NULL, &err), ==, TK_ESEAL);
	check_contains(err.message, "first entry is not tenken-seal.txt");

	check_int(tk_seal_is_sealed(path("none.zip")), ==, 0);
	check_int(open_refused(path("none.zip"), NULL, &err), ==, TK_EIO);
	check_contains(err.message, "none.zip: cannot open");
}

static void t_passphrase_file(void)
{
	struct tk_error err;
	char *pass = (char *)1, big[1100];

	check_int(tk_passphrase_read(path("nopass"), &pass, &err), ==, TK_EIO);
	check(pass == NULL);
	check_contains(err.message, "cannot open the passphrase file");

	put("empty-pass", "", 0);
	check_int(tk_passphrase_read(path("empty-pass"), &pass, &err), ==,
		  TK_EINPUT);
	check_contains(err.message, "passphrase file is empty");
	put("nl-pass", "\nsecret\n", 8);
	check_int(tk_passphrase_read(path("nl-pass"), &pass, &err), ==,
		  TK_EINPUT);

	put("crlf-pass", "s3cret pass phrase 20\r\nsecond line\n", 35);
	check_int(tk_passphrase_read(path("crlf-pass"), &pass, &err), ==,
		  TK_OK);
	check_str(pass, "s3cret pass phrase 20");
	free(pass);
	put("bare-pass", "bare but twenty chars", 21);
	check_int(tk_passphrase_read(path("bare-pass"), &pass, &err), ==,
		  TK_OK);
	check_str(pass, "bare but twenty chars");
	free(pass);

	memset(big, 'p', sizeof big);
	put("max-pass", big, 1024);
	check_int(tk_passphrase_read(path("max-pass"), &pass, &err), ==, TK_OK);
	check_int(strlen(pass), ==, 1024);
	free(pass);
	put("long-pass", big, 1025);
	check_int(tk_passphrase_read(path("long-pass"), &pass, &err), ==,
		  TK_ELIMIT);
	check(pass == NULL);
	check_contains(err.message, "longer than 1024 bytes");
}

/* WinZip AES keys come from 1,000 PBKDF2 rounds: a short passphrase file
 * is refused, counting characters, not bytes. */
static void t_passphrase_short(void)
{
	struct tk_error err;
	char *pass = (char *)1;

	put("p19", "0123456789abcdefghi\n", 20);
	check_int(tk_passphrase_read(path("p19"), &pass, &err), ==, TK_EINPUT);
	check(pass == NULL);
	check_contains(err.message,
		       "p19: the passphrase is shorter than 20 characters");
	check_contains(err.message, "tenken seal keygen --out FILE");
	check(!strstr(err.message, "0123456789"));
	put("p20", "0123456789abcdefghij\n", 21);
	check_int(tk_passphrase_read(path("p20"), &pass, &err), ==, TK_OK);
	free(pass);
	/* 7 characters in 21 bytes of UTF-8 */
	put("pja", "正しい馬の電池\n", 22);
	check_int(tk_passphrase_read(path("pja"), &pass, &err), ==, TK_EINPUT);
	check_contains(err.message, "shorter than 20 characters");
}

/* tenken seal keygen: 160 random bits in base32, mode 0600, never over an
 * existing file. */
static void t_keygen(void)
{
	struct tk_error err;
	struct stat sb;
	char *a = NULL, *b = NULL, *text = NULL;
	size_t len = 0;

	check_int(tk_passphrase_keygen(path("k1"), &err), ==, TK_OK);
	check_int(tk_passphrase_keygen(path("k2"), &err), ==, TK_OK);
	check_int(stat(path("k1"), &sb), ==, 0);
	check_int(sb.st_mode & 0777, ==, 0600);
	check_int(tk_read_file(path("k1"), 100, &text, &len, &err), ==, TK_OK);
	check_int(len, ==, 33);
	check(text && strspn(text, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") == 32);
	check(text && text[32] == '\n');
	free(text);
	check_int(tk_passphrase_read(path("k1"), &a, &err), ==, TK_OK);
	check_int(tk_passphrase_read(path("k2"), &b, &err), ==, TK_OK);
	check(a && b && strcmp(a, b) != 0);
	free(a);
	free(b);
	/* never overwrites */
	put("k3", "keep me\n", 8);
	check_int(tk_passphrase_keygen(path("k3"), &err), ==, TK_EIO);
	check_contains(err.message, "k3: already exists");
	check_int(tk_read_file(path("k3"), 100, &text, &len, &err), ==, TK_OK);
	check(len == 8 && !memcmp(text, "keep me\n", 8));
	free(text);
	check_int(tk_passphrase_keygen(path("no/dir/k"), &err), ==, TK_EIO);
}

static void t_limits(void)
{
	struct tk_error err;
	char hex[65], man[400];
	const char *names[2], *texts[2];
	static char big[1 << 20];

	/* The manifest claims a member over 256 MiB. */
	tk_sha256_hex("x", 1, hex);
	snprintf(man, sizeof man,
		 "tenken-seal/1\ncreated now\nfile %s 300000000 x\n", hex);
	names[0] = TK_SEAL_MANIFEST, texts[0] = man;
	names[1] = "x", texts[1] = "x";
	check(make_zip(path("huge.zip"), 2, names, texts));
	check_int(open_refused(path("huge.zip"), NULL, &err), ==, TK_ELIMIT);

	/* A member inflating to more than the manifest says: reading stops
	 * there, whatever the zip headers claim. */
	memset(big, 'z', sizeof big - 1);
	snprintf(man, sizeof man, "tenken-seal/1\ncreated now\nfile %s 1 x\n",
		 hex);
	texts[1] = big;
	check(make_zip(path("bomb.zip"), 2, names, texts));
	check_int(open_refused(path("bomb.zip"), NULL, &err), ==, TK_ESEAL);
	check_contains(err.message, "x: size mismatch (more than the 1 bytes");

	/* More than 10,000 members. */
	{
		int zerr, ok = 1;
		zip_t *za = zip_open(path("many.zip"),
				     ZIP_CREATE | ZIP_TRUNCATE, &zerr);
		check(za != NULL);
		if (!za)
			return;
		for (int i = 0; i <= 10001 && ok; i++) {
			char name[32];
			zip_source_t *src = zip_source_buffer(
			    za, i ? "" : man, i ? 0 : strlen(man), 0);
			if (i)
				snprintf(name, sizeof name, "m%05d", i);
			else
				snprintf(name, sizeof name, "%s",
					 TK_SEAL_MANIFEST);
			ok = src && zip_file_add(za, name, src, 0) >= 0;
		}
		check(ok);
		check_int(zip_close(za), ==, 0);
		check_int(open_refused(path("many.zip"), NULL, &err), ==,
			  TK_ELIMIT);
		check_contains(err.message, "more than 10000 members");
	}
}

static void t_create_errors(void)
{
	struct tk_error err;
	const char *dup[2], *missing[1];

	dup[0] = inputs[0];
	dup[1] = path("sub/a.txt");
	check_int(tk_seal_create(path("dup.zip"), dup, 2, NULL, &err), ==,
		  TK_EINPUT);
	check_contains(err.message, "base names must be distinct");
	check(access(path("dup.zip"), F_OK) != 0);

	missing[0] = path("no-such-file");
	check_int(tk_seal_create(path("miss.zip"), missing, 1, NULL, &err), ==,
		  TK_EIO);
	check_contains(err.message, "no-such-file: cannot open");
	check(access(path("miss.zip"), F_OK) != 0);

	check_int(tk_seal_create(path("no/dir/out.zip"), inputs, 1, NULL, &err),
		  ==, TK_EIO);
	check_int(tk_seal_create(path("x.zip"), inputs, 0, NULL, &err), ==,
		  TK_EINPUT);
	check_int(tk_seal_create(path("x.zip"), inputs, 1, "", &err), ==,
		  TK_EINPUT);
}

static void t_callback_stops(void)
{
	struct tk_error err;
	struct seen s = {0};
	s.stop_at = 2;
	check_int(tk_seal_open(path("plain.zip"), NULL, collect, &s, &err), ==,
		  TK_EINPUT);
	check_int(s.calls, ==, 2);
	seen_free(&s);
}

int main(void)
{
	char cmd[600];

	snprintf(dir, sizeof dir, "%s/tenken-t-seal-XXXXXX",
		 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(dir))
		return 1;
	tk_set_clock("2026-05-01T09:00:00Z", NULL);
	for (size_t i = 0; i < sizeof bin; i++)
		bin[i] = (unsigned char)(i * 7);
	put("a.txt", "alpha\n", 6);
	put("b.bin", bin, sizeof bin);
	put("empty", "", 0);
	put("様式第1号.xlsx", "PK!", 3);
	snprintf(cmd, sizeof cmd, "%s/sub", dir);
	if (mkdir(cmd, 0700) != 0)
		tap_diag("could not make %s/sub", dir);
	put("sub/a.txt", "x\n", 2);
	inputs[0] = tk_xstrdup(path("a.txt"));
	inputs[1] = tk_xstrdup(path("b.bin"));
	inputs[2] = tk_xstrdup(path("empty"));
	inputs[3] = tk_xstrdup(path("様式第1号.xlsx"));

	TEST(t_hmac(), "HMAC-SHA256 matches the RFC 4231 vectors");
	TEST(t_plain(), "seal and open without a passphrase");
	TEST(t_encrypted(), "with a passphrase every entry is AES-256");
	TEST(t_wrong_passphrase(), "a wrong passphrase is refused");
	TEST(t_needs_passphrase(), "a keyed bundle needs the passphrase");
	TEST(t_member_modified(), "a member changed after sealing is refused");
	TEST(t_manifest_edited(), "an edited manifest is refused");
	TEST(t_extra_member(), "an added member is refused");
	TEST(t_removed_member(), "a removed member is refused");
	TEST(t_zip_slip(), "member names with paths are refused (zip-slip)");
	TEST(t_not_sealed(), "a non-zip or foreign zip is not a bundle");
	TEST(t_passphrase_file(), "passphrase files: missing, empty, long");
	TEST(t_passphrase_short(),
	     "a passphrase under 20 characters is refused");
	TEST(t_keygen(), "seal keygen: random, base32, 0600, no overwrite");
	TEST(t_opaque_names(), "an encrypted bundle shows no member names");
	TEST(t_old_encrypted(),
	     "an old encrypted bundle with real names opens");
	TEST(t_opaque_unkeyed(), "stored names without a mac are refused");
	TEST(t_limits(), "limits count bytes inflated, not headers");
	TEST(t_create_errors(), "sealing refuses clashing or missing files");
	TEST(t_callback_stops(), "a callback's error stops delivery");

	for (int i = 0; i < 4; i++)
		free((char *)inputs[i]);
	if (tap_rmtree(dir) != 0)
		tap_diag("could not remove %s", dir);
	return test_done();
}
