#!/bin/sh
# t-readable.sh — every report readable at a glance (issue 12): the
# organisation's order of divisions (divisions.csv rows or its 順序
# column) in status, score, the reports and the form export; charts with
# axes that show the differences and the grade bands; fixed colours tied
# to the grade bands; a Japanese font in every workbook; the per-division
# report with the division's own comments and open improvement items.
. "$(dirname "$0")/lib.sh"
export TENKEN_AS=900001
export TENKEN_PLUGIN_PATH="$TENKEN_TESTDATA/plugins/ok"
PY=/usr/bin/python3
DB="$T_TMP/t.db"
export TENKEN_DB="$DB"
cd "$T_TMP"

# cells FILE SHEET COL — the values of column COL of SHEET, one a line.
cells() {
	"$PY" -c 'import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
for r in ws.iter_rows(min_col=int(sys.argv[3]), max_col=int(sys.argv[3])):
    if r[0].value is not None: print(r[0].value)' "$1" "$2" "$3"
}

# ---- the organisation's order ----------------------------------------------
tk init
printf 'code,name,kind,parent,head\n910,東部方面本部,bureau,,900010\n1001,浦和警察署,station,910,900011\n100,総務部,bureau,,900001\n130,広報課,hq,100,900006\n120,情報管理課,hq,100,900002\n' > div.csv
tk org import --year 2026 --divisions div.csv --staff "$TENKEN_TESTDATA/mini/staff.csv"
is "$rc" 0 "a divisions CSV not in code order imports"
is "$(sql "$DB" "select group_concat(code, ' ') from (select code from divisions order by ord)")" "910 1001 100 130 120" "divisions.ord is the order of the file's rows"
tk -q campaign create --survey tiny --year 2026
C=$out
tk form export --campaign "$C" --out f
is "$(sql "$DB" "select group_concat(d.code, ' ') from (select d.code from forms f join divisions d on d.id = f.division_id where f.campaign = $C order by f.id) d")" "1001 130 120" "form export: forms in the organisation's order"
tk status --campaign "$C"
is "$(printf '%s\n' "$out" | awk '$2 == "missing" {printf "%s ", $1}')" "1001 130 120 " "status: the organisation's order"
tk score --campaign "$C" --json
is "$(printf '%s\n' "$out" | sed -n 's/.*"division":"\([0-9]*\)".*/\1/p' | tr '\n' ' ')" "1001 130 120 " "score --json: the organisation's order"
tk report --campaign "$C" --out org.xlsx
is "$rc" 0 "report written"
is "$(cells org.xlsx 未提出 1 | grep '^[0-9]*$' | tr '\n' ' ')" "1001 130 120 " "report 未提出: the organisation's order"

# An explicit 順序 column wins over the rows' order.
printf '所属コード,所属名,区分,上位所属コード,所属長職員番号,順序\n100,総務部,bureau,,900001,3\n120,情報管理課,hq,100,900002,5\n130,広報課,hq,100,900006,4\n910,東部方面本部,bureau,,900010,1\n1001,浦和警察署,station,910,900011,2\n' > div2.csv
tk org import --year 2027 --divisions div2.csv --staff "$TENKEN_TESTDATA/mini/staff.csv"
is "$rc" 0 "a divisions CSV with a 順序 column imports"
is "$(sql "$DB" "select group_concat(code, ' ') from (select code from divisions where fy = 2027 order by ord, code)")" "910 1001 100 130 120" "the 順序 column gives the order"
printf 'code,name,kind,parent,head,order\n100,総務部,bureau,,900001,x\n' > bad.csv
before=$(db_digest "$DB")
tk org import --year 2028 --divisions bad.csv --staff "$TENKEN_TESTDATA/mini/staff.csv"
is "$rc" 3 "an order that is not a number: invalid input"
like "$err" "bad.csv:2: column 'order': order 'x' is not a whole number" "the message names file, line and column"
is "$(db_digest "$DB")" "$before" "database unchanged"

# ---- charts, colours and fonts (the example organisation) ------------------
export TENKEN_DB="$T_TMP/ex.db" TENKEN_AS=$EX_AS
unset TENKEN_PLUGIN_PATH
tk init
tk org import --year 2026 --divisions "$EX/fy2026/divisions.csv" --staff "$EX/fy2026/staff.csv"
tk -q campaign create --survey division-self --year 2026 --due 2026-12-25
E=$out
tk form export --campaign "$E" --out ef
$PY "$TENKEN_SRC/scripts/fill-forms.py" --seed 2 --quality 0.9 ef er > /dev/null
tk import er
tk report --campaign "$E" --out ex.xlsx --per-division per
is "$rc" 0 "setup: the example organisation's report"
c1=$(part ex.xlsx xl/charts/chart1.xml)
min=$(printf '%s' "$c1" | sed -n 's/.*<c:min val="\([0-9.]*\)"\/>.*/\1/p')
max=$(printf '%s' "$c1" | sed -n 's/.*<c:max val="\([0-9.]*\)"\/>.*/\1/p')
ok "$([ -n "$min" ] && [ "$min" != 0 ] && echo 0 || echo 1)" "section chart: the axis does not start at 0 when the spread is small ($min)"
ok "$([ -n "$max" ] && [ "$max" -le 100 ] && echo 0 || echo 1)" "section chart: an axis maximum from the data ($max)"
unlike "$c1" "radarChart" "no radar chart of near-equal sections"
like "$c1" "<c:grouping val=\"stacked\"/>" "the bars are stacked by grade band"
like "$c1" "A（90点以上）" "a grade band series is named after its grade"
c2=$(part ex.xlsx xl/charts/chart2.xml)
like "$c2" "<c:tickLblSkip val=\"1\"/>" "division chart: every division's name shown"
is "$(printf '%s' "$c2" | grep -o '<c:pt idx=' | wc -l | tr -d ' ')" "$(printf '%s' "$c2" | grep -o '<c:pt idx=' | wc -l | tr -d ' ')" "division chart written"
for f in ex.xlsx per/1001_*.xlsx ef/*_1001_*.xlsx; do
	all=$($PY -c 'import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
for n in z.namelist():
    if n.startswith("xl/styles") or n.startswith("xl/charts/"):
        sys.stdout.write(z.read(n).decode())' "$f")
	unlike "$all" "Calibri" "$(basename "$f"): no Calibri in styles or charts"
	is "$(printf '%s' "$all" | grep -o '<name val="[^"]*"\|typeface="[^"]*"' | sort -u | grep -v '游ゴシック\|MS Pゴシック' | wc -l | tr -d ' ')" 0 "$(basename "$f"): every font is 游ゴシック or MS Pゴシック"
done
s2=$(part ex.xlsx xl/worksheets/sheet2.xml)
unlike "$s2" "colorScale" "所属別: no colour scale relative to the other scores"
like "$(part ex.xlsx xl/styles.xml)" '<fgColor rgb="FF8FD19E"/>' "the grade bands' fixed fills"
is "$(cells ex.xlsx 所属別 7 | sed -n 1p)" "色分け（評価）" "所属別: a legend of the bands"

done_testing
