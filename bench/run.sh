#!/bin/sh
# run.sh — benchmarks: form export, import, score and report at two scales
# (a prefecture: 150 divisions / 13,000 staff; a nation: 1,200 divisions /
# 300,000 staff) with a 50-item staff questionnaire, and the same import
# done by a plain openpyxl + sqlite3 script for comparison.  Prints wall
# time and peak RSS.  Usage: make bench  [BENCH_SCALES="prefecture nation"]
#                                        [BENCH_BASELINE=0 to skip Python]
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
: "${TENKEN:=$src/build/tenken}"
MK="$(dirname "$TENKEN")/tenken-bench-mkforms"
scales=${BENCH_SCALES:-prefecture nation}
work=${BENCH_DIR:-$src/bench/out}
export TENKEN_PLUGIN_PATH="$src/bench/plugins" TENKEN_SURVEYS="$src/surveys"
export TENKEN_NO_PROGRESS=1
measure() { # label command...
	label=$1
	shift
	/usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/last.log" 2>&1 ||
		{ cat "$work/last.log"; exit 1; }
	read -r secs kb < "$work/time.txt"
	printf '%-34s %8.2f s %8.1f MB peak RSS\n' "$label" "$secs" "$(echo "$kb" | awk '{print $1/1024}')"
	eval "T_$(echo "$label" | cut -d' ' -f1 | tr -c 'a-z0-9\n' '_')=$secs"
}
# The floor of an import: the same rows inserted into an empty answers
# table by one INSERT … SELECT in the sqlite3 shell (foreign keys off, no
# choice labels), with tenken's pragmas; timed as T_floor.
floor() {
	rm -f "$d/floor.db" "$d/floor.db-wal" "$d/floor.db-shm"
	sqlite3 "$TENKEN_DB" "select sql || ';' from sqlite_schema where name='answers'" > "$d/floor.sql"
	sqlite3 "$d/floor.db" < "$d/floor.sql"
	cat > "$d/floor-insert.sql" <<-EOF
	PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;
	ATTACH '$TENKEN_DB' AS src;
	INSERT INTO answers SELECT submission, staff_id, item_idx, choice, value,
	  CASE WHEN choice IS NULL THEN raw END, comment FROM src.answers;
	EOF
	measure "floor (INSERT … SELECT, sqlite3)" sh -c "sqlite3 '$d/floor.db' < '$d/floor-insert.sql'"
}
printf 'tenken %s benchmarks on %s (%s cores)\n' "$("$TENKEN" --version | cut -d' ' -f2)" \
	"$(uname -m)" "$(nproc)"
for scale in $scales; do
	d="$work/$scale"
	rm -rf "$d"
	mkdir -p "$d"
	export TENKEN_DB="$d/tenken.db"
	printf '\n== %s\n' "$scale"
	/usr/bin/python3 "$src/bench/gen-org.py" "$scale" "$d/org"
	# who acts (--as): the first member of staff of the generated year
	TENKEN_AS=$(sed -n 2p "$d/org/staff.csv" | cut -d, -f1)
	export TENKEN_AS
	"$TENKEN" -q init
	measure "org import" "$TENKEN" org import -q --year 2026 --divisions "$d/org/divisions.csv" --staff "$d/org/staff.csv"
	c=$("$TENKEN" -q campaign create --survey bench-staff --year 2026)
	measure "form export" "$TENKEN" form export -q --campaign "$c" --out "$d/forms"
	"$MK" "$TENKEN_DB" "$c" "$d/filled" > /dev/null
	printf '%-34s %8s   (%s files, %s)\n' "filled forms" "" "$(ls "$d/filled" | wc -l)" "$(du -sh "$d/filled" | cut -f1)"
	measure "import" "$TENKEN" import -q "$d/filled"
	ans=$(sqlite3 "$TENKEN_DB" "select count(*) from answers")
	bytes=$(($(stat -c %s "$TENKEN_DB") + $(stat -c %s "$TENKEN_DB-wal" 2>/dev/null || echo 0)))
	printf '%-34s %8s   (%s answers stored, %s bytes per answer)\n' "" "" "$ans" \
		"$(awk -v b="$bytes" -v n="$ans" 'BEGIN { printf "%.1f", b / n }')"
	floor
	awk -v a="$T_import" -v b="$T_floor" 'BEGIN { printf "%-34s %8.2f x the floor\n", "  import takes", a / b }'
	measure "re-import (all known)" "$TENKEN" import -q "$d/filled"
	awk -v a="$T_re_import" -v b="$T_import" 'BEGIN { printf "%-34s %8.1f %% of the import\n", "  re-import takes", 100 * a / b }'
	measure "score --json" "$TENKEN" score --campaign "$c" --json
	if "$TENKEN" help report > /dev/null 2>&1; then
		measure "report (organisation)" "$TENKEN" report --campaign "$c" --out "$d/report.xlsx"
		measure "report (+ per division)" "$TENKEN" report --campaign "$c" --out "$d/report.xlsx" --per-division "$d/reports"
	fi
	if "$TENKEN" help report annual > /dev/null 2>&1; then
		fy=$(sqlite3 "$TENKEN_DB" "SELECT fy FROM campaigns WHERE id = $c")
		measure "report annual" "$TENKEN" report annual --year "$fy" --out "$d/annual.xlsx"
	fi
	if [ "${BENCH_BASELINE:-1}" = 1 ]; then
		rm -f "$d/baseline.db"
		measure "baseline (openpyxl read-only)" /usr/bin/python3 "$src/bench/baseline.py" "$d/baseline.db" "$d/filled"
		awk -v a="$T_baseline" -v b="$T_import" 'BEGIN { printf "%-34s %8.1f x\n", "  tenken import is faster by", a / b }'
		if [ "$scale" = prefecture ]; then
			rm -f "$d/baseline.db"
			BASELINE_MODE=default measure "baseline2 (openpyxl default)" /usr/bin/python3 "$src/bench/baseline.py" "$d/baseline.db" "$d/filled"
			awk -v a="$T_baseline2" -v b="$T_import" 'BEGIN { printf "%-34s %8.1f x\n", "  tenken import is faster by", a / b }'
		fi
	fi
done
