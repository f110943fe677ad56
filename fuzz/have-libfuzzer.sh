#!/bin/sh
# have-libfuzzer.sh — print the C compiler that can build libFuzzer
# harnesses (clang, clang-14) and exit 0, or print nothing and exit 1.
d=$(mktemp -d "${TMPDIR:-/tmp}/tenken-fz.XXXXXX") || exit 1
trap 'rm -rf "$d"' EXIT
printf '#include <stdint.h>\n#include <stddef.h>\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { return 0; }\n' >"$d/t.c"
for cc in clang clang-14; do
	if command -v "$cc" >/dev/null 2>&1 &&
	    "$cc" -fsanitize=fuzzer,address,undefined "$d/t.c" -o "$d/t" >/dev/null 2>&1; then
		echo "$cc"
		exit 0
	fi
done
exit 1
