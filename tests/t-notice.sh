#!/bin/sh
# t-notice.sh — from findings to responses (第2 5(2)オ): the 改善通知書 after
# a reported audit, its response workbook filled by openpyxl and returned
# through `tenken import` (措置結果 and 改善計画, every refusal named by cell
# with the database unchanged), a response replaced by a later one, the
# 横展開 notice to three divisions answered three ways, and a notice of a
# division's own self-inspection problems.
. "$(dirname "$0")/lib.sh"
MINI="$TENKEN_TESTDATA/mini"
PY=/usr/bin/python3
FILL="$TENKEN_SRC/scripts/fill-response.py"
export TENKEN_DB="$T_TMP/t.db"
cd "$T_TMP" || exit 1
same() { is "$(dom_digest "$TENKEN_DB")" "$1" "$2: the database is unchanged"; }

# --- a reported audit of 1001 with three findings ------------------------
tk init
tk org import --year 2026 --divisions "$MINI/divisions.csv" --staff "$MINI/staff.csv"
tk role set --year 2026 --role security-manager --staff 900002 --as 900002
tk role set --year 2026 --role chief --staff 900001 --as 900002
tk -q audit plan create --year 2026 --kind regular --targets 1001 --checklist regular-audit --on 2026-05-01 --as 900002
P=$out
tk audit plan approve --plan "$P" --on 2026-05-10 --as 900001
tk -q audit create --plan "$P" --division 1001 --date 2026-07-01 --as 900002
A=$out
tk audit assign --audit "$A" --staff 900003 --role lead --as 900002
tk audit notify --audit "$A" --on 2026-06-15 --out notices --as 900002
tk audit form --audit "$A" --out forms --as 900003
$PY "$TENKEN_SRC/scripts/fill-audit.py" --findings 3 --seed 4 forms/*.xlsx filled.xlsx > /dev/null
tk import filled.xlsx --as 900003
echo "改善を要する。" > eval.txt
d=$(dom_digest "$TENKEN_DB")
tk notice send --audit "$A" --on 2026-07-05 --respond-by 2026-08-05 --out n --as 900002
is "$rc" 1 "no notice before the audit is reported"
like "$err" "rule 改善通知 \(第2 5\(2\)オ\(イ\)\).*not reported" "naming the rule"
tk audit report --audit "$A" --on 2026-07-10 --evaluation-file eval.txt --out rep.xlsx --as 900003
is "$rc" 0 "the audit is reported"

# --- the notice ----------------------------------------------------------
d=$(dom_digest "$TENKEN_DB")
tk notice send --audit "$A" --on 2026-07-20 --respond-by 2026-08-20 --out n --as 900003
like "$err" "rule 役割.*情報セキュリティ管理者" "only the manager sends the notice"
tk notice send --audit "$A" --on 2026-07-20 --respond-by 2026-07-20 --out n --as 900002
like "$err" "rule 改善通知 .*reply date" "the reply date is after the notice date"
tk notice send --audit "$A" --on 2026-07-20 --out n --as 900002
is "$rc" 2 "--respond-by is required"
same "$d" "refused notices"
[ ! -e n ] || [ -z "$(ls n)" ]; ok $? "and no workbook is left behind"
tk notice send --audit "$A" --on 2026-07-20 --respond-by 2026-08-20 --out n --as 900002
is "$rc" 0 "the manager sends the 改善通知書"
like "$out" "notice 1: 3 findings notified" "with the audit's three findings"
ls n/改善通知_1_1001_*.xlsx > /dev/null 2>&1; ok $? "the notice is named after its number and division"
[ -f n/回答書_1_1001.xlsx ]; ok $? "the response workbook lies beside it"
$PY - n/改善通知_1_1001_*.xlsx <<'PY' > notice.txt
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
print(ws.oddHeader.left.text, "|", ws.oddFooter.left.text, "|", ws.page_setup.paperSize)
print("\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value))
PY
like "$(cat notice.txt)" "機密性2.*\| 機密性2.* \| 9" "marked in header and footer, A4"
like "$(cat notice.txt)" "情報セキュリティ監査の結果に基づく改善について（通知）" "the notice's title"
like "$(cat notice.txt)" "第2の5\(2\)オ\(イ\)" "citing its clause"
like "$(cat notice.txt)" "回答期限" "with the reply date"
tk notice send --audit "$A" --on 2026-07-21 --respond-by 2026-08-20 --out n2 --as 900002
like "$err" "nothing to notify: 1001 has no open finding that was not notified" "a finding is notified once"

# --- bad responses -------------------------------------------------------
F1=$(sql "$TENKEN_DB" "select min(finding) from notice_findings where notice=1")
$PY "$FILL" --done-on 2026-07-30 --due 2026-12-25 --set 7=H: n/回答書_1_1001.xlsx nocomp.xlsx > /dev/null
$PY "$FILL" --done-on 2026-07-30 --due 2026-07-01 n/回答書_1_1001.xlsx early.xlsx > /dev/null
$PY "$FILL" --done-on 2026-07-30 --due 2026-12-25 --set 6=A:99 n/回答書_1_1001.xlsx other.xlsx > /dev/null
$PY "$FILL" --done-on 2026-07-30 --due 2026-12-25 --set 8=E:該当なし --set 7=J: n/回答書_1_1001.xlsx kind.xlsx > /dev/null
$PY "$FILL" --done-on 2026-09-30 --due 2026-12-25 n/回答書_1_1001.xlsx future.xlsx > /dev/null
d=$(dom_digest "$TENKEN_DB")
export TENKEN_TODAY=2026-08-01
tk import nocomp.xlsx --as 900011
is "$rc" 3 "a plan without 補完的措置 is refused"
like "$err" "nocomp.xlsx: 回答!H7: an improvement plan needs 補完的措置" "naming the cell"
tk import early.xlsx --as 900011
like "$err" "回答!J7: the due date 2026-07-01 is before the notice \(2026-07-20\)" "a due date before the notice is refused by cell"
LC_ALL= LANG=ja_JP.UTF-8 tk import nocomp.xlsx early.xlsx --as 900011
like "$err" "回答!H7: 改善計画には補完的措置を記入してください" "in Japanese: the missing 補完的措置 …"
like "$err" "回答!J7: 完了予定日 2026-07-01 が通知の日 \(2026-07-20\) より前です" "… and the early due date"
tk import other.xlsx --as 900011
like "$err" "回答!A6: not a finding of this notice" "a finding of another division (or none) is refused by cell"
tk import kind.xlsx --as 900011
like "$err" "回答!E8: not an answer of this notice: 該当なし" "該当なし only answers a cross notice"
like "$err" "回答!J7: an improvement plan needs a due date" "a plan without a due date is refused"
tk import future.xlsx --as 900011
like "$err" "回答!G6: the completion date is in the future: 2026-09-30" "a completion date in the future is refused"
sql "$TENKEN_DB" "select token from return_forms" > /dev/null
$PY - n/回答書_1_1001.xlsx forged.xlsx <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
wb["_tenken"]["B4"].value = "0" * 32
wb.save(sys.argv[2])
PY
tk import forged.xlsx --as 900011
like "$err" "token was not issued by this database" "a forged token is refused"
same "$d" "refused responses"

# --- the response --------------------------------------------------------
$PY "$FILL" --done-on 2026-07-30 --due 2026-12-25 n/回答書_1_1001.xlsx ok.xlsx > answers.json
tk import ok.xlsx --as 900011
is "$rc" 0 "the division's response is accepted"
like "$out" "division 1001 浦和警察署, 3 answers" "three answers"
is "$(sql "$TENKEN_DB" "select kind||':'||coalesce(due,'-')||':'||coalesce(completed_on,'-')||':'||progress from improvements where superseded_by is null order by id" | tr '\n' ' ')" \
	"measure_taken:-:2026-07-30:100 plan:2026-12-25:-:0 plan:2026-12-25:-:0 " "one 措置結果 and two 改善計画"
is "$(sql "$TENKEN_DB" "select group_concat(status) from findings where audit=$A and withdrawn_on is null")" "answered,answered,answered" "the findings are answered"
is "$(sql "$TENKEN_DB" "select responded_on from notices where id=1")" 2026-08-01 "the response date is recorded"
like "$(sql "$TENKEN_DB" "select staff||' '||action||' '||object from events order by id desc limit 1")" "900011 notice.response notice 1" "logged with the acting staff"
tk import ok.xlsx --as 900011
like "$out" "unchanged" "the same response twice is a no-op"
$PY "$FILL" --answer plan --due 2027-01-31 n/回答書_1_1001.xlsx again.xlsx > /dev/null
export TENKEN_TODAY=2026-08-10
tk import again.xlsx --as 900011
like "$out" "superseding" "a later response replaces the earlier one"
is "$(sql "$TENKEN_DB" "select count(*) from improvements where superseded_by is null")" 3 "three current improvements"
is "$(sql "$TENKEN_DB" "select count(*) from improvements where superseded_by is not null")" 3 "the earlier three kept as history"
is "$(sql "$TENKEN_DB" "select responded_on from notices where id=1")" 2026-08-01 "the first response date stays"
tk notice list --as-of 2026-09-01 --json
like "$out" '"id":1,.*"responded_on":"2026-08-01".*"improvements":3,"days_overdue":0' "notice list --json"

# --- to verified closure ---------------------------------------------------
export TENKEN_TODAY=2026-09-10
I1=$(sql "$TENKEN_DB" "select id from improvements where finding=$F1 and superseded_by is null")
tk improvement progress --id "$I1" --on 2026-08-20 --percent 40 --note 様式を改定中 --as 900011
is "$rc" 0 "the division reports progress"
tk improvement complete --id "$I1" --on 2026-09-01 --note 運用開始 --as 900011
is "$rc" 0 "and completes the plan"
d=$(dom_digest "$TENKEN_DB")
tk improvement verify --id "$I1" --on 2026-09-05 --as 900011
like "$err" "兼務禁止" "the division does not verify its own improvement"
same "$d" "a refused verification"
tk improvement verify --id "$I1" --on 2026-09-05 --as 900003
is "$rc" 0 "verified by 警察本部 staff of another division"
is "$(sql "$TENKEN_DB" "select status||' '||closed_on from findings where id=$F1")" "closed 2026-09-05" "the finding is closed: notice → response → plan → progress → completion → verification"
is "$(sql "$TENKEN_DB" "select count(*) from findings where audit=$A and status='closed'")" 1 "only that one"
$PY "$FILL" --answer plan --due 2027-02-26 n/回答書_1_1001.xlsx late.xlsx > /dev/null
tk import late.xlsx --as 900011
like "$err" "finding $F1 already has a verified improvement" "a verified finding is not answered again"
is "$(sql "$TENKEN_DB" "PRAGMA foreign_key_check")" "" "no dangling reference after the notice imports"

# --- 横展開 ---------------------------------------------------------------
d=$(dom_digest "$TENKEN_DB")
tk notice cross --finding "$F1" --divisions 1001 --respond-by 2026-09-30 --on 2026-08-15 --out x --as 900002
like "$err" "rule 横展開 \(第2 5\(2\)オ\(ウ\)\)" "never to the audited division"
tk notice cross --finding "$F1" --divisions 120,999 --respond-by 2026-09-30 --on 2026-08-15 --out x --as 900002
like "$err" "no division 999 in FY2026" "an unknown division is refused"
same "$d" "refused cross notices"
tk notice cross --finding "$F1" --divisions 120,130,910 --respond-by 2026-09-30 --on 2026-08-15 --out x --as 900002
is "$rc" 0 "a cross-division notice to three divisions"
is "$(ls x | wc -l | tr -d ' ')" 6 "a notice and a response workbook each"
tk notice cross --finding "$F1" --divisions 130 --respond-by 2026-09-30 --on 2026-08-15 --out x2 --as 900002
like "$err" "division 130 was already asked about finding $F1" "a division is asked once"
export TENKEN_TODAY=2026-09-10
$PY "$FILL" --answer none x/回答書_*_120.xlsx x120.xlsx > /dev/null
$PY "$FILL" --answer done --done-on 2026-09-01 x/回答書_*_130.xlsx x130.xlsx > /dev/null
$PY "$FILL" --answer plan --due 2027-02-28 x/回答書_*_910.xlsx x910.xlsx > /dev/null
tk import x120.xlsx x130.xlsx x910.xlsx --as 900002
is "$rc" 0 "three answers come back"
tk notice list --json
like "$out" '"division":"120".*"answer":"none","findings":0,"improvements":0' "120: 該当なし, no finding raised"
like "$out" '"division":"130".*"answer":"done","findings":1,"improvements":1' "130: 措置済み raises its finding and measure"
like "$out" '"division":"910".*"answer":"plan","findings":1,"improvements":1' "910: 改善計画 raises its finding and plan"
is "$(sql "$TENKEN_DB" "select count(*) from findings where source=$F1 and status='answered'")" 2 "the cross findings cite their source"
tk notice cross --finding "$F1" --divisions all --respond-by 2026-09-30 --on 2026-08-15 --out x3 --as 900002
like "$out" "asked before skipped" "all: the divisions asked before are skipped"

# --- overdue as of the reply date ------------------------------------------
tk -q notice cross --finding "$F1" --divisions all --respond-by 2026-09-30 --on 2026-08-16 --out x4 --as 900002
tk notice list --as-of 2026-09-30 --json
unlike "$out" '"days_overdue":[1-9]' "not overdue on the reply date"
tk notice list --as-of 2026-10-01 --json
like "$out" '"responded_on":null,"answer":null,"findings":0,"improvements":0,"days_overdue":1' "one day overdue the day after"
tk overdue --as-of 2026-09-30 --json
like "$out" '"cross":\[\]' "overdue: no cross notice late on its reply date"
tk overdue --as-of 2026-10-01 --json
like "$out" '"cross":\[\{"id":[0-9]*,"fy":2026,"division":"[0-9]*".*"due":"2026-09-30","days_overdue":1' "overdue lists the unanswered cross notices the day after"

# --- self-inspection problems ---------------------------------------------
tk -q campaign create --survey division-self --year 2026 --divisions 1001 --as 900002
C=$out
tk form export --campaign "$C" --out f --as 900002
$PY "$TENKEN_SRC/scripts/fill-forms.py" --seed 3 --quality 0.5 f ff > /dev/null
tk import ff --as 900011
d=$(dom_digest "$TENKEN_DB")
tk notice send --campaign "$C" --division 1001 --below Z --respond-by 2026-12-20 --on 2026-12-01 --out s --as 900002
like "$err" "no grade 'Z'" "an unknown grade is refused"
tk notice send --campaign "$C" --division 1001 --items NOPE --respond-by 2026-12-20 --on 2026-12-01 --out s --as 900002
like "$err" "no item 'NOPE'" "an unknown item is refused"
same "$d" "refused self-inspection notices"
tk notice send --campaign "$C" --division 1001 --below A --respond-by 2026-12-20 --on 2026-12-01 --out s --as 900002
is "$rc" 0 "a notice of the division's own self-inspection problems"
n=$(sql "$TENKEN_DB" "select count(*) from findings where submission is not null and audit is null")
ok $([ "$n" -gt 0 ] && echo 0 || echo 1) "findings raised from the answers ($n)"
like "$(sql "$TENKEN_DB" "select text from findings where submission is not null and audit is null limit 1")" "自己点検「.*」で「.*」の評価が" "each saying what was answered"
like "$(sql "$TENKEN_DB" "select kind from notices order by id desc limit 1")" "self" "a self-inspection notice"
tk log verify
is "$rc" 0 "the event log verifies"

done_testing
