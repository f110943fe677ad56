#!/bin/sh
# t-rules.sh — the standard's rules held by the schema itself: 兼務禁止
# (no auditing one's own division; no approving one's own application),
# auditor eligibility (HQ, 課長補佐級 or above), the exception period (at
# most a year without special approval) and improvement plans (compensating
# measures and a due date).
. "$(dirname "$0")/lib.sh"
MINI="$TENKEN_TESTDATA/mini"
DB="$T_TMP/t.db"
export TENKEN_DB="$DB"
tk init
tk org import --year 2026 --divisions "$MINI/divisions.csv" --staff "$MINI/staff.csv"
q() { run sqlite3 -bail "$DB" "PRAGMA foreign_keys=ON; $1"; }
sid() { sqlite3 "$DB" "select id from staff where fy=2026 and code='$1'"; }
did() { sqlite3 "$DB" "select id from divisions where fy=2026 and code='$1'"; }
NOW="'2026-06-01T00:00:00Z'"
q "INSERT INTO audits(id, kind, fy, division_id, created_at) VALUES (1, 'regular', 2026, $(did 1001), $NOW);
   INSERT INTO audits(id, kind, fy, division_id, created_at) VALUES (2, 'regular', 2026, $(did 120), $NOW);"
is "$rc" 0 "audits planned"
q "INSERT INTO audit_team VALUES (1, $(sid 900003), 'lead')"
is "$rc" 0 "HQ 課長補佐級 may audit a police station"
q "INSERT INTO audit_team VALUES (2, $(sid 900003), 'lead')"
[ "$rc" -ne 0 ]; ok $? "兼務禁止: nobody audits their own division"
like "$err" "tenken-rule:separation-audit" "message names the rule"
q "INSERT INTO audit_team VALUES (1, $(sid 900004), 'auditor')"
like "$err" "tenken-rule:auditor-eligibility" "係長級 is not eligible"
q "INSERT INTO audit_team VALUES (2, $(sid 900012), 'auditor')"
like "$err" "tenken-rule:auditor-eligibility" "station staff are not eligible"

q "INSERT INTO plans(fy, kind, title, drafted_by, drafted_at, approved_by) VALUES (2026, 'regular_audit', 'x', $(sid 900002), $NOW, $(sid 900002))"
like "$err" "tenken-rule:separation-approval" "nobody approves their own plan"

ex() { # starts ends special emergency approver
	q "INSERT INTO exceptions(division_id, clause, reason, alternative, applicant, approver, starts_on, ends_on, special_approval, emergency, created_at)
	   VALUES ($(did 120), '第8 3(1)', 'r', 'a', $(sid 900004), $5, '$1', '$2', $3, $4, $NOW)"
}
ex 2026-04-01 2027-04-01 NULL 0 "$(sid 900002)"
is "$rc" 0 "an exception of one year"
ex 2026-04-01 2027-04-02 NULL 0 "$(sid 900002)"
like "$err" "tenken-rule:exception-period" "longer than a year needs special approval"
ex 2026-04-01 2027-10-01 "$(sid 900001)" 0 "$(sid 900002)"
is "$rc" 0 "longer with the manager's special approval"
ex 2026-04-01 2026-05-01 NULL 0 "$(sid 900004)"
like "$err" "tenken-rule:separation-approval" "the applicant cannot approve their own exception"
ex 2026-04-01 2026-05-01 NULL 1 NULL
is "$rc" 0 "an emergency exception may be provisional (no approver yet)"
ex 2026-04-01 2026-05-01 NULL 0 NULL
like "$err" "tenken-rule:exception-approval" "a normal exception needs an approver"

q "INSERT INTO findings(id, audit, division_id, clause, severity, text, found_on, created_at) VALUES (1, 1, $(did 1001), '第8 1(2)エ(ア)', 'high', 'x', '2026-06-01', $NOW)"
is "$rc" 0 "finding recorded"
q "INSERT INTO improvements(finding, kind, description, submitted_on) VALUES (1, 'plan', '更新する', '2026-06-10')"
like "$err" "tenken-rule:compensating-measures" "an improvement plan without compensating measures is refused"
q "INSERT INTO improvements(finding, kind, description, compensating, due, submitted_on) VALUES (1, 'plan', '更新する', '貸出簿で代替', '2026-09-30', '2026-06-10')"
is "$rc" 0 "an improvement plan with compensating measures and a due date"
q "INSERT INTO improvements(finding, kind, description, submitted_on) VALUES (1, 'measure_taken', '是正済み', '2026-06-10')"
is "$rc" 0 "a measure taken needs no plan"
done_testing
