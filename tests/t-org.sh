#!/bin/sh
# t-org.sh — organisation import: both encodings, years kept apart, and every
# kind of bad CSV refused with file:line and column, exit 3, database unchanged.
. "$(dirname "$0")/lib.sh"
DB="$T_TMP/t.db"
export TENKEN_DB="$DB"

tk init; is "$rc" 0 "init"
tk org import --year 2025 --divisions "$EX/fy2025/divisions.csv" --staff "$EX/fy2025/staff.csv"
is "$rc" 0 "FY2025 UTF-8 import"
like "$out" "95 divisions.*4073 staff" "import summary counts"
is "$(sql "$DB" "select count(*) from staff where fy=2025")" 4073 "4073 staff stored"
tk org import --year 2026 --divisions "$EX/fy2026/cp932/divisions.csv" --staff "$EX/fy2026/cp932/staff.csv"
is "$rc" 0 "FY2026 CP932 CRLF import"
is "$(sql "$DB" "select name from divisions where fy=2026 and code='120'")" "情報管理課" "CP932 names decoded"
is "$(sql "$DB" "select name from divisions where fy=2025 and code='310'")" "生活安全総務課" "last year's name kept"
is "$(sql "$DB" "select name from divisions where fy=2026 and code='310'")" "生活安全企画課" "this year's name"
is "$(sql "$DB" "select count(*) from divisions where fy=2025 and code='1310'")" 1 "merged station stays in FY2025"
is "$(sql "$DB" "select count(*) from divisions where fy=2026 and code='1310'")" 0 "and is absent in FY2026"

before=$(db_digest "$DB")
tk org import --year 2026 --divisions "$EX/fy2026/cp932/divisions.csv" --staff "$EX/fy2026/cp932/staff.csv"
like "$out" "unchanged" "same files again: no-op"
is "$(db_digest "$DB")" "$before" "no-op leaves database identical"

tk org import --year 2026 --divisions "$EX/fy2026/utf8bom/divisions.csv" --staff "$EX/fy2026/utf8bom/staff.csv"
is "$rc" 0 "UTF-8 with BOM import"
is "$(sql "$DB" "select count(*) from staff where fy=2026")" 4073 "same staff after BOM import"
is "$(sql "$DB" "select count(*) from divisions d join staff s on s.id=d.head_staff_id where d.fy=2026 and s.division_id<>d.id")" 0 "heads belong to their divisions"

tk org show --year 2026 --json
is "$rc" 0 "org show --json"
like "$out" '"code":"120","name":"情報管理課","kind":"hq"' "json has division"
like "$out" '"staff_count":4073' "json has staff total"
tk org show
like "$out" "FY2026 organisation" "org show defaults to latest year"

# ---- bad input: message, exit 3, database unchanged ----------------------
D="$T_TMP/bad"; mkdir -p "$D"
good_div="$EX/fy2026/divisions.csv"; good_staff="$EX/fy2026/staff.csv"
bad() { # desc divisions staff pattern
	before=$(db_digest "$DB")
	tk org import --year 2026 --divisions "$2" --staff "$3"
	is "$rc" 3 "$1: exit 3"
	like "$err" "$4" "$1: message"
	is "$(db_digest "$DB")" "$before" "$1: database unchanged"
}
sed '1s/kind/kindx/' "$good_div" > "$D/unknown-col.csv"
bad "unknown column" "$D/unknown-col.csv" "$good_staff" "unknown-col.csv:1: column 3: unknown column 'kindx'"
sed '1s/,head$//; s/,[0-9]*$//' "$good_div" > "$D/missing-col.csv"
bad "missing column" "$D/missing-col.csv" "$good_staff" "missing-col.csv:1: missing column 'head'"
{ cat "$good_div"; sed -n 3p "$good_div"; } > "$D/dup.csv"
bad "duplicate code" "$D/dup.csv" "$good_staff" "dup.csv:[0-9]+: column 'code': duplicate code '110' \(first on line 3\)"
sed '3s/,100,/,999,/' "$good_div" > "$D/noparent.csv"
bad "unknown parent" "$D/noparent.csv" "$good_staff" "noparent.csv:3: column 'parent': parent '999' does not exist"
# 100 (bureau) → parent 910 (bureau) and 910 → parent 100: a cycle.
sed '2s/^100,\([^,]*\),bureau,,/100,\1,bureau,910,/; s/^910,\([^,]*\),bureau,,/910,\1,bureau,100,/' "$good_div" > "$D/cycle.csv"
bad "cycle" "$D/cycle.csv" "$good_staff" "cycle.csv:2: column 'parent': division '100' is its own ancestor"
sed '2s/,bureau,/,castle,/' "$good_div" > "$D/kind.csv"
bad "unknown kind" "$D/kind.csv" "$good_staff" "kind.csv:2: column 'kind': unknown kind 'castle'"
sed '5s/,[^,]*$/,NOPE/' "$good_staff" > "$D/staff-div.csv"
bad "staff in unknown division" "$good_div" "$D/staff-div.csv" "staff-div.csv:5: column 'division': unknown division 'NOPE'"
sed '5s/\(,[^,]*\)\(,[^,]*\)$/,課長代理級\2/' "$good_staff" > "$D/grade.csv"
bad "unknown grade" "$good_div" "$D/grade.csv" "grade.csv:5: column 'grade': unknown grade '課長代理級' \(expected one of 部長級"
printf 'code,name,kind,parent,head\n100,\377\376bad,bureau,,\n' > "$D/badutf8.csv"
before=$(db_digest "$DB")
tk org import --year 2026 --encoding utf-8 --divisions "$D/badutf8.csv" --staff "$good_staff"
is "$rc" 3 "invalid UTF-8: exit 3"
like "$err" "badutf8.csv:2: column 5: invalid UTF-8" "invalid UTF-8: line and column"
is "$(db_digest "$DB")" "$before" "invalid UTF-8: database unchanged"
/usr/bin/python3 - "$good_div" "$D/onebyte.csv" <<'PYEOF'
import sys
lines = open(sys.argv[1], "rb").read().split(b"\n")
lines[4] = lines[4].replace("課".encode(), b"\xe8\xaa", 1)  # a cut character
open(sys.argv[2], "wb").write(b"\n".join(lines))
PYEOF
bad "one broken byte in a UTF-8 file" "$D/onebyte.csv" "$good_staff" "onebyte.csv:5: column [0-9]+: invalid UTF-8 \(the rest of the file is UTF-8\)"
printf 'code,name,kind,parent,head\r\n100,\202\240\201\177,bureau,,\r\n' > "$D/badsjis.csv"
bad "invalid CP932" "$D/badsjis.csv" "$good_staff" "badsjis.csv:2: column [0-9]+: neither valid UTF-8 nor CP932"
: > "$D/empty.csv"
bad "empty file" "$D/empty.csv" "$good_staff" "empty.csv: empty file"
head -c 2000000 /dev/zero | tr '\0' 'x' > "$D/longline.csv"
bad "very long line" "$D/longline.csv" "$good_staff" "longline.csv:1: line longer than 1048576 bytes"
sed '2s/,[0-9]*$/,999999/' "$good_div" > "$D/head.csv"
bad "head not in staff" "$D/head.csv" "$good_staff" "head.csv:2: column 'head': head '999999' is not in"
tk org import --year 2026 --divisions "$D/nonexistent.csv" --staff "$good_staff"
is "$rc" 1 "missing file: exit 1"
like "$err" "nonexistent.csv: cannot open" "missing file: message"

# A staff member referenced by nothing can leave; years are independent.
tk org import --year 2027 --divisions "$good_div" --staff "$good_staff"
is "$rc" 0 "FY2027 import"
is "$(sql "$DB" "select count(distinct fy) from divisions")" 3 "three years kept"
tk log verify
like "$out" "event log intact" "event log chain verifies"
done_testing
