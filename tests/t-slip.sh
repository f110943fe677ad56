#!/bin/sh
# t-slip.sh — a refused form gets a 差戻し票 (returned-form slip): its
# problems say how to fix them (one per absent member of staff), the slip
# is a Japanese A4 workbook marked in header and footer, status tells the
# division's form is returned (差戻し中) until a corrected one is
# accepted, and a refusal changes no domain table (only the event log).
. "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3
FILL="$PY $TENKEN_SRC/scripts/fill-forms.py"
export TENKEN_DB="$T_TMP/t.db" TENKEN_PLUGIN_PATH="$TENKEN_TESTDATA/plugins/ok"
export TENKEN_TODAY=2026-12-01
DB=$TENKEN_DB
cd "$T_TMP"

tk init
tk org import --year 2026 --divisions "$TENKEN_TESTDATA/mini/divisions.csv" --staff "$TENKEN_TESTDATA/mini/staff.csv"
tk -q campaign create --survey tiny --year 2026 --due 2026-12-25 --title "令和8年度情報セキュリティ自己点検" --divisions 120,130
C=$out
tk -q campaign create --survey tiny-staff --year 2026 --divisions 120
CS=$out
tk form export --campaign "$C" --out f
tk form export --campaign "$CS" --out fs
F120=$(ls f/*_120_*.xlsx)

# ---- three kinds of problem: a bad choice, a number out of range and a
# date that is none, a required answer left blank ----------------------
$FILL --value T-1=まあまあ --value T-6=5000 --value T-7=2026-13-01 --blank T-2 "$F120" ret > /dev/null
before=$(dom_digest "$DB")
nev=$(sql "$DB" "select count(*) from events")
tk import ret
is "$rc" 3 "a form with problems is refused (exit 3)"
SLIP="ret/差戻し票/差戻し票_${C}_120_情報管理課.xlsx"
like "$out" "^rejected +ret/" "the refusal line"
like "$out" "slip +$SLIP" "one line names the slip written"
is "$(printf '%s\n' "$out" | grep -c '^slip')" 1 "one slip line for one refused form"
like "$err" "回答!E6: item T-1: 'まあまあ' is not one of the choices \(良, 可, 不可, 該当なし\); choose one of the choices" "a bad choice lists the choices and says what to do"
like "$err" "回答!E11: item T-6: 5000 is out of range \(from 0 to 1000\); enter a number from 0 to 1000" "a number out of range gives the range"
like "$err" "回答!E12: item T-7: '2026-13-01' is not a date .*; enter a real date as YYYY-MM-DD" "a date gives the accepted format"
like "$err" "回答!E7: item T-2: an answer is required .*; choose one of: はい, いいえ" "a required answer left blank says what to choose"
is "$(dom_digest "$DB")" "$before" "the refusal changes no domain table"
is "$(sql "$DB" "select count(*) from events")" $((nev + 1)) "one event: the refusal"
is "$(sql "$DB" "select object from events where action='import.reject' order by id desc limit 1")" "campaign $C division 120" "the refusal is logged for the campaign and division"
[ -f "$SLIP" ]; ok $? "the slip is written into 差戻し票 inside the returns' folder"

# ---- the slip, read back --------------------------------------------
$PY - "$SLIP" > slip.txt <<'PYEOF'
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["差戻し票"]
cells = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
text = "\n".join(cells)
print("title", "差戻し票（自己点検票の再提出について）" in cells)
print("to", "情報管理課長　浦和　花子　様" in cells)
print("date", "令和8年12月1日" in cells)
print("campaign", any("令和8年度情報セキュリティ自己点検" in c for c in cells))
print("file", any("1_120_情報管理課.xlsx" in c and "ファイル名" in c for c in cells))
print("due", any("令和8年12月25日" in c for c in cells))
print("token", any("トークン" in c for c in cells))
print("paper", ws.page_setup.paperSize, ws.page_setup.orientation)
print("header", "取扱制限" in (ws.oddHeader.left.text or ""), "取扱制限" in (ws.oddFooter.left.text or ""))
# the table: header row, then one row per problem
rows = [[c.value for c in row] for row in ws.iter_rows()]
h = [i for i, r in enumerate(rows) if r[:6] == ["No.", "セル", "項目", "記入された値", "問題", "直し方"]]
print("head", len(h))
for r in rows[h[0] + 1:h[0] + 5]:
    print("row", r[0], r[1], r[2], r[3], "|", bool(r[4]), bool(r[5]))
# long text rows are given their height (wrapped, printed whole)
hts = [ws.row_dimensions[h[0] + 2 + k].height or 0 for k in range(4)]
print("heights", all(x >= 30 for x in hts))
PYEOF
like "$(cat slip.txt)" "title True" "slip: the title"
like "$(cat slip.txt)" "to True" "slip: addressed to the division's head"
like "$(cat slip.txt)" "date True" "slip: the date in Japanese style"
like "$(cat slip.txt)" "campaign True" "slip: the campaign's title"
like "$(cat slip.txt)" "file True" "slip: the returned file's name"
like "$(cat slip.txt)" "due True" "slip: the due date to return it by"
like "$(cat slip.txt)" "token True" "slip: the token stays (return the same workbook)"
like "$(cat slip.txt)" "paper 9 portrait" "slip: A4 portrait"
like "$(cat slip.txt)" "header True True" "slip: the marking in header and footer"
like "$(cat slip.txt)" "head 1" "slip: the table header No./セル/項目/記入された値/問題/直し方"
like "$(cat slip.txt)" "row 1 回答!E6 T-1 まあまあ \| True True" "slip: the bad choice with its cell, item, value, problem and fix"
like "$(cat slip.txt)" "row 2 回答!E11 T-6 5000 \| True True" "slip: the number out of range"
like "$(cat slip.txt)" "row 3 回答!E12 T-7 2026-13-01 \| True True" "slip: the date"
like "$(cat slip.txt)" "row 4 回答!E7 T-2 None \| True True" "slip: the required answer (no value)"
like "$(cat slip.txt)" "heights True" "slip: rows sized for their wrapped text"

# ---- status: returned (差戻し中) until a corrected form is accepted ---
tk status --campaign "$C"
like "$out" "120 +missing +returned " "status: the refused division's state is returned"
like "$out" "130 +missing +missing " "status: a division never heard from is missing"
tk status --campaign "$C" --json
state() { printf '%s' "$out" | $PY -c 'import json,sys; print(" ".join(d["division"] + "=" + d["state"] for d in json.load(sys.stdin)["divisions"]))'; }
is "$(state)" "120=returned 130=missing" "status --json: state per division"
like "$out" '"returned":1' "status --json: the count of returned forms"
TENKEN_TODAY=2026-12-26 tk status --campaign "$C" --json
is "$(state)" "120=returned 130=late" "after the due day a missing form is late (a returned one stays returned)"
$FILL "$F120" fixed > /dev/null
tk import fixed
is "$rc" 0 "the corrected form is accepted"
unlike "$out" "^slip" "no slip line when nothing is refused"
tk status --campaign "$C" --json
is "$(state)" "120=submitted 130=missing" "status: submitted after the corrected return"
# refused again after an accepted one: returned again, waiting for it
$FILL --value T-6=-1 "$F120" again > /dev/null
tk import again
is "$rc" 3 "a later bad return is refused"
tk status --campaign "$C" --json
is "$(state)" "120=returned 130=missing" "status: returned again after a refusal that follows the accepted form"

# ---- --dry-run writes the slip too (--slips DIR), and nothing else ----
$FILL --value T-1=優 "$F120" dry > /dev/null
before=$(db_digest "$DB")
tk import --dry-run --slips out/slips dry
is "$rc" 3 "dry run: refused"
like "$out" "slip +out/slips/差戻し票_${C}_120_情報管理課.xlsx" "dry run: the slip is written into --slips DIR"
[ -f "out/slips/差戻し票_${C}_120_情報管理課.xlsx" ]; ok $? "dry run: the slip exists"
is "$(db_digest "$DB")" "$before" "dry run: the database is unchanged (not even the event log)"
tk -q import --slips q dry
is "$out" "" "-q: no slip line"
# a file that is no form: no division, no slip
mkdir junk
echo hello > junk/x.xlsx
tk import junk
is "$rc" 3 "a file that is no form is refused"
unlike "$out" "^slip" "no slip for a file whose division is unknown"
[ ! -d junk/差戻し票 ]; ok $? "no 差戻し票 folder made when no slip is written"

# a slip that cannot be written is said on stderr; the run goes on
echo x > notadir
tk import --slips notadir/slips dry ret
is "$rc" 3 "slips folder cannot be made: still exit 3"
like "$err" "dry/.*: no 差戻し票 written: .*notadir/slips.*\(give --slips DIR\)" "the slip that could not be written is named"
is "$(printf '%s\n' "$out" | grep -c '^rejected')" 2 "the run goes on to the next file"

# ---- staff: one problem per absent member, naming them -----------------
S120=$(ls fs/*_120_*.xlsx)
$PY - "$S120" absent.xlsx <<'PYEOF'
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["回答"]
answer = {"U-1": "できている", "U-2": "はい"}
for r in range(6, ws.max_row + 1):
    if ws.cell(r, 1).value:
        for c in range(4, ws.max_column):
            ws.cell(r, c).value = answer.get(ws.cell(5, c).value)
ws.cell(7, 4).value = None
ws.cell(7, 5).value = None
wb.save(sys.argv[2])
PYEOF
code7=$($PY -c 'import openpyxl,sys; print(openpyxl.load_workbook(sys.argv[1])["回答"].cell(7,1).value)' absent.xlsx)
name7=$(grep "^$code7," "$TENKEN_TESTDATA/mini/staff.csv" | cut -d, -f2)
tk import --slips s2 absent.xlsx
is "$rc" 3 "a staff form with a blank row and no reason is refused"
is "$(printf '%s\n' "$err" | grep -c "$code7")" 1 "one problem for the absent member, not one per item"
like "$err" "回答![A-Z]+7: staff $code7 $name7 \(row 7\) has no answers and no reason for absence; write the reason for absence \(欠席等\) in the 備考 column" "it names the member, the row and the fix"
$PY - s2/差戻し票_${CS}_120_情報管理課.xlsx > slip2.txt <<'PYEOF'
import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1])["差戻し票"]
rows = [[c.value for c in row] for row in ws.iter_rows()]
h = [i for i, r in enumerate(rows) if r[:2] == ["No.", "セル"]][0]
print(rows[h + 1][1], "|", rows[h + 1][4])
PYEOF
like "$(cat slip2.txt)" "^回答![A-Z]+7 \| staff $code7 $name7" "the slip's row names the 備考 cell and the member"

# ---- org import: a problem names the column as the file's header does --
printf '所属コード,所属名,区分,上位所属コード,所属長職員番号\n100,総務部,bureau,,900001\n120,情報管理課,castle,,900002\n' > jd.csv
printf '職員番号,氏名,職級,所属コード\n900001,埼玉　一郎,部長級,100\n900002,浦和　花子,所属長,120\n' > js.csv
before=$(db_digest "$DB")
tk org import --year 2027 --divisions jd.csv --staff js.csv
is "$rc" 3 "org import with Japanese headers and bad values: refused"
like "$err" "jd.csv:3: column '区分': unknown kind 'castle'" "the divisions file's own header names the column"
like "$err" "js.csv:3: column '職級': unknown grade '所属長'" "the staff file's own header names the column"
is "$(db_digest "$DB")" "$before" "org import refused: database unchanged"
sed 's/^職員番号,氏名,職級,所属コード/id,name,grade,division/' js.csv > es.csv
tk org import --year 2027 --divisions jd.csv --staff es.csv
like "$err" "es.csv:3: column 'grade': unknown grade" "English headers: the English name"

done_testing
