#!/bin/sh
# t-migrate.sh — a database of the previous schema version (3, kept in
# tests/data/schema-v3.sql with answers already imported) is upgraded by
# `tenken init`: nothing lost, item_stats backfilled from the answers, and
# the scores are the ones it gave before.
. "$(dirname "$0")/lib.sh"
DB="$T_TMP/t.db"
export TENKEN_DB="$DB"
sqlite3 "$DB" < "$TENKEN_TESTDATA/schema-v3.sql"
before=$(sqlite3 "$DB" "select count(*) from answers")
texts=$(sqlite3 "$DB" "select submission, staff_id, item_idx, choice, value, raw, comment from answers order by 1, 2, 3" | sha256sum)
size_before=$(sqlite3 "$DB" "select sum(length(raw)) from answers")
tk score --campaign 1 --json
is "$rc" 1 "an old schema is refused before init"
like "$err" "schema version 3 is older than this tenken's 12; run \`tenken init\` to upgrade" "and the message says what to do"
tk init
is "$rc" 0 "init upgrades"
is "$(sqlite3 "$DB" "pragma user_version")" 12 "schema version 12"
is "$(sqlite3 "$DB" "select count(*) from answers")" "$before" "no answer lost"
is "$(sqlite3 "$DB" "select count(*) from answers where choice is not null and raw is not null")" 0 "schema 8: a choice answer no longer stores its label"
is "$(sqlite3 "$DB" "select sum(length(raw)) < $size_before from answers")" 1 "and the answers hold less text"
is "$(sqlite3 "$DB" "select submission, staff_id, item_idx, choice, value, raw, comment from answers_text order by 1, 2, 3" | sha256sum)" "$texts" "answers_text gives every answer's text as raw did before"
is "$(sqlite3 "$DB" "select count(*) from item_stats")" \
   "$(sqlite3 "$DB" "select count(*) from (select distinct submission, item_idx from answers where item_idx >= 0)")" \
   "item_stats backfilled for every answered item"
is "$(sqlite3 "$DB" "select group_concat(code, ' ') from (select code from divisions where fy = 2026 order by ord)")" "100 120 130 910 1001" "schema 12: old divisions ordered by their code as a number"
for c in 1 2; do
	tk score --campaign $c --json
	is "$out" "$(cat "$TENKEN_TESTDATA/schema-v3-scores$c.json")" "campaign $c scores as before the upgrade"
done
tk log show --last 1
like "$out" "db.migrate .* schema 3 -> 12" "the upgrade is in the event log"
is "$(sqlite3 "$DB" "select count(*) from sqlite_schema where type='trigger' and sql like '%tenken-rule:%'")" 31 "the rules of the standard raise named rules after the upgrade"
tk log verify
is "$rc" 0 "event log intact across the upgrade"
done_testing
