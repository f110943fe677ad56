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
q "INSERT INTO roles(fy, role, staff_id, assigned_at) VALUES (2026, 'chief', $(sid 900001), $NOW), (2026, 'security_manager', $(sid 900002), $NOW);
   INSERT INTO plans(id, fy, kind, title, drafted_by, drafted_at, drafted_on) VALUES (1, 2026, 'regular_audit', 'p', $(sid 900002), $NOW, '2026-05-01');
   INSERT INTO plan_targets(plan, division_id) VALUES (1, $(did 1001)), (1, $(did 120));"
is "$rc" 0 "a plan drafted by the manager"
q "INSERT INTO audits(id, plan, kind, fy, division_id, created_at) VALUES (1, 1, 'regular', 2026, $(did 1001), $NOW)"
like "$err" "tenken-rule:audit-plan" "no audit under a plan not yet approved"
q "UPDATE plans SET approved_by=$(sid 900003), approved_on='2026-05-02' WHERE id=1"
like "$err" "tenken-rule:plan-approval" "only the year's 本部長 approves a plan"
q "UPDATE plans SET approved_by=$(sid 900001), approved_on='2026-04-30' WHERE id=1"
like "$err" "tenken-rule:plan-approval" "not before the day it was drawn up"
q "UPDATE plans SET approved_by=$(sid 900001), approved_on='2026/05/02' WHERE id=1"
[ "$rc" -ne 0 ]; ok $? "a date written 2026/05/02 is refused by the CHECK (date(x) IS x)"
q "UPDATE plans SET approved_by=$(sid 900001), approved_on='2026-05-02' WHERE id=1"
is "$rc" 0 "approved by the 本部長"
q "UPDATE plans SET title='changed' WHERE id=1"
like "$err" "tenken-rule:plan-approved" "an approved plan can no longer be changed"
q "INSERT INTO plan_targets(plan, division_id) VALUES (1, $(did 130))"
like "$err" "tenken-rule:plan-approved" "nor its targets"
q "INSERT INTO audits(id, plan, kind, fy, division_id, created_at) VALUES (1, 1, 'regular', 2026, $(did 1001), $NOW);
   INSERT INTO audits(id, plan, kind, fy, division_id, created_at) VALUES (2, 1, 'regular', 2026, $(did 120), $NOW);"
is "$rc" 0 "audits planned"
q "INSERT INTO audits(id, plan, kind, fy, division_id, created_at) VALUES (3, 1, 'regular', 2026, $(did 130), $NOW)"
like "$err" "tenken-rule:audit-plan" "only the plan's targets are audited"
q "INSERT INTO audits(id, plan, kind, fy, division_id, conducted_on, created_at) VALUES (3, 1, 'regular', 2026, $(did 130), '2026/06/01', $NOW)"
[ "$rc" -ne 0 ]; ok $? "a malformed date never reaches the table"
q "INSERT INTO audit_team VALUES (1, $(sid 900003), 'lead')"
is "$rc" 0 "HQ 課長補佐級 may audit a police station"
q "INSERT INTO audit_team VALUES (2, $(sid 900003), 'lead')"
[ "$rc" -ne 0 ]; ok $? "兼務禁止: nobody audits their own division"
like "$err" "tenken-rule:separation-audit" "message names the rule"
q "INSERT INTO audit_team VALUES (1, $(sid 900004), 'auditor')"
like "$err" "tenken-rule:auditor-eligibility" "係長級 is not eligible"
q "INSERT INTO audit_team VALUES (2, $(sid 900012), 'auditor')"
like "$err" "tenken-rule:auditor-eligibility" "station staff are not eligible"
q "INSERT INTO audit_team VALUES (2, $(sid 900010), 'auditor')"
like "$err" "tenken-rule:auditor-eligibility" "a 方面本部 is not 警察本部 (第3 2(2)): its staff are not eligible"
q "UPDATE audit_team SET audit=2 WHERE audit=1 AND staff_id=$(sid 900003)"
like "$err" "tenken-rule:separation-audit" "moving an auditor onto their own division's audit is refused too (UPDATE)"

q "INSERT INTO plans(fy, kind, title, drafted_by, drafted_at, approved_by) VALUES (2026, 'regular_audit', 'x', $(sid 900002), $NOW, $(sid 900002))"
like "$err" "tenken-rule:separation-approval" "nobody approves their own plan"
q "INSERT INTO plans(fy, kind, title, drafted_by, drafted_at) VALUES (2026, 'regular_audit', 'x', $(sid 900003), $NOW)"
like "$err" "tenken-rule:plan-drafter" "the plan is drawn up by the year's 情報セキュリティ管理者"
q "INSERT INTO roles(fy, role, staff_id, assigned_at) VALUES (2026, 'chief', $(sid 900002), $NOW)"
like "$err" "tenken-rule:separation-roles" "the 本部長 and the manager are never the same person"

S="'警察情報システム'"
q "INSERT INTO roles(fy, role, staff_id, system, assigned_at) VALUES (2026, 'system_security_officer', $(sid 900004), $S, $NOW), (2026, 'operations_manager', $(sid 900011), $S, $NOW), (2026, 'info_head', $(sid 900003), NULL, $NOW)"
ex() { # starts ends special_reason [applicant via state permitted_by]
	q "INSERT INTO exceptions(fy, state, system, division_id, clause, reason, alternative, special_reason, applicant, via, permitted_by, requested_on, starts_on, ends_on, created_at)
	   VALUES (2026, '${6:-requested}', $S, $(did 120), '第8 3(1)', 'r', 'a', $3, ${4:-$(sid 900004)}, ${5:-$(sid 900003)}, ${7:-NULL}, '2026-03-20', '$1', '$2', $NOW)"
}
ex 2026-04-01 2027-03-31 NULL
is "$rc" 0 "an exception of one year: to the day before the start a year on"
E=$(sqlite3 "$DB" "select max(id) from exceptions")
ex 2026/04/01 2027-03-01 NULL
like "$err" "tenken-date:exception date" "2026/04/01 is not a date"
ex 2026-04-01 2027-04-01 NULL
like "$err" "tenken-rule:exception-period" "a year and a day needs a special reason and approval"
ex 2026-04-01 2027-10-01 "'整備計画による'"
is "$rc" 0 "longer with a special reason, as a request"
L=$(sqlite3 "$DB" "select max(id) from exceptions")
q "UPDATE exceptions SET state='active', decided_by=$(sid 900002), decided_on='2026-03-25' WHERE id=$L"
like "$err" "tenken-rule:exception-period" "approved only with the manager's special approval"
q "UPDATE exceptions SET state='active', decided_by=$(sid 900002), decided_on='2026-03-25', special_approval=1 WHERE id=$L"
is "$rc" 0 "approved with the special approval"
ex 2026-04-01 2026-05-01 NULL "$(sid 900007)"
like "$err" "tenken-rule:exception-applicant" "only the system's SSR or 運用管理者 applies"
ex 2026-04-01 2026-05-01 NULL "" "$(sid 900002)"
like "$err" "tenken-rule:exception-via" "through the 情報管理課長"
ex 2026-04-01 2026-05-01 NULL "" NULL provisional "$(sid 900004)"
like "$err" "tenken-rule:exception-provisional" "nobody permits their own emergency exception"
ex 2026-04-01 2026-05-01 NULL "" NULL provisional "$(sid 900011)"
is "$rc" 0 "an emergency exception permitted by the 運用管理者 stays provisional"
ex 2026-04-01 2026-05-01 NULL "" "" active
like "$err" "tenken-rule:exception-state" "an exception is never made active without a decision"
q "UPDATE exceptions SET decided_by=$(sid 900004), decided_on='2026-03-25' WHERE id=$E"
like "$err" "tenken-rule:separation-approval" "the applicant cannot decide on their own exception"
q "UPDATE exceptions SET decided_by=$(sid 900003), decided_on='2026-03-25' WHERE id=$E"
like "$err" "tenken-rule:exception-decider" "the 情報セキュリティ管理者 decides"
q "UPDATE exceptions SET state='active' WHERE id=$E"
like "$err" "tenken-rule:exception-approval" "not active without a decision"

q "INSERT INTO findings(id, audit, division_id, clause, severity, text, found_on, created_at) VALUES (1, 1, $(did 120), '第8 1(2)エ(ア)', 'high', 'x', '2026-06-01', $NOW)"
like "$err" "tenken-rule:finding-division" "a finding is about its audit's division"
q "INSERT INTO findings(id, audit, division_id, clause, severity, text, found_on, created_at) VALUES (1, 1, $(did 1001), '第8 1(2)エ(ア)', 'high', 'x', '2026-06-01', $NOW)"
is "$rc" 0 "finding recorded"
q "INSERT INTO improvements(finding, division_id, kind, description, submitted_on, created_at) VALUES (1, $(did 1001), 'plan', '更新する', '2026-06-10', $NOW)"
like "$err" "tenken-rule:compensating-measures" "an improvement plan without compensating measures is refused"
q "INSERT INTO improvements(finding, division_id, kind, description, submitted_on, created_at) VALUES (1, $(did 120), 'measure_taken', '是正済み', '2026-06-10', $NOW)"
like "$err" "tenken-rule:improvement-division" "an improvement answers a finding of its own division"
q "INSERT INTO improvements(finding, division_id, kind, description, compensating, due, submitted_on, created_at) VALUES (1, $(did 1001), 'plan', '更新する', '貸出簿で代替', '2026-09-30', '2026-06-10', $NOW)"
is "$rc" 0 "an improvement plan with compensating measures and a due date"
q "INSERT INTO improvements(finding, division_id, kind, description, submitted_on, completed_on, created_at) VALUES (1, $(did 1001), 'measure_taken', '是正済み', '2026-06-10', '2026-06-09', $NOW)"
is "$rc" 0 "a measure taken needs no plan"
M=$(sqlite3 "$DB" "select max(id) from improvements")
q "UPDATE improvements SET verified_by=$(sid 900011), verified_on='2026-06-20' WHERE id=$M"
like "$err" "tenken-rule:separation-verify" "nobody verifies their own division's improvement"
q "UPDATE improvements SET verified_by=$(sid 900003), verified_on='2026-06-01' WHERE id=$M"
like "$err" "tenken-rule:improvement-verify" "not before its completion"
q "UPDATE improvements SET verified_by=$(sid 900003), verified_on='2026-06-20' WHERE id=$M"
is "$rc" 0 "verified by HQ staff of another division"
q "UPDATE improvements SET description='x' WHERE id=$M"
like "$err" "tenken-rule:improvement-verified" "a verified improvement is fixed"
done_testing
