#!/bin/sh
# t-import.sh — forms round trip (export → filled by openpyxl → import →
# stored answers equal what was written) for division and staff surveys;
# duplicates, supersede, dry run; every rejection names sheet!cell, exits 3
# and leaves the database unchanged.
. "$(dirname "$0")/lib.sh"
export TENKEN_AS=$EX_AS
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
! printf '%s' "$err" | grep -q 'warning: the file name\|warning: replaces'
ok $? "a form as exported: no file-name warning"
$PY - "$DB" ans.json <<'PYEOF' > cmp.txt
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
want = json.loads(open(sys.argv[2]).readline())["answers"]
got = dict(db.execute("""select i.item_id, a.raw from answers_text a
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
  from answers_text a join submissions u on u.id=a.submission join campaigns c on c.id=u.campaign
  join survey_items i on i.survey=c.survey and i.idx=a.item_idx join staff st on st.id=a.staff_id
  where u.superseded_by is null and c.id=(select max(id) from campaigns)""")}
bad = [k for k, v in want.items() if v is not None and got.get(k) != v]
print("mismatch", bad[:5], len(want), len(got)) if bad or len(got) != sum(v is not None for v in want.values()) else print("equal", len(got))
PYEOF
like "$(cat cmp-s.txt)" "^equal [0-9]+" "stored answers equal the written ones (staff, per member)"
is "$(sql "$DB" "select count(*) from answers where choice is not null and raw is not null")" 0 "a choice answer is stored without its label (the scale's; answers_text)"
is "$(sql "$DB" "select count(*) > 0 from answers where choice is null and raw is not null")" 1 "numbers, dates and text keep their raw text"
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
# A folder imported again: the files stored before (known by their digest,
# under any name) are skipped before parsing and still reported unchanged.
mkdir reimport
cp filled/$(basename "$F120") reimport/a.xlsx
cp corrected/$(basename "$F120") reimport/b.xlsx
tk import --dry-run reimport
is "$(printf '%s\n' "$out" | awk '{print $1, $2}')" "unchanged reimport/a.xlsx
ok reimport/b.xlsx
2 files:" "known file skipped as unchanged, the new one read, in name order"
like "$out" "2 files: 1 accepted \(0 superseding an earlier submission\), 1 unchanged, 0 rejected" "totals of a re-import"
is "$(db_digest "$DB")" "$before" "re-import dry run writes nothing"

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
# A refusal changes no domain table; it is logged (import.reject) with the
# file's SHA-256 and its first problem, in a transaction of its own.
rejected() { # desc file pattern
	before=$(dom_digest "$DB")
	nrej=$(sql "$DB" "select count(*) from events where action='import.reject'")
	tk import "$2"
	is "$rc" 3 "$1: exit 3"
	like "$err" "$3" "$1: message"
	is "$(dom_digest "$DB")" "$before" "$1: database unchanged"
	is "$(sql "$DB" "select count(*) from events where action='import.reject'")" $((nrej + 1)) "$1: the refusal is logged"
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
rejected "answer to an item not for stations" notapplicable "回答!E[0-9]+: item D-1-03: does not apply to this division"

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
rejected "blank staff row without a reason" blankrow.xlsx "回答![A-Z]+7: staff [0-9]+ .* \(row 7\) has no answers and no reason for absence; write the reason for absence"

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
mkdir mixed && cp "$G" mixed/ && cp bad-choice/*.xlsx mixed/zz-bad.xlsx
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

# ---- cells by reference; duplicated references --------------------------
# Fixtures are a real form filled by openpyxl, its sheet XML edited (zedit.py
# IN OUT SHEET OP ARGS: swap ROW... puts each row's last cell first; duprow
# ROW and dupcell REF repeat one; bool REF makes a boolean cell; modified
# TIME sets docProps/core.xml dcterms:modified).
cat > zedit.py <<'PYEOF'
import re, sys, zipfile
src, dst, sheet, op = sys.argv[1:5]
args = sys.argv[5:]
zin = zipfile.ZipFile(src)
parts = {n: zin.read(n) for n in zin.namelist()}
wb = parts["xl/workbook.xml"].decode()
rid = re.search(r'<sheet [^>]*name="%s"[^>]*r:id="([^"]+)"' % re.escape(sheet), wb).group(1)
rels = parts["xl/_rels/workbook.xml.rels"].decode()
m = re.search(r'<Relationship [^>]*Id="%s"[^>]*/>' % rid, rels).group(0)
target = re.search(r'Target="([^"]+)"', m).group(1).lstrip("/")
path = target if target.startswith("xl/") else "xl/" + target
x = parts[path].decode()
CELL = r'<c r="%s"(?:[^>]*/>|[^>]*>.*?</c>)'
def row(r):
    return re.search(r'<row r="%s"[^>]*>.*?</row>' % r, x).group(0)
if op == "swap":  # the row's last cell first
    for r in args:
        old = row(r)
        cells = re.findall(r'<c (?:[^>]*/>|[^>]*>.*?</c>)', old)
        head = old[:old.index("<c ")]
        new = head + cells[-1] + "".join(cells[:-1]) + "</row>"
        x = x.replace(old, new)
elif op == "duprow":
    old = row(args[0])
    x = x.replace(old, old + old)
elif op == "dupcell":
    old = re.search(CELL % args[0], x).group(0)
    x = x.replace(old, old + re.sub(r"<v>.*?</v>", "<v>0</v>", old.replace(' t="s"', "")))
elif op == "bool":
    old = re.search(CELL % args[0], x).group(0)
    x = x.replace(old, '<c r="%s" t="b"><v>1</v></c>' % args[0])
elif op == "modified":
    c = parts["docProps/core.xml"].decode()
    c = re.sub(r"(<dcterms:modified[^>]*>)[^<]*", r"\g<1>" + args[0], c)
    parts["docProps/core.xml"] = c.encode()
parts[path] = x.encode()
with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
    for n in zin.namelist():
        z.writestr(n, parts[n])
PYEOF
ZE="$PY zedit.py"
tk -q campaign create --survey division-self --year 2026 --divisions 1001,1004
NEW=$out
tk form export --campaign "$NEW" --out forms-n
N1001=$(ls forms-n/*_1001_*.xlsx)
NB=$(basename "$N1001")
$FILL --seed 11 --value D-1-05=いいえ --value D-9-06=はい "$N1001" n-ok > n-ok.json
$ZE n-ok/$NB swap.xlsx 回答 swap 6 7 8
$ZE swap.xlsx swap2.xlsx _tenken swap 1 2 3 4 5 6 7 8 9 10 11
mkdir n-swap && cp swap2.xlsx n-swap/$NB
tk import n-swap/$NB
is "$rc" 0 "cells out of order (E6 before A6, B before A in _tenken): accepted"
want=$($PY -c 'import json,sys; print(json.loads(open("n-ok.json").readline())["answers"]["D-1-02"])')
is "$(sql "$DB" "select a.raw from answers_text a join submissions u on u.id=a.submission join survey_items i on i.idx=a.item_idx and i.survey=(select survey from campaigns where id=$NEW) where u.campaign=$NEW and u.superseded_by is null and i.item_id='D-1-02'")" "$want" "an answer whose cell comes before its item id is stored"
$ZE n-ok/$NB duprow.xlsx 回答 duprow 19
rejected "a duplicated row" duprow.xlsx "duprow.xlsx: xl/worksheets/sheet[0-9]+.xml:[0-9]+: 回答!19:19: duplicated"
$ZE n-ok/$NB dupcell.xlsx 回答 dupcell E62
rejected "a duplicated cell" dupcell.xlsx "回答!E62: duplicated"
row=$($PY - n-ok/$NB <<'PYEOF'
import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1])["回答"]
print([c.row for c in ws["A"] if c.value == "D-10-04"][0])
PYEOF
)
$ZE n-ok/$NB bool.xlsx 回答 bool E$row
mkdir n-bool && cp bool.xlsx n-bool/$NB
tk import n-bool/$NB
is "$rc" 0 "a boolean cell in a text item: accepted"
is "$(sql "$DB" "select a.raw from answers_text a join submissions u on u.id=a.submission join survey_items i on i.idx=a.item_idx and i.survey=(select survey from campaigns where id=$NEW) where u.campaign=$NEW and u.superseded_by is null and i.item_id='D-10-04'")" "TRUE" "and stored as Excel shows it (TRUE)"

# ---- follow-ups their gate closes: warned, kept aside, not scored ---------
tk score --campaign "$NEW" --json
score_before=$(printf '%s' "$out" | $PY -c 'import json,sys; print([d["score"] for d in json.load(sys.stdin) if d["division"]=="1001"][0])')
$FILL --seed 11 --value D-1-05=いいえ --value D-1-06=できていない --value D-9-06=はい "$N1001" n-gated > /dev/null
grow=$($PY - n-gated/$NB <<'PYEOF'
import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1])["回答"]
print([c.row for c in ws["A"] if c.value == "D-1-06"][0])
PYEOF
)
tk import n-gated/$NB
is "$rc" 0 "an answer to a closed follow-up is not refused"
like "$err" "warning: 回答!E$grow: item D-1-06 is answered, but D-1-05 is 'いいえ' \(division 1001\): the answer is kept aside and not scored" "the import warns naming the cell"
is "$(sql "$DB" "select g.cell || ' ' || g.raw from gated_answers g join submissions u on u.id=g.submission where u.campaign=$NEW and u.superseded_by is null")" "E$grow できていない" "the answer is kept (gated_answers) for the manager"
tk score --campaign "$NEW" --json
is "$(printf '%s' "$out" | $PY -c 'import json,sys; print([d["score"] for d in json.load(sys.stdin) if d["division"]=="1001"][0])')" "$score_before" "and does not count in the score"
tk status --campaign "$NEW"
like "$out" "kept aside, not scored: 1 answer\\(s\\) to follow-up questions" "status shows the manager what was kept aside"
tk status --campaign "$NEW" --json
like "$out" '"division":"1001"[^}]*"kept_aside":1' "and so does its JSON"

# Many answers kept aside: the first three by cell, the rest in one line.
$FILL --seed 11 --value D-7-01=いいえ --value D-1-05=はい --value D-9-06=はい "$N1001" n-many > /dev/null
tk import --dry-run n-many/$NB
is "$(printf '%s\n' "$err" | grep -c 'is answered, but D-7-01 is')" 3 "three kept-aside answers are named by cell"
like "$err" "warning: and [0-9]+ more answers to follow-ups their gate closes are kept aside" "the rest are counted in one line"

# ---- file name of another division; resubmission from another file --------
N1004=$(ls forms-n/*_1004_*.xlsx)
mkdir n-named && cp n-gated/$NB "n-named/$(basename "$N1004")"
$ZE "n-named/$(basename "$N1004")" n-named.xlsx 回答 swap 9
mv n-named.xlsx "n-named/$(basename "$N1004")"
tk import "n-named/$(basename "$N1004")"
is "$rc" 0 "a form saved under another division's name is imported (by its token)"
like "$err" "warning: the file name names division 1004 大宮警察署, but the form's token binds it to division 1001 浦和警察署" "and the name mismatch is warned about"
like "$err" "warning: replaces the submission of division 1001 from another file, n-gated/$NB" "as is a resubmission from another file"

# ---- an older return replayed over a newer one ----------------------------
$FILL --seed 21 --quality 0.1 --value D-1-05=いいえ "$N1001" v1 > /dev/null
$FILL --seed 22 --quality 0.9 --value D-1-05=いいえ "$N1001" v2 > /dev/null
TENKEN_NOW=2026-11-01T09:00:00Z tk seal --out v1.zip v1/$NB
TENKEN_NOW=2026-11-02T09:00:00Z tk seal --out v2.zip v2/$NB
tk import v2.zip
is "$rc" 0 "v2 imported"
tk score --campaign "$NEW" --json
v2score=$(printf '%s' "$out" | $PY -c 'import json,sys; print([d["score"] for d in json.load(sys.stdin) if d["division"]=="1001"][0])')
rejected "the older bundle v1 after v2" v1.zip "older than the current submission of division 1001: bundle sealed 2026-11-01T09:00:00Z, the current one's 2026-11-02T09:00:00Z; .tenken import --allow-older. imports it anyway"
like "$(sql "$DB" "select detail from events where action='import.reject' order by id desc limit 1")" "v1.zip:$NB sha256 [0-9a-f]{64}: .*older than the current submission" "the refusal is logged with the file's digest and the problem"
tk score --campaign "$NEW" --json
is "$(printf '%s' "$out" | $PY -c 'import json,sys; print([d["score"] for d in json.load(sys.stdin) if d["division"]=="1001"][0])')" "$v2score" "the score stays v2's"
tk import --allow-older v1.zip
is "$rc" 0 "--allow-older imports it"
like "$err" "warning: older than the current submission \(bundle sealed 2026-11-01T09:00:00Z" "with a warning"
like "$(sql "$DB" "select detail from events where action='form.import' order by id desc limit 1")" "older than it: --allow-older" "and the event log records it"
$ZE v2/$NB old-wb.xlsx 回答 swap 10
$ZE old-wb.xlsx old-wb2.xlsx 回答 modified 2020-01-01T00:00:00Z
mkdir n-old && mv old-wb2.xlsx n-old/$NB
tk import --allow-older v2.zip
$ZE v2/$NB newer.xlsx 回答 modified 2030-01-01T00:00:00Z
mkdir n-newer && mv newer.xlsx n-newer/$NB
tk import n-newer/$NB
is "$rc" 0 "a workbook saved later is accepted"
rejected "a workbook saved earlier than the current one" n-old/$NB "workbook saved 2020-01-01T00:00:00Z, the current one's 2030-01-01T00:00:00Z"
is "$(sql "$DB" "select workbook_modified from submissions where campaign=$NEW and superseded_by is null")" "2030-01-01T00:00:00Z" "the workbook's time is stored with the submission"

# ---- one run, one division several times -----------------------------
# A form is checked on the checker thread while the one before it is
# written; a form of the division just written is begun again after the
# write, so the run reports what one file after another would.
tk -q campaign create --survey division-self --year 2026 --divisions 120
ONE=$out
tk form export --campaign "$ONE" --out forms-one
FO=$(ls forms-one/*.xlsx)
mkdir one
$FILL --seed 11 "$FO" one-a > /dev/null && cp "one-a/$(basename "$FO")" one/1.xlsx
cp one/1.xlsx one/2.xlsx
$FILL --seed 12 "$FO" one-b > /dev/null && cp "one-b/$(basename "$FO")" one/3.xlsx
tk import one
is "$rc" 0 "one division three times in one run"
is "$(printf '%s\n' "$out" | awk '{print $1, $2}' | head -3)" "accepted one/1.xlsx
unchanged one/2.xlsx
superseded one/3.xlsx" "the first stored, its copy unchanged, the next supersedes it"
like "$err" "one/3.xlsx: warning: replaces the submission of division 120 from another file, one/1.xlsx" \
	"the later file is checked against the one stored just before"
is "$(sql "$DB" "select count(*), sum(superseded_by is null) from submissions where campaign=$ONE")" "2|1" \
	"two submissions, one current"
is "$(sql "$DB" "select file_name from submissions where campaign=$ONE and superseded_by is null")" "one/3.xlsx" \
	"the last file is current"

# ---- a path that does not exist -------------------------------------------
tk import no-such-file.xlsx no-such.zip
is "$rc" 3 "missing paths: exit 3"
like "$err" "no-such.zip: No such file or directory" "a missing path says so"

tk status --campaign "$DIV" --json
like "$out" '"submitted":3,"late":0,"missing":0' "status totals"
tk log verify
is "$rc" 0 "event log intact after imports"
done_testing
