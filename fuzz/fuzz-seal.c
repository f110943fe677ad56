/*
 * fuzz-seal.c — the sealed-bundle manifest and opener (formats/seal.h):
 * write the input to a temp file, ask tk_seal_is_sealed, then tk_seal_open
 * it without and with a passphrase ("fuzz-passphrase-0123456789", the one
 * the enc2 seed bundles in fuzz/corpus/seal were sealed with).  A member handed to the callback
 * must have been verified, so the callback reads every byte.
 */
#include "common.h"
#include "formats/seal.h"

static char path[512];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_path("bundle.zip", path, sizeof path);
	return 0;
}

static int member(void *ctx, const char *bundle, const char *name,
		  const char *created, const void *data, size_t len)
{
	const unsigned char *p = data;
	size_t *sum = ctx;
	*sum += strlen(bundle) + strlen(name) + (created ? strlen(created) : 0);
	for (size_t i = 0; i < len; i++)
		*sum += p[i];
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct tk_error err;
	size_t sum = 0;
	fuzz_write(path, data, size);
	sum += (size_t)tk_seal_is_sealed(path);
	tk_seal_open(path, NULL, member, &sum, &err);
	tk_seal_open(path, "fuzz-passphrase-0123456789", member, &sum, &err);
	return sum == (size_t)-1;
}
