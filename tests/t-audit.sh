#!/bin/sh
# t-audit.sh — a regular and a special audit through the CLI from the plan
# to the audit report (第2 5): roles, plan, approval, audits, team, notice,
# the offline checklist filled by openpyxl (and re-saved by LibreOffice when
# it is installed), findings, report — and every refusal on the way, each
# with its rule and the database unchanged.
. "$(dirname "$0")/lib.sh"
MINI="$TENKEN_TESTDATA/mini"
PY=/usr/bin/python3
FILL="$TENKEN_SRC/scripts/fill-audit.py"
export TENKEN_DB="$T_TMP/t.db"
cd "$T_TMP" || exit 1
tk init
tk org import --year 2026 --divisions "$MINI/divisions.csv" --staff "$MINI/staff.csv"
same() { is "$(db_digest "$TENKEN_DB")" "$1" "$2: the database is unchanged"; }

# --- roles -------------------------------------------------------------
tk role set --year 2026 --role 情報セキュリティ管理者 --staff 900002 --as 900003
is "$rc" 0 "the first role of a year may be set by anyone of the year"
tk role set --year 2026 --role chief --staff 900001 --as 900002
is "$rc" 0 "the manager sets the 本部長"
d=$(db_digest "$TENKEN_DB")
tk role set --year 2026 --role info-head --staff 900003 --as 900003
is "$rc" 1 "once there is a manager, nobody else changes roles"
like "$err" "rule 役割 .*情報セキュリティ管理者 of FY2026 \(900002" "naming the rule and the manager"
tk role set --year 2026 --role chief --staff 900002 --as 900002
like "$err" "兼務禁止" "the 本部長 cannot be the manager (兼務禁止)"
tk role set --year 2026 --role ssr --staff 900003 --as 900002
is "$rc" 2 "a システムセキュリティ責任者 is named per system or division"
same "$d" "refused role changes"
tk role set --year 2026 --role ssr --system 警察情報システム --staff 900011 --as 900002
is "$rc" 0 "an SSR for a system"
tk role list --year 2026 --json
like "$out" '"role":"system_security_officer".*"system":"警察情報システム"' "role list --json"

# --- the plan ----------------------------------------------------------
tk campaign create --survey regular-audit --year 2026
like "$err" "audit plan create" "a campaign of an audit checklist is refused, pointing to the audit plan"
printf 'division,date,procedure\n1001,2026-07-01,午前10時から署長室で実施する。\n130,2026-07-15,午後1時から\n' > sched.csv
printf 'division,date\n1001,2027-04-01\n' > bad-sched.csv
d=$(db_digest "$TENKEN_DB")
tk audit plan create --year 2026 --kind regular --targets 1001,130 --checklist regular-audit --on 2026-05-01 --as 900003
is "$rc" 1 "only the manager drafts the plan"
like "$err" "rule 役割.*drafting an audit plan" "naming the duty"
tk audit plan create --year 2026 --kind regular --targets 1001,130 --checklist regular-audit --schedule bad-sched.csv --as 900002
is "$rc" 3 "a scheduled date outside the fiscal year is refused"
like "$err" "bad-sched.csv:2: '2027-04-01' is not a date YYYY-MM-DD in FY2026" "with the file and line"
tk audit plan create --year 2026 --kind special --targets 1001 --checklist special-audit --param themes=外部記録媒体 --as 900002
like "$err" "needs --reason" "a special audit needs its reason"
tk audit plan create --year 2026 --kind special --targets 1001 --checklist special-audit --reason 紛失事案 --as 900002
is "$rc" 3 "a special audit's items are chosen: no silent default"
like "$err" "特別監査の項目が選ばれていません（第2 5\(3\)ア）" "saying which --param to give"
tk audit plan create --year 2026 --kind regular --targets 1001 --checklist special-audit --param themes=SNS --as 900002
like "$err" "regular audit needs a regular_audit checklist" "the checklist matches the kind"
same "$d" "refused plans"
tk -q audit plan create --year 2026 --kind regular --targets 1001,130 --checklist regular-audit --schedule sched.csv --on 2026-05-01 --as 900002
is "$rc" 0 "the manager drafts the regular audit plan"
P=$out
tk audit plan review --plan "$P" --committee-date 2026-05-08 --as 900002
is "$rc" 0 "the committee's review is recorded"

d=$(db_digest "$TENKEN_DB")
tk audit create --plan "$P" --division 1001 --date 2026-07-01 --as 900002
like "$err" "rule 実施計画 .*not approved" "no audit before the plan is approved"
tk audit plan approve --plan "$P" --on 2026-05-10 --as 900002
like "$err" "兼務禁止 .*drafted by 900002" "the drafter cannot approve (兼務禁止)"
tk audit plan approve --plan "$P" --on 2026-05-10 --as 900003
like "$err" "本部長 of FY2026" "only the 本部長 approves"
tk audit plan approve --plan "$P" --on 2026-04-30 --as 900001
like "$err" "drafted on 2026-05-01; --on 2026-04-30 is earlier" "not before the drafting date"
tk audit plan approve --plan "$P" --on 2026/05/10 --as 900001
is "$rc" 2 "a date written 2026/05/10 is refused"
same "$d" "refused approvals"
tk audit plan approve --plan "$P" --on 2026-05-10 --as 900001
is "$rc" 0 "the 本部長 approves"
tk audit plan approve --plan "$P" --on 2026-05-11 --as 900001
like "$err" "can no longer be changed" "an approved plan is fixed"

# --- audits and team ---------------------------------------------------
tk audit create --plan "$P" --scheduled --as 900002
like "$out" "2 audits created" "audits from the schedule"
A=$(sql "$TENKEN_DB" "select a.id from audits a join divisions d on d.id=a.division_id where d.code='1001'")
A2=$(sql "$TENKEN_DB" "select a.id from audits a join divisions d on d.id=a.division_id where d.code='130'")
is "$(sql "$TENKEN_DB" "select conducted_on || ' ' || procedure from audits where id=$A")" "2026-07-01 午前10時から署長室で実施する。" "date and 実施要領 from the schedule"
d=$(db_digest "$TENKEN_DB")
tk audit create --plan "$P" --division 120 --date 2026-07-02 --as 900002
like "$err" "not a target" "only the plan's targets"
tk audit create --plan "$P" --division 1001 --date 2026-07-02 --as 900002
like "$err" "already has an audit of division 1001" "one audit per division and plan"
tk audit assign --audit "$A" --staff 900004 --role lead --as 900002
like "$err" "監査官の要件" "係長級 is not eligible"
tk audit assign --audit "$A" --staff 900010 --role lead --as 900002
like "$err" "監査官の要件" "a 方面本部 is not 警察本部"
tk audit assign --audit "$A2" --staff 900006 --role member --as 900002
like "$err" "兼務禁止" "nobody audits their own division"
tk audit assign --audit "$A" --staff 900003 --role lead --as 900003
like "$err" "naming auditors" "auditors are named by the manager"
same "$d" "refused audits and auditors"
tk audit assign --audit "$A" --staff 900003 --role lead --as 900002
is "$rc" 0 "a lead auditor"
tk audit assign --audit "$A" --staff 900006 --role member --as 900002
is "$rc" 0 "a member"
tk audit assign --audit "$A" --staff 900006 --role lead --as 900002
like "$err" "exactly one lead" "never two leads"

d=$(db_digest "$TENKEN_DB")
C=$(sql "$TENKEN_DB" "select campaign from plans where id=$P")
tk form export --campaign "$C" --out sneak --as 900007
like "$err" "audit form --audit" "an audit checklist is not exported around the team check"
tk campaign close --campaign "$C" --as 900002
like "$err" "holds the checklists of audit plan" "nor is the plan's campaign closed by hand"
tk audit assign --audit "$A" --staff 900011 --remove --as 900002
is "$rc" 1 "taking off someone not on the team is an error"
tk audit assign --audit "$A2" --staff 900011 --role member --as 900002
like "$err" "監査官の要件" "station staff are not auditors"
same "$d" "refused exports and team changes"
q() { run sqlite3 -bail "$TENKEN_DB" "PRAGMA foreign_keys=ON; $1"; }
q "UPDATE plan_targets SET scheduled_on='2026-07-02' WHERE plan=$P"
like "$err" "tenken-rule:plan-approved" "an approved plan's schedule is fixed (UPDATE)"
q "DELETE FROM plan_targets WHERE plan=$P"
like "$err" "tenken-rule:plan-approved" "and its targets (DELETE)"
same "$d" "refused SQL"

# --- notice and checklist ----------------------------------------------
tk audit form --audit "$A" --out forms --as 900003
is "$rc" 0 "the checklist workbook for the team"
FORM=$(ls forms/*.xlsx)
heads=$($PY -c 'import sys, openpyxl; ws = openpyxl.load_workbook(sys.argv[1])["回答"]; print("|".join(str(ws.cell(5, c).value) for c in range(1, 9)))' "$FORM")
is "$heads" "項目番号|区分|監査項目|根拠|判定|所見|確認した証跡|確認する証跡・手引き" "the checklist's columns: 判定, 所見, 確認した証跡"
$PY "$FILL" --findings 3 --seed 4 "$FORM" filled.xlsx > judged.json
d=$(dom_digest "$TENKEN_DB")
tk import filled.xlsx --as 900003
is "$rc" 3 "no results before the notice of a regular audit"
like "$err" "rule 実施の通知 \(第2 5\(2\)イ\).*audit notify" "naming the rule, its clause and what to do"
tk audit notify --audit "$A" --on 2026-07-02 --out notices --as 900002
like "$err" "通知|notice 2026-07-02 is after the audit date 2026-07-01" "the notice comes before the audit"
is "$(dom_digest "$TENKEN_DB")" "$d" "refused import and notice: nothing but the rejection's event written"
tk audit notify --audit "$A" --on 2026-06-15 --out notices --as 900002
is "$rc" 0 "the 実施通知 is written"
ls notices/実施通知_"$A"_1001_*.xlsx > /dev/null 2>&1; ok $? "named after the audit and division"
$PY - notices/実施通知_"$A"_1001_*.xlsx <<'PY' > notice.txt
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print("|".join(wb.sheetnames))
print("\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value))
PY
like "$(cat notice.txt)" "実施通知" "the notice's sheets"
like "$(cat notice.txt)" "令和8年6月15日" "dated in the Japanese style"
like "$(cat notice.txt)" "大宮　次郎" "naming the auditors"
like "$(cat notice.txt)" "午前10時から署長室で実施する" "with the 実施要領"

$PY "$FILL" --findings 3 --seed 4 --set A-1-02=不適合 --no-note A-1-02 "$FORM" nonote.xlsx > /dev/null
d=$(dom_digest "$TENKEN_DB")
tk import nonote.xlsx --as 900003
is "$rc" 3 "a 不適合 without 所見 is refused"
like "$err" "回答!F7: item A-1-02: is judged 不適合 without a 所見; write the 所見" "naming the cell"
tk import filled.xlsx --as 900004
like "$err" "rule 役割.*recorded by its team or the 情報セキュリティ管理者, not by --as 900004" "results are recorded by the team"
is "$(dom_digest "$TENKEN_DB")" "$d" "refused checklists: nothing but the rejections' events written"
is "$(sql "$TENKEN_DB" "select count(*) from findings")" 0 "refused imports raise no finding"

if command -v soffice > /dev/null 2>&1; then
	mkdir -p lo
	HOME="$T_TMP" timeout 300 soffice -env:UserInstallation=file://"$T_TMP"/lo-profile \
		--headless --calc --convert-to xlsx --outdir lo filled.xlsx > /dev/null 2>&1
	IMP=lo/filled.xlsx
	[ -f "$IMP" ]; ok $? "LibreOffice re-saves the filled checklist"
else
	IMP=filled.xlsx
	pass "# SKIP LibreOffice not installed: the openpyxl file is imported"
fi
tk import "$IMP" --as 900003
is "$rc" 0 "the checklist comes back through import"
is "$(sql "$TENKEN_DB" "select count(*) from findings where audit=$A and withdrawn_on is null")" 3 "one finding per 不適合 / 軽微な不備"
is "$(sql "$TENKEN_DB" "select count(*) from audit_evidence")" "$(sql "$TENKEN_DB" "select count(*) from answers a join submissions u on u.id=a.submission join plans p on p.campaign=u.campaign")" "the evidence examined is kept per item"
is "$(sql "$TENKEN_DB" "select status from audits where id=$A")" conducted "the audit is conducted"
tk audit findings --audit "$A" --json
like "$out" '"clause":"第' "findings carry the item's clause"
F=$(sql "$TENKEN_DB" "select min(id) from findings where audit=$A")
d=$(db_digest "$TENKEN_DB")
tk audit finding edit --finding "$F" --text 改めた所見 --as 900006
like "$err" "lead auditor" "only the lead edits a finding"
same "$d" "refused edit"
tk audit finding edit --finding "$F" --text 改めた所見 --as 900003
is "$(sql "$TENKEN_DB" "select text from findings where id=$F")" 改めた所見 "the lead edits a finding"
tk audit finding withdraw --finding "$F" --reason 事実誤認 --as 900003
is "$(sql "$TENKEN_DB" "select withdrawn_reason from findings where id=$F")" 事実誤認 "and withdraws one"
tk audit findings --audit "$A"
like "$out" "\[withdrawn [0-9-]+: 事実誤認\]" "audit findings shows the withdrawal and its reason"

# --- the report --------------------------------------------------------
echo "概ね適正。一部の記録に改善を要する。" > eval.txt
d=$(db_digest "$TENKEN_DB")
tk audit report --audit "$A" --on 2026-07-10 --out rep.xlsx --as 900003
is "$rc" 2 "the report needs the 総合評価"
tk audit report --audit "$A" --on 2026-07-10 --evaluation-file eval.txt --out rep.xlsx --as 900006
like "$err" "lead auditor" "the report is the lead's"
tk audit assign --audit "$A2" --staff 900003 --role lead --as 900002
d=$(db_digest "$TENKEN_DB")
tk audit report --audit "$A2" --on 2026-07-20 --evaluation-file eval.txt --out rep2.xlsx --as 900003
like "$err" "no checklist of audit $A2 has been imported" "no report without the checklist"
[ ! -e rep2.xlsx ]; ok $? "and no file"
same "$d" "refused reports"
tk audit report --audit "$A" --on 2026-07-10 --evaluation-file eval.txt --out rep.xlsx --as 900003
is "$rc" 0 "the lead reports"
is "$(sql "$TENKEN_DB" "select status || ' ' || reported_on from audits where id=$A")" "reported 2026-07-10" "the audit is reported"
$PY - rep.xlsx <<'PY' > rep.txt
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print("|".join(wb.sheetnames))
print("\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value))
PY
like "$(cat rep.txt)" "監査報告書" "the 監査報告書"
like "$(cat rep.txt)" "概ね適正。一部の記録に改善を要する。" "with the evaluation"
unlike "$(cat rep.txt)" "改めた所見" "without the withdrawn finding"
d=$(dom_digest "$TENKEN_DB")
tk import "$IMP" filled.xlsx nonote.xlsx --as 900003
like "$err" "is reported: its checklist can no longer change" "a reported audit's checklist is fixed"
tk audit assign --audit "$A" --staff 900006 --remove --as 900002
like "$err" "実施結果の報告" "and its team"
tk audit finding withdraw --finding $((F + 1)) --reason x --as 900003
like "$err" "実施結果の報告" "and its findings"
is "$(dom_digest "$TENKEN_DB")" "$d" "a reported audit is left as it was"

# --- a special audit ---------------------------------------------------
tk -q audit plan create --year 2026 --kind special --targets 130 --checklist special-audit --param themes=外部記録媒体 --reason "外部記録媒体の紛失事案を受けて" --on 2026-08-01 --as 900002
SP=$out
is "$rc" 0 "a special audit plan with its reason and items"
tk audit plan approve --plan "$SP" --on 2026-08-02 --as 900001
tk -q audit create --plan "$SP" --division 130 --date 2026-08-20 --as 900002
S=$out
tk audit assign --audit "$S" --staff 900003 --role lead --as 900002
tk audit form --audit "$S" --out sforms --as 900002
is "$rc" 0 "its checklist (the manager may write it too)"
$PY "$FILL" --findings 1 --seed 2 sforms/*.xlsx sfilled.xlsx > /dev/null
tk import sfilled.xlsx --as 900003
is "$rc" 0 "no notice is needed for a special audit (第2 5(3)イ)"
tk audit report --audit "$S" --on 2026-08-25 --evaluation-file eval.txt --out srep.xlsx --as 900003
is "$rc" 0 "the special audit is reported"
tk audit list --year 2026 --json
like "$out" '"kind":"special".*"state":"reported"' "audit list --json"
tk audit show --audit "$A"
like "$out" "lead   900003" "audit show: the team"
like "$out" "notified   2026-06-15" "and dates"

is "$(sqlite3 "$TENKEN_DB" "PRAGMA foreign_key_check")" "" "PRAGMA foreign_key_check is clean after the audit checklists' imports"

# --- the evidence trail --------------------------------------------------
tk log verify
is "$rc" 0 "the log verifies, audit tables cross-checked"
like "$out" "audit plans, audits, findings" "the cross-check covers the audit tables"
for a in plan.draft plan.approve audit.create audit.assign audit.notify finding.raise audit.results audit.report; do
	n=$(sql "$TENKEN_DB" "select count(*) from events where action='$a' and staff is null")
	is "$n" 0 "every $a event names the acting staff"
done
is "$(sql "$TENKEN_DB" "select staff from events where action='plan.approve'" | sort -u)" 900001 "the approval names the 本部長"
done_testing
