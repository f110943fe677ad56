#!/bin/sh
# t-trail.sh — the evidence trail (証跡, 第6 1(4)) resists an attacker who
# edits the database file (drops the append-only triggers first): deleting
# the last event, the last 10, all of them, or replacing the last one by a
# forged event with a correct hash chain is caught by `log verify` (the
# cross-check of the tables against the log) or by `log verify --anchor`
# (truncation and rewrites); an untouched database verifies with its
# anchor; the organisation report prints the anchor on 概要.
. "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3
FILL="$PY $TENKEN_SRC/scripts/fill-forms.py"
DB="$T_TMP/t.db"
export TENKEN_DB="$DB" TENKEN_PLUGIN_PATH="$TENKEN_TESTDATA/plugins/ok"
cd "$T_TMP"

mini_campaigns
for d in 120 130 1001; do $FILL --seed 5 f/${C}_${d}_*.xlsx in > /dev/null; done
$FILL --seed 6 fs/${CS}_120_*.xlsx in > /dev/null
tk import in
is "$rc" 0 "four forms imported"
NSUB=$(sql "$DB" "select count(*) from submissions")
is "$NSUB" 4 "four submissions"

# ---- untouched: verifies, alone and with its anchor ---------------------
tk log verify
is "$rc" 0 "untouched database verifies"
like "$out" "cross-check: 7 rows" "1 org year + 2 campaigns + 4 submissions cross-checked"
tk log anchor
is "$rc" 0 "log anchor"
N=$(sql "$DB" "select count(*) from events")
H=$(sql "$DB" "select hash from events order by id desc limit 1")
is "$(echo "$out" | head -1)" "tenken-anchor $N:$H" "the anchor is the entry count and the last hash"
like "$out" "outside the database" "the anchor says to keep it outside the database"
tk -q log anchor
is "$out" "tenken-anchor $N:$H" "-q prints the anchor line only"
A1="tenken-anchor $N:$H"
tk log verify --anchor "$A1"
is "$rc" 0 "untouched database verifies with its anchor (as printed)"
tk log verify --anchor "$N:$(echo "$H" | tr a-f A-F)"
is "$rc" 0 "... and as N:HASH, in upper case"
like "$out" "anchor $N:$H matches" "says the anchor matches"
tk log verify --anchor "$N:abc"
is "$rc" 2 "a malformed anchor is a usage error"
tk log verify --anchor tenken-anchor "$N:$H"
like "$err" "in quotes" "the anchor line unquoted: says to quote it"

# ---- the report prints the anchor of its time on 概要 -------------------
tk report --campaign "$C" --out r.xlsx
is "$rc" 0 "report written"
$PY - r.xlsx <<'PYEOF' > anchor.txt
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["概要"]
for row in ws.iter_rows(values_only=True):
    if row[0] and str(row[0]).startswith("証跡アンカー"):
        print(row[1])
PYEOF
is "$(cat anchor.txt)" "$A1" "概要 shows the anchor at the time of writing"
tk -q log anchor
A2=$out
N2=$(sql "$DB" "select count(*) from events")
is "$N2" $((N + 1)) "the report run is one more event"
tk log verify --anchor "$A1"
is "$rc" 0 "the anchor printed in the report still verifies"
like "$out" "1 entries written after the anchor" "entries after the anchor are pointed out for review"
cp "$DB" base.db

# A copy of the database an attacker edited with sqlite3 (the append-only
# triggers dropped first).
tamper() { # NAME SQL
	cp base.db "$1.db"
	sqlite3 "$1.db" "DROP TRIGGER events_append_only_d; DROP TRIGGER events_append_only_u; $2"
}
verify() { # NAME [--anchor A]
	db=$1
	shift
	tk --db "$db.db" log verify "$@"
}

# ---- the last event deleted ----------------------------------------------
# The last event is report.write, which has no row: only the anchor sees it.
tamper last "DELETE FROM events WHERE id=(SELECT max(id) FROM events)"
verify last
is "$rc" 0 "last event (report.write) deleted: the chain alone cannot tell"
verify last --anchor "$A2"
is "$rc" 1 "... the anchor catches it (exit 1)"
like "$err" "has $N entries, the anchor covers $N2" "... saying how many entries are left"
# The last form.import deleted: its submission remains.
tamper lastimport "DELETE FROM events WHERE id=(SELECT max(id) FROM events WHERE action='form.import'); DELETE FROM events WHERE action='report.write'"
verify lastimport
is "$rc" 1 "last import event deleted: log verify fails (exit 1)"
like "$err" "submission 4 has no form.import event" "... naming the submission without its event"
like "$err" "does not account for the database: 1 row" "... and how many"

# ---- the last 10 deleted -------------------------------------------------
tamper last10 "DELETE FROM events WHERE id IN (SELECT id FROM events ORDER BY id DESC LIMIT 10)"
verify last10
is "$rc" 1 "last 10 events deleted: log verify fails"
like "$err" "submission 1 has no form.import event" "... a submission without its event"
like "$err" "campaign $CS has no campaign.create event" "... a campaign without its event"
verify last10 --anchor "$A2"
is "$rc" 1 "... and the anchor fails too"

# ---- all deleted ---------------------------------------------------------
tamper all "DELETE FROM events"
verify all
is "$rc" 1 "all events deleted: log verify fails (no more 'intact: 0 entries')"
like "$err" "org year 2026 has no org.import event" "... the org year without its event"
like "$err" "7 row" "... all 7 rows counted"
verify all --anchor "$A2"
is "$rc" 1 "... and the anchor fails"
like "$err" "has 0 entries" "... an empty log"

# ---- a forged event with a correct hash ----------------------------------
# forge DB ACTION OBJECT DETAIL: append an event whose hash chain is right.
forge() {
	$PY - "$@" <<'PYEOF'
import hashlib, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
prev = db.execute("select hash from events order by id desc limit 1").fetchone()[0]
parts = [prev, "2026-12-01T00:00:00Z", "intruder"] + sys.argv[2:5]
h = hashlib.sha256()
for p in parts:
    b = p.encode()
    h.update(b"%d:" % len(b) + b)
db.execute("insert into events(at, actor, action, object, detail, prev_hash, hash) values (?,?,?,?,?,?,?)",
           parts[1:] + [prev, h.hexdigest()])
db.commit()
PYEOF
}
cp base.db forged.db
forge forged.db campaign.close "campaign $C" ""
verify forged
is "$rc" 0 "forged event appended with a correct chain: log verify cannot tell (documented)"
verify forged --anchor "$A2"
is "$rc" 0 "... an anchor taken before it still matches"
like "$out" "1 entries written after the anchor" "... but the entry after the anchor is pointed out for review"
# The last event replaced by a forged one (same count, correct chain).
tamper replaced "DELETE FROM events WHERE id=(SELECT max(id) FROM events)"
forge replaced.db report.write "campaign $C" "elsewhere.xlsx"
verify replaced
is "$rc" 0 "last event replaced by a forged one: the chain verifies"
verify replaced --anchor "$A2"
is "$rc" 1 "... the anchor catches it"
like "$err" "entry $N2 has hash [0-9a-f]{64}, the anchor says $(echo "$A2" | sed 's/.*://')" "... naming the entry and both hashes"
# A forged import event naming a submission that does not exist.
cp base.db ghost.db
forge ghost.db form.import "campaign $C division 130" "submission 99 from x.xlsx sha256 00; 1 answers"
verify ghost
is "$rc" 1 "forged event naming a missing submission: log verify fails"
like "$err" "form.import event names submission 99, which does not exist" "... naming it"

# ---- a row deleted behind the log --------------------------------------
cp base.db norow.db
sqlite3 norow.db "PRAGMA foreign_keys=OFF; DELETE FROM answers WHERE submission=2; DELETE FROM item_stats WHERE submission=2; DELETE FROM submissions WHERE id=2"
verify norow
is "$rc" 1 "a submission deleted behind the log: log verify fails"
like "$err" "names submission 2, which does not exist" "... naming it"

is "$(db_digest base.db)" "$(db_digest "$DB")" "verifying changes nothing"
done_testing
