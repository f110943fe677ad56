#!/bin/sh
# make-fixtures.sh — forms filled by openpyxl and then opened and re-saved
# by LibreOffice Calc (soffice --headless --convert-to xlsx), with the
# database state that issued them.  t-fixtures.sh imports them.
#
#   TENKEN=build/tenken sh tests/data/lo/make-fixtures.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../../.." && pwd)
: "${TENKEN:=$src/build/tenken}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TENKEN_DB="$tmp/t.db" TENKEN_SURVEYS="$src/surveys" TENKEN_AS=365276
export TENKEN_NOW=2026-06-01T09:00:00Z
"$TENKEN" init -q
"$TENKEN" org import -q --year 2026 --divisions "$src/tests/data/mini/divisions.csv" \
	--staff "$src/tests/data/mini/staff.csv"
"$TENKEN" campaign create -q --survey division-self --year 2026 --due 2026-07-31
"$TENKEN" campaign create -q --survey staff-self --year 2026 --due 2026-07-31
"$TENKEN" form export -q --campaign 1 --out "$tmp/f1"
"$TENKEN" form export -q --campaign 2 --out "$tmp/f2"
/usr/bin/python3 "$src/scripts/fill-forms.py" --seed 11 "$tmp/f1" "$tmp/filled" > "$here/answers-division.jsonl"
/usr/bin/python3 "$src/scripts/fill-forms.py" --seed 12 "$tmp/f2" "$tmp/filled" > "$here/answers-staff.jsonl"
rm -f "$here"/*.xlsx
HOME="$tmp" soffice --headless --convert-to xlsx --outdir "$here" "$tmp"/filled/*.xlsx >/dev/null 2>&1
sqlite3 "$TENKEN_DB" .dump > "$here/db.sql"
echo "PRAGMA user_version=$(sqlite3 "$TENKEN_DB" 'PRAGMA user_version');" >> "$here/db.sql"
# File names in the answer lists: the fixtures' own.
sed -i "s|$tmp/filled/|lo/|g" "$here"/answers-*.jsonl
ls "$here"
