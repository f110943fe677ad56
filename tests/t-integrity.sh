#!/bin/sh
# t-integrity.sh — the answers of an import are written with foreign keys
# off (one check of the submission's references instead of a parent lookup
# per answer row): `PRAGMA foreign_key_check` stays clean after every import
# path — division forms, a superseding form with an answer kept aside
# (gated), a sealed bundle, and per-staff forms.
. "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3
FILL="$PY $TENKEN_SRC/scripts/fill-forms.py"
export TENKEN_DB="$T_TMP/t.db" TENKEN_PLUGIN_PATH="$TENKEN_TESTDATA/plugins/ok"
cd "$T_TMP"
mini_campaigns

# clean WHAT: no dangling reference after WHAT.
clean() {
	is "$(sqlite3 "$TENKEN_DB" "pragma foreign_key_check")" "" "$1: foreign_key_check is clean"
}

$FILL --seed 1 f d1 > /dev/null
tk import d1
is "$rc" 0 "division forms imported"
clean "division forms"
is "$(sqlite3 "$TENKEN_DB" "select count(*) > 0 from answers a join submissions u on u.id=a.submission where u.campaign=$C")" 1 "answers of the division forms stored"

one=$(ls f/*.xlsx | head -1)
$FILL --seed 2 --set T-4=いいえ --set T-5=良 "$one" d2 > /dev/null
tk import d2
is "$rc" 0 "a superseding form with an answer its gate closes"
like "$err" "kept aside" "the answer is kept aside (a warning)"
is "$(sqlite3 "$TENKEN_DB" "select count(*) from gated_answers")" 1 "one gated answer"
is "$(sqlite3 "$TENKEN_DB" "select count(*) from submissions where superseded_by is not null")" 1 "one submission superseded"
clean "superseding form, gated answer"

$FILL --seed 3 f d3 > /dev/null
tk seal --out box.zip d3/*.xlsx
tk import box.zip
is "$rc" 0 "a sealed bundle imported"
like "$out" "box.zip:" "its members are named"
clean "sealed bundle"

$FILL --seed 4 fs s1 > /dev/null
tk import s1
is "$rc" 0 "staff forms imported"
is "$(sqlite3 "$TENKEN_DB" "select count(distinct staff_id) > 1 from answers a join submissions u on u.id=a.submission where u.campaign=$CS")" 1 "answers per member of staff"
clean "staff forms"

is "$(sqlite3 "$TENKEN_DB" "pragma integrity_check")" ok "integrity_check"
tk log verify
is "$rc" 0 "event log intact"
done_testing
