/*
 * digest.c — SHA-256, HMAC-SHA256 and constant-time comparison through
 * OpenSSL 3's libcrypto.  Allocation failures inside libcrypto are treated
 * like tenken's own: out of memory is fatal (util.c's tk_xmalloc policy).
 */
#include "lib/digest.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <stdio.h>
#include <stdlib.h>

static void fatal(const char *what)
{
	fprintf(stderr, "tenken: libcrypto: %s failed\n", what);
	abort();
}

void tk_sha256_init(struct tk_sha256 *s)
{
	EVP_MD_CTX *c = EVP_MD_CTX_new();
	if (!c || !EVP_DigestInit_ex(c, EVP_sha256(), NULL))
		fatal("SHA-256 init");
	s->ctx = c;
}

void tk_sha256_update(struct tk_sha256 *s, const void *data, size_t n)
{
	if (n && !EVP_DigestUpdate(s->ctx, data, n))
		fatal("SHA-256 update");
}

void tk_sha256_final(struct tk_sha256 *s, unsigned char out[32])
{
	unsigned int len = 32;
	if (!EVP_DigestFinal_ex(s->ctx, out, &len) || len != 32)
		fatal("SHA-256 final");
	EVP_MD_CTX_free(s->ctx);
	s->ctx = NULL;
}

void tk_hex(const unsigned char *in, size_t n, char *out)
{
	static const char hx[] = "0123456789abcdef";
	for (size_t i = 0; i < n; i++) {
		out[2 * i] = hx[in[i] >> 4];
		out[2 * i + 1] = hx[in[i] & 15];
	}
	out[2 * n] = 0;
}

void tk_sha256_hex(const void *data, size_t n, char hex[65])
{
	unsigned char d[32];
	unsigned int len = 32;
	if (!EVP_Digest(n ? data : "", n, d, &len, EVP_sha256(), NULL))
		fatal("SHA-256");
	tk_hex(d, 32, hex);
}

void tk_hmac_sha256_hex(const void *key, size_t klen, const void *data,
			size_t n, char out[65])
{
	unsigned char mac[32];
	size_t len = 0;
	if (!EVP_Q_mac(NULL, "HMAC", NULL, "SHA256", NULL, klen ? key : "",
		       klen, n ? data : "", n, mac, sizeof mac, &len) ||
	    len != 32)
		fatal("HMAC-SHA256");
	tk_hex(mac, 32, out);
	OPENSSL_cleanse(mac, sizeof mac);
}

int tk_memeq_ct(const void *a, const void *b, size_t n)
{
	return CRYPTO_memcmp(a, b, n) == 0;
}

void tk_wipe(void *p, size_t n)
{
	if (p && n)
		OPENSSL_cleanse(p, n);
}
