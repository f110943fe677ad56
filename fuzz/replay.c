/*
 * replay.c — run a harness without libFuzzer: every file named on the
 * command line is fed once to LLVMFuzzerTestOneInput.  Used by
 * tests/t-fuzz.sh to replay the seed corpora and fuzz/regressions/ in the
 * ordinary (and the ASan) build.
 */
#include "common.h"

static int feed(const char *path)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf = NULL;
	size_t len = 0, cap = 0, n;
	if (!f) {
		perror(path);
		return 1;
	}
	do {
		if (len == cap) {
			cap = cap ? cap * 2 : 65536;
			if (!(buf = realloc(buf, cap)))
				abort();
		}
		n = fread(buf + len, 1, cap - len, f);
		len += n;
	} while (n > 0);
	fclose(f);
	LLVMFuzzerTestOneInput(buf, len);
	free(buf);
	return 0;
}

int main(int argc, char **argv)
{
	int bad = 0;
	LLVMFuzzerInitialize(&argc, &argv);
	for (int i = 1; i < argc; i++)
		bad |= feed(argv[i]);
	return bad;
}
