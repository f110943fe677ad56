#!/bin/sh
# t-perstaff.sh — per-staff forms (form export --per-staff): one workbook
# per member in a folder per division; each comes back through import as
# that member's submission; a re-return supersedes, the same file is a
# no-op; status counts returned / expected members; the scores equal those
# of the division-wide form filled with the same answers; a wrong member,
# a tampered token and mixing with the division-wide form are refused with
# the database unchanged.
. "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3
FILL="$PY $TENKEN_SRC/scripts/fill-staff.py"
cd "$T_TMP"

# setup DB: the mini organisation and a staff-self campaign for 120, 1001
setup() {
	export TENKEN_DB="$T_TMP/$1"
	tk init
	tk org import --year 2026 --divisions "$TENKEN_TESTDATA/mini/divisions.csv" --staff "$TENKEN_TESTDATA/mini/staff.csv"
	tk -q campaign create --survey staff-self --year 2026 --divisions 120,1001
	CS=$out
}

setup per.db
tk form export --campaign "$CS" --per-staff --out ps
is "$rc" 0 "form export --per-staff"
is "$out" "8 forms written to ps" "one form per member of the two divisions"
is "$(ls ps/120_情報管理課 | tr '\n' ' ')" \
   "1_120_900002_浦和　花子.xlsx 1_120_900003_大宮　次郎.xlsx 1_120_900004_川口　三郎.xlsx 1_120_900005_川越　四郎.xlsx " \
   "a folder per division, CAMPAIGN_CODE_STAFFCODE_NAME.xlsx"
is "$(sql "$TENKEN_DB" "select count(*), count(distinct member_id), min(member_id) > 0 from forms")" "8|8|1" \
   "each form's token is bound to its member"
like "$(sql "$TENKEN_DB" "select detail from events where action='form.export'")" "8 per-staff forms" "one form.export event"
F2=ps/120_情報管理課/1_120_900002_浦和　花子.xlsx
F3=ps/120_情報管理課/1_120_900003_大宮　次郎.xlsx
F4=ps/120_情報管理課/1_120_900004_川口　三郎.xlsx
F5=ps/120_情報管理課/1_120_900005_川越　四郎.xlsx
$PY - "$F2" > meta.txt <<'PYEOF'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
m = {r[0].value: r[1].value for r in wb["_tenken"].iter_rows()}
ws = wb["回答"]
print(m["format"], m["staff"], m["first_row"], wb["_tenken"].sheet_state)
print(ws["A3"].value, ws["A4"].value)
print(ws.page_setup.orientation, ws.oddHeader.left.text is not None, ws.protection.sheet)
print(ws.cell(int(m["first_row"]) - 1, 5).value, ws.cell(int(m["first_row"]), 1).value)
PYEOF
is "$(sed -n 1p meta.txt)" "tenken-staff-form/1 900002 9 veryHidden" "_tenken: format, the member's code"
is "$(sed -n 2p meta.txt)" "所属：120 情報管理課 職員：900002 浦和　花子（所属長級）" "division and member printed at the top"
is "$(sed -n 3p meta.txt)" "portrait True True" "A4 portrait, marked header, protected"
is "$(sed -n 4p meta.txt)" "回答 S-1-01" "questions as rows, 回答 in column E"

mkdir -p fill
$FILL one --seed 3 "$F2" fill/a2.xlsx > ans.jsonl
$FILL one --seed 3 "$F3" fill/a3.xlsx >> ans.jsonl
$FILL one --seed 3 --absent 育児休業中 "$F4" fill/a4.xlsx >> ans.jsonl
if command -v soffice > /dev/null 2>&1; then
	mkdir -p lo
	HOME="$T_TMP" timeout 300 soffice -env:UserInstallation=file://"$T_TMP"/lo-profile \
		--headless --calc --convert-to xlsx --outdir lo fill/a3.xlsx > /dev/null 2>&1
	[ -f lo/a3.xlsx ]; ok $? "LibreOffice re-saves a filled per-staff form"
	I3=lo/a3.xlsx
else
	pass "# SKIP LibreOffice not installed: the openpyxl file is imported"
	I3=fill/a3.xlsx
fi
tk import fill/a2.xlsx "$I3" fill/a4.xlsx
is "$rc" 0 "per-staff forms imported one by one"
like "$out" "3 accepted" "three submissions"
is "$(sql "$TENKEN_DB" "select count(*), count(distinct member_id) from submissions where superseded_by is null")" "3|3" \
   "one current submission per member"
is "$(sql "$TENKEN_DB" "select comment from answers where staff_id=(select id from staff where code='900004')")" "育児休業中" \
   "a member who could not answer: the reason is recorded"
tk status --campaign "$CS" --json
like "$out" '"division":"120"[^}]*"status":"submitted"[^}]*"staff_returned":3,"staff_expected":4' "status --json: 3 of 4 members returned"
like "$out" '"division":"1001"[^}]*"staff_returned":0,"staff_expected":4' "status --json: none of 1001's"
tk status --campaign "$CS"
like "$out" "staff returned: 3 of 4" "status text counts members"

# The same file again: unchanged.  A member's second return supersedes.
D0=$(db_digest "$TENKEN_DB")
tk import fill/a2.xlsx
is "$rc" 0 "the same file again"
like "$out" "unchanged" "is unchanged"
is "$(db_digest "$TENKEN_DB")" "$D0" "and changes nothing"
$FILL one --seed 9 "$F2" fill/b2.xlsx > /dev/null
tk import fill/b2.xlsx
like "$out" "1 superseding" "a member's re-return supersedes"
is "$(sql "$TENKEN_DB" "select count(*), count(superseded_by) from submissions where member_id=(select id from staff where code='900002')")" "2|1" \
   "history: two submissions of the member, one current"
is "$(sql "$TENKEN_DB" "select count(*) from submissions where superseded_by is null")" 3 "the other members' stay current"
# back to the first answers for the comparison below
$PY -c "import openpyxl,sys; wb=openpyxl.load_workbook('fill/a2.xlsx'); wb['回答']['F9']='再提出'; wb.save('fill/c2.xlsx')"
tk import fill/c2.xlsx
is "$rc" 0 "the first answers again (with a note)"

# Refused, database unchanged: another member's code; a tampered token;
# a division-wide form while per-staff ones are current.
D0=$(dom_digest "$TENKEN_DB")
$PY - "$F5" fill/wrong.xlsx <<'PYEOF'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
t = wb["_tenken"]
for r in t.iter_rows():
    if r[0].value == "staff":
        r[1].value = "900003"
wb.save(sys.argv[2])
PYEOF
tk import fill/wrong.xlsx
is "$rc" 3 "a form altered to name another member is refused"
like "$err" "the form says staff 900003, but its token was issued for staff 900005" "naming both members"
is "$(dom_digest "$TENKEN_DB")" "$D0" "database unchanged"
$PY - "$F5" fill/tamper.xlsx <<'PYEOF'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
for r in wb["_tenken"].iter_rows():
    if r[0].value == "token":
        r[1].value = "0" * 32
wb.save(sys.argv[2])
PYEOF
tk import fill/tamper.xlsx
is "$rc" 3 "a tampered token is refused"
like "$err" "token was not issued by this database" "as not issued"
is "$(dom_digest "$TENKEN_DB")" "$D0" "database unchanged"
tk form export --campaign "$CS" --division 120 --out wide
W=$(ls wide/*.xlsx)
$FILL wide ans.jsonl "$W" fill/wide.xlsx
D0=$(dom_digest "$TENKEN_DB")
tk import fill/wide.xlsx
is "$rc" 3 "a division-wide form is refused while per-staff ones are current"
like "$err" "division 120 returns campaign $CS as per-staff forms" "saying what to do"
is "$(dom_digest "$TENKEN_DB")" "$D0" "database unchanged"
tk score --campaign "$CS" --json
SCORE_PER=$(printf '%s\n' "$out" | sed 's/"previous".*//')

# The same answers on the division-wide form, in a database of its own.
setup wide.db
tk form export --campaign "$CS" --division 120 --out wide2
$FILL wide ans.jsonl "$(ls wide2/*.xlsx)" fill/wide2.xlsx
tk import fill/wide2.xlsx
is "$rc" 0 "the division-wide form with the same answers"
tk score --campaign "$CS" --json
is "$(printf '%s\n' "$out" | sed 's/"previous".*//')" "$SCORE_PER" "per-staff scores equal the division-wide form's"
tk status --campaign "$CS" --json
like "$out" '"division":"120"[^}]*"staff_returned":4,"staff_expected":4' "division-wide: every member on the form"
tk form export --campaign "$CS" --division 120 --per-staff --out ps2
$FILL one "$(ls ps2/120_*/*900002*.xlsx)" fill/late.xlsx > /dev/null
D1=$(dom_digest "$TENKEN_DB")
tk import fill/late.xlsx
is "$rc" 3 "a per-staff form is refused while the division-wide one is current"
like "$err" "division 120 returned campaign $CS on its division-wide staff form" "saying what to do"
is "$(dom_digest "$TENKEN_DB")" "$D1" "database unchanged"
# The same in one run: the per-staff form after the division-wide one is
# refused (it is checked again after the division-wide one is written).
setup mix.db
tk form export --campaign "$CS" --division 120 --out wide3
tk form export --campaign "$CS" --division 120 --per-staff --out ps3
mkdir mix
$FILL wide ans.jsonl "$(ls wide3/*.xlsx)" mix/a-wide.xlsx
$FILL one "$(ls ps3/120_*/*900002*.xlsx)" mix/b-late.xlsx > /dev/null
tk import mix
is "$rc" 3 "one run: the per-staff form after the division-wide one"
is "$(printf '%s\n' "$out" | awk '{print $1, $2}' | head -2)" "accepted mix/a-wide.xlsx
rejected mix/b-late.xlsx" "the first accepted, the second refused"
like "$err" "mix/b-late.xlsx: division 120 returned campaign $CS on its division-wide staff form" "as mixing"
is "$(sql "$TENKEN_DB" "select count(*), sum(member_id = 0) from submissions")" "1|1" "only the division-wide form stored"
# --per-staff needs a staff survey
tk -q campaign create --survey division-self --year 2026 --divisions 120
tk form export --campaign "$out" --per-staff --out dv
is "$rc" 2 "--per-staff on a division survey is a usage error"
like "$err" "--per-staff is for staff surveys" "saying why"

done_testing
