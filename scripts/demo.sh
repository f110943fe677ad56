#!/bin/sh
# demo.sh — the whole self-inspection cycle on the bundled example
# organisation (examples/org), leaving every workbook in one folder:
#
#   roles → plan (campaigns) → forms → forms filled by the divisions →
#   sealed transport → import (with a rejected and a corrected return) →
#   status → scores → reports for the committee and for each division
#   head → a regular audit of three divisions and a special audit, from the
#   plan to the 監査報告書.
#
# Who acts (--as): 489596 総務部長 is the 情報セキュリティ管理者, 365276
# 情報管理課長 does the clerical work, 334182 警務部長 stands in for the
# 本部長 (the example organisation has no row for the chief of police).
#
# Usage: TENKEN=build/tenken sh scripts/demo.sh [OUT_DIR]   (make demo)
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-demo-out}
: "${TENKEN:=$src/build/tenken}"
PY=/usr/bin/python3
FILL="$PY $src/scripts/fill-forms.py"
# The divisions leave closed follow-ups blank (fill-forms.py --gates).
GATES="$out/gates"
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
	--staff "$src/examples/org/fy2025/staff.csv" --roles "$src/examples/org/fy2025/roles.csv"
"$T" org import --year 2026 --divisions "$src/examples/org/fy2026/cp932/divisions.csv" \
	--staff "$src/examples/org/fy2026/cp932/staff.csv" --roles "$src/examples/org/fy2026/roles.csv"
"$T" role list --year 2026
MGR=489596 CHIEF=334182

step "2. 点検票・チェックリスト (Lua plugins)"
"$T" plugin list

mkdir -p "$GATES"
for id in division-self staff-self; do "$T" plugin show "$id" --json > "$GATES/$id.json"; done
DFILL="$FILL --gates $GATES/division-self.json"
SFILL="$FILL --gates $GATES/staff-self.json"

step "3. 前年度 (FY2025) の所属自己点検 — 前年比のため"
c25=$("$T" -q campaign create --survey division-self --year 2025 --due 2025-12-26 --as $MGR)
"$T" -q form export --campaign "$c25" --out "$out/fy2025/forms"
$DFILL --seed 2025 --quality 0.6 "$out/fy2025/forms" "$out/fy2025/returned" > /dev/null
"$T" -q import "$out/fy2025/returned"
echo "FY2025 campaign $c25 imported"

step "4. 実施計画 (FY2026): 所属自己点検と職員自己点検"
cd_=$("$T" -q campaign create --survey division-self --year 2026 --due 2026-12-25 \
	--marking "機密性2 取扱制限：関係者限り" --as $MGR)
cs=$("$T" -q campaign create --survey staff-self --year 2026 --due 2026-12-25 --as $MGR)
"$T" campaign list

step "5. 各所属へ配布する点検票 (Excel)"
"$T" form export --campaign "$cd_" --out "$out/forms/所属自己点検"
"$T" form export --campaign "$cs" --out "$out/forms/職員自己点検"

step "6. 所属が記入して返送 (openpyxl で記入; 1 所属は未提出)"
mkdir -p "$out/returned"
for f in "$out/forms/所属自己点検"/*.xlsx; do
	case "$f" in *_1039_* | *_1038_* | *_590_*) continue ;; esac
	$DFILL --seed 2026 --quality 0.8 "$f" "$out/returned/所属" > /dev/null
done
$SFILL --seed 2026 --quality 0.85 "$out/forms/職員自己点検" "$out/returned/職員" > /dev/null
# One division makes a mistake (an answer not on the list) ...
bad=$(ls "$out/forms/所属自己点検"/*_1001_*.xlsx)
$DFILL --seed 7 --value D-1-01=たぶん "$bad" "$out/returned/誤り" > /dev/null

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
$DFILL --seed 8 --quality 0.95 "$bad" "$out/returned/訂正" > /dev/null
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

step "13. 通常監査 (第2 5(2)): 実施計画 → 本部長の承認 → 実施通知 → チェックリスト → 監査報告書"
A="$out/audits"
mkdir -p "$A/returned"
printf 'division,date,procedure\n130,2026-07-01,午前10時から所属長室で関係簿冊を確認する。\n210,2026-07-08,午後1時30分から\n1101,2026-07-15,午前10時から署長室で実施する。\n' > "$A/schedule.csv"
plan=$("$T" -q audit plan create --year 2026 --kind regular --targets 130,210,1101 \
	--checklist regular-audit --schedule "$A/schedule.csv" --on 2026-05-01 --as $MGR)
"$T" audit plan review --plan "$plan" --committee-date 2026-05-08 --as $MGR
echo "-- the drafter cannot approve their own plan (兼務禁止; exit 1 expected):"
"$T" audit plan approve --plan "$plan" --on 2026-05-10 --as $MGR || true
"$T" audit plan approve --plan "$plan" --on 2026-05-10 --as $CHIEF
"$T" audit create --plan "$plan" --scheduled --as $MGR
for a in $("$T" audit list --year 2026 --json | $PY -c 'import json,sys; print(" ".join(str(r["id"]) for r in json.load(sys.stdin)))'); do
	"$T" -q audit assign --audit "$a" --staff 177419 --role lead --as $MGR
	"$T" -q audit assign --audit "$a" --staff 604813 --role member --as $MGR
	"$T" audit notify --audit "$a" --on 2026-06-15 --out "$A/実施通知" --as $MGR
	"$T" -q audit form --audit "$a" --out "$A/checklists" --as 177419
done
echo "-- an auditor of their own division is refused (兼務禁止; exit 1 expected):"
"$T" audit assign --audit 2 --staff 829731 --role member --as $MGR || true
seed=1
for f in "$A/checklists"/*.xlsx; do
	$PY "$src/scripts/fill-audit.py" --seed $seed --findings 3 "$f" "$A/returned/$(basename "$f")" > /dev/null
	seed=$((seed + 1))
done
"$T" import "$A/returned" --as 177419
echo "概ね適正に運用されているが、指摘事項について速やかな改善を要する。" > "$A/evaluation.txt"
mkdir -p "$A/監査報告書"
for a in $("$T" audit list --year 2026 --json | $PY -c 'import json,sys; print(" ".join(str(r["id"]) for r in json.load(sys.stdin)))'); do
	"$T" audit report --audit "$a" --on 2026-07-31 --evaluation-file "$A/evaluation.txt" \
		--out "$A/監査報告書/監査報告書_$a.xlsx" --as 177419
done
"$T" audit list --year 2026

step "14. 特別監査 (第2 5(3)): 外部記録媒体・公用携帯電話機"
sp=$("$T" -q audit plan create --year 2026 --kind special --targets 1102 --checklist special-audit \
	--param "themes=外部記録媒体,公用携帯電話機" --reason "管内で外部記録媒体の紛失事案が発生したため" \
	--on 2026-09-01 --as $MGR)
"$T" audit plan approve --plan "$sp" --on 2026-09-02 --as $CHIEF
sa=$("$T" -q audit create --plan "$sp" --division 1102 --date 2026-09-15 --as $MGR)
"$T" -q audit assign --audit "$sa" --staff 460564 --role lead --as $MGR
"$T" -q audit form --audit "$sa" --out "$A/special" --as 460564
$PY "$src/scripts/fill-audit.py" --seed 9 --findings 2 "$A/special"/*.xlsx "$A/returned/special.xlsx" > /dev/null
"$T" import "$A/returned/special.xlsx" --as 460564
"$T" audit report --audit "$sa" --on 2026-09-30 --evaluation-file "$A/evaluation.txt" \
	--out "$A/監査報告書/監査報告書_特別監査_$sa.xlsx" --as 460564
"$T" audit show --audit "$sa"
"$T" audit findings --audit "$sa"

step "15. 証跡 (event log)"
"$T" log verify
"$T" log anchor

printf '\nDone. Everything is in %s:\n' "$out"
printf '  %s\n' "tenken.db (the database)" "forms/ (forms sent to divisions)" \
	"returned/ (filled forms and the sealed bundle)"
if [ -d "$out/reports" ]; then
	printf "  %s\n" "reports/ (scored reports: organisation and per division)"
fi
printf '  %s\n' "audits/実施通知/ (notices of audit to the division heads)" \
	"audits/checklists/ and audits/special/ (checklists for the auditors)" \
	"audits/returned/ (the checklists as the auditors filled them)" \
	"audits/監査報告書/ (the audit reports to the 情報セキュリティ管理者)"
