/*
 * digest.h — SHA-256 and HMAC-SHA256 from OpenSSL's libcrypto (EVP), for
 * file digests, survey content hashes, sealed-bundle manifests and the
 * event log's hash chain; and a constant-time comparison for MACs.
 *
 * tenken does no cryptography of its own: every primitive here is a thin
 * wrapper over libcrypto so that the algorithms are the audited ones.
 * tests/t-digest.c keeps the FIPS 180 and RFC 4231 vectors.
 */
#ifndef TK_DIGEST_H
#define TK_DIGEST_H

#include <stddef.h>

/* A streaming SHA-256.  tk_sha256_init must be paired with
 * tk_sha256_final, which releases the context. */
struct tk_sha256 {
	void *ctx; /* EVP_MD_CTX */
};

void tk_sha256_init(struct tk_sha256 *s);
void tk_sha256_update(struct tk_sha256 *s, const void *data, size_t n);
void tk_sha256_final(struct tk_sha256 *s, unsigned char out[32]);

/* One-shot digest as 64 lowercase hex characters plus NUL into hex[65]. */
void tk_sha256_hex(const void *data, size_t n, char hex[65]);

/* HMAC-SHA256 of data with key, as 64 hex characters into out[65]. */
void tk_hmac_sha256_hex(const void *key, size_t klen, const void *data,
			size_t n, char out[65]);

/* Bytes to lowercase hex; out gets 2n characters and a NUL. */
void tk_hex(const unsigned char *in, size_t n, char *out);

/* 1 when a[0..n) and b[0..n) are equal, in time that does not depend on
 * where they differ (CRYPTO_memcmp). */
int tk_memeq_ct(const void *a, const void *b, size_t n);

/* Overwrite n bytes at p with zeros in a way the compiler keeps
 * (OPENSSL_cleanse); accepts NULL. */
void tk_wipe(void *p, size_t n);

#endif
