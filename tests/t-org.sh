#!/bin/sh
# t-org.sh — organisation import: both encodings, years kept apart, and every
# kind of bad CSV refused with file:line and column, exit 3, database unchanged.
. "$(dirname "$0")/lib.sh"
export TENKEN_AS=$EX_AS
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
# Control characters in any field: NUL inside or at the end, ESC, 0x01,
# a line separator and a bidi override; the header too.
printf 'code,name,kind,parent,head\n100,\347\247\251\0\0\347\210\266\350\255\246\345\257\237\347\275\262,bureau,,\n' > "$D/nul.csv"
bad "NUL in a name" "$D/nul.csv" "$good_staff" "nul.csv:2: column 'name': control character U\+0000"
sed '3s/,hq,/,hq\x00,/' "$good_div" > "$D/nulkind.csv"
bad "NUL after a kind" "$D/nulkind.csv" "$good_staff" "nulkind.csv:3: column 'kind': control character U\+0000"
sed '3s/,[^,]*,hq,/,\x1b[31mred,hq,/' "$good_div" > "$D/esc.csv"
bad "ESC in a name" "$D/esc.csv" "$good_staff" "esc.csv:3: column 'name': control character U\+001B"
sed '5s/,\([^,]*\),\([^,]*\),\([^,]*\)$/,\1\x01,\2,\3/' "$good_staff" > "$D/soh.csv"
bad "0x01 in a staff name" "$good_div" "$D/soh.csv" "soh.csv:5: column 'name': control character U\+0001"
sed '3s/,hq,/,hq,\xe2\x80\xae/' "$good_div" > "$D/bidi.csv"
bad "bidi override" "$D/bidi.csv" "$good_staff" "bidi.csv:3: column 'parent': control character U\+202E"
sed '3s/,hq,/,h\xe2\x80\xa8q,/' "$good_div" > "$D/lsep.csv"
bad "line separator" "$D/lsep.csv" "$good_staff" "lsep.csv:3: column 'kind': control character U\+2028"
sed '1s/kind/ki\x07nd/' "$good_div" > "$D/hdr.csv"
bad "control in the header" "$D/hdr.csv" "$good_staff" "hdr.csv:1: column 3: control character U\+0007"
printf 'code,name,kind,parent,head\n100,"a\nb",bureau,,\n' > "$D/nl.csv"
bad "line break in a quoted name" "$D/nl.csv" "$good_staff" "nl.csv:2: column 'name': control character U\+000A"

# One encoding per file: a CP932 file with one UTF-8 line, and a UTF-8
# file with one CP932 line; auto and forced.
{ cat "$EX/fy2026/cp932/divisions.csv"; printf '999,混在課,hq,100,\r\n'; } > "$D/mixed.csv"
n=$(wc -l < "$D/mixed.csv")
bad "UTF-8 line in a CP932 file" "$D/mixed.csv" "$good_staff" "mixed.csv:$n: UTF-8 text in a CP932 \(Shift_JIS\) file"
before=$(db_digest "$DB")
tk org import --year 2026 --encoding cp932 --divisions "$D/mixed.csv" --staff "$good_staff"
is "$rc" 3 "forced cp932, mixed file: exit 3"
like "$err" "mixed.csv:$n: UTF-8 text in a CP932" "forced cp932, mixed file: line named"
is "$(db_digest "$DB")" "$before" "forced cp932, mixed file: database unchanged"
{ cat "$good_div"; printf '999,\215\254\215\335\211\333,hq,100,\n'; } > "$D/mixed2.csv"
n=$(wc -l < "$D/mixed2.csv")
bad "CP932 line in a UTF-8 file" "$D/mixed2.csv" "$good_staff" "mixed2.csv:$n: column [0-9]+: invalid UTF-8 \(the rest of the file is UTF-8\)"
tk org import --year 2026 --encoding utf-8 --divisions "$D/mixed2.csv" --staff "$good_staff"
like "$err" "mixed2.csv:$n: column [0-9]+: invalid UTF-8" "forced utf-8, mixed file: line named"

tk org import --year 2026 --divisions "$D/nonexistent.csv" --staff "$good_staff"
is "$rc" 1 "missing file: exit 1"
like "$err" "nonexistent.csv: cannot open" "missing file: message"

# CR-only line ends (old Mac Excel) read like CRLF.
tr '\n' '\r' < "$good_div" > "$D/cr-div.csv"
tr '\n' '\r' < "$good_staff" > "$D/cr-staff.csv"
tk org import --year 2028 --divisions "$D/cr-div.csv" --staff "$D/cr-staff.csv"
is "$rc" 0 "CR-only line ends: imported"
is "$(sql "$DB" "select count(*) from staff where fy=2028")" 4073 "CR-only line ends: all staff"
sed '3s/,hq,/,castle,/' "$good_div" | tr '\n' '\r' > "$D/cr-bad.csv"
bad "CR-only file: line numbers" "$D/cr-bad.csv" "$good_staff" "cr-bad.csv:3: column 'kind': unknown kind 'castle'"

# Two identical imports at the same moment: one writes, one is a no-op.
before=$(sql "$DB" "select count(*) from events where action='org.import'")
"$TENKEN" org import --year 2029 --divisions "$good_div" --staff "$good_staff" > "$T_TMP/c1" 2>&1 &
p1=$!
"$TENKEN" org import --year 2029 --divisions "$good_div" --staff "$good_staff" > "$T_TMP/c2" 2>&1 &
p2=$!
wait $p1; r1=$?; wait $p2; r2=$?
is "$r1$r2" 00 "concurrent imports: both succeed"
is "$(cat "$T_TMP/c1" "$T_TMP/c2" | grep -c unchanged)" 1 "concurrent imports: exactly one unchanged"
is "$(sql "$DB" "select count(*) from events where action='org.import'")" $((before + 1)) "concurrent imports: exactly one org.import event"

# A staff member referenced by nothing can leave; years are independent.
tk org import --year 2027 --divisions "$good_div" --staff "$good_staff"
is "$rc" 0 "FY2027 import"
is "$(sql "$DB" "select count(distinct fy) from divisions")" 5 "five years kept"
# Roles that come with the organisation (org import --roles).
tk org import --year 2026 --divisions "$EX/fy2026/divisions.csv" --staff "$EX/fy2026/staff.csv" --roles "$EX/fy2026/roles.csv"
is "$rc" 0 "roles with the organisation"
like "$out" "FY2026 roles: 5 set" "says how many"
tk role list --year 2026 --json
like "$out" '"role":"security_manager","label":"情報セキュリティ管理者","staff":"489596"' "the manager from the roles file"
printf '役割,職員,所属\n運用管理者,251899,999\n' > "$T_TMP/bad-roles.csv"
d=$(db_digest "$DB")
tk org import --year 2026 --divisions "$EX/fy2026/divisions.csv" --staff "$EX/fy2026/staff.csv" --roles "$T_TMP/bad-roles.csv" --as 489596
is "$rc" 1 "a role for an unknown division is refused"
like "$err" "bad-roles.csv:2: no division 999 in FY2026" "naming the file and line (Japanese headers read)"
tk org import --year 2026 --divisions "$EX/fy2026/divisions.csv" --staff "$EX/fy2026/staff.csv" --roles "$EX/fy2026/roles.csv" --as 365276
like "$err" "changing roles is done by the 情報セキュリティ管理者 of FY2026" "once the year has a manager, only the manager brings roles"
is "$(db_digest "$DB")" "$d" "refused roles: the database is unchanged"
tk log verify
like "$out" "event log intact" "event log chain verifies"
done_testing
