#!/bin/sh
# t-score.sh — scores computed by hand for a small organisation (N/A, an
# item for stations only, a follow-up whose gate is closed, a staff survey,
# a superseded resubmission) compared with `tenken score --json`.
. "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3
BOM=$(printf '\357\273\277') # CSV for people starts with a UTF-8 BOM
FILL="$PY $TENKEN_SRC/scripts/fill-forms.py --no-random"
MINI="$TENKEN_TESTDATA/mini"
export TENKEN_DB="$T_TMP/t.db" TENKEN_PLUGIN_PATH="$TENKEN_TESTDATA/plugins/ok"
cd "$T_TMP"
mini_campaigns

# 120 (hq): T-1 良 (w2), T-2 いいえ, T-3 is for stations, T-4 はい opens
# T-5 可 (w3): (2*1 + 0 + 1 + 3*0.5) / 7 = 64.2857
$FILL --set T-1=良 --set T-2=いいえ --set T-4=はい --set T-5=可 --set T-6=12 \
	--set T-7=2026/05/01 --set T-8==SUM\(A1\) f/${C}_120_*.xlsx in > /dev/null
# 1001 (station): T-1 N/A, T-2 はい, T-3 できていない, T-4 いいえ closes T-5 (its
# answer is ignored): (1 + 0 + 0) / 3 = 33.3333
$FILL --set T-1=該当なし --set T-2=はい --set T-3=できていない --set T-4=いいえ \
	--set T-5=良 f/${C}_1001_*.xlsx in > /dev/null
# 130 (hq): first everything good, then a correction:
# T-1 不可, T-2 はい, T-4 いいえ: (0 + 1 + 0) / 4 = 25
$FILL --set T-1=良 --set T-2=はい --set T-4=はい --set T-5=良 f/${C}_130_*.xlsx first > /dev/null
$FILL --set T-1=不可 --set T-2=はい --set T-4=いいえ f/${C}_130_*.xlsx second > /dev/null
tk import in first
is "$rc" 0 "first imports"
tk import second
like "$out" "superseded" "correction supersedes"

tk score --campaign "$C" --json
is "$rc" 0 "score --json"
echo "$out" > score.json
field() { # division field
	$PY -c 'import json,sys; d={x["division"]:x for x in json.load(open("score.json"))}; v=d[sys.argv[1]][sys.argv[2]]; print("null" if v is None else v)' "$1" "$2"
}
is "$(field 120 score)" 64.29 "120: weighted score with a follow-up open"
is "$(field 120 grade)" B "120: grade B"
is "$(field 120 applicable)" 4 "120: four items counted (T-3 is for stations)"
is "$(field 1001 score)" 33.33 "1001: N/A and a closed follow-up left out"
is "$(field 1001 applicable)" 3 "1001: three items counted"
is "$(field 1001 grade)" C "1001: grade C"
is "$(field 130 score)" 25.0 "130: only the current submission counts"
is "$(field 130 rank)" 3 "130: ranked last"
is "$(field 120 rank)" 1 "120: ranked first"
is "$(field 120 group)" 100 "group is the parent bureau"

tk score --campaign "$C" --by section --json
echo "$out" > sec.json
is "$($PY -c 'import json; s={x["section"]:x for x in json.load(open("sec.json"))}; print(s["S1"]["divisions"]["120"], s["S2"]["divisions"]["120"])')" \
   "66.67 62.5" "section scores of 120 (S1 2/3, S2 2.5/4)"
tk score --campaign "$C" --by group --json
like "$out" '"group":"100","name":"総務部","divisions":2,"scored":2,"score":44.65' "group score is the mean of its divisions"
tk score --campaign "$C" --by item --json
like "$out" '"item":"T-2","section":"S1","clause":"第8 1\(2\)エ\(ア\)","weight":1,"severity":"medium","divisions":3,"mean":66.67,"compliance":66.67,"weakest":\["120"\]' "item T-2: mean, compliance, weakest"
tk score --campaign "$C" --csv
like "$out" "^${BOM}division,name,kind,group,submitted,score" "csv header (after the UTF-8 BOM)"
like "$out" "120,情報管理課,hq,100,1,64.29,B,1," "csv row"
tk score --campaign "$C"
like "$out" "organisation 40.9, 3/3 submitted" "organisation score is the mean of division scores (40.87)"

# The text answer starting with '=' is stored as text.
is "$(sql "$TENKEN_DB" "select raw from answers a join survey_items i on i.idx=a.item_idx and i.survey=(select survey from campaigns where id=$C) where i.item_id='T-8'")" "=SUM(A1)" "formula-like text stays text"

# Staff survey: U-1 values 1, 0.5, N/A, 0 → 0.5; U-2 1,1,0,1 → 0.75;
# (0.5 + 2*0.75) / 3 = 66.67
$FILL --set 900002/U-1=できている --set 900003/U-1=一部できていない \
	--set 900004/U-1=該当なし --set 900005/U-1=できていない \
	--set 900002/U-2=はい --set 900003/U-2=はい --set 900004/U-2=いいえ \
	--set 900005/U-2=はい fs/${CS}_120_*.xlsx staffin > /dev/null
tk import staffin
is "$rc" 0 "staff form imported"
tk score --campaign "$CS" --json
like "$out" '"division":"120".*"score":66.67' "staff survey: mean of staff values"
tk score --campaign "$CS" --by item --json
like "$out" '"item":"U-1".*"mean":50.00,"compliance":33.33' "U-1: share of staff compliant"
like "$out" '"item":"U-2".*"mean":75.00,"compliance":75.00' "U-2: share of staff compliant"

# Year over year: the same survey in FY2025, matched by code.
tk org import --year 2025 --divisions "$MINI/divisions.csv" --staff "$MINI/staff.csv"
tk -q campaign create --survey tiny --year 2025 --divisions 120
P=$out
tk form export --campaign "$P" --out fp
$FILL --set T-1=良 --set T-2=はい --set T-4=いいえ fp/${P}_120_*.xlsx prev > /dev/null
tk import prev
tk score --campaign "$C" --json
echo "$out" > score.json
is "$(field 120 previous)" 75.0 "previous year's score ((2 + 1 + 0) / 4)"
is "$(field 120 change)" -10.71 "change against last year"
is "$(field 1001 previous)" null "no previous score: null"
tk score --campaign "$C" --csv
like "$out" "120,情報管理課,hq,100,1,64.29,B,1,7,4,75.00,-10.71" "csv: a negative change stays a number"

# CSV formula injection: names and codes from the organisation starting with
# =, +, -, @ get a quote in front (OWASP); numbers are left alone.
printf 'code,name,kind,parent,head\n100,本部,bureau,,\n160,=HYPERLINK("http://x"),hq,100,\n-120,+SUM(1),hq,100,\n130,-2+3,hq,100,\n140,@cmd,hq,100,\n150,"=1,2",hq,100,\n' > inj-div.csv
printf 'id,name,grade,division\n1,-山田,係員級,100\n' > inj-staff.csv
tk org import --year 2027 --divisions inj-div.csv --staff inj-staff.csv --as 1
is "$rc" 0 "FY2027 organisation with formula-like names"
tk -q campaign create --survey tiny --year 2027 --title '=cmd|x' --as 1
tk score --campaign "$out" --csv
is "$rc" 0 "score --csv of formula-like names"
printf '%s\n' "$out" > inj.csv
is "$($PY - inj.csv <<'PYEOF'
import csv, sys
bad = []
rows = list(csv.reader(open(sys.argv[1], newline="")))
for row in rows:
    for cell in row:
        if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
            try:
                float(cell)
            except ValueError:
                bad.append(cell)
print(len(rows), bad, "|".join(r[1] for r in rows[1:]))
PYEOF
)" "6 [] '=HYPERLINK(\"http://x\")|'+SUM(1)|'-2+3|'@cmd|'=1,2" "no CSV cell starts a formula; names kept after the quote (in the file's order)"
like "$out" "\"'-120\",\"'\+SUM\(1\)\"" "a code starting with - is neutralised too"
tk score --campaign "$C" --by item --csv
like "$out" "^${BOM}item,section" "item csv still written"

# The plugin's report hook adds a sheet to each division's workbook.
tk report --campaign "$C" --per-division rep
is "$rc" 0 "per-division reports"
is "$($PY -c 'import openpyxl,glob; ws=openpyxl.load_workbook(glob.glob("rep/120_*.xlsx")[0])["追加情報"]; print(ws["A5"].value, ws["B5"].value, ws["B6"].value)')" \
   "得点のある項目数 4 120" "report hook rows on the 追加情報 sheet"
# A query that fails part-way (after the campaign, targets and submissions
# were read): item_stats becomes a view whose rows fail with an integer
# overflow when stepped.  score and status exit 1 with SQLite's message and
# print nothing.
cp "$TENKEN_DB" broken.db
sql broken.db "PRAGMA legacy_alter_table=ON; ALTER TABLE item_stats RENAME TO item_stats_t; CREATE VIEW item_stats AS SELECT submission, item_idx, answered + abs(-9223372036854775807 - 1) AS answered, counted, total, compliant FROM item_stats_t;"
run env TENKEN_DB=broken.db "$TENKEN" score --campaign "$C" --json
is "$rc" 1 "score: a failing query exits 1"
like "$err" "integer overflow" "score: SQLite's message on stderr"
is "$out" "" "score: no partial scores on stdout"
run env TENKEN_DB=broken.db "$TENKEN" status --campaign "$C"
is "$rc" 1 "status: a failing query exits 1"
like "$err" "integer overflow" "status: SQLite's message on stderr"
is "$out" "" "status: no partial rows on stdout"
done_testing
