#!/bin/sh
# t-formfields.sh — the division form a clerk prints and fills: the head
# fields 点検日, 記入者, 所属長確認 (unlocked, validated, named in _tenken),
# read back by import (a 点検日 outside the fiscal year or after today is
# refused naming the cell, the database unchanged; a blank one warns),
# stored with the submission and shown by status --json and the division
# report; the instruction rows tall enough for their text; one date example
# in the campaign's year; closed follow-ups shaded by conditional
# formatting; and, with LibreOffice, the pages the form prints on.
. "$(dirname "$0")/lib.sh"
export TENKEN_AS=$EX_AS TENKEN_TODAY=2026-11-30
DB="$T_TMP/t.db"
export TENKEN_DB="$DB"
PY=/usr/bin/python3
FILL="$PY $TENKEN_SRC/scripts/fill-forms.py"
cd "$T_TMP" || exit 1

tk init
tk org import --year 2026 --divisions "$EX/fy2026/divisions.csv" --staff "$EX/fy2026/staff.csv"
is "$rc" 0 "FY2026 organisation"
tk -q campaign create --survey division-self --year 2026 --due 2026-12-25
C=$out
tk -q campaign create --survey staff-self --year 2026 --divisions 120
CS=$out
tk form export --campaign "$C" --out f --division 120
is "$rc" 0 "division form exported"
tk form export --campaign "$CS" --out fs --division 120
is "$rc" 0 "staff form exported"
F=$(ls f/*.xlsx)
FS=$(ls fs/*.xlsx)

# ---- the head fields ------------------------------------------------------
head=$("$PY" - "$F" <<'EOF'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["回答"]
meta = {r[0].value: r[1].value for r in wb["_tenken"].iter_rows(max_col=2)}
print(meta.get("head_cells"))
print(ws.protection.sheet)
for r in range(1, 5):
    print(ws.cell(r, 6).value, ws.cell(r, 7).protection.locked, ws.cell(r, 6).protection.locked)
dv = {str(d.sqref): (d.type, d.formula1, d.formula2) for d in ws.data_validations.dataValidation}
print(dv.get("G1"), dv.get("G4", ("-",))[0])
EOF
)
is "$head" "G1,G2,G3,G4
True
点検日 False True
記入者（職・氏名） False True
所属長確認（氏名） False True
所属長確認日 False True
('date', '46113', '46477') date" "F1:G4: labels locked, inputs unlocked in the protected sheet; 点検日 validated to FY2026 (2026-04-01..2027-03-31), 確認日 a date"
staff=$("$PY" -c 'import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
meta = {r[0].value: r[1].value for r in wb["_tenken"].iter_rows(max_col=2)}
print(meta.get("head_cells"))' "$FS")
is "$staff" "None" "staff forms carry no head fields"

# ---- instructions: row heights and the one date example ----------------------
instr=$("$PY" - "$F" "$FS" <<'EOF'
import math, sys, openpyxl
for path in sys.argv[1:]:
    ws = openpyxl.load_workbook(path)["記入要領"]
    short, rows = [], 0
    for r in range(1, ws.max_row + 1):
        v = ws.cell(r, 2).value
        if not isinstance(v, str) or not v:
            continue
        rows += 1
        lines = sum(max(1, math.ceil(sum(2 if ord(ch) > 0x7f else 1 for ch in part) / 95))
                    for part in v.split("\n"))
        h = ws.row_dimensions[r].height
        if h is None or h < lines * 15:
            short.append(f"row {r}: {h} < {lines} lines")
    print(rows > 10, short or "all fit")
ws = openpyxl.load_workbook(sys.argv[1])["記入要領"]
text = "\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value)
import re
print(sorted(set(re.findall(r"例：([0-9/-]+)", text))))
EOF
)
is "$instr" "True all fit
True all fit
['2026/10/01']" "every instruction row of both forms is at least its lines × 15 pt; one date example, in FY2026"

# ---- closed follow-ups: conditional formatting on their rows ----------------
tk plugin show division-self --json
printf '%s' "$out" > survey.json
cf=$("$PY" - "$F" survey.json <<'EOF'
import json, re, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["回答"]
s = json.load(open(sys.argv[2]))
items = [it for sec in s["sections"] for it in sec["items"]]
row = {it["id"]: 6 + k for k, it in enumerate(items)}
want = {}
for it in items:
    a = it.get("applies")
    if a and a.get("item"):
        want[f"A{row[it['id']]}:G{row[it['id']]}"] = (row[a["item"]], a["any"])
got = {}
for rng in ws.conditional_formatting:
    for rule in rng.rules:
        got[str(rng.sqref)] = (rule.type, rule.formula[0])
bad = []
for ref, (g, labels) in want.items():
    t, f = got.get(ref, (None, ""))
    if t != "expression" or f"$E${g}<>\"\"" not in f or not all(f'$E${g}<>"{l}"' in f for l in labels):
        bad.append(f"{ref}: {t} {f}")
print(len(want) > 5, len(got) == len(want), bad or "ok")
EOF
)
is "$cf" "True True ok" "each follow-up row is shaded by a formula on its gate's cell"

# ---- import: stored, shown ---------------------------------------------------
$FILL --seed 1 --set 点検日=2026-10-15 --set 記入者="警部 山田太郎" \
	--set 所属長確認="鈴木一郎" --set 所属長確認日=2026/10/20 "$F" ok > ok.json
tk import ok
is "$rc" 0 "a filled form is imported"
unlike "$err" "点検日" "no warning about 点検日"
is "$(sql "$DB" "select inspected_on, filled_by, head_confirmed_by, head_confirmed_on from submissions")" \
	"2026-10-15|警部 山田太郎|鈴木一郎|2026-10-20" "the head is stored with the submission"
tk status --campaign "$C" --json
like "$out" '"division":"120"[^}]*"inspected_on":"2026-10-15","filled_by":"警部 山田太郎","head_confirmed_by":"鈴木一郎","head_confirmed_on":"2026-10-20"' "status --json shows the head per division"
like "$out" '"status":"missing"[^}]*"inspected_on":null' "null for a division without a submission"
tk report --campaign "$C" --out org.xlsx --per-division div
is "$rc" 0 "reports written"
rep=$("$PY" -c 'import sys, glob, openpyxl
ws = openpyxl.load_workbook(glob.glob("div/120_*.xlsx")[0])["結果"]
for r in ws.iter_rows(min_col=1, max_col=2, values_only=True):
    if r[0] in ("点検日", "記入者", "所属長確認"):
        print(r[0], r[1])')
is "$rep" "点検日 2026-10-15
記入者 警部 山田太郎
所属長確認 鈴木一郎（確認日 2026-10-20）" "the division's 結果 sheet shows 点検日, 記入者, 所属長確認"

# ---- refused: outside the fiscal year, after today, not a date ------------------
d=$(dom_digest "$DB")
$FILL --seed 2 --set 点検日=2026-03-31 "$F" fy > /dev/null
tk import fy
is "$rc" 3 "a 点検日 before the fiscal year is refused"
like "$err" "fy/[^:]*: 回答!G1: 点検日 2026-03-31 is outside fiscal year 2026 \(2026-04-01 to 2027-03-31\)" "naming file and sheet!cell"
$FILL --seed 2 --set 点検日=2026-12-01 "$F" late > /dev/null
tk import late
is "$rc" 3 "a 点検日 after today is refused"
like "$err" "回答!G1: 点検日 2026-12-01 is after today \(2026-11-30\)" "naming the cell and today"
$FILL --seed 2 --set 所属長確認日=近日 "$F" bad > /dev/null
tk import bad
is "$rc" 3 "a 所属長確認日 that is no date is refused"
like "$err" "回答!G4: 所属長確認日 '近日' is not a date" "naming the cell"
is "$(dom_digest "$DB")" "$d" "refused forms: the database unchanged but for the rejections' events"
is "$(sql "$DB" "select count(*) from submissions")" 1 "nothing stored from the refused forms"
is "$(sql "$DB" "select count(*) from events where action='import.reject'")" 3 "each refusal is logged"

# ---- blank 点検日: a warning only --------------------------------------------
$FILL --seed 3 --set 点検日= "$F" blank > /dev/null
tk import blank
is "$rc" 0 "a blank 点検日 is accepted"
like "$err" "blank/[^:]*: warning: 回答!G1: 点検日が未記入" "with a warning naming the cell"
is "$(sql "$DB" "select inspected_on is null from submissions where superseded_by is null")" 1 "stored as NULL"

# ---- printed pages (LibreOffice) ---------------------------------------------------
if command -v soffice > /dev/null 2>&1 && command -v pdfinfo > /dev/null 2>&1; then
	mkdir -p pdf
	HOME="$T_TMP" timeout 300 soffice -env:UserInstallation=file://"$T_TMP"/lo-profile \
		--headless --convert-to pdf --outdir pdf "$F" > /dev/null 2>&1
	P=pdf/$(basename "$F" .xlsx).pdf
	is "$(pdfinfo "$P" 2>/dev/null | sed -n 's/^Pages: *//p')" 4 "the division form prints on 4 A4 pages (記入要領 1, 回答 3)"
	like "$(pdfinfo "$P" 2>/dev/null | sed -n 's/^Page size: *//p')" '\(A4\)' "A4"
else
	pass "# SKIP LibreOffice not installed: pages not counted"
	pass "# SKIP LibreOffice not installed"
fi
done_testing
