#!/bin/sh
# t-improvement.sh — improvements after a response (issue 11 items 5-7):
# progress, completion and verification with their rules (兼務禁止, the
# verifier), the finding closed when every improvement of it is verified,
# days overdue on both sides of the due date, `tenken overdue`, the
# progress workbook out and back through `tenken import`, and the tracker
# workbook.  Fixtures are made with sqlite3 until `notice send` lands.
. "$(dirname "$0")/lib.sh"
MINI="$TENKEN_TESTDATA/mini"
PY=/usr/bin/python3
export TENKEN_DB="$T_TMP/t.db" TENKEN_TODAY=2026-09-30
export TENKEN_PLUGIN_PATH="$TENKEN_TESTDATA/plugins/ok"
cd "$T_TMP" || exit 1
tk init
tk org import --year 2026 --divisions "$MINI/divisions.csv" --staff "$MINI/staff.csv"
tk role set --year 2026 --role security-manager --staff 900002 --as 900003
tk -q campaign create --survey tiny --year 2026 --as 900002
C=$out
is "$rc" 0 "fixture: a campaign for the self-inspection notices"
same() { is "$(db_digest "$TENKEN_DB")" "$1" "$2: the database is unchanged"; }
div() { echo "(SELECT id FROM divisions WHERE fy=2026 AND code='$1')"; }
staff() { echo "(SELECT id FROM staff WHERE fy=2026 AND code='$1')"; }
NOW=2026-06-01T00:00:00Z
sqlite3 "$TENKEN_DB" "
INSERT INTO findings(id, division_id, clause, severity, text, found_on, status, created_at) VALUES
 (1, $(div 130), '第3 2(1)', 'high', 'パスワードの管理が不十分', '2026-05-20', 'answered', '$NOW'),
 (2, $(div 130), '第5 1(2)', 'medium', '媒体の管理簿がない', '2026-05-20', 'answered', '$NOW'),
 (3, $(div 1001), '第2 3(1)', 'low', '研修の記録がない', '2026-05-20', 'answered', '$NOW'),
 (4, $(div 1001), '第4 1(1)', 'medium', '施錠の確認', '2026-08-20', 'open', '$NOW');
INSERT INTO notices(id, fy, kind, campaign, division_id, sent_on, respond_by, sent_by, file_name, responded_on, created_at) VALUES
 (1, 2026, 'self', $C, $(div 130), '2026-06-01', '2026-06-30', $(staff 900002), 'n1.xlsx', '2026-07-01', '$NOW'),
 (2, 2026, 'self', $C, $(div 1001), '2026-06-01', '2026-06-30', $(staff 900002), 'n2.xlsx', '2026-07-05', '$NOW'),
 (3, 2026, 'self', $C, $(div 1001), '2026-09-01', '2026-09-20', $(staff 900002), 'n3.xlsx', NULL, '$NOW');
INSERT INTO notice_findings VALUES (1, 1), (1, 2), (2, 3), (3, 4);
INSERT INTO improvements(id, finding, notice, division_id, kind, description, compensating, owner, due, submitted_on, progress, completed_on, created_at) VALUES
 (1, 1, 1, $(div 130), 'plan', 'パスワード管理規程の改定', '管理者による週次確認', '広報課長', '2026-09-01', '2026-07-01', 0, NULL, '$NOW'),
 (2, 2, 1, $(div 130), 'measure_taken', '管理簿を作成した', NULL, NULL, NULL, '2026-07-01', 100, '2026-06-28', '$NOW'),
 (3, 3, 2, $(div 1001), 'plan', '研修記録の様式を定める', '受講者名簿で代替', '警務課長', '2026-10-15', '2026-07-05', 0, NULL, '$NOW'),
 (4, 1, 1, $(div 130), 'plan', '端末のロック設定', '巡回点検', '広報課長', '2026-12-01', '2026-07-01', 0, NULL, '$NOW'),
 (5, 4, 3, $(div 1001), 'plan', '施錠確認簿の整備', '当直による確認', '警務課長', '2026-09-10', '2026-09-05', 0, NULL, '$NOW');
" || echo "# fixture failed"
is "$(sql "$TENKEN_DB" 'SELECT count(*) FROM improvements')" 5 "fixture: five improvements"

# --- list and overdue: both sides of the due date ------------------------
tk improvement list --as-of 2026-09-01 --json
like "$out" '"id":1,.*"days_overdue":0' "due = as-of: not overdue"
tk improvement list --as-of 2026-09-02 --json
like "$out" '"id":1,.*"kind":"plan".*"state":"in_progress","days_overdue":1' "the day after the due date: 1 day overdue"
tk improvement list --as-of 2026-09-02 --overdue --json
is "$(printf '%s' "$out" | grep -c '"id":')" 1 "--overdue lists only the late plan"
tk improvement list --division 130 --state completed
like "$out" "措置結果" "a measure taken is listed as completed (措置結果)"
tk improvement list --state done
is "$rc" 2 "an unknown --state is a usage error"
tk overdue --as-of 2026-09-20 --json
like "$out" '"notices":\[\]' "reply date = as-of: the notice is not late"
tk overdue --as-of 2026-09-21 --json
like "$out" '"notices":\[.*"id":3,.*"due":"2026-09-20","days_overdue":1' "the day after the reply date: 1 day late"
like "$out" '"plans":\[.*"id":1,.*"days_overdue":20' "a plan past due is listed with its days"
is "$rc" 0 "overdue exits 0 even when something is late"
tk overdue --as-of 2026-09-01
like "$out" "期限を過ぎた改善計画 .*: 0" "plans: none late on their due date"

# --- progress and completion ---------------------------------------------
d=$(db_digest "$TENKEN_DB")
tk improvement progress --id 1 --on 2026-08-01 --percent 50 --note 規程案作成 --as 900012
is "$rc" 1 "a station member does not report another division's progress"
like "$err" "rule 役割" "naming the rule"
tk improvement progress --id 1 --on 2026-08-01 --percent 150 --as 900007
is "$rc" 2 "percent over 100 is refused"
tk improvement verify --id 1 --on 2026-09-10 --as 900003
is "$rc" 1 "verification before completion is refused"
like "$err" "措置結果の確認 \(第2 5\(2\)オ\(エ\)\).*not completed" "naming the rule and clause"
same "$d" "refused progress and verification"
ev=$(sql "$TENKEN_DB" 'SELECT count(*) FROM events')
tk improvement progress --id 1 --on 2026-08-01 --percent 50 --note 規程案作成 --as 900007
is "$rc" 0 "staff of the division record progress"
is "$(sql "$TENKEN_DB" "SELECT progress, progress_on, progress_note FROM improvements WHERE id=1")" "50|2026-08-01|規程案作成" "progress on the improvement"
is "$(sql "$TENKEN_DB" "SELECT percent, source, staff_id = $(staff 900007) FROM improvement_progress WHERE improvement=1")" "50|command|1" "and in its history"
is "$(sql "$TENKEN_DB" 'SELECT count(*) FROM events')" "$((ev + 1))" "one event"
is "$(sql "$TENKEN_DB" "SELECT staff FROM events ORDER BY id DESC LIMIT 1")" 900007 "with the acting staff"
tk improvement progress --id 1 --on 2026-06-01 --percent 60 --as 900007
is "$rc" 2 "a progress date before the submission is refused"
tk improvement complete --id 1 --on 2026-09-10 --note 改定済 --as 900007
is "$rc" 0 "completed"
is "$(sql "$TENKEN_DB" "SELECT progress, completed_on FROM improvements WHERE id=1")" "100|2026-09-10" "progress 100 and the date"
d=$(db_digest "$TENKEN_DB")
tk improvement progress --id 1 --on 2026-09-12 --percent 90 --as 900007
is "$rc" 1 "no progress after completion"

# --- verification --------------------------------------------------------
tk improvement verify --id 1 --on 2026-09-15 --as 900007
is "$rc" 1 "a member of the division does not verify its improvement"
like "$err" "兼務禁止" "兼務禁止 named"
tk improvement verify --id 1 --on 2026-09-15 --as 900012
is "$rc" 1 "a station member does not verify"
like "$err" "措置結果の確認.*情報セキュリティ管理者 or by 警察本部 staff" "the verifier rule named"
tk improvement verify --id 1 --on 2026-09-15 --as 900010
like "$err" "措置結果の確認" "staff of a 方面本部 are not 警察本部: they do not verify"
tk improvement verify --id 1 --on 2026-09-09 --as 900003
is "$rc" 1 "verification before the completion date is refused"
same "$d" "refused verifications"
tk improvement verify --id 1 --on 2026-09-15 --as 900003
is "$rc" 0 "HQ staff of another division verify"
is "$(sql "$TENKEN_DB" "SELECT status FROM findings WHERE id=1")" answered "the finding stays open while another improvement of it is not verified"
tk improvement complete --id 4 --on 2026-09-20 --as 900002
is "$rc" 0 "the manager may record a completion"
ev=$(sql "$TENKEN_DB" 'SELECT count(*) FROM events')
tk improvement verify --id 4 --on 2026-09-21 --as 900003
like "$out" "finding is closed" "the last verification closes the finding"
is "$(sql "$TENKEN_DB" "SELECT status, closed_on FROM findings WHERE id=1")" "closed|2026-09-21" "closed on the verification date"
is "$(sql "$TENKEN_DB" 'SELECT count(*) FROM events')" "$((ev + 1))" "in the same event"
tk improvement verify --id 2 --on 2026-07-10 --as 900002
is "$rc" 0 "a measure taken is verified the same way"
is "$(sql "$TENKEN_DB" "SELECT status FROM findings WHERE id=2")" closed "and its finding closes"
d=$(db_digest "$TENKEN_DB")
tk improvement complete --id 4 --on 2026-09-22 --as 900002
is "$rc" 1 "a verified improvement is not changed"
same "$d" "change to a verified improvement"

# --- the progress workbook -----------------------------------------------
d=$(dom_digest "$TENKEN_DB")
tk improvement form --division 130 --out forms --as 900002
like "$err" "division 130 has no improvement in progress" "no progress workbook for a division with nothing in progress"
[ ! -d forms ] || [ -z "$(ls forms)" ]; ok $? "and no workbook is written"
is "$(dom_digest "$TENKEN_DB")" "$d" "nor a token issued"
tk improvement form --division 1001 --out forms --as 900003
is "$rc" 1 "only the manager issues a progress workbook"
tk -q improvement form --division 1001 --out forms --as 900002
is "$rc" 0 "the manager issues the progress workbook"
F=$out
ok "$([ -f "$F" ]; echo $?)" "written: $F"
fill() { # FILE OUT ROW PERCENT NOTE DONE
	$PY - "$@" <<'PYEOF'
import sys, datetime, openpyxl
src, dst, row, pct, note, done = sys.argv[1:7]
wb = openpyxl.load_workbook(src)
ws = wb["進捗報告"]
r = int(row)
if pct: ws.cell(r, 9).value = int(pct)
if note: ws.cell(r, 10).value = note
if done: ws.cell(r, 11).value = datetime.date.fromisoformat(done)
wb.save(dst)
PYEOF
}
$PY - "$F" <<'PYEOF' > meta.txt
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
m = {r[0].value: r[1].value for r in wb["_tenken"].iter_rows()}
ws = wb["進捗報告"]
print(m["format"], m["division"], m["answer_sheet"], m["first_row"], wb["_tenken"].sheet_state,
      ws.cell(5, 1).value, ws.cell(5, 3).value, len(ws.data_validations.dataValidation),
      ws.page_setup.paperSize, ws.page_setup.orientation)
PYEOF
like "$(cat meta.txt)" "^tenken-progress/1 1001 進捗報告 5 veryHidden 3 第2 3\(1\) 2 9 landscape" "_tenken keys, the row of improvement 3, validations, A4 landscape"
fill "$F" bad.xlsx 5 150 "" ""
d=$(dom_digest "$TENKEN_DB")
tk import bad.xlsx
is "$rc" 3 "a percent of 150 is rejected"
like "$err$out" "bad.xlsx: 進捗報告!I5: 進捗率 '150' must be a whole number from 0 to 100" "naming the cell"
LC_ALL= LANG=ja_JP.UTF-8 tk import bad.xlsx
like "$err$out" "bad.xlsx: 進捗報告!I5: 進捗率 '150' は 0 から 100 までの整数で記入してください" "in Japanese, naming the cell"
is "$(dom_digest "$TENKEN_DB")" "$d" "the rejected workbook changed nothing"
fill "$F" future.xlsx 5 "" "" 2026-10-05
tk import future.xlsx
like "$err$out" "進捗報告!K5: 完了日 2026-10-05 is in the future" "a completion date in the future is rejected"
fill "$F" early.xlsx 5 "" "" 2026-07-01
tk import early.xlsx
like "$err$out" "進捗報告!K5: 完了日 2026-07-01 is before the improvement was submitted \(2026-07-05\)" "a completion date before the submission is rejected"
$PY - "$F" <<'PYEOF'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["進捗報告"]
ws.cell(5, 1).value = 4
ws.cell(5, 9).value = 10
wb.save("other.xlsx")
PYEOF
tk import other.xlsx
like "$err$out" "other.xlsx: 進捗報告!A5: '4' is not the number of an improvement of division 1001" "an improvement of another division is refused"
is "$(dom_digest "$TENKEN_DB")" "$d" "the rejected workbooks changed nothing"
fill "$F" good.xlsx 5 40 研修様式を作成中 ""
tk import good.xlsx
is "$rc" 0 "the filled progress workbook is accepted"
is "$(sql "$TENKEN_DB" "SELECT progress, progress_note FROM improvements WHERE id=3")" "40|研修様式を作成中" "progress taken"
is "$(sql "$TENKEN_DB" "SELECT percent, source, on_date FROM improvement_progress WHERE improvement=3")" "40|form|2026-09-30" "history row of source form"
is "$(sql "$TENKEN_DB" "SELECT rows FROM returns")" 1 "the file recorded with its row count"
d=$(db_digest "$TENKEN_DB")
tk import good.xlsx
like "$out" "unchanged" "the same file twice is unchanged"
is "$(db_digest "$TENKEN_DB")" "$d" "and the database too"
fill "$F" done.xlsx 5 "" 完了 2026-09-25
tk import done.xlsx
is "$(sql "$TENKEN_DB" "SELECT progress, completed_on FROM improvements WHERE id=3")" "100|2026-09-25" "a completion date completes the improvement"

# --- the tracker ---------------------------------------------------------
tk improvement export --out tracker.xlsx --as-of 2026-10-20 --marking 機密性2
is "$rc" 0 "tracker written"
$PY - tracker.xlsx <<'PYEOF' > tr.txt
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["改善計画一覧"]
late = [r[0].row for r in ws.iter_rows(min_row=4) if r[10].value]
fill = ws.cell(late[0], 1).fill.fgColor.rgb if late else ""
s = wb["集計"]
chap = {s.cell(r, 1).value: s.cell(r, 2).value for r in range(1, s.max_row + 1)}
print(wb.sheetnames, ws.cell(3, 1).value, ws.cell(3, 11).value, len(late), fill,
      "機密性2" in ws.oddHeader.left.text, "機密性2" in ws.oddFooter.left.text,
      "&P" in ws.oddFooter.center.text, ws.page_setup.paperSize, ws.page_setup.orientation,
      ws.auto_filter.ref, ws.freeze_panes, chap.get("第2"), chap.get("第3"))
PYEOF
like "$(cat tr.txt)" "^\['改善計画一覧', '集計'\] 所属 超過日数 1 FFFFC7CE True True True 9 landscape A3:K8 A4 1 2$" "sheets, headings, the one late plan highlighted, marking in header and footer with page numbers, A4 landscape, autofilter, frozen header, counts by chapter"
d=$(db_digest "$TENKEN_DB")
tk improvement export --out tracker.xlsx --as-of 2026-13-01
is "$rc" 2 "a bad --as-of is a usage error"
same "$d" "exports"
done_testing
