/*
 * t-digest.c — SHA-256 (libcrypto) against the FIPS 180-4 test vectors.
 */
#include "lib/digest.h"
#include "tap.h"

#include <stdlib.h>

static void t_vectors(void)
{
	char hex[65];
	tk_sha256_hex("", 0, hex);
	check_str(
	    hex,
	    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	tk_sha256_hex("abc", 3, hex);
	check_str(
	    hex,
	    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	tk_sha256_hex(
	    "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56,
	    hex);
	check_str(
	    hex,
	    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

static void t_stream(void)
{
	struct tk_sha256 s;
	unsigned char d[32];
	char hex[65];
	char *a = malloc(1000000);
	memset(a, 'a', 1000000);
	tk_sha256_init(&s);
	/* Odd chunk sizes cross block boundaries. */
	for (size_t off = 0; off < 1000000;) {
		size_t n = 1000000 - off < 777 ? 1000000 - off : 777;
		tk_sha256_update(&s, a + off, n);
		off += n;
	}
	tk_sha256_final(&s, d);
	tk_hex(d, 32, hex);
	check_str(
	    hex,
	    "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	free(a);
}

int main(void)
{
	TEST(t_vectors(), "short FIPS vectors");
	TEST(t_stream(), "one million 'a' in odd chunks");
	return test_done();
}
