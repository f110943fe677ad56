#!/bin/sh
# make-schema-v3.sh — a database at schema version 3 (before item_stats)
# holding imported answers, and the scores it must give once `tenken init`
# has migrated it (and backfilled item_stats).  Used by t-migrate.sh.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
: "${TENKEN:=$src/build/tenken}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TENKEN_DB="$tmp/t.db" TENKEN_SURVEYS="$src/surveys" TENKEN_AS=900002
export TENKEN_NOW=2026-06-01T09:00:00Z
"$TENKEN" init -q
"$TENKEN" org import -q --year 2026 --divisions "$here/mini/divisions.csv" --staff "$here/mini/staff.csv"
"$TENKEN" campaign create -q --survey staff-self --year 2026 > /dev/null
"$TENKEN" campaign create -q --survey division-self --year 2026 > /dev/null
"$TENKEN" form export -q --campaign 1 --out "$tmp/f"
"$TENKEN" form export -q --campaign 2 --out "$tmp/f"
/usr/bin/python3 "$src/scripts/fill-forms.py" --seed 3 "$tmp/f" "$tmp/g" > /dev/null
"$TENKEN" import -q "$tmp/g"
"$TENKEN" score --campaign 1 --json > "$here/schema-v3-scores1.json"
"$TENKEN" score --campaign 2 --json > "$here/schema-v3-scores2.json"
sqlite3 "$TENKEN_DB" "DROP TABLE item_stats; PRAGMA user_version=3;"
{ echo "-- tenken database at schema version 3 (kept fixture for the migration test)"
  sqlite3 "$TENKEN_DB" .dump
  echo "PRAGMA user_version=3;"; } > "$here/schema-v3.sql"
wc -c "$here/schema-v3.sql"
