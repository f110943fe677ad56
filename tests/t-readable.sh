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

# part FILE PART — print one part of a workbook (zip).
part() {
	"$PY" -c 'import sys, zipfile
sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())' "$1" "$2"
}
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

done_testing
