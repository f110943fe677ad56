#!/bin/sh
# t-import.sh — forms round trip (export → filled by openpyxl → import →
# stored answers equal what was written) for division and staff surveys;
# duplicates, supersede, dry run; every rejection names sheet!cell, exits 3
# and leaves the database unchanged.
. "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3
FILL="$PY $TENKEN_SRC/scripts/fill-forms.py"
DB="$T_TMP/t.db"
export TENKEN_DB="$DB"
cd "$T_TMP"

tk init
tk org import --year 2026 --divisions "$EX/fy2026/divisions.csv" --staff "$EX/fy2026/staff.csv"
tk -q campaign create --survey division-self --year 2026 --due 2026-12-25 --divisions 120,1001,1004
DIV=$out
tk -q campaign create --survey staff-self --year 2026 --divisions 120,1001
STF=$out
tk form export --campaign "$DIV" --out forms-d
is "$rc" 0 "export division forms"
tk form export --campaign "$STF" --out forms-s
is "$rc" 0 "export staff forms"
F120=$(ls forms-d/*_120_*.xlsx)
S120=$(ls forms-s/*_120_*.xlsx)

# ---- round trip: division survey --------------------------------------
$FILL --seed 7 "$F120" filled > ans.json
tk import filled/$(basename "$F120")
is "$rc" 0 "division form imported"
like "$out" "accepted .*division 120 情報管理課" "summary names the division"
$PY - "$DB" ans.json <<'PYEOF' > cmp.txt
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
want = json.loads(open(sys.argv[2]).readline())["answers"]
got = dict(db.execute("""select i.item_id, a.raw from answers a
  join submissions u on u.id=a.submission join campaigns c on c.id=u.campaign
  join survey_items i on i.survey=c.survey and i.idx=a.item_idx
  where u.superseded_by is null and u.division_id=(select id from divisions where fy=2026 and code='120')
  and c.survey=(select survey from campaigns where id=(select max(campaign) from submissions))"""))
gate = {i: (d, a.split("\n")) for i, d, a in db.execute(
  "select item_id, applies_item, applies_any from survey_items where applies_item <> '' and survey=(select id from surveys where survey_id='division-self')")}
# a follow-up item whose gate answer does not open it is not stored
skip = {i for i, (d, any_) in gate.items() if want.get(d) not in any_}
bad = [k for k, v in want.items() if v is not None and k not in skip and str(got.get(k)) != str(v)]
print("mismatch", bad[:5]) if bad else print("equal", len(got))
PYEOF
like "$(cat cmp.txt)" "^equal [0-9]+" "stored answers equal the written ones (division)"

# ---- round trip: staff survey ------------------------------------------
$FILL --seed 3 "$S120" filled-s > ans-s.json
tk import filled-s/
is "$rc" 0 "staff form imported from a directory"
$PY - "$DB" ans-s.json <<'PYEOF' > cmp-s.txt
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
want = json.loads(open(sys.argv[2]).readline())["answers"]
got = {f"{s}/{i}": r for s, i, r in db.execute("""select st.code, i.item_id, a.raw
  from answers a join submissions u on u.id=a.submission join campaigns c on c.id=u.campaign
  join survey_items i on i.survey=c.survey and i.idx=a.item_idx join staff st on st.id=a.staff_id
  where u.superseded_by is null and c.id=(select max(id) from campaigns)""")}
bad = [k for k, v in want.items() if v is not None and got.get(k) != v]
print("mismatch", bad[:5], len(want), len(got)) if bad or len(got) != sum(v is not None for v in want.values()) else print("equal", len(got))
PYEOF
like "$(cat cmp-s.txt)" "^equal [0-9]+" "stored answers equal the written ones (staff, per member)"
is "$(sql "$DB" "select count(distinct staff_id) from answers a join submissions u on u.id=a.submission where u.campaign=$STF")" \
   "$(sql "$DB" "select count(*) from staff s join divisions d on d.id=s.division_id where d.fy=2026 and d.code='120'")" \
   "one answer set per staff member of the division"

# ---- duplicates, supersede, dry run ------------------------------------
before=$(db_digest "$DB")
tk import filled/$(basename "$F120")
is "$rc" 0 "same file again: exit 0"
like "$out" "^unchanged" "same file again: unchanged"
is "$(db_digest "$DB")" "$before" "same file again: database identical"

$FILL --seed 8 --quality 0.2 "$F120" corrected > /dev/null
tk import --dry-run corrected/
is "$rc" 0 "dry run exit 0"
like "$out" "dry run" "dry run says so"
is "$(db_digest "$DB")" "$before" "dry run writes nothing"

# A directory: *.xlsx and *.zip in any case, sorted; not Excel's "~$" lock
# files, hidden files or other names.
mkdir dirscan
cp corrected/$(basename "$F120") dirscan/B.XLSX
printf 'lock' > 'dirscan/~$B.XLSX'
printf 'x' > dirscan/.hidden.xlsx
printf 'x' > dirscan/notes.txt
printf 'x' > dirscan/A.zip
tk import --dry-run dirscan
is "$rc" 3 "directory with a bad bundle: exit 3"
is "$(printf '%s\n' "$out" | awk '{print $1, $2}')" "rejected dirscan/A.zip
ok dirscan/B.XLSX
2 files:" "directory: the .zip and the .XLSX, in name order"
like "$out" "^rejected   dirscan/A.zip  \(not an .xlsx workbook or a sealed .zip bundle\)" "not a bundle: its own summary"
like "$out" "2 files: 1 accepted \(0 superseding an earlier submission\), 0 unchanged, 1 rejected \(dry run: nothing written\)" "totals of a dry run"
like "$err" "dirscan/A.zip: not an .xlsx form or sealed bundle" "the rejection's detail on stderr"
tk -q import --dry-run dirscan
is "$out" "" "-q: no per-file lines, no totals"
like "$err" "dirscan/A.zip: not an .xlsx form or sealed bundle" "-q: rejection details still on stderr"
is "$(db_digest "$DB")" "$before" "dry runs wrote nothing"
tk score --campaign "$DIV" --json
old_score=$(printf '%s' "$out" | $PY -c 'import json,sys; print([d["score"] for d in json.load(sys.stdin) if d["division"]=="120"][0])')
tk import corrected/
like "$out" "^superseded .*replaces the earlier submission" "corrected file supersedes"
is "$(sql "$DB" "select count(*) from submissions where campaign=$DIV")" 2 "both submissions kept in history"
is "$(sql "$DB" "select count(*) from submissions where campaign=$DIV and superseded_by is null")" 1 "one current submission"
tk score --campaign "$DIV" --json
new_score=$(printf '%s' "$out" | $PY -c 'import json,sys; print([d["score"] for d in json.load(sys.stdin) if d["division"]=="120"][0])')
[ "$old_score" != "$new_score" ]; ok $? "score follows the current submission ($old_score -> $new_score)"

# ---- rejections ---------------------------------------------------------
F1001=$(ls forms-d/*_1001_*.xlsx)
rejected() { # desc file pattern
	before=$(db_digest "$DB")
	tk import "$2"
	is "$rc" 3 "$1: exit 3"
	like "$err" "$3" "$1: message"
	is "$(db_digest "$DB")" "$before" "$1: database unchanged"
}
$FILL "$F1001" ok1001 > /dev/null
G=ok1001/$(basename "$F1001")
$FILL --value D-1-01=出来ている "$F1001" bad-choice > /dev/null
rejected "invalid choice" bad-choice "回答!E6: item D-1-01: '出来ている' is not one of the choices \(できている, 一部できていない, できていない, 該当なし\)"
$FILL --blank D-1-01 "$F1001" blank > /dev/null
rejected "required answer missing" blank "回答!E6: item D-1-01: an answer is required"
$FILL --value D-2-02=たくさん "$F1001" nan > /dev/null
rejected "number expected" nan "item D-2-02: 'たくさん' is not a number"
mkdir notapplicable
$PY - ok1001/$(basename "$F1001") notapplicable/x.xlsx <<'PYEOF'
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["回答"]
for r in range(6, ws.max_row + 1):
    if ws.cell(r, 1).value == "D-1-03":
        ws.cell(r, 5).value = "できている"
wb.save(sys.argv[2])
PYEOF
rejected "answer to an item not for stations" notapplicable "回答!E[0-9]+: item D-1-03 does not apply to this division"

edit_meta() { # in out key value
	$PY - "$1" "$2" "$3" "$4" <<'PYEOF'
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["_tenken"]
for row in ws.iter_rows(max_col=2):
    if row[0].value == sys.argv[3]:
        row[1].value = sys.argv[4]
wb.save(sys.argv[2])
PYEOF
}
edit_meta "$G" wrongdiv.xlsx division 1004
rejected "form for another division" wrongdiv.xlsx "only be submitted for its own division and campaign"
edit_meta "$G" token.xlsx token 0123456789abcdef0123456789abcdef
rejected "token not from this database" token.xlsx "token was not issued by this database"
edit_meta "$G" oldver.xlsx survey_hash 00000000deadbeef
rejected "older survey version" oldver.xlsx "older survey version; export a new form"

$FILL "$S120" staff-ok > /dev/null
SG=staff-ok/$(basename "$S120")
$PY - "$SG" roster.xlsx <<'PYEOF'
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["回答"]
ws["A7"] = "999999"; wb.save(sys.argv[2])
PYEOF
rejected "staff not in the roster" roster.xlsx "回答!A7: staff '999999' is not a member of this division in FY2026"
$PY - "$SG" dupstaff.xlsx <<'PYEOF'
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["回答"]
ws["A7"] = ws["A6"].value; wb.save(sys.argv[2])
PYEOF
rejected "staff twice" dupstaff.xlsx "回答!A7: staff '[0-9]+' appears twice"
$PY - "$SG" missing.xlsx <<'PYEOF'
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["回答"]
ws.delete_rows(6); wb.save(sys.argv[2])
PYEOF
rejected "staff row deleted" missing.xlsx "staff '[0-9]+' of this division is missing from the form"

# A member of staff who could not take part: blank row, reason in 備考.
$PY - "$SG" leave.xlsx <<'PYEOF'
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["回答"]
last = ws.max_column
for c in range(4, last):
    ws.cell(7, c).value = None
ws.cell(7, last).value = "育児休業中"
wb.save(sys.argv[2])
PYEOF
tk import --dry-run leave.xlsx
is "$rc" 0 "blank staff row with a reason in 備考 is accepted"
$PY - "$SG" blankrow.xlsx <<'PYEOF'
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["回答"]
for c in range(4, ws.max_column + 1):
    ws.cell(7, c).value = None
wb.save(sys.argv[2])
PYEOF
rejected "blank staff row without a reason" blankrow.xlsx "回答!D7: item S-1-01: an answer is required \(staff [0-9]+\)"

# Long comments on every item (the arena grows while they are stored).
mkdir comments
$PY - "$G" comments/c.xlsx <<'PYEOF'
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["回答"]
for r in range(6, ws.max_row + 1):
    if ws.cell(r, 1).value:
        ws.cell(r, 6).value = "備考" * 400 + str(r)
wb.save(sys.argv[2])
PYEOF
tk import --dry-run comments/c.xlsx
is "$rc" 0 "a form with long comments on every item is accepted"
$FILL --value D-6-02=2026-02-31 "$F1001" baddate > /dev/null
rejected "impossible date" baddate "item D-6-02: '2026-02-31' is not a date"
# One long shared string referenced by many cells: refused by size.
$PY - "$F1001" sst.xlsx <<'PYEOF'
import sys, zipfile, re
src = zipfile.ZipFile(sys.argv[1]); out = zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED)
for info in src.infolist():
    data = src.read(info.filename)
    if info.filename.endswith("sharedStrings.xml"):
        data = re.sub(rb"(<si>)", rb"\1<t>" + b"x" * 200000 + rb"</t></si><si>", data, count=1)
    out.writestr(info, data)
out.close()
PYEOF
rejected "a string longer than Excel allows" sst.xlsx "sst.xlsx: .*longer than Excel's limit of 32,767 characters"

echo "code,name" > notaform.csv
rejected "not a workbook" notaform.csv "notaform.csv: not an .xlsx form"
cp "$TENKEN_TESTDATA/xlsx/basic.xlsx" other.xlsx
rejected "workbook that is not a form" other.xlsx "not a tenken form \(no _tenken sheet\)"
cp "$TENKEN_TESTDATA/xlsx/xxe.xlsx" xxe.xlsx
rejected "entity expansion" xxe.xlsx "xxe.xlsx: .*(DOCTYPE|entit)"
$PY - bomb.xlsx <<'PYEOF'
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED)
z.writestr("[Content_Types].xml", "<Types/>")
z.writestr("xl/workbook.xml", '<workbook xmlns:r="r"><sheets><sheet name="_tenken" sheetId="1" r:id="rId1"/></sheets></workbook>')
z.writestr("xl/_rels/workbook.xml.rels", '<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
z.writestr("xl/worksheets/sheet1.xml", "<worksheet><sheetData>" + " " * (300 << 20) + "</sheetData></worksheet>")
z.close()
PYEOF
rejected "zip bomb" bomb.xlsx "bomb.xlsx: .*(limit|larger)"

# Several files at once: good ones go in, bad ones are listed, exit 3.
mkdir mixed && cp "$G" mixed/ && cp bad-choice/* mixed/zz-bad.xlsx
tk import mixed
is "$rc" 3 "mixed directory: exit 3"
like "$out" "1 accepted .* 1 rejected" "mixed directory: totals"

tk campaign close --campaign "$DIV"
$FILL --seed 99 "$(ls forms-d/*_1004_*.xlsx)" late > /dev/null
rejected "closed campaign" late "campaign $DIV is closed"
tk form export --campaign "$DIV" --out closed-forms
is "$rc" 1 "no forms are exported for a closed campaign"
like "$err" "campaign $DIV is closed" "and the message says why"
tk campaign reopen --campaign "$DIV"
tk import late
is "$rc" 0 "reopened campaign accepts"

# The organisation of the year cannot lose a member of staff who answered,
# nor a division that submitted.
first120=$(sql "$DB" "select s.code from staff s join divisions d on d.id=s.division_id where d.fy=2026 and d.code='120' order by s.code limit 1")
grep -v "^$first120," "$EX/fy2026/staff.csv" > staff-minus.csv
before=$(db_digest "$DB")
tk org import --year 2026 --divisions "$EX/fy2026/divisions.csv" --staff staff-minus.csv
is "$rc" 3 "removing a member of staff with answers: exit 3"
like "$err" "cannot remove staff '$first120' from FY2026: they have answers in campaign $STF" "message names the staff member and campaign"
is "$(db_digest "$DB")" "$before" "organisation unchanged"

tk status --campaign "$DIV" --json
like "$out" '"submitted":3,"late":0,"missing":0' "status totals"
tk log verify
is "$rc" 0 "event log intact after imports"
done_testing
