#!/bin/sh
# t-report.sh — tenken report: the organisation workbook (概要, 所属別,
# 項目別, 未提出, 前年比) and the per-division workbooks, checked against
# `tenken score`; marking in header/footer, A4 landscape, user text as
# strings (never formulas), a division's workbook holding only its own
# results, all-or-nothing writing, the event log, and (when installed)
# LibreOffice opening the files.
. "$(dirname "$0")/lib.sh"
export TENKEN_AS=$EX_AS
PY=/usr/bin/python3
FILL="$PY $TENKEN_SRC/scripts/fill-forms.py"
DB="$T_TMP/t.db"
export TENKEN_DB="$DB"
cd "$T_TMP"

# allxml FILE — every XML part of a workbook, concatenated.
allxml() {
	"$PY" -c 'import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
for n in z.namelist():
    if n.endswith(".xml") or n.endswith(".rels"):
        sys.stdout.write(z.read(n).decode())' "$1"
}
events() { sql "$DB" "select count(*) from events"; }

# ---- a year and its predecessor, with returns ------------------------------
tk init
tk org import --year 2025 --divisions "$EX/fy2025/divisions.csv" --staff "$EX/fy2025/staff.csv"
tk org import --year 2026 --divisions "$EX/fy2026/divisions.csv" --staff "$EX/fy2026/staff.csv"
tk -q campaign create --survey division-self --year 2025
PREV=$out
tk -q campaign create --survey division-self --year 2026 --due 2026-12-25 \
	--title '令和8年度 所属自己点検 R&D' --marking '機密性2 取扱制限：関係者限り'
CUR=$out
tk form export --campaign "$PREV" --out f25
tk form export --campaign "$CUR" --out f26
$FILL --seed 1 --quality 0.6 f25 r25 > /dev/null
$FILL --seed 2 f26 r26 > /dev/null
rm r26/*_1001_* r26/*_120_* # two divisions do not return their forms
tk import r25
tk import r26
is "$rc" 0 "setup: returns imported"
targets=$(sql "$DB" "select count(*) from campaign_targets where campaign=$CUR")
# A division whose name is a formula (names come from the org CSV).
sql "$DB" "update divisions set name='=HYPERLINK(\"x\")課' where fy=2026 and code='130'"

# ---- usage ------------------------------------------------------------------
tk report --help
is "$rc" 0 "--help exits 0"
like "$out" "--per-division DIR" "--help names --per-division"
tk report --campaign "$CUR"
is "$rc" 2 "neither --out nor --per-division: usage error"
like "$err" "--out FILE.xlsx and/or --per-division DIR" "usage message"
tk report --out x.xlsx
is "$rc" 2 "no --campaign: usage error"
tk report --campaign 99 --out x.xlsx
[ "$rc" -ne 0 ]; ok $? "unknown campaign fails"
[ ! -e x.xlsx ]; ok $? "unknown campaign: no file"

# ---- the reports --------------------------------------------------------------
before=$(events)
start=$(date +%s)
tk report --campaign "$CUR" --out org.xlsx --per-division div
is "$rc" 0 "report written"
like "$out" "organisation report written to org.xlsx" "summary: organisation"
like "$out" "$targets division reports written to div" "summary: divisions"
[ -f org.xlsx ]; ok $? "organisation workbook exists"
is "$(ls div | wc -l | tr -d ' ')" "$targets" "one workbook per target division"
is "$(ls -A . div | grep -c '\.part$')" 0 "no temporary files left"
is "$(events)" "$((before + 2))" "two event log entries"
is "$(sql "$DB" "select count(*) from events where action='report.write' and object='campaign $CUR' and detail='org.xlsx'")" 1 "organisation report logged"
is "$(sql "$DB" "select count(*) from events where action='report.write' and object='campaign $CUR' and detail='$targets division workbooks to div'")" 1 "division reports logged"
is "$(sql "$DB" "select actor from events order by id desc limit 1")" "${USER:-$(id -un)}" "logged with the OS login"

$PY - org.xlsx <<'PYEOF' > sheets.txt
import openpyxl, sys
print(" ".join(openpyxl.load_workbook(sys.argv[1]).sheetnames))
PYEOF
is "$(cat sheets.txt)" "概要 所属別 項目別 未提出 前年比 グラフ用" "organisation workbook: sheets in order (the charts' values last, hidden)"

# ---- 所属別 against `tenken score` -------------------------------------------
tk score --campaign "$CUR" --json
printf '%s' "$out" > score.json
tk score --campaign "$CUR" --by section --json
printf '%s' "$out" > section.json
tk score --campaign "$CUR" --by item --json
printf '%s' "$out" > item.json
$PY - org.xlsx score.json section.json <<'PYEOF' > cmp-div.txt
import json, openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1])["所属別"]
want = {d["division"]: d for d in json.load(open(sys.argv[2]))}
secs = json.load(open(sys.argv[3]))
head = [c.value for c in ws[3]]
assert head[:10] == ["順位", "所属コード", "所属名", "区分", "上位", "提出", "得点", "評価", "前年", "増減"], head
bad, seen, scores = [], set(), []
def close(a, b):
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) <= 0.01)
for row in ws.iter_rows(min_row=4, values_only=True):
    if row[1] is None:
        continue
    code = row[1]; seen.add(code); w = want.get(code)
    if w is None:
        bad.append(("unknown", code)); continue
    if row[2] != w["name"]: bad.append(("name", code))
    if (row[5] == "済") != w["submitted"]: bad.append(("submitted", code))
    if not close(row[6], w["score"]): bad.append(("score", code, row[6], w["score"]))
    if (row[7] or None) != w["grade"]: bad.append(("grade", code))
    if row[0] != w["rank"]: bad.append(("rank", code, row[0], w["rank"]))
    if not close(row[8], w["previous"]): bad.append(("previous", code))
    if not close(row[9], w["change"]): bad.append(("change", code))
    for k, s in enumerate(secs):
        if not close(row[10 + k], s["divisions"][code]): bad.append(("section", code, s["section"]))
    scores.append(row[6])
if seen != set(want): bad.append(("divisions", len(seen), len(want)))
known = [s for s in scores if s is not None]
if known != sorted(known, reverse=True) or None in scores[:len(known)]:
    bad.append(("order",))
print("mismatch", bad[:5]) if bad else print("equal", len(seen))
PYEOF
like "$(cat cmp-div.txt)" "^equal $targets\$" "所属別: every division's score, grade, rank, previous, change and sections equal tenken score"

$PY - org.xlsx item.json score.json <<'PYEOF' > cmp-item.txt
import json, openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1])["項目別"]
want = {i["item"]: i for i in json.load(open(sys.argv[2]))}
code = {d["name"]: d["division"] for d in json.load(open(sys.argv[3]))}
bad, means = [], []
for row in ws.iter_rows(min_row=4, values_only=True):
    if row[0] is None:
        continue
    w = want.pop(row[0], None)
    if w is None:
        bad.append(("unknown", row[0])); continue
    if row[2] != w["text"] or row[3] != w["clause"]: bad.append(("text", row[0]))
    if (row[5] is None) != (w["mean"] is None) or (row[5] is not None and abs(row[5] - w["mean"]) > 0.01):
        bad.append(("mean", row[0], row[5], w["mean"]))
    if (row[6] is None) != (w["compliance"] is None) or (row[6] is not None and abs(row[6] * 100 - w["compliance"]) > 0.01):
        bad.append(("compliance", row[0]))
    if row[7] != w["divisions"]: bad.append(("divisions", row[0]))
    weak = [code[n] for n in row[8].split("、")] if row[8] else []
    if weak != w["weakest"]: bad.append(("weakest", row[0], weak, w["weakest"]))
    means.append(row[5])
known = [m for m in means if m is not None]
if known != sorted(known) or None in means[:len(known)]: bad.append(("order",))
if want: bad.append(("missing", list(want)[:3]))
print("mismatch", bad[:5]) if bad else print("equal", len(means))
PYEOF
like "$(cat cmp-item.txt)" "^equal [0-9]+$" "項目別: every item's mean, compliance, count and weakest divisions equal tenken score, worst first"

$PY - org.xlsx score.json <<'PYEOF' > cmp-sum.txt
import json, openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1])["概要"]
kv = {r[0]: r[1] for r in ws.iter_rows(min_row=1, max_col=2, values_only=True) if r[0]}
divs = json.load(open(sys.argv[2]))
scored = [d["score"] for d in divs if d["score"] is not None]
print(kv.get("対象所属数"), kv.get("提出所属数"), round(kv.get("全体得点（100点満点）"), 2) == round(sum(scored) / len(scored), 2))
PYEOF
is "$(cat cmp-sum.txt)" "$targets $((targets - 2)) True" "概要: participation and the organisation score"

# ---- 未提出 -------------------------------------------------------------------
$PY - org.xlsx <<'PYEOF' > missing.txt
import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1])["未提出"]
print(" ".join(sorted(str(r[0]) for r in ws.iter_rows(min_row=4, values_only=True) if r[0])))
PYEOF
is "$(cat missing.txt)" "1001 120" "未提出 lists exactly the divisions not imported"
want_head=$(sql "$DB" "select s.name from divisions d join staff s on s.id=d.head_staff_id where d.fy=2026 and d.code='1001'")
$PY - org.xlsx <<'PYEOF' > head.txt
import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1])["未提出"]
print([r[4] for r in ws.iter_rows(min_row=4, values_only=True) if r[0] == "1001"][0])
PYEOF
is "$(cat head.txt)" "$want_head" "未提出 names the division head"

# ---- page setup, marking, strings -------------------------------------------------
for n in 1 2 3 4 5; do
	x=$(part org.xlsx "xl/worksheets/sheet$n.xml")
	like "$x" '<pageSetup paperSize="9"[^>]* orientation="landscape"' "sheet $n: A4 landscape"
	like "$x" '<pageSetUpPr fitToPage="1"/>.*<pageSetup [^>]*fitToHeight="0"' "sheet $n: fit to one page wide"
	like "$x" '<oddHeader>&amp;L機密性2 取扱制限：関係者限り&amp;C令和8年度 所属自己点検 R&amp;&amp;D&amp;R&amp;A</oddHeader>' "sheet $n: header has the marking, the title with '&' escaped"
	like "$x" '<oddFooter>&amp;L機密性2 取扱制限：関係者限り&amp;Cページ &amp;P / &amp;N</oddFooter>' "sheet $n: footer has the marking and page numbers"
done
wbx=$(part org.xlsx xl/workbook.xml)
like "$wbx" '_xlnm.Print_Titles" localSheetId="1"' "所属別: header row repeated on every page"
s2=$(part org.xlsx xl/worksheets/sheet2.xml)
unlike "$s2" 'colorScale' "所属別: no relative colour scale"
like "$(part org.xlsx xl/styles.xml)" '<fgColor rgb="FF8FD19E"/>' "the best grade band's fixed fill is used"
like "$s2" '<autoFilter ref="A3:' "所属別: autofilter on the header"
like "$s2" 'topLeftCell="D4" activePane="bottomRight" state="frozen"' "所属別: panes frozen below the header"
charts=$("$PY" -c 'import sys, zipfile; print(sum(n.startswith("xl/charts/chart") for n in zipfile.ZipFile(sys.argv[1]).namelist()))' org.xlsx)
scored=$((targets - 2))
is "$charts" $((1 + (scored + 39) / 40)) "概要: the section chart and one chart per 40 divisions at most"
like "$(allxml org.xlsx)" "<c:cat><c:strRef><c:f>'所属別'!\\\$C\\\$4:\\\$C\\\$" "division charts: the names of the scored divisions on 所属別, from the first"
like "$(allxml org.xlsx)" "'所属別'!\\\$C\\\$[0-9]*:\\\$C\\\$$((3 + scored))</c:f>" "division charts: to the last scored division"

unlike "$(allxml org.xlsx)" "<f>" "organisation workbook: no formula anywhere"
$PY - org.xlsx <<'PYEOF' > formula.txt
import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1])["所属別"]
print([(c.value, c.data_type) for row in ws.iter_rows(min_row=4) for c in row[2:3] if c.value and c.value.startswith("=")])
PYEOF
is "$(cat formula.txt)" "[('=HYPERLINK(\"x\")課', 's')]" "a name starting with '=' is a string cell"

# ---- per-division workbooks -----------------------------------------------------
D=div/1002_浦和東警察署.xlsx
[ -f "$D" ]; ok $? "division workbook named CODE_NAME.xlsx"
$PY - "$D" <<'PYEOF' > dsheets.txt
import openpyxl, sys
print(" ".join(openpyxl.load_workbook(sys.argv[1]).sheetnames))
PYEOF
is "$(cat dsheets.txt)" "結果 要改善項目 所属の記述・改善状況" "division workbook: sheets"
dx=$(allxml "$D")
like "$dx" "浦和東警察署" "division workbook names its own division"
unlike "$dx" "大宮警察署" "division workbook: no other division's name (大宮警察署)"
unlike "$dx" "上尾警察署" "division workbook: no other division's name (上尾警察署)"
$PY - "$D" score.json <<'PYEOF' > others.txt
import json, openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
me = "1002"
others = {d["name"] for d in json.load(open(sys.argv[2])) if d["division"] != me}
texts = {str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None}
print(sorted(texts & others))
PYEOF
is "$(cat others.txt)" "[]" "division workbook: no cell holds another division's name"
$PY - "$D" score.json <<'PYEOF' > dres.txt
import json, openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1])["結果"]
kv = {r[0]: r[1] for r in ws.iter_rows(max_col=2, values_only=True) if r[0]}
divs = json.load(open(sys.argv[2]))
me = [d for d in divs if d["division"] == "1002"][0]
m = sum(d["score"] is not None for d in divs)
print(abs(kv["得点（100点満点）"] - me["score"]) <= 0.01, kv["評価"] == me["grade"],
      kv["順位"] == f'{me["rank"]} 位 / {m} 所属', abs(kv["前年度の得点"] - me["previous"]) <= 0.01,
      abs(kv["前年度からの増減"] - me["change"]) <= 0.01)
PYEOF
is "$(cat dres.txt)" "True True True True True" "結果: score, grade, rank 'n 位 / m 所属', previous and change equal tenken score"
$PY - "$D" <<'PYEOF' > dimp.txt
import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1])["要改善項目"]
vals = [r[5] for r in ws.iter_rows(min_row=5, values_only=True) if r[0]]
print(len(vals) > 0 and all(v < 100 for v in vals) and vals == sorted(vals))
PYEOF
is "$(cat dimp.txt)" "True" "要改善項目: items below full marks, worst first"
x=$(part "$D" xl/worksheets/sheet1.xml)
like "$x" '<pageSetup paperSize="9"[^>]* orientation="landscape"' "division workbook: A4 landscape"
like "$x" '<oddFooter>&amp;L機密性2 取扱制限：関係者限り&amp;Cページ &amp;P / &amp;N&amp;R所属長限り</oddFooter>' "division workbook: footer has the marking and 所属長限り"

M=div/1001_浦和警察署.xlsx
$PY - "$M" <<'PYEOF' > dmiss.txt
import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1])["結果"]
kv = {r[0]: r[1] for r in ws.iter_rows(max_col=2, values_only=True) if r[0]}
print(kv.get("提出", ""), kv.get("得点（100点満点）"))
PYEOF
like "$(cat dmiss.txt)" "^未提出（提出期限：令和8年12月25日） None$" "a division without a submission gets a workbook saying 未提出 (due date in the Japanese era)"

F=$(ls div/130_*.xlsx)
unlike "$(allxml "$F")" "<f>" "division named '=…': its workbook has no formula"
like "$(allxml "$F")" '<t>130 =HYPERLINK\(("|&quot;)x("|&quot;)\)課</t>' "division named '=…': the name is there as text"

# ---- no previous year, all submitted ------------------------------------------------
tk report --campaign "$PREV" --out prev.xlsx
is "$rc" 0 "report of the first year"
$PY - prev.xlsx <<'PYEOF' > first.txt
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
print(wb["前年比"]["A3"].value)
print(wb["未提出"]["A4"].value)
PYEOF
like "$(cat first.txt)" "比較できません" "前年比 says there is no previous year"
like "$(cat first.txt)" "未提出の所属はありません" "未提出 says all submitted"

# ---- all or nothing -------------------------------------------------------------------
before=$(events)
tk report --campaign "$CUR" --out missing-dir/x.xlsx --per-division div2
[ "$rc" -ne 0 ]; ok $? "unwritable --out fails"
like "$err" "missing-dir/x.xlsx" "the message names the file"
is "$(ls div2 2>/dev/null | wc -l | tr -d ' ')" 0 "no division workbook put in place"
is "$(events)" "$before" "nothing logged"
mkdir isdir.xlsx
tk report --campaign "$CUR" --out isdir.xlsx
[ "$rc" -ne 0 ]; ok $? "--out naming a directory fails"
like "$err" "isdir.xlsx: exists and is not a file" "message says why"

# Rewriting replaces the files.
tk -q report --campaign "$CUR" --per-division div
is "$rc" 0 "second run over the same directory"
is "$out" "" "-q prints nothing"
is "$(ls div | wc -l | tr -d ' ')" "$targets" "still one workbook per division"
tk log verify
is "$rc" 0 "event log intact"

# ---- 所属の記述・改善状況: the division's own words and open improvements ------
# notes FILE — every non-empty cell of the sheet, one row a line.
notes() {
	$PY - "$1" <<'PYEOF'
import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1])["所属の記述・改善状況"]
for row in ws.iter_rows(values_only=True):
    v = [str(c) for c in row if c is not None]
    if v:
        print("|".join(v))
PYEOF
}
sub=$(sql "$DB" "select u.id from submissions u join divisions d on d.id = u.division_id where u.campaign = $CUR and d.code = '1002' and u.superseded_by is null")
it=$(sql "$DB" "select i.idx from survey_items i join campaigns c on c.survey = i.survey where c.id = $CUR and i.type <> 'text' order by i.idx limit 1")
sql "$DB" "update answers set comment = null where submission = $sub; update answers set comment = '当直が毎夕施錠を確認している' where submission = $sub and staff_id = 0 and item_idx = $it"
# The survey's text item, answered by 1002.
ti=$(sql "$DB" "select i.idx || '|' || i.item_id from survey_items i join campaigns c on c.survey = i.survey where c.id = $CUR and i.type = 'text' order by i.idx limit 1")
sql "$DB" "insert or replace into answers(submission, staff_id, item_idx, raw) values ($sub, 0, ${ti%%|*}, '来年度に端末を更新する予定')" 2> sqlerr.txt
is "$(cat sqlerr.txt)" "" "fixture: a comment and a text answer of 1002"
div26() { echo "(SELECT id FROM divisions WHERE fy=2026 AND code='$1')"; }
sql "$DB" "
INSERT INTO findings(id, division_id, clause, severity, text, found_on, status, created_at) VALUES
 (901, $(div26 1002), '第3 2(1)', 'high', 'パスワードの管理が不十分', '2026-05-20', 'answered', '2026-06-01T00:00:00Z'),
 (902, $(div26 1002), '第5 1(2)', 'medium', '媒体の管理簿がない', '2026-05-20', 'answered', '2026-06-01T00:00:00Z');
INSERT INTO improvements(id, finding, division_id, kind, description, compensating, owner, due, submitted_on, progress, completed_on, created_at) VALUES
 (901, 901, $(div26 1002), 'plan', 'パスワード管理規程の改定', '管理者による週次確認', '署長', '2026-09-01', '2026-07-01', 40, NULL, '2026-06-01T00:00:00Z'),
 (902, 902, $(div26 1002), 'measure_taken', '管理簿を作成した', NULL, NULL, NULL, '2026-07-01', 100, '2026-06-28', '2026-06-01T00:00:00Z'),
 (903, 901, $(div26 1002), 'plan', '端末のロック設定', '巡回点検', '署長', '2026-12-01', '2026-07-01', 10, NULL, '2026-06-01T00:00:00Z');" 2> sqlerr.txt
is "$(cat sqlerr.txt)" "" "fixture: improvements of 1002, one past due"
export TENKEN_TODAY=2026-09-30
tk -q report --campaign "$CUR" --per-division div
unset TENKEN_TODAY
is "$rc" 0 "report with the division's notes"
n=$(notes "$D")
like "$n" "D-10-04 特記事項.*\|来年度に端末を更新する予定" "所属の記述: the text answer with its item"
like "$n" "（備考）\|当直が毎夕施錠を確認している" "所属の記述: the remark (備考) with its item"
like "$n" "超過日数は令和8年9月30日現在" "the report day in the Japanese era"
like "$n" "第3 2\(1\)\|パスワードの管理が不十分\|改善計画\|パスワード管理規程の改定\|令和8年9月1日\|40\|29" "an overdue plan: clause, finding, kind, description, due date (和暦), progress, days overdue"
like "$n" "端末のロック設定\|令和8年12月1日\|10\|－" "a plan not yet due: no days overdue"
unlike "$n" "管理簿を作成した" "a completed measure is not listed"
unlike "$n" "記述なし|改善中の項目なし" "no empty lines when there is something"
n=$(notes "$M")
like "$n" "記述なし" "a division with no comments says 記述なし"
like "$n" "改善中の項目なし" "and with no open improvement says 改善中の項目なし"
x=$(part "$D" xl/worksheets/sheet3.xml)
like "$x" '<pageSetup paperSize="9"' "所属の記述・改善状況: A4"
like "$x" '<oddHeader>.*機密性2 取扱制限：関係者限り' "所属の記述・改善状況: marked in the header"
like "$x" '<oddFooter>.*所属長限り</oddFooter>' "所属の記述・改善状況: 所属長限り in the footer"

# ---- LibreOffice opens the workbooks ---------------------------------------------------
if command -v soffice > /dev/null 2>&1; then
	mkdir pdf
	HOME="$T_TMP" timeout 300 soffice -env:UserInstallation=file://"$T_TMP"/lo \
		--headless --convert-to pdf --outdir pdf org.xlsx "$D" "$M" "$F" > lo.txt 2>&1
	is "$?" 0 "soffice converts the workbooks"
	for f in org 1002_浦和東警察署 1001_浦和警察署 "$(basename "$F" .xlsx)"; do
		[ -s "pdf/$f.pdf" ]; ok $? "LibreOffice opens $f.xlsx (PDF written)"
	done
else
	for n in 1 2 3 4 5; do
		T_N=$((T_N + 1)); echo "ok $T_N # skip soffice not installed"
	done
fi

# ---- --out into a missing folder says so ------------------------------------------------
before=$(events)
tk report --campaign "$CUR" --out no-such-folder/x.xlsx
is "$rc" 1 "--out into a missing folder: exit 1"
like "$err" "no-such-folder/x.xlsx: no folder no-such-folder \(No such file or directory\); create it first" "the message gives the true reason"
unlike "$err" "permissions" "and not libxlsxwriter's guess"
is "$(events)" "$before" "nothing logged"
: > plainfile
tk report --campaign "$CUR" --out plainfile/x.xlsx
like "$err" "plainfile/x.xlsx: plainfile is not a folder" "a file where the folder should be"
done_testing
