#!/bin/sh
# t-form.sh — form export: one workbook per target division with the layout
# of docs/formats.md (sheets, very hidden _tenken with the database's token,
# drop-down lists, protection, marking in header/footer), tokens recorded in
# one transaction, and failures that leave the forms table unchanged.
. "$(dirname "$0")/lib.sh"
export TENKEN_AS=$EX_AS
DB="$T_TMP/t.db"
export TENKEN_DB="$DB"
PY=/usr/bin/python3
OUT="$T_TMP/out"

# cells FILE SHEET RANGE — the values of a range, one row a line, "|" apart.
cells() {
	"$PY" -c 'import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
for row in ws[sys.argv[3]]:
    print("|".join("" if c.value is None else str(c.value) for c in row))' "$1" "$2" "$3"
}

tk init; is "$rc" 0 "init"
tk org import --year 2026 --divisions "$EX/fy2026/divisions.csv" --staff "$EX/fy2026/staff.csv"
is "$rc" 0 "FY2026 import"
tk campaign create --survey division-self --year 2026 --due 2026-12-25 \
	--title '=HYPERLINK("x") 点検 & 確認' --marking '機密性2 & 関係者限り' -q
is "$rc" 0 "division campaign created"; DC=$out
tk campaign create --survey staff-self --year 2026 -q
is "$rc" 0 "staff campaign created"; SC=$out
targets=$(sql "$DB" "select count(*) from campaign_targets where campaign=$DC")

# ---- division respondent ---------------------------------------------------
tk form export --campaign "$DC" --out "$OUT/div"
is "$rc" 0 "division forms exported"
is "$out" "$targets forms written to $OUT/div" "summary line"
is "$(ls "$OUT/div" | wc -l | tr -d ' ')" "$targets" "one file per target"
is "$(ls -A "$OUT/div" | grep -c '^\.')" 0 "no temporary files left"
is "$(sql "$DB" "select count(*) from forms where campaign=$DC")" "$targets" "one token per form"
is "$(sql "$DB" "select count(*) from forms where campaign=$DC and token glob '[0-9a-f]*' and length(token)=32")" "$targets" "tokens are 32 hex digits"
is "$(sql "$DB" "select count(distinct token) from forms")" "$targets" "tokens are distinct"
is "$(sql "$DB" "select count(*) from events where action='form.export' and object='campaign $DC' and detail='$targets forms to $OUT/div'")" 1 "export logged once"

F="$OUT/div/${DC}_120_情報管理課.xlsx"
[ -f "$F" ]; ok $? "file named campaign_code_name.xlsx"
wb=$(part "$F" xl/workbook.xml)
like "$wb" '<sheet name="記入要領" sheetId="1"[^>]*/><sheet name="回答" sheetId="2"[^>]*/><sheet name="_tenken" sheetId="3" state="veryHidden"' "three sheets in order, _tenken very hidden"
token=$(sql "$DB" "select token from forms f join divisions d on d.id=f.division_id where f.campaign=$DC and d.code='120'")
meta=$(cells "$F" _tenken A1:B12)
is "$meta" "format|tenken-form/1
campaign|$DC
division|120
fy|2026
survey_id|division-self
survey_version|2023.3
survey_hash|$(sql "$DB" "select s.hash from campaigns c join surveys s on s.id=c.survey where c.id=$DC")
respondent|division
token|$token
answer_sheet|回答
first_row|6
items|$(sql "$DB" "select group_concat(item_id, ',') from (select i.item_id from survey_items i join campaigns c on c.survey=i.survey where c.id=$DC order by i.idx)")" "_tenken keys and values, token from the database"
is "$(sql "$DB" "select file_name from forms where token='$token'")" "${DC}_120_情報管理課.xlsx" "forms.file_name"
ans=$(part "$F" xl/worksheets/sheet2.xml)
like "$ans" '<dataValidation type="list"[^>]*><formula1>"できている,一部できていない,できていない,該当なし"</formula1>' "drop-down of the scale labels"
like "$ans" '<dataValidation type="decimal" operator="greaterThanOrEqual"' "number item: decimal validation"
like "$ans" '<dataValidation type="date"' "date item: date validation"
like "$ans" '<sheetProtection sheet="1"[^>]*formatColumns="0" formatRows="0"' "answer sheet protected, columns/rows formattable"
like "$ans" '<pane ySplit="5" topLeftCell="A6"[^>]*state="frozen"' "frozen below the header"
like "$ans" '<oddHeader>&amp;L機密性2 &amp;&amp; 関係者限り&amp;R=HYPERLINK' "marking in the header, & escaped"
like "$ans" '<oddFooter>[^<]*&amp;P / &amp;N&amp;R機密性2 &amp;&amp; 関係者限り' "page numbers and marking in the footer"
like "$ans" '<pageSetup paperSize="9" fitToHeight="0" orientation="landscape"' "A4 landscape"
like "$ans" '<pageSetUpPr fitToPage="1"/>' "fit to the page width"
unlike "$ans" '<f>' "no formulas"
is "$(cells "$F" 回答 A5:G5)" "項目番号|区分|点検項目|根拠|回答|備考|記入の手引き" "header row 5"
is "$(cells "$F" 回答 A1:A1)" '=HYPERLINK("x") 点検 & 確認' "a title starting with = stays text"
ids=$(cells "$F" 回答 A6:A200 | grep -v '^$' | paste -sd, -)
is "$ids" "$(cells "$F" _tenken B12:B12)" "item ids in A6.. match _tenken items"
is "$(cells "$F" 回答 A6:B6)" "D-1-01|運用管理体制" "first item and its section in row 6"
# D-1-02 is for stations only: 対象外 at 120 (hq), answerable at a station.
row=$(cells "$F" 回答 A6:E80 | grep '^D-1-02|')
like "$row" '\|対象外$' "station-only item is 対象外 at an HQ division"
row=$(cells "$OUT/div/${DC}_1001_浦和警察署.xlsx" 回答 A6:E80 | grep '^D-1-02|')
unlike "$row" '対象外' "and answerable at a station"
locked=$("$PY" -c 'import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["回答"]
print(ws["E6"].protection.locked, ws["F6"].protection.locked, ws["C6"].protection.locked, ws["E7"].protection.locked)' "$F")
is "$locked" "False False True True" "answer/comment unlocked; question and 対象外 locked"
g=$(cells "$F" 回答 A6:G80 | grep '^D-7-02|')
like "$g" 'D-7-01 が「はい」の場合に回答' "conditional item says what it depends on"
ins=$(cells "$F" 記入要領 A1:B40)
like "$ins" "所属\|120 情報管理課" "instructions: division"
like "$ins" "提出期限\|令和8年12月25日" "instructions: due date in the Japanese era (2026-12-25)"
like "$ins" "提出先\|総務部情報管理課" "instructions: return to"
like "$ins" "取扱区分\|機密性2 & 関係者限り" "instructions: marking"
like "$ins" "1\.\|運用管理担当者が" "instructions: the survey's numbered steps"
like "$ins" "該当なし" "instructions: how to answer N/A"

# ---- staff respondent ------------------------------------------------------
tk form export --campaign "$SC" --out "$OUT/staff"
is "$rc" 0 "staff forms exported"
is "$(ls "$OUT/staff" | wc -l | tr -d ' ')" "$(sql "$DB" "select count(*) from campaign_targets where campaign=$SC")" "one staff form per target"
F="$OUT/staff/${SC}_120_情報管理課.xlsx"
is "$(cells "$F" 回答 A5:E5)" "職員番号|氏名|職級|S-1-01|S-1-02" "staff header row 5 with item ids from D"
nitems=$(sql "$DB" "select count(*) from survey_items i join campaigns c on c.survey=i.survey where c.id=$SC")
last=$("$PY" -c 'import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["回答"]
n = int(sys.argv[2])
print(ws.cell(5, 3 + n).value, ws.cell(5, 4 + n).value, ws.cell(4, 4).value is not None, ws.freeze_panes)' "$F" "$nitems")
like "$last" "^S-[0-9]+-[0-9]+ 備考 True D6$" "備考 after the last item, questions in row 4, frozen at D6"
is "$(cells "$F" 回答 A6:A400 | grep -v '^$' | paste -sd, -)" \
	"$(sql "$DB" "select group_concat(code, ',') from (select s.code from staff s join divisions d on d.id=s.division_id where d.fy=2026 and d.code='120' order by s.code)")" \
	"one row per staff member, by code, from A6"
is "$(cells "$F" 回答 C6:C6)" "$(sql "$DB" "select g.name from staff s join grades g on g.rank=s.grade join divisions d on d.id=s.division_id where d.fy=2026 and d.code='120' order by s.code limit 1")" "grade name in C"
ans=$(part "$F" xl/worksheets/sheet2.xml)
is "$(printf '%s' "$ans" | grep -o '<dataValidation ' | wc -l | tr -d ' ')" "$nitems" "one validation per item column"
like "$ans" "sqref=\"D6:D$((5 + $(sql "$DB" "select count(*) from staff s join divisions d on d.id=s.division_id where d.fy=2026 and d.code='120'")))\"" "validation spans the staff rows"
like "$(cells "$F" _tenken A8:B9)" "respondent\|staff" "_tenken respondent staff"

# ---- one division, re-export -------------------------------------------------
before=$(sql "$DB" "select count(*) from forms where campaign=$DC")
tk form export --campaign "$DC" --out "$OUT/one" --division 120
is "$rc" 0 "--division exports one form"
is "$out" "1 form written to $OUT/one" "--division summary"
is "$(ls "$OUT/one")" "${DC}_120_情報管理課.xlsx" "only that division's file"
is "$(sql "$DB" "select count(*) from forms f join divisions d on d.id=f.division_id where f.campaign=$DC and d.code='120'")" 2 "a new token; the old one is kept"
new=$(sql "$DB" "select token from forms where campaign=$DC order by id desc limit 1")
is "$(cells "$OUT/one/${DC}_120_情報管理課.xlsx" _tenken B9:B9)" "$new" "re-exported form carries the new token"

# ---- a division name that is not a safe file name ---------------------------
sed 's|^120,情報管理課,|120,情報/管理課:*?,|' "$EX/fy2026/divisions.csv" > "$T_TMP/div2027.csv"
tk org import --year 2027 --divisions "$T_TMP/div2027.csv" --staff "$EX/fy2026/staff.csv"
is "$rc" 0 "FY2027 import with a hostile division name"
tk campaign create --survey division-self --year 2027 --divisions 120 -q; C27=$out
tk form export --campaign "$C27" --out "$OUT/y2027"
is "$rc" 0 "export with a hostile name"
is "$(ls "$OUT/y2027")" "${C27}_120_情報_管理課___.xlsx" "path-hostile characters replaced"
like "$(cells "$OUT/y2027/${C27}_120_情報_管理課___.xlsx" 回答 A2:A2)" "情報/管理課:\*\?" "the name itself is kept inside"

# ---- a very long division name: cut to fit, prefix and .xlsx kept ------------
long=$(printf '署%.0s' $(seq 84))
sed "s|^120,情報管理課,|120,$long,|; s|^130,広報課,|130,${long}X,|" "$EX/fy2026/divisions.csv" > "$T_TMP/div2028.csv"
tk org import --year 2028 --divisions "$T_TMP/div2028.csv" --staff "$EX/fy2026/staff.csv"
is "$rc" 0 "FY2028 import with 252-byte division names"
tk campaign create --survey division-self --year 2028 --divisions 120,130,1001 -q; C28=$out
tk form export --campaign "$C28" --out "$OUT/y2028"
is "$rc" 0 "export with a long name"
is "$(ls "$OUT/y2028" | wc -l | tr -d ' ')" 3 "every form written"
names=$("$PY" -c 'import os, sys
for n in sorted(os.listdir(sys.argv[1])):
    b = os.fsencode(n)
    b.decode("utf-8")
    print(len(b) <= 242, n.endswith(".xlsx"), n.split("_")[0] + "_" + n.split("_")[1])' "$OUT/y2028")
is "$names" "True True ${C28}_1001
True True ${C28}_120
True True ${C28}_130" "names fit (with room for .part and temporaries), whole UTF-8, prefix and .xlsx kept"
like "$(ls "$OUT/y2028")" "${C28}_120_署署署" "the name is cut, not dropped"
tk report --campaign "$C28" --per-division "$OUT/r2028"
is "$rc" 0 "per-division reports with a long name"
is "$(ls "$OUT/r2028" | wc -l | tr -d ' ')" 3 "every division report written"
like "$(ls "$OUT/r2028")" "120_署署署" "its name is cut too"

# ---- a killed export leaves .part files: the next one removes its own --------
: > "$OUT/y2028/.${C28}_120_x.xlsx.part"
: > "$OUT/y2028/.${C28}0_120_x.xlsx.part"
: > "$OUT/y2028/.other.part"
: > "$OUT/y2028/${C28}_notes.txt"
tk form export --campaign "$C28" --out "$OUT/y2028" --division 1001
is "$rc" 0 "export into a folder with stale .part files"
is "$(ls -A "$OUT/y2028" | grep '^\.' | sort | paste -sd' ' -)" ".${C28}0_120_x.xlsx.part .other.part" "own stale .part removed, other files kept"
[ -f "$OUT/y2028/${C28}_notes.txt" ]; ok $? "unrelated file kept"

# ---- bad input: message, forms table unchanged ------------------------------
forms() { sql "$DB" "select count(*) || ':' || ifnull(max(id), 0) from forms"; }
before=$(forms)
tk form export --campaign 999 --out "$OUT/x"
is "$rc" 1 "unknown campaign: exit 1"
like "$err" "no campaign 999" "unknown campaign: message"
[ ! -e "$OUT/x" ]; ok $? "unknown campaign: nothing written"
tk form export --campaign "$DC" --out "$OUT/x" --division 9999
is "$rc" 1 "unknown division: exit 1"
like "$err" "division '9999' is not a target of campaign $DC" "unknown division: message"
tk form export --campaign "$DC"
is "$rc" 2 "missing --out: usage error"
tk form export --campaign abc --out "$OUT/x"
is "$rc" 2 "bad campaign id: usage error"
: > "$T_TMP/afile"
tk form export --campaign "$DC" --out "$T_TMP/afile/sub"
is "$rc" 1 "out dir under a file: exit 1"
like "$err" "afile/sub: cannot create: Not a directory" "out dir under a file: message"
mkdir -p "$OUT/ro"; chmod 555 "$OUT/ro"
if [ -w "$OUT/ro" ]; then
	# root writes anywhere: make the workbook path itself a directory.
	mkdir -p "$OUT/ro2/${DC}_120_情報管理課.xlsx"
	tk form export --campaign "$DC" --out "$OUT/ro2"
	is "$rc" 1 "unwritable form file: exit 1"
	like "$err" "${DC}_120_情報管理課.xlsx: exists and is not a file" "unwritable form file: message"
else
	tk form export --campaign "$DC" --out "$OUT/ro"
	is "$rc" 1 "unwritable out dir: exit 1"
	like "$err" "cannot write workbook" "unwritable out dir: message"
	is "$(ls -A "$OUT/ro" | wc -l | tr -d ' ')" 0 "unwritable out dir: nothing left"
fi
# A workbook that cannot be written half way through (its .part path is a
# directory): the writers stop, the tokens are rolled back, no form is left.
mid=$(ls "$OUT/div" | sed -n 40p)
mkdir -p "$OUT/ro3/.$mid.part"
tk form export --campaign "$DC" --out "$OUT/ro3"
is "$rc" 1 "a form that cannot be written half way: exit 1"
like "$err" "$mid: cannot write workbook" "and the message names it"
is "$(ls "$OUT/ro3" | wc -l | tr -d ' ')" 0 "no form left in place"
is "$(ls -A "$OUT/ro3" | grep -c '\.part$')" 1 "no .part left but the directory in the way"
is "$(forms)" "$before" "failures leave the forms table unchanged"
chmod 755 "$OUT/ro"

tk log verify
like "$out" "event log intact" "event log chain verifies"
done_testing
