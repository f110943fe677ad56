#!/bin/sh
# t-freeze.sh — a campaign freezes its survey: editing the plugin file later
# changes neither the campaign's forms nor its scores, and a form made from
# the old version is refused by a campaign of the new one.
. "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3
MINI="$TENKEN_TESTDATA/mini"
P="$T_TMP/plugins"
mkdir -p "$P"
cp "$TENKEN_TESTDATA/plugins/ok/tiny.lua" "$P/"
export TENKEN_DB="$T_TMP/t.db" TENKEN_PLUGIN_PATH="$P"
cd "$T_TMP"
tk init
tk org import --year 2026 --divisions "$MINI/divisions.csv" --staff "$MINI/staff.csv"
tk -q campaign create --survey tiny --year 2026 --divisions 120
C1=$out
tk campaign show --campaign "$C1" --json
hash1=$(printf '%s' "$out" | $PY -c 'import json,sys; print(json.load(sys.stdin)["hash"])')
tk form export --campaign "$C1" --out f1
$PY "$TENKEN_SRC/scripts/fill-forms.py" --no-random --set T-1=良 --set T-2=いいえ --set T-4=いいえ f1 g1 > /dev/null
tk import g1
tk score --campaign "$C1" --json
score1=$out

# The plugin is edited: T-2 now weighs 5 and reads differently.
sed -i 's/id = "T-2", text = "質問二", clause = "第8 1(2)エ(ア)", type = "yesno"/id = "T-2", text = "質問二（改）", clause = "第8 1(2)エ(ア)", type = "yesno", weight = 5/' "$P/tiny.lua"
tk plugin show tiny --json
hash2=$(printf '%s' "$out" | $PY -c 'import json,sys; print(json.load(sys.stdin)["hash"])')
[ "$hash1" != "$hash2" ]; ok $? "the edited plugin has a new content hash"
tk campaign show --campaign "$C1" --json
like "$out" "\"hash\":\"$hash1\"" "the campaign keeps the frozen hash"
tk score --campaign "$C1" --json
is "$out" "$score1" "the campaign's scores do not change"
tk form export --campaign "$C1" --out f1b
$PY -c 'import openpyxl,glob,sys; ws=openpyxl.load_workbook(glob.glob("f1b/*.xlsx")[0])["回答"]; print([ws.cell(r,3).value for r in range(6,9)])' > texts.txt
like "$(cat texts.txt)" "'質問二'" "forms of the old campaign still show the frozen text"

tk -q campaign create --survey tiny --year 2026 --divisions 120
C2=$out
$PY - g1/*.xlsx old.xlsx "$C2" <<'PYEOF'
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["_tenken"]
# Re-address the old form to the new campaign (its token comes below).
for row in ws.iter_rows(max_col=2):
    if row[0].value == "campaign": row[1].value = sys.argv[3]
wb.save(sys.argv[2])
PYEOF
tk form export --campaign "$C2" --out f2
tok=$(sqlite3 "$TENKEN_DB" "select token from forms where campaign=$C2")
$PY - old.xlsx old2.xlsx "$tok" <<'PYEOF'
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["_tenken"]
for row in ws.iter_rows(max_col=2):
    if row[0].value == "token": row[1].value = sys.argv[3]
wb.save(sys.argv[2])
PYEOF
before=$(dom_digest "$TENKEN_DB")
tk import old2.xlsx
is "$rc" 3 "a form of the old survey version is refused by the new campaign"
like "$err" "older survey version; export a new form" "and the message says so"
is "$(dom_digest "$TENKEN_DB")" "$before" "nothing written to the domain tables (the refusal is logged)"

# A survey whose hook needs plugins it read through checklist(), two deep:
# all are frozen (once each), so the hook runs with the plugins gone.
export TENKEN_PLUGIN_PATH="$TENKEN_TESTDATA/plugins/deps"
tk -q campaign create --survey dep-a --year 2026 --divisions 120
CA=$out
is "$(sqlite3 "$TENKEN_DB" "select group_concat(dep_id) from (select dep_id from survey_deps d join campaigns c on c.survey=d.survey where c.id=$CA order by dep_id)")" \
   "dep-b,dep-c" "dependencies frozen transitively, once each"
tk form export --campaign "$CA" --out fa
$PY "$TENKEN_SRC/scripts/fill-forms.py" fa ga > /dev/null
tk import ga
unset TENKEN_PLUGIN_PATH
tk score --campaign "$CA" --json
is "$rc" 0 "the hook runs from the frozen sources alone"
like "$out" '"division":"120".*"score":' "and scores the division"
done_testing
