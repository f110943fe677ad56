#!/bin/sh
# demo.sh — the whole self-inspection cycle on the bundled example
# organisation (examples/org), leaving every workbook in one folder:
#
#   plan (campaigns) → forms → forms filled by the divisions → sealed
#   transport → import (with a rejected and a corrected return) → status →
#   scores → reports for the committee and for each division head.
#
# Usage: TENKEN=build/tenken sh scripts/demo.sh [OUT_DIR]   (make demo)
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-demo-out}
: "${TENKEN:=$src/build/tenken}"
PY=/usr/bin/python3
FILL="$PY $src/scripts/fill-forms.py"
rm -rf "$out"
mkdir -p "$out"
out=$(cd "$out" && pwd)
export TENKEN_DB="$out/tenken.db" TENKEN_SURVEYS="$src/surveys"
export TENKEN_AS=365276 TENKEN_NO_PROGRESS=1
T="$TENKEN"
step() { printf '\n== %s\n' "$*"; }

step "1. データベースと組織 (FY2025 UTF-8, FY2026 CP932/Shift_JIS)"
"$T" init
"$T" org import --year 2025 --divisions "$src/examples/org/fy2025/divisions.csv" \
	--staff "$src/examples/org/fy2025/staff.csv"
"$T" org import --year 2026 --divisions "$src/examples/org/fy2026/cp932/divisions.csv" \
	--staff "$src/examples/org/fy2026/cp932/staff.csv"

step "2. 点検票・チェックリスト (Lua plugins)"
"$T" plugin list

step "3. 前年度 (FY2025) の所属自己点検 — 前年比のため"
c25=$("$T" -q campaign create --survey division-self --year 2025 --due 2025-12-26)
"$T" -q form export --campaign "$c25" --out "$out/fy2025/forms"
$FILL --seed 2025 --quality 0.6 "$out/fy2025/forms" "$out/fy2025/returned" > /dev/null
"$T" -q import "$out/fy2025/returned"
echo "FY2025 campaign $c25 imported"

step "4. 実施計画 (FY2026): 所属自己点検と職員自己点検"
cd_=$("$T" -q campaign create --survey division-self --year 2026 --due 2026-12-25 \
	--marking "機密性2 取扱制限：関係者限り")
cs=$("$T" -q campaign create --survey staff-self --year 2026 --due 2026-12-25)
"$T" campaign list

step "5. 各所属へ配布する点検票 (Excel)"
"$T" form export --campaign "$cd_" --out "$out/forms/所属自己点検"
"$T" form export --campaign "$cs" --out "$out/forms/職員自己点検"

step "6. 所属が記入して返送 (openpyxl で記入; 3 所属は未提出)"
mkdir -p "$out/returned"
for f in "$out/forms/所属自己点検"/*.xlsx; do
	case "$f" in *_1039_* | *_1038_* | *_590_*) continue ;; esac
	$FILL --seed 2026 --quality 0.8 "$f" "$out/returned/所属" > /dev/null
done
$FILL --seed 2026 --quality 0.85 "$out/forms/職員自己点検" "$out/returned/職員" > /dev/null
# One division makes a mistake (an answer not on the list) ...
bad=$(ls "$out/forms/所属自己点検"/*_1001_*.xlsx)
$FILL --seed 7 --value D-1-01=たぶん "$bad" "$out/returned/誤り" > /dev/null

step "7. 搬送用に封緘 (SHA-256 manifest, AES-256)"
"$T" -q seal keygen --out "$out/passphrase.txt"
"$T" seal --out "$out/returned/所属自己点検.zip" --passphrase-file "$out/passphrase.txt" \
	"$out/returned/所属"/*.xlsx

step "8. 取込み"
"$T" -q import --passphrase-file "$out/passphrase.txt" "$out/returned/所属自己点検.zip"
"$T" -q import "$out/returned/職員"
echo "-- a wrong answer is refused with the cell named (exit 3 expected):"
"$T" import "$out/returned/誤り" || true
echo "-- ... and a corrected return supersedes the earlier one:"
$FILL --seed 8 --quality 0.95 "$bad" "$out/returned/訂正" > /dev/null
"$T" import "$out/returned/訂正"

step "9. 提出状況"
"$T" status --campaign "$cd_" | tail -5

step "10. 得点"
"$T" score --campaign "$cd_" | head -12
"$T" score --campaign "$cd_" --by group
"$T" score --campaign "$cs" --by item | head -8

step "11. 特別監査チェックリスト (外部記録媒体・公用携帯電話機)"
"$T" plugin show special-audit --param "themes=外部記録媒体,公用携帯電話機" | head -6

if "$T" help report > /dev/null 2>&1; then
	step "12. 報告書 (委員会・所属長あて)"
	mkdir -p "$out/reports"
	"$T" report --campaign "$cd_" --out "$out/reports/所属自己点検_結果.xlsx" \
		--per-division "$out/reports/所属別"
	"$T" report --campaign "$cs" --out "$out/reports/職員自己点検_結果.xlsx"
fi

step "13. 証跡 (event log)"
"$T" log verify
"$T" log anchor

printf '\nDone. Everything is in %s:\n' "$out"
printf '  %s\n' "tenken.db (the database)" "forms/ (forms sent to divisions)" \
	"returned/ (filled forms and the sealed bundle)"
if [ -d "$out/reports" ]; then
	printf "  %s\n" "reports/ (scored reports: organisation and per division)"
fi
