#!/bin/sh
# demo.sh — two fiscal years of self-inspection and audit on the bundled
# example organisation (examples/org), leaving every workbook in one folder:
#
#   FY2025 (令和7年度): the division and the staff self-inspection; a
#   regular audit of two divisions, its 改善通知, the responses, the
#   measures completed and verified;
#   FY2026 (令和8年度): the campaigns → forms → forms filled by the
#   divisions → sealed transport → import (with a rejected and a corrected
#   return) → status → scores → reports for the committee and for each
#   division head → a regular audit of three divisions (one finding recurs
#   from FY2025) and a special audit → notices, responses, 横展開, progress,
#   verification, an overdue plan and an unanswered notice → exceptions →
#   the evidence trail → the annual report (年次報告) for the committee.
#
# It runs in Japanese (LANG=ja_JP.UTF-8: tenken carries its own catalogue,
# the locale need not be generated).  Dates are fixed, and every list that
# depends on the day is made --as-of 2026-12-01, so that two runs agree.
#
# Who acts (--as): 489596 総務部長 is the 情報セキュリティ管理者, 365276
# 情報管理課長 does the clerical work, 334182 警務部長 stands in for the
# 本部長 (the example organisation has no row for the chief of police);
# 177419 and 604813 audit, 460564 leads the special audit.
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
# In Japanese, whatever the caller's locale (LANGUAGE would override LANG).
unset LANGUAGE
export LC_ALL= LANG=ja_JP.UTF-8
T="$TENKEN"
ASOF=2026-12-01
step() { printf '\n== %s\n' "$*"; }
# The ids of a JSON array read from stdin, those for which the Python
# expression $1 (over r, one element) holds.
ids() { $PY -c 'import json,sys; print(" ".join(str(r["id"]) for r in json.load(sys.stdin) if eval(sys.argv[1])))' "${1:-True}"; }

step "1. データベースと組織 (令和7年度 UTF-8, 令和8年度 CP932/Shift_JIS)"
"$T" init
"$T" org import --year 2025 --divisions "$src/examples/org/fy2025/divisions.csv" \
	--staff "$src/examples/org/fy2025/staff.csv" --roles "$src/examples/org/fy2025/roles.csv"
"$T" org import --year 2026 --divisions "$src/examples/org/fy2026/cp932/divisions.csv" \
	--staff "$src/examples/org/fy2026/cp932/staff.csv" --roles "$src/examples/org/fy2026/roles.csv"
"$T" role list --year 2026
MGR=489596 CHIEF=334182 LEAD=177419 MEMBER=604813

step "2. 点検票・チェックリスト (Lua プラグイン)"
"$T" plugin list

mkdir -p "$GATES"
for id in division-self staff-self; do "$T" plugin show "$id" --json > "$GATES/$id.json"; done
DFILL="$FILL --gates $GATES/division-self.json"
SFILL="$FILL --gates $GATES/staff-self.json"

P="$out/fy2025"
step "3a. 前年度 (令和7年度, FY2025) の所属自己点検と職員自己点検 — 前年比のため"
c25=$("$T" -q campaign create --survey division-self --year 2025 --due 2025-12-26 --as $MGR)
s25=$("$T" -q campaign create --survey staff-self --year 2025 --due 2025-12-26 --as $MGR)
"$T" -q form export --campaign "$c25" --out "$P/forms/所属自己点検"
"$T" -q form export --campaign "$s25" --out "$P/forms/職員自己点検"
$DFILL --seed 2025 --quality 0.6 "$P/forms/所属自己点検" "$P/returned/所属" > /dev/null
$SFILL --seed 2025 --quality 0.7 "$P/forms/職員自己点検" "$P/returned/職員" > /dev/null
"$T" -q import "$P/returned/所属"
"$T" -q import "$P/returned/職員"
"$T" campaign list

step "3b. 前年度の通常監査 (130・210): 計画 → 承認 → 通知 → チェックリスト → 監査報告書"
PA="$P/audits"
mkdir -p "$PA/returned"
printf 'division,date,procedure\n130,2025-07-02,午前10時から所属長室で関係簿冊を確認する。\n210,2025-07-09,午後1時30分から\n' > "$PA/schedule.csv"
plan25=$("$T" -q audit plan create --year 2025 --kind regular --targets 130,210 \
	--checklist regular-audit --schedule "$PA/schedule.csv" --on 2025-05-01 --as $MGR)
"$T" audit plan approve --plan "$plan25" --on 2025-05-12 --as $CHIEF
"$T" -q audit create --plan "$plan25" --scheduled --as $MGR
a25=$("$T" audit list --year 2025 --json | ids)
for a in $a25; do
	"$T" -q audit assign --audit "$a" --staff $LEAD --role lead --as $MGR
	"$T" -q audit assign --audit "$a" --staff $MEMBER --role member --as $MGR
	"$T" -q audit notify --audit "$a" --on 2025-06-16 --out "$PA/実施通知" --as $MGR
	"$T" -q audit form --audit "$a" --out "$PA/checklists" --as $LEAD
done
# The same clauses come back in FY2026 (step 13): 130 第3 3(3), 210 第3 6(2).
$PY "$src/scripts/fill-audit.py" --seed 25 --findings 1 --set "A-2-07=軽微な不備:情報資産管理簿の記載漏れを1件認めた。" \
	"$PA/checklists"/*_130_*.xlsx "$PA/returned/130.xlsx" > /dev/null
$PY "$src/scripts/fill-audit.py" --seed 26 --findings 1 --set "A-2-17=不適合:廃棄した記録媒体の抹消記録がなかった。" \
	"$PA/checklists"/*_210_*.xlsx "$PA/returned/210.xlsx" > /dev/null
"$T" import "$PA/returned" --as $LEAD
echo "概ね適正に運用されている。記録媒体の管理に改善を要する。" > "$PA/evaluation.txt"
mkdir -p "$PA/監査報告書"
for a in $a25; do
	"$T" audit report --audit "$a" --on 2025-07-31 --evaluation-file "$PA/evaluation.txt" \
		--out "$PA/監査報告書/監査報告書_$a.xlsx" --as $LEAD
done
"$T" audit list --year 2025

step "3c. 前年度の改善通知 → 回答 (措置済み・改善計画) → 完了 → 確認"
PN="$P/improvements"
mkdir -p "$PN/returned"
for a in $a25; do
	"$T" notice send --audit "$a" --on 2025-08-05 --respond-by 2025-09-04 --out "$PN/改善通知" --as $MGR
done
$PY "$src/scripts/fill-response.py" --answer mixed --done-on 2025-08-20 --due 2026-01-31 \
	"$PN/改善通知"/回答書_*_130.xlsx "$PN/returned/回答書_130.xlsx" > /dev/null
$PY "$src/scripts/fill-response.py" --answer done --done-on 2025-08-22 \
	"$PN/改善通知"/回答書_*_210.xlsx "$PN/returned/回答書_210.xlsx" > /dev/null
TENKEN_TODAY=2025-08-29 "$T" import "$PN/returned" --as $MGR
for i in $("$T" improvement list --year 2025 --json | ids 'r["kind"] == "plan"'); do
	"$T" improvement complete --id "$i" --on 2026-01-20 --note "様式を改定し運用を開始" --as $MGR
done
for i in $("$T" improvement list --year 2025 --json | ids); do
	"$T" -q improvement verify --id "$i" --on 2026-02-10 --as 365276
done
"$T" improvement list --year 2025 --as-of 2026-03-31

step "4. 令和8年度 (FY2026) の実施計画: 所属自己点検と職員自己点検"
cd_=$("$T" -q campaign create --survey division-self --year 2026 --due 2026-12-25 \
	--marking "機密性2 取扱制限：関係者限り" --as $MGR)
cs=$("$T" -q campaign create --survey staff-self --year 2026 --due 2026-12-25 --as $MGR)
"$T" campaign list

step "5. 各所属へ配布する点検票 (Excel)"
"$T" form export --campaign "$cd_" --out "$out/forms/所属自己点検"
"$T" form export --campaign "$cs" --out "$out/forms/職員自己点検"

# The one division that does not return its form (a code of FY2026; the
# status in step 9 says so).
MISSING=590
step "6. 所属が記入して返送 (openpyxl で記入; 1 所属 ($MISSING) は未提出)"
mkdir -p "$out/returned"
for f in "$out/forms/所属自己点検"/*.xlsx; do
	case "$f" in *_"$MISSING"_*) continue ;; esac
	$DFILL --seed 2026 --quality 0.8 "$f" "$out/returned/所属" > /dev/null
done
$SFILL --seed 2026 --quality 0.85 "$out/forms/職員自己点検" "$out/returned/職員" > /dev/null
# One division makes a mistake (an answer not on the list) ...
bad=$(ls "$out/forms/所属自己点検"/*_1001_*.xlsx)
$DFILL --seed 7 --value D-1-01=たぶん "$bad" "$out/returned/誤り" > /dev/null

step "7. 搬送用に封緘 (SHA-256 の一覧を付け、AES-256 で暗号化)"
"$T" -q seal keygen --out "$out/passphrase.txt"
"$T" seal --out "$out/returned/所属自己点検.zip" --passphrase-file "$out/passphrase.txt" \
	"$out/returned/所属"/*.xlsx

step "8. 取込み"
"$T" -q import --passphrase-file "$out/passphrase.txt" "$out/returned/所属自己点検.zip"
"$T" -q import "$out/returned/職員"
echo "-- 選択肢にない回答は、セルを示して拒否される (終了コード 3):"
"$T" import "$out/returned/誤り" || true
echo "-- 訂正した点検票は、先の提出に代わって取り込まれる:"
$DFILL --seed 8 --quality 0.95 "$bad" "$out/returned/訂正" > /dev/null
"$T" import "$out/returned/訂正"

step "9. 提出状況"
"$T" status --campaign "$cd_" | tail -5
"$T" status --campaign "$cd_" --csv --ja > "$out/提出状況.csv"

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
echo "-- 起案者は自らの計画を承認できない (兼務禁止; 終了コード 1):"
"$T" audit plan approve --plan "$plan" --on 2026-05-10 --as $MGR || true
"$T" audit plan approve --plan "$plan" --on 2026-05-10 --as $CHIEF
"$T" audit create --plan "$plan" --scheduled --as $MGR
a26=$("$T" audit list --year 2026 --json | ids)
for a in $a26; do
	"$T" -q audit assign --audit "$a" --staff $LEAD --role lead --as $MGR
	"$T" -q audit assign --audit "$a" --staff $MEMBER --role member --as $MGR
	"$T" audit notify --audit "$a" --on 2026-06-15 --out "$A/実施通知" --as $MGR
	"$T" -q audit form --audit "$a" --out "$A/checklists" --as $LEAD
done
echo "-- 監査官は自らの所属を監査できない (兼務禁止; 終了コード 1):"
a210=$("$T" audit list --year 2026 --json | ids 'r["division"] == "210"')
"$T" audit assign --audit "$a210" --staff 829731 --role member --as $MGR || true
seed=1
for f in "$A/checklists"/*.xlsx; do
	$PY "$src/scripts/fill-audit.py" --seed $seed --findings 3 "$f" "$A/returned/$(basename "$f")" > /dev/null
	seed=$((seed + 1))
done
"$T" import "$A/returned" --as $LEAD
echo "概ね適正に運用されているが、指摘事項について速やかな改善を要する。" > "$A/evaluation.txt"
mkdir -p "$A/監査報告書"
for a in $a26; do
	"$T" audit report --audit "$a" --on 2026-07-31 --evaluation-file "$A/evaluation.txt" \
		--out "$A/監査報告書/監査報告書_$a.xlsx" --as $LEAD
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

step "15. 改善通知 (第2 5(2)オ(イ)): 指摘事項 → 改善通知書と回答書"
N="$out/improvements"
mkdir -p "$N/returned"
for a in $a26; do
	"$T" notice send --audit "$a" --on 2026-08-05 --respond-by 2026-09-04 --out "$N/改善通知" --as $MGR
done
"$T" notice send --audit "$sa" --on 2026-10-05 --respond-by 2026-11-04 --out "$N/改善通知" --as $MGR
echo "-- 所属が回答書を返送 (openpyxl で記入): 措置済み、補完的措置を付した改善計画"
FR="$PY $src/scripts/fill-response.py"
$FR --done-on 2026-08-20 --due 2026-12-25 "$N/改善通知"/回答書_*_130.xlsx "$N/returned/回答書_130.xlsx" > /dev/null
$FR --answer plan --due 2027-03-31 "$N/改善通知"/回答書_*_210.xlsx "$N/returned/回答書_210.xlsx" > /dev/null
$FR --answer plan --due 2026-10-31 "$N/改善通知"/回答書_*_1101.xlsx "$N/returned/回答書_1101.xlsx" > /dev/null
$FR --answer plan --due 2026-07-31 "$N/改善通知"/回答書_*_1101.xlsx "$N/returned/bad.xlsx" > /dev/null
echo "-- 通知日より前の完了予定日は、セルを示して拒否される (終了コード 3):"
TENKEN_TODAY=2026-08-25 "$T" import "$N/returned/bad.xlsx" --as $MGR || true
rm -f "$N/returned/bad.xlsx"
TENKEN_TODAY=2026-08-25 "$T" import "$N/returned" --as $MGR
echo "-- 特別監査の改善通知 (1102 武南警察署) には回答がない: 回答期限を過ぎる"

step "16. 横展開 (第2 5(2)オ(ウ)): 他の所属にも同じ問題がないか"
set -- $a26
F1=$("$T" audit findings --audit "$1" --json | $PY -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
"$T" notice cross --finding "$F1" --divisions 110,210,1102 --on 2026-09-01 --respond-by 2026-09-30 --out "$N/横展開" --as $MGR
for c in 110:none 210:done 1102:plan; do
	f=$(ls "$N/横展開"/回答書_*_"${c%%:*}".xlsx)
	$PY "$src/scripts/fill-response.py" --answer "${c#*:}" --done-on 2026-09-15 --due 2027-01-31 "$f" "$N/returned/横展開_$(basename "$f")" > /dev/null
done
TENKEN_TODAY=2026-09-25 "$T" import "$N/returned"/横展開_* --as $MGR
"$T" notice list --year 2026 --as-of $ASOF

step "17. 改善の進捗と確認 (措置結果の確認, 兼務禁止)"
p130=$("$T" improvement list --year 2026 --division 130 --json | ids)
echo "-- 進捗は当該所属か情報セキュリティ管理者が報告する。他の所属の者は不可 (終了コード 1):"
"$T" improvement progress --id "$(echo $p130 | cut -d' ' -f2)" --on 2026-10-15 --percent 50 --note "様式案を作成" --as 365276 || true
"$T" improvement progress --id "$(echo $p130 | cut -d' ' -f2)" --on 2026-10-15 --percent 50 --note "様式案を作成" --as $MGR
echo "-- 所属はオフラインでも進捗を報告できる: 進捗報告ブックを記入して取込み"
pf=$("$T" -q improvement form --division 210 --out "$N/進捗報告" --on 2026-11-01 --as $MGR)
$PY - "$pf" "$N/returned/進捗報告_210.xlsx" <<'PYEOF'
import sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["進捗報告"]
r = 5
while ws.cell(r, 1).value is not None:
    ws.cell(r, 9).value = 60
    ws.cell(r, 10).value = "様式を改定し、試行中"
    r += 1
wb.save(sys.argv[2])
PYEOF
TENKEN_TODAY=2026-11-10 "$T" import "$N/returned/進捗報告_210.xlsx" --as $MGR
echo "-- 130 の措置済みは情報管理課長 (130 の者でない) が確認する。130 の職員は不可 (兼務禁止; 終了コード 1):"
m130=$("$T" improvement list --year 2026 --division 130 --json | ids 'r["kind"] == "measure_taken"')
"$T" improvement verify --id "$(echo $m130 | cut -d' ' -f1)" --on 2026-09-10 --as 265666 || true
for i in $m130; do
	"$T" improvement verify --id "$i" --on 2026-09-10 --as 365276
done
"$T" improvement list --year 2026 --as-of $ASOF
"$T" overdue --year 2026 --as-of $ASOF
"$T" improvement export --year 2026 --as-of $ASOF --out "$N/改善計画一覧.xlsx"

step "18. 例外措置 (第2 3(2)): 申請 → 決定 → 期限"
X="$out/exceptions"
mkdir -p "$X"
e1=$("$T" -q exception request --system 所属端末 --division 110 --clause "第8 1(2)エ(ア)" \
	--reason "業務用の外部記録媒体を管理簿に登録できない旧式機器がある" \
	--alternative "使用の都度、運用管理者が立会い、使用記録を残す" \
	--from 2026-04-01 --to 2027-03-31 --via 365276 --on 2026-04-01 --as 251899)
echo "-- 申請者は自らの申請を決定できない (兼務禁止; 終了コード 1):"
"$T" exception decide --id "$e1" --approve --on 2026-04-03 --as 251899 || true
"$T" exception decide --id "$e1" --approve --on 2026-04-03 --note "代替措置の記録を毎月確認する" --as $MGR
e2=$("$T" -q exception request --system 所属端末 --division 110 --clause "第8 1(3)キ" \
	--reason "改修完了まで一部端末で暗号化機能が使えない" --alternative "該当端末での機密性2情報の取扱いを禁止する" \
	--from 2026-06-01 --to 2026-12-20 --via 365276 --on 2026-05-20 --as 251899)
"$T" exception decide --id "$e2" --approve --on 2026-05-25 --as $MGR
"$T" exception list --year 2026 --as-of $ASOF
echo "-- $ASOF から 30 日以内に期限を迎えるもの:"
"$T" exception list --year 2026 --expiring-within 30 --as-of $ASOF
"$T" exception export --year 2026 --as-of $ASOF --out "$X/例外措置管理簿.xlsx"

step "19. 証跡 (イベントログの検証と基点)"
"$T" log verify
"$T" log anchor

step "20. 年次報告 (令和8年度、委員会あて): 2年度分の自己点検・監査・改善・例外措置"
mkdir -p "$out/委員会"
"$T" report annual --year 2026 --as-of $ASOF --issues-file "$src/examples/今後の課題_2026.txt" \
	--out "$out/委員会/年次報告_2026.xlsx"

step "21. 出力の一覧"
printf '%s に出力した。\n' "$out"
# path — what it is (no columns: the widths of Japanese text differ)
while IFS='|' read -r path what; do
	printf '  %s — %s\n' "$path" "$what"
done <<'LIST'
委員会/年次報告_2026.xlsx|令和8年度の年次報告 (委員会あて、今後の課題は examples/今後の課題_2026.txt)
reports/所属自己点検_結果.xlsx|令和8年度 所属自己点検の結果 (委員会あて)
reports/職員自己点検_結果.xlsx|令和8年度 職員自己点検の結果
reports/所属別/|所属長あての結果 (所属ごと)
提出状況.csv|提出状況 (Excel 用: BOM 付き、日本語の見出し)
forms/|所属へ配布した点検票
returned/|所属が記入した点検票と封緘したバンドル
audits/実施通知/|所属長あての監査の実施通知
audits/checklists/, audits/special/|監査チェックリスト (通常監査・特別監査)
audits/returned/|監査官が記入したチェックリスト
audits/監査報告書/|監査報告書 (情報セキュリティ管理者あて)
improvements/改善通知/|改善通知書と回答書
improvements/横展開/|横展開の通知と回答書
improvements/進捗報告/|進捗報告ブック
improvements/returned/|所属が記入した回答書と進捗報告
improvements/改善計画一覧.xlsx|改善計画一覧
exceptions/例外措置管理簿.xlsx|例外措置管理簿
fy2025/|令和7年度の点検票 (forms/, returned/)、監査 (audits/)、改善通知 (improvements/)
tenken.db|データベース (2年度分の記録と証跡)
LIST
