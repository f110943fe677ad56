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

ex() { # starts ends special emergency approver
	q "INSERT INTO exceptions(division_id, clause, reason, alternative, applicant, approver, starts_on, ends_on, special_approval, emergency, created_at)
	   VALUES ($(did 120), '第8 3(1)', 'r', 'a', $(sid 900004), $5, '$1', '$2', $3, $4, $NOW)"
}
ex 2026-04-01 2027-04-01 NULL 0 "$(sid 900002)"
is "$rc" 0 "an exception of one year"
ex 2026/04/01 2027-03-01 NULL 0 "$(sid 900002)"
like "$err" "tenken-date:exception period" "2026/04/01 is not a date (date() gives NULL, the CHECK let it pass before)"
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

q "INSERT INTO findings(id, audit, division_id, clause, severity, text, found_on, created_at) VALUES (1, 1, $(did 120), '第8 1(2)エ(ア)', 'high', 'x', '2026-06-01', $NOW)"
like "$err" "tenken-rule:finding-division" "a finding is about its audit's division"
q "INSERT INTO findings(id, audit, division_id, clause, severity, text, found_on, created_at) VALUES (1, 1, $(did 1001), '第8 1(2)エ(ア)', 'high', 'x', '2026-06-01', $NOW)"
is "$rc" 0 "finding recorded"
q "INSERT INTO improvements(finding, kind, description, submitted_on) VALUES (1, 'plan', '更新する', '2026-06-10')"
like "$err" "tenken-rule:compensating-measures" "an improvement plan without compensating measures is refused"
q "INSERT INTO improvements(finding, kind, description, compensating, due, submitted_on) VALUES (1, 'plan', '更新する', '貸出簿で代替', '2026-09-30', '2026-06-10')"
is "$rc" 0 "an improvement plan with compensating measures and a due date"
q "INSERT INTO improvements(finding, kind, description, submitted_on) VALUES (1, 'measure_taken', '是正済み', '2026-06-10')"
is "$rc" 0 "a measure taken needs no plan"
done_testing
