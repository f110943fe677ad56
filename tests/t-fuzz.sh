#!/bin/sh
# t-fuzz.sh — the fuzz harnesses (fuzz/README.md) in every test build:
#  1. replay: the seed corpus fuzz/corpus/NAME and every crasher kept in
#     fuzz/regressions/NAME go once through the harness without libFuzzer
#     ($TENKEN_BUILD/fuzz/replay-NAME), so `make check-asan` replays them
#     under ASan and UBSan;
#  2. smoke: when `make check` built the libFuzzer binaries
#     ($TENKEN_FUZZ_BUILD/fuzz/fuzz-NAME, needs clang), each fuzzes for
#     FUZZ_SMOKE_SECONDS (3) seconds.  Without clang these are TAP skips.
here=$(cd "$(dirname "$0")" && pwd)
src=$(dirname "$here")
: "${TENKEN_BUILD:?set TENKEN_BUILD to the CMake build directory}"
fb=${TENKEN_FUZZ_BUILD:-}
harnesses="xlsx csv seal plugin"
if [ ! -x "$TENKEN_BUILD/fuzz/replay-xlsx" ] &&
    { [ -z "$fb" ] || [ ! -x "$fb/fuzz/fuzz-xlsx" ]; }; then
	echo "1..0 # SKIP no clang"
	exit 0
fi
. "$here/lib.sh"
# A leak inside libzip itself is suppressed (fuzz/lsan.supp); the slow
# unwinder lets the suppression see libzip's function names.
export LSAN_OPTIONS="suppressions=$src/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}fast_unwind_on_malloc=0"

for h in $harnesses; do
	r="$TENKEN_BUILD/fuzz/replay-$h"
	[ -x "$r" ] || { fail "replay-$h built"; continue; }
	# shellcheck disable=SC2046
	seeds=""
	for d in $(sh "$src/fuzz/seed-dirs.sh" "$h"); do seeds="$seeds $src/$d/*"; done
	run "$r" $seeds $(ls -d "$src/fuzz/regressions/$h"/* 2>/dev/null)
	is "$rc" 0 "$h: seeds and regressions replay cleanly"
	[ "$rc" -eq 0 ] || printf '#   %s\n' "$(printf '%s' "$err" | tail -n 20)"
done

for h in $harnesses; do
	f="$fb/fuzz/fuzz-$h"
	if [ -z "$fb" ] || [ ! -x "$f" ]; then
		T_N=$((T_N + 1))
		echo "ok $T_N # skip no clang: fuzz-$h smoke test"
		continue
	fi
	mkdir -p "$T_TMP/corpus-$h"
	run "$f" -max_total_time="${FUZZ_SMOKE_SECONDS:-3}" -timeout=25 \
	    -rss_limit_mb=2048 -artifact_prefix="$T_TMP/$h-" \
	    "$T_TMP/corpus-$h" $(for d in $(sh "$src/fuzz/seed-dirs.sh" "$h"); do echo "$src/$d"; done)
	is "$rc" 0 "$h: fuzz-$h runs ${FUZZ_SMOKE_SECONDS:-3} s without a finding"
	[ "$rc" -eq 0 ] || printf '#   %s\n' "$(printf '%s' "$err" | tail -n 30)"
done
done_testing
