/*
 * common.h — helpers shared by the fuzz harnesses (fuzz/README.md).
 *
 * Each harness defines LLVMFuzzerInitialize and LLVMFuzzerTestOneInput; it
 * is linked either with libFuzzer (clang -fsanitize=fuzzer, TENKEN_FUZZ=ON)
 * or with replay.c, a plain main() that feeds files given on the command
 * line, so crashers found once are replayed by every ordinary test build.
 */
#ifndef TK_FUZZ_COMMON_H
#define TK_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A private directory for the process's temp files, made once. */
static inline const char *fuzz_tmpdir(void)
{
	static char dir[256];
	if (!dir[0]) {
		const char *t = getenv("TMPDIR");
		snprintf(dir, sizeof dir, "%s/tenken-fuzz.XXXXXX",
			 t && *t ? t : "/tmp");
		if (!mkdtemp(dir)) {
			perror("mkdtemp");
			abort();
		}
	}
	return dir;
}

/* Path of temp file `name` in the private directory. */
static inline const char *fuzz_path(const char *name, char *buf, size_t cap)
{
	snprintf(buf, cap, "%s/%s", fuzz_tmpdir(), name);
	return buf;
}

/* Write data to path (truncating); aborts on failure. */
static inline void fuzz_write(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	if (!f || (len && fwrite(data, 1, len, f) != len) || fclose(f)) {
		perror(path);
		abort();
	}
}

#endif
