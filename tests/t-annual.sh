#!/bin/sh
# t-annual.sh — `tenken report annual` (issue 12): a hand-computed
# fixture on the mini organisation over FY2024-2026 (no campaign in 2025:
# a gap in the trend; an item whose clause changed: 比較不能), audits,
# findings (one recurring from 2025), notices, improvements (one plan
# overdue), exceptions (one ending within 90 days); the JSON figures, the
# overdue figures equal to `tenken overdue`, the workbook's sheets,
# marking and paper, and the same figures twice.
. "$(dirname "$0")/lib.sh"
MINI="$TENKEN_TESTDATA/mini"
PY=/usr/bin/python3
FILL="$PY $TENKEN_SRC/scripts/fill-forms.py --no-random"
export TENKEN_DB="$T_TMP/t.db" TENKEN_TODAY=2026-12-01
cd "$T_TMP" || exit 1
tk init
for y in 2024 2025 2026; do
	tk org import --year $y --divisions "$MINI/divisions.csv" --staff "$MINI/staff.csv"
	tk role set --year $y --role security-manager --staff 900002 --as 900002
	tk role set --year $y --role chief --staff 900001 --as 900002
done
tk role set --year 2026 --role info-head --staff 900003 --as 900002
tk role set --year 2026 --role ssr --system 端末 --staff 900011 --as 900002
# FY2024: tiny version 0, where T-2 had another clause
mkdir old
sed -e 's/version = "1"/version = "0"/' -e 's/clause = "第8 1(2)エ(ア)"/clause = "第8 1(2)"/' \
	"$TENKEN_TESTDATA/plugins/ok/tiny.lua" > old/tiny.lua
TENKEN_PLUGIN_PATH="$T_TMP/old" run "$TENKEN" -q campaign create --survey tiny --year 2024 --due 2024-12-25
C24=$out
export TENKEN_PLUGIN_PATH="$TENKEN_TESTDATA/plugins/ok"
tk -q campaign create --survey tiny --year 2026 --due 2026-10-31
C26=$out
tk -q campaign create --survey tiny-staff --year 2026 --divisions 120 --due 2026-10-31
CS=$out
is "$C24 $C26 $CS" "1 2 3" "fixture: three campaigns"
tk form export --campaign "$C24" --out f24
tk form export --campaign "$C26" --out f26
tk form export --campaign "$CS" --out fs
# 2024: 120 T-1 良 T-2 はい T-4 いいえ: (2+1+0)/4 = 75; 130 T-1 不可 T-2 はい
# T-4 いいえ: (0+1+0)/4 = 25; 1001 missing.  Organisation 50.
$FILL --set T-1=良 --set T-2=はい --set T-4=いいえ f24/${C24}_120_*.xlsx in24 > /dev/null
$FILL --set T-1=不可 --set T-2=はい --set T-4=いいえ f24/${C24}_130_*.xlsx in24 > /dev/null
# 2026 (as t-score.sh): 120 64.29, 1001 33.33; 130 missing.  Mean 48.81.
$FILL --set T-1=良 --set T-2=いいえ --set T-4=はい --set T-5=可 --set T-6=12 \
	--set T-7=2026/05/01 --set T-8=端末の持出し簿を整備した f26/${C26}_120_*.xlsx in26 > /dev/null
$FILL --set T-1=該当なし --set T-2=はい --set T-3=できていない --set T-4=いいえ \
	f26/${C26}_1001_*.xlsx in26 > /dev/null
$FILL --set 900002/U-1=はい fs/${CS}_120_*.xlsx bad > /dev/null
$PY "$TENKEN_SRC/scripts/fill-forms.py" --seed 1 fs/${CS}_120_*.xlsx ins > /dev/null
# 900005 could not answer: a blank row and the reason in 備考
$PY - ins/*.xlsx <<'PYEOF'
import sys, openpyxl
p = sys.argv[1]; wb = openpyxl.load_workbook(p); ws = wb["回答"]
head = next(r for r in range(1, 20) if any(ws.cell(r, c).value == "備考" for c in range(1, 30)))
note = next(c for c in range(1, 30) if ws.cell(head, c).value == "備考")
row = next(r for r in range(1, 60) if str(ws.cell(r, 1).value) == "900005")
for c in range(3, note):
    ws.cell(row, c).value = None
ws.cell(row, note).value = "育児休業中"
wb.save(p)
PYEOF
tk import in24
tk import in26
is "$rc" 0 "fixture: the forms imported"
tk import bad
is "$rc" 3 "fixture: a staff form refused (差戻し)"
tk import ins
is "$rc" 0 "fixture: the staff form imported, one member absent"
div() { echo "(SELECT id FROM divisions WHERE fy=$2 AND code='$1')"; }
staff() { echo "(SELECT id FROM staff WHERE fy=2026 AND code='$1')"; }
NOW=2026-06-01T00:00:00Z
# audits: a regular plan for 130 (reported) and 1001 (conducted), a
# special one for 1001 (planned); findings of 2026 (one withdrawn, one a
# 横展開 copy: neither counted) and of 2025 (1001 第8 1(2): recurring)
sqlite3 "$TENKEN_DB" "
INSERT INTO plans(id, fy, kind, title, drafted_by, drafted_at, drafted_on) VALUES
 (1, 2026, 'regular_audit', '通常監査', $(staff 900002), '$NOW', '2026-05-01'),
 (2, 2026, 'special_audit', '特別監査', $(staff 900002), '$NOW', '2026-07-01');
UPDATE plans SET reason = '外部記録媒体の紛失事案' WHERE id = 2;
INSERT INTO plan_targets(plan, division_id) VALUES (1, $(div 130 2026)), (1, $(div 1001 2026)), (2, $(div 1001 2026));
UPDATE plans SET approved_by = $(staff 900001), approved_at = '$NOW', approved_on = '2026-07-05';
INSERT INTO audits(id, plan, kind, fy, division_id, conducted_on, status, created_at) VALUES
 (1, 1, 'regular', 2026, $(div 130 2026), '2026-07-10', 'reported', '$NOW'),
 (2, 1, 'regular', 2026, $(div 1001 2026), '2026-07-20', 'conducted', '$NOW'),
 (3, 2, 'special', 2026, $(div 1001 2026), NULL, 'planned', '$NOW');
INSERT INTO findings(id, audit, division_id, clause, severity, text, found_on, status, created_at, withdrawn_on, source) VALUES
 (1, 1, $(div 130 2026), '第3 2(1)', 'high', 'パスワードの管理が不十分', '2026-07-10', 'answered', '$NOW', NULL, NULL),
 (2, 2, $(div 1001 2026), '第8 1(2)', 'medium', '媒体の管理簿がない', '2026-07-20', 'answered', '$NOW', NULL, NULL),
 (3, 2, $(div 1001 2026), '第5 1(2)', 'low', '研修記録の不備', '2026-07-20', 'answered', '$NOW', NULL, NULL),
 (4, 2, $(div 1001 2026), '第4 1', 'low', '取り下げた指摘', '2026-07-20', 'open', '$NOW', '2026-07-25', NULL),
 (5, NULL, $(div 120 2026), '第3 2(1)', 'high', '横展開：パスワードの管理が不十分', '2026-08-01', 'open', '$NOW', NULL, 1),
 (6, NULL, $(div 1001 2025), '第8 1(2)', 'medium', '媒体の登録漏れ', '2025-09-01', 'closed', '$NOW', NULL, NULL);
INSERT INTO notices(id, fy, kind, audit, campaign, source, division_id, sent_on, respond_by, sent_by, file_name, responded_on, answer, answer_note, created_at) VALUES
 (1, 2026, 'audit', 1, NULL, NULL, $(div 130 2026), '2026-08-01', '2026-08-31', $(staff 900002), 'n1.xlsx', '2026-08-28', NULL, NULL, '$NOW'),
 (2, 2026, 'self', NULL, $C26, NULL, $(div 1001 2026), '2026-08-01', '2026-08-31', $(staff 900002), 'n2.xlsx', '2026-09-05', NULL, NULL, '$NOW'),
 (3, 2026, 'self', NULL, $C26, NULL, $(div 1001 2026), '2026-09-01', '2026-09-20', $(staff 900002), 'n3.xlsx', NULL, NULL, NULL, '$NOW'),
 (4, 2026, 'cross', NULL, NULL, 1, $(div 120 2026), '2026-08-01', '2026-10-31', $(staff 900002), 'n4.xlsx', '2026-10-20', 'done', '全端末のパスワードを点検した', '$NOW');
INSERT INTO notice_findings VALUES (1, 1), (2, 2), (2, 3);
INSERT INTO improvements(id, finding, notice, division_id, kind, description, compensating, owner, due, submitted_on, progress, completed_on, created_at) VALUES
 (1, 1, 1, $(div 130 2026), 'plan', 'パスワード管理規程の改定', '週次確認', '広報課長', '2026-10-31', '2026-08-28', 50, NULL, '$NOW'),
 (2, 2, 2, $(div 1001 2026), 'measure_taken', '管理簿を作成した', NULL, NULL, NULL, '2026-09-05', 100, '2026-09-01', '$NOW'),
 (3, 3, 2, $(div 1001 2026), 'plan', '研修記録の様式を定める', '受講者名簿で代替', '警務課長', '2027-01-31', '2026-09-05', 20, NULL, '$NOW');
" || echo "# fixture failed"
# exceptions: one ending within 90 days of 2026-12-01, one later
tk exception request --system 端末 --division 1001 --clause '第3 2(1)' --reason 更新待ち --alternative 毎日確認 --from 2026-04-01 --to 2027-01-15 --via 900003 --on 2026-04-01 --as 900011
tk exception decide --id 1 --approve --on 2026-04-02 --as 900002
tk exception request --system 端末 --division 1001 --clause '第8 1(2)' --reason 移行中 --alternative 台帳で管理 --from 2026-06-01 --to 2027-05-31 --via 900003 --on 2026-05-20 --as 900011
tk exception decide --id 2 --approve --on 2026-05-25 --as 900002
is "$(sql "$TENKEN_DB" "SELECT count(*) FROM exceptions WHERE state='active'")" 2 "fixture: two active exceptions"

# --- the figures ----------------------------------------------------------
d=$(db_digest "$TENKEN_DB")
tk report annual --year 2026 --as-of 2026-13-01 --out r.xlsx
is "$rc" 2 "a bad --as-of is a usage error"
tk report annual --year 2026
is "$rc" 2 "--out is required"
printf '\377\376bad' > bad.txt
tk report annual --year 2026 --out r.xlsx --issues-file bad.txt
is "$rc" 3 "an issues file not in UTF-8 is invalid input"
like "$err" "bad.txt: not UTF-8" "naming the file"
tk report annual --year 2023 --out r.xlsx
is "$rc" 1 "a year without an organisation is refused"
like "$err" "no organisation for fiscal year 2023" "saying so"
is "$(db_digest "$TENKEN_DB")" "$d" "refused runs leave the database unchanged"
[ ! -e r.xlsx ]; ok $? "and write no file"

cp "$TENKEN_DB" copy.db
printf '端末更新の計画的な実施\n教養の充実\n' > issues.txt
tk report annual --year 2026 --as-of 2026-12-01 --out r.xlsx --issues-file issues.txt --json
is "$rc" 0 "report annual --json"
echo "$out" > a.json
is "$(sql "$TENKEN_DB" "SELECT action, object FROM events ORDER BY id DESC LIMIT 1")" "report.write|year 2026" "the run is logged"
j() { $PY -c 'import json,sys; d=json.load(open("a.json")); v=eval("d"+sys.argv[1]); print(json.dumps(v, ensure_ascii=False, separators=(",",":")) if not isinstance(v, str) else v)' "$1"; }
is "$(j '["summary"]["participation"]')" '{"value":75,"previous":null}' "participation 3 of 4 targets; no campaign in 2025"
is "$(j '["summary"]["mean_score"]["value"]')" 48.02 "mean score: (48.81 + 47.22) / 2"
is "$(j '["summary"]["findings"]')" '{"value":3,"previous":1}' "findings: withdrawn and 横展開 copies not counted"
is "$(j '["summary"]["audits_conducted"]["value"]')" 2 "two audits conducted"
is "$(j '["summary"]["exceptions_active"]["value"]')" 2 "two exceptions active"
is "$(j '["summary"]["anchor"]["entries"]')" "$(sql copy.db 'SELECT count(*) FROM events')" "the anchor is the log before the run"
is "$(j '["summary"]["anchor"]["head"]')" "$(sql copy.db 'SELECT hash FROM events ORDER BY id DESC LIMIT 1')" "with its head hash"
like "$(j '["summary"]["narrative"][0]')" "自己点検は対象延べ4所属のうち3所属が提出し（提出率75.0%）" "the narrative is built from the figures"
is "$(j '["campaigns"][0]["trend"]["years"]')" '[{"fy":2022,"campaign":0,"score":"gap"},{"fy":2023,"campaign":0,"score":"gap"},{"fy":2024,"campaign":1,"score":50.0},{"fy":2025,"campaign":0,"score":"gap"},{"fy":2026,"campaign":2,"score":48.81}]' "trend: 2025 a gap, not zero"
is "$(j '["campaigns"][0]["trend"]["divisions"]["120"]')" '["gap","gap",75.0,"gap",64.29]' "a division matched by code over the years"
is "$(j '["campaigns"][0]["trend"]["items"]["T-2"][2]')" incomparable "an item whose clause changed is not compared"
is "$(j '["campaigns"][0]["trend"]["items"]["T-1"][2]')" 50.0 "an unchanged item is"
is "$(j '["campaigns"][1]["staff_answered"]') $(j '["campaigns"][1]["staff_absent"]') $(j '["campaigns"][1]["rejected_forms"]')" "3 1 1" "staff answered, absent, forms refused"
is "$(j '["campaigns"][0]["weakest"][0]')" T-3 "the weakest item first"
is "$(j '["audits"]')" '{"regular_planned":2,"regular_conducted":2,"regular_reported":1,"special_planned":1,"special_conducted":0,"special_reported":0,"auditors":0}' "audits"
is "$(j '["special_audits"][0]["reason"]')" 外部記録媒体の紛失事案 "the special audit's reason"
is "$(j '["findings"]["by"]["high"]["3"]')" '{"bureau":0,"hq":1,"station":0}' "findings by severity x chapter x kind"
is "$(j '["findings"]["by"]["medium"]["8"]["station"]')" 1 "第8 at a station"
is "$(j '["findings"]["recurring"][0]["id"]') $(j '["findings"]["recurring"][0]["previous"]')" "2 媒体の登録漏れ" "the recurring finding (第8 1(2) at 1001 in 2025)"
is "$(j '["improvements"]')" '{"notices_sent":3,"responses_on_time":1,"responses_late":1,"responses_missing":1,"notices_overdue":1,"measures_taken":1,"plans":2,"plans_completed":0,"plans_in_progress":1,"plans_overdue":1,"verified":0,"cross_sent":1,"cross_answered":1,"cross_overdue":0}' "improvements"
is "$(j '["exceptions"]')" '{"active":2,"new":2,"ended":0,"over_one_year":0,"provisional_pending":0,"expiring":1}' "exceptions: one ends within 90 days"
is "$(j '["expiring_exceptions"]')" '[1]' "the one ending on 2027-01-15"
is "$(j '["texts"]')" 5 "free texts: a text item, a cross answer, three improvements"

# --- the same figures as `tenken overdue` ---------------------------------
tk overdue --year 2026 --as-of 2026-12-01 --json
echo "$out" > o.json
is "$($PY -c 'import json; o=json.load(open("o.json")); print(json.dumps({k:[r["id"] for r in o[k]] for k in ("notices","plans","cross","exceptions")}, separators=(",",":")))')" \
   "$(j '["overdue"]')" "the overdue lists equal tenken overdue --as-of"

# --- the workbook ---------------------------------------------------------
cat > check.py <<'PYEOF'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(",".join(wb.sheetnames))
for ws in wb.worksheets:
    ok = ws.page_setup.paperSize == 9 and ws.page_setup.fitToWidth in (None, 1) \
        and ws.sheet_properties.pageSetUpPr.fitToPage \
        and "機密性2" in (ws.oddHeader.left.text or "") and "機密性2" in (ws.oddFooter.left.text or "")
    if not ok:
        print("bad page:", ws.title)
PYEOF
is "$($PY check.py r.xlsx)" "概要,自己点検の実施状況,自己点検の結果,監査の実施状況,指摘事項,改善状況,例外措置,所属の記述,今後の課題" "nine sheets, A4, fitted, marked in header and footer"
cells() { $PY -c 'import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        if any(v is not None for v in row): print(ws.title, row)' "$1"; }
cells r.xlsx > cells1.txt
like "$(grep '^概要' cells1.txt | head -3)" "情報セキュリティ対策の実施状況（令和8年度）" "the year on paper in the Japanese era"
like "$(grep '^指摘事項' cells1.txt | head -2)" "指摘事項（令和8年度、令和8年12月1日現在）" "the as-of day too"
like "$(grep 今後の課題 cells1.txt)" "端末更新の計画的な実施" "the manager's text on 今後の課題"
like "$(grep 自己点検の結果 cells1.txt)" "比較不能" "比較不能 in the item trend"
like "$(grep 自己点検の結果 cells1.txt)" "実施なし" "実施なし for the missing year"

# --- the same database and date give the same figures ---------------------
TENKEN_DB=copy.db run "$TENKEN" report annual --year 2026 --as-of 2026-12-01 --out r2.xlsx --issues-file issues.txt --json
is "$out" "$(cat a.json)" "the same database: the same JSON, byte for byte"
cells r2.xlsx > cells2.txt
cmp -s cells1.txt cells2.txt; ok $? "and the same cell values"
tk report annual --year 2026 --as-of 2026-12-01 --out r3.xlsx --issues-file issues.txt --json
is "$(echo "$out" | grep -v '"anchor"' | md5sum)" "$(grep -v '"anchor"' a.json | md5sum)" "run again after its own event: only the anchor differs"
tk report annual --year 2026 --as-of 2027-01-20 --out r4.xlsx --json
like "$out" '"expiring":0' "--as-of moves what is expiring"

# --- LibreOffice prints every sheet ---------------------------------------
if command -v soffice > /dev/null 2>&1; then
	soffice --headless --convert-to pdf --outdir pdf r.xlsx > /dev/null 2>&1
	[ -s pdf/r.pdf ]; ok $? "LibreOffice converts the workbook to PDF"
	if command -v pdfinfo > /dev/null 2>&1; then
		p=$(pdfinfo pdf/r.pdf | sed -n 's/^Pages: *//p')
		[ "${p:-0}" -ge 9 ]; ok $? "every sheet printed ($p pages)"
	fi
else
	echo "# skip: soffice not installed"
fi
done_testing
