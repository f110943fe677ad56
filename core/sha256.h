/*
 * sha256.h — SHA-256 (FIPS 180-4), for file digests, survey content hashes,
 * sealed-bundle manifests and the event log's hash chain.
 */
#ifndef TK_SHA256_H
#define TK_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct tk_sha256 {
	uint32_t h[8];
	uint64_t len;
	unsigned char buf[64];
	size_t nbuf;
};

void tk_sha256_init(struct tk_sha256 *s);
void tk_sha256_update(struct tk_sha256 *s, const void *data, size_t n);
void tk_sha256_final(struct tk_sha256 *s, unsigned char out[32]);

/* One-shot digest as 64 lowercase hex characters plus NUL into hex[65]. */
void tk_sha256_hex(const void *data, size_t n, char hex[65]);
/* Digest bytes to hex. */
void tk_hex(const unsigned char *in, size_t n, char *out);

#endif
