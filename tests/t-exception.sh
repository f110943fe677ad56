#!/bin/sh
# t-exception.sh — exceptions (例外措置, 第2 3(2)) through the CLI: request,
# decision, expiry, renewal; the period of one year and the special
# approval; who applies, through whom, who decides; emergency exceptions
# and their overdue formal request; end and revoke; the 管理簿 workbook.
# Every refusal names its rule and clause and leaves the database unchanged.
. "$(dirname "$0")/lib.sh"
MINI="$TENKEN_TESTDATA/mini"
PY=/usr/bin/python3
export TENKEN_DB="$T_TMP/t.db"
cd "$T_TMP" || exit 1
tk init
tk org import --year 2026 --divisions "$MINI/divisions.csv" --staff "$MINI/staff.csv"
same() { is "$(db_digest "$TENKEN_DB")" "$1" "$2: the database is unchanged"; }
SYS=警察情報システム

# --- roles: 900002 manager, 900001 本部長, 900003 情報管理課長, SSR 900011
# and 運用管理者 900012 of the system, SSR 900006 of division 130 -----------
tk role set --year 2026 --role security-manager --staff 900002 --as 900002
tk role set --year 2026 --role chief --staff 900001 --as 900002
tk role set --year 2026 --role info-head --staff 900003 --as 900002
tk role set --year 2026 --role ssr --system "$SYS" --staff 900011 --as 900002
tk role set --year 2026 --role operations-manager --system "$SYS" --staff 900012 --as 900002
tk role set --year 2026 --role ssr --division 130 --staff 900006 --as 900002
is "$rc" 0 "roles of the year set"

req() { # request with the usual texts; extra options follow
	tk exception request --system "$SYS" --division 1001 --clause '第3 2(1)' --reason 端末の更新待ち --alternative 持出し記録を毎日確認 "$@"
}

# --- request → decide ------------------------------------------------
d=$(db_digest "$TENKEN_DB")
req --from 2026-04-01 --to 2026-09-30 --via 900003 --on 2026-04-01 --as 900004
is "$rc" 1 "an applicant without the SSR or 運用管理者 role is refused"
like "$err" "例外措置の申請 \(第2 3\(2\)イ\(ア\)\).*システムセキュリティ責任者 or 運用管理者" "naming the rule and clause"
req --from 2026-04-01 --to 2026-09-30 --via 900004 --on 2026-04-01 --as 900011
is "$rc" 1 "--via not the 情報管理課長 is refused"
like "$err" "例外措置の申請 \(第2 3\(2\)イ\(ア\)\).*情報管理課長" "naming the rule"
tk exception request --system "$SYS" --clause X --reason ' ' --alternative a --from 2026-04-01 --to 2026-09-30 --via 900003 --as 900011
is "$rc" 3 "an empty reason is invalid input"
like "$err" "--reason is empty" "saying which text is empty"
tk exception request --system "$SYS" --clause X --reason r --alternative '' --from 2026-04-01 --to 2026-09-30 --via 900003 --as 900011
is "$rc" 3 "an empty alternative is invalid input"
like "$err" "--alternative is empty" "saying which text is empty"
req --from 2026-04-01 --to 2027-04-01 --via 900003 --on 2026-04-01 --as 900011
is "$rc" 1 "2026-04-01 to 2027-04-01 is longer than one year"
like "$err" "例外措置の期間 \(第2 3\(2\)イ\(ウ\)\).*2027-03-31 at the latest" "naming the rule, clause and last day"
req --from 2026-05-01 --to 2026-04-30 --via 900003 --on 2026-04-01 --as 900011
like "$err" "例外措置の期間.*before --from" "a period ending before it starts"
same "$d" "refused requests"

tk -q exception request --system "$SYS" --division 1001 --clause '第3 2(1)' --reason 端末の更新待ち --alternative 持出し記録を毎日確認 --from 2026-04-01 --to 2027-03-31 --via 900003 --on 2026-04-01 --as 900011
is "$rc" 0 "2026-04-01 to 2027-03-31 (one year) is requested"
E1=$out
tk exception list --requested --json --as-of 2026-04-02
like "$out" "\"id\":$E1,.*\"status\":\"requested\"" "listed as requested"

d=$(db_digest "$TENKEN_DB")
tk exception decide --id "$E1" --approve --on 2026-04-02 --as 900011
is "$rc" 1 "the applicant cannot decide"
like "$err" "兼務禁止 \(第2 1\(6\)\)" "兼務禁止 named"
tk exception decide --id "$E1" --approve --on 2026-04-02 --as 900001
is "$rc" 1 "the 本部長 does not decide when the manager did not apply"
like "$err" "例外措置の承認 \(第2 3\(2\)イ\(エ\)\).*情報セキュリティ管理者" "naming the rule and the decider"
tk exception decide --id "$E1" --approve --on 2026-03-31 --as 900002
is "$rc" 3 "a decision before the request is refused"
tk exception decide --id "$E1" --as 900002
is "$rc" 2 "--approve or --reject is required"
same "$d" "refused decisions"
tk exception decide --id "$E1" --approve --on 2026-04-02 --note 期限内に更新すること --as 900002
is "$rc" 0 "the manager approves"
tk exception decide --id "$E1" --reject --on 2026-04-03 --as 900002
is "$rc" 1 "a decided exception is not decided again"
like "$err" "例外措置 \(第2 3\(2\)イ\).*active" "exception-state, saying its state"
tk exception show --id "$E1" --as-of 2026-05-01
like "$out" "決定者 +900002 浦和　花子" "show names the decider"
like "$out" "経由（情報管理課長） +900003 大宮　次郎" "and the 情報管理課長"
tk log show --last 1
like "$out" "900002.*exception.approve exception $E1" "the decision is logged with the acting staff"

# --- expiry: the day before / after ends_on --------------------------
tk exception list --active --as-of 2027-03-31 --json
like "$out" "\"id\":$E1,.*\"status\":\"active\"" "active on its last day"
tk exception list --expired --as-of 2027-03-31 --json
unlike "$out" "\"id\":$E1," "not expired on its last day"
tk exception list --expired --as-of 2027-04-01 --json
like "$out" "\"id\":$E1,.*\"status\":\"expired\"" "expired the day after"
tk exception list --active --as-of 2027-04-01 --json
unlike "$out" "\"id\":$E1," "no longer active the day after"
tk exception list --expiring-within 30 --as-of 2027-03-01 --json
like "$out" "\"id\":$E1,.*\"days_left\":30" "expiring within 30 days, 30 days before"
tk exception list --expiring-within 30 --as-of 2027-02-28 --json
unlike "$out" "\"id\":$E1," "not yet 31 days before"
tk exception list --as-of 2027-03-15
like "$out" "有効 .*期限間近" "the table marks it as expiring"

# --- renewal → decide --------------------------------------------------
d=$(db_digest "$TENKEN_DB")
tk -q exception renew --id "$E1" --from 2027-04-01 --to 2028-03-31 --via 900003 --on 2027-03-01 --as 900004
is "$rc" 1 "a renewal is applied for as a request is"
like "$err" "例外措置の申請 \(第2 3\(2\)イ\(ア\)\)" "naming the rule"
same "$d" "refused renewal"
tk -q exception renew --id "$E1" --from 2027-04-01 --to 2028-03-31 --via 900003 --on 2027-03-01 --as 900012
is "$rc" 0 "the 運用管理者 of the system requests the renewal"
E2=$out
tk exception show --id "$E2" --json
like "$out" "\"renews\":$E1" "linked to the one it renews"
like "$out" "\"reason\":\"端末の更新待ち\",\"alternative\":\"持出し記録を毎日確認\"" "copying reason and alternative"
like "$out" "\"division\":\"1001\"" "and the division"
tk exception decide --id "$E2" --approve --on 2027-03-10 --as 900002
is "$rc" 0 "the renewal is decided again"
tk exception list --active --as-of 2027-04-01 --json
like "$out" "\"id\":$E2,.*\"renews\":$E1" "the renewal is active after the first expired"

# --- longer than one year: the special reason and approval ----------
tk -q exception request --system "$SYS" --clause '第4 1' --reason 回線工事 --alternative 手作業で照合 --from 2026-06-01 --to 2027-09-30 --special-reason 工事が2期にわたる --via 900003 --on 2026-05-20 --as 900011
is "$rc" 0 "with --special-reason a longer period is requested"
E3=$out
d=$(db_digest "$TENKEN_DB")
tk exception decide --id "$E3" --approve --on 2026-05-21 --as 900002
is "$rc" 1 "approving it without --special-approval is refused"
like "$err" "例外措置の期間 \(第2 3\(2\)イ\(ウ\)\).*--special-approval" "naming the rule and the option"
same "$d" "approval without special approval"
tk exception decide --id "$E3" --approve --special-approval --on 2026-05-21 --as 900002
is "$rc" 0 "with --special-approval it is approved"

# --- the manager applies: only the 本部長 decides ---------------------
tk role set --year 2026 --role ssr --system 人事システム --staff 900002 --as 900002
tk -q exception request --system 人事システム --clause '第5' --reason r --alternative a --from 2026-07-01 --to 2026-12-31 --via 900003 --on 2026-06-01 --as 900002
is "$rc" 0 "the manager, SSR of a system, applies"
E4=$out
d=$(db_digest "$TENKEN_DB")
tk exception decide --id "$E4" --approve --on 2026-06-02 --as 900002
is "$rc" 1 "the manager cannot decide on the manager's own request"
like "$err" "兼務禁止" "兼務禁止"
same "$d" "the manager deciding the own request"
tk exception decide --id "$E4" --approve --on 2026-06-02 --as 900001
is "$rc" 0 "the 本部長 decides"

# --- end and revoke ----------------------------------------------------
d=$(db_digest "$TENKEN_DB")
tk exception end --id "$E3" --on 2026-08-01 --as 900012
is "$rc" 1 "someone else than the applicant or the manager cannot end it"
like "$err" "役割.*情報セキュリティ管理者" "naming the role"
tk exception revoke --id "$E4" --on 2026-08-01 --note 不要 --as 900002
is "$rc" 1 "the manager does not revoke the manager's own exception"
like "$err" "本部長" "the 本部長 does"
tk exception revoke --id "$E3" --on 2026-08-01 --as 900002
is "$rc" 2 "revoke needs --note"
tk exception end --id "$E1" --on 2026-04-01 --as 900011
is "$rc" 3 "an end before the decision is refused"
same "$d" "refused ends and revocations"
tk exception end --id "$E3" --on 2026-08-01 --note 工事完了 --as 900011
is "$rc" 0 "the applicant ends an exception no longer needed"
tk exception revoke --id "$E4" --on 2026-08-01 --note 代替措置が守られていない --as 900001
is "$rc" 0 "the 本部長 revokes the manager's exception"
d=$(db_digest "$TENKEN_DB")
tk exception end --id "$E3" --on 2026-08-02 --as 900011
is "$rc" 1 "an ended exception is not ended again"
like "$err" "例外措置 \(第2 3\(2\)イ\).*ended" "exception-state"
tk exception renew --id "$E4" --from 2026-09-01 --to 2026-12-31 --via 900003 --on 2026-08-05 --as 900002
is "$rc" 1 "a revoked exception is not renewed"
same "$d" "changes of closed exceptions"
tk exception list --expired --as-of 2026-08-02 --json
like "$out" "\"id\":$E3,.*\"status\":\"ended\"" "an ended exception is listed as expired"

# --- emergency (provisional) exceptions -------------------------------
d=$(db_digest "$TENKEN_DB")
tk exception provisional --system "$SYS" --clause '第3 4' --reason 障害対応 --alternative 立会い --from 2026-10-01 --to 2026-10-31 --permitted-by 900011 --on 2026-10-01 --as 900011
is "$rc" 1 "permitted by the requester is refused"
like "$err" "例外措置（緊急） \(第2 3\(2\)イ\(イ\)\)" "naming the rule and clause"
tk exception provisional --system "$SYS" --clause '第3 4' --reason 障害対応 --alternative 立会い --from 2026-10-01 --to 2026-10-31 --permitted-by 900006 --on 2026-10-01 --as 900011
is "$rc" 1 "permitted by an SSR of another scope is refused"
same "$d" "refused provisional exceptions"
tk exception provisional --system "$SYS" --clause '第3 4' --reason 障害対応 --alternative 立会い --from 2026-10-01 --to 2026-10-31 --permitted-by 900012 --on 2026-10-01 --as 900011
is "$rc" 0 "permitted by the 運用管理者 of the system"
P1=$(echo "$out" | sed -n 's/^exception \([0-9]*\) .*/\1/p')
tk exception list --provisional --as-of 2026-10-08 --json
like "$out" "\"id\":$P1,.*\"days_waiting\":7,.*\"overdue\":false" "day 7: not yet overdue"
tk exception list --provisional --as-of 2026-10-09 --json
like "$out" "\"id\":$P1,.*\"days_waiting\":8,.*\"overdue\":true" "day 8: overdue"
tk exception list --as-of 2026-10-09
like "$out" "仮措置.*許可から8日 期限超過" "the table says overdue"
tk overdue --as-of 2026-10-08 --json
like "$out" '"exceptions":\[\]' "overdue: not on day 7"
tk overdue --as-of 2026-10-09 --json
like "$out" "\"exceptions\":\\[\\{\"id\":$P1,.*\"due\":\"2026-10-08\",\"days_overdue\":1" "overdue lists it on day 8, a day late"
tk exception list --active --as-of 2026-10-02 --json
unlike "$out" "\"id\":$P1," "a provisional exception is never active"
d=$(db_digest "$TENKEN_DB")
tk exception setting --provisional-days 10 --as 900011 --year 2026
is "$rc" 1 "only the manager changes the setting"
same "$d" "refused setting"
tk exception setting --provisional-days 10 --as 900002 --year 2026
is "$rc" 0 "the manager sets 10 days"
tk log show --last 1
like "$out" "900002.*exception.setting exception.provisional_days 10" "logged"
tk exception list --provisional --as-of 2026-10-09 --json
like "$out" "\"overdue\":false" "with 10 days, day 8 is not overdue"
tk exception setting --provisional-days 7 --as 900002 --year 2026
d=$(db_digest "$TENKEN_DB")
tk -q exception request --system 人事システム --clause '第3 4' --reason 障害対応 --alternative 立会い --from 2026-10-01 --to 2026-10-31 --via 900003 --follows "$P1" --on 2026-10-05 --as 900002
is "$rc" 1 "a formal request of another system cannot follow it"
like "$err" "例外措置 \(第2 3\(2\)イ\).*is for system 警察情報システム, not 人事システム" "saying the system differs"
same "$d" "a request following another system's exception"
tk -q exception request --system "$SYS" --clause '第3 4' --reason 障害対応 --alternative 立会い --from 2026-10-01 --to 2026-10-31 --via 900003 --follows "$P1" --on 2026-10-05 --as 900011
is "$rc" 0 "the formal request follows it"
E5=$out
tk exception list --provisional --as-of 2026-10-20 --json
like "$out" "\"id\":$P1,.*\"followed_by\":$E5,.*\"overdue\":false" "not overdue once a request follows it"
d=$(db_digest "$TENKEN_DB")
tk exception request --system "$SYS" --clause '第3 4' --reason r --alternative a --from 2026-10-01 --to 2026-10-31 --via 900003 --follows "$E5" --on 2026-10-05 --as 900011
is "$rc" 1 "--follows must name a provisional exception"
like "$err" "例外措置 \(第2 3\(2\)イ\).*is requested, not provisional" "saying its state"
tk exception request --system "$SYS" --clause '第3 4' --reason r --alternative a --from 2026-10-01 --to 2026-10-31 --via 900003 --follows "$P1" --on 2026-10-05 --as 900011
is "$rc" 1 "a provisional exception is followed by one request only"
like "$err" "exception $E5 already follows it" "naming the request"
same "$d" "refused --follows"
tk exception decide --id "$E5" --approve --on 2026-10-06 --as 900002
tk exception show --id "$P1" --json
like "$out" "\"state\":\"ended\"" "the provisional one ends when its request is decided"

# --- the 管理簿 --------------------------------------------------------
tk -q exception provisional --system "$SYS" --clause '第3 9' --reason 障害 --alternative 立会い --from 2027-02-01 --to 2027-02-10 --permitted-by 900012 --on 2027-02-01 --as 900011
tk exception export --out kanri.xlsx --year 2026 --as-of 2027-03-15 --marking '機密性2 取扱制限 & 関係者限り'
is "$rc" 0 "export writes the register"
PYOUT=$($PY - kanri.xlsx "$E1" <<'PYEOF'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["例外措置管理簿"]
print("sheets", wb.sheetnames)
print("header", "|".join(str(c.value) for c in ws[3]))
print("paper", ws.page_setup.paperSize, ws.page_setup.orientation)
print("oddHeader", ws.oddHeader.left.text)
print("oddFooter", ws.oddFooter.left.text, ws.oddFooter.center.text)
print("freeze", ws.freeze_panes, "filter", ws.auto_filter.ref)
for r in ws.iter_rows(min_row=4):
    fill = r[0].fill.fgColor.rgb if r[0].fill and r[0].fill.fill_type else "none"
    print("row", r[0].value, r[11].value, fill)
PYEOF
)
like "$PYOUT" "sheets \['例外措置管理簿'\]" "one sheet, 例外措置管理簿"
like "$PYOUT" "header 番号\|システム\|所属\|条項\|理由\|代替措置\|申請者\|経由（情報管理課長）\|申請日\|期間（自）\|期間（至）\|状態\|決定者\|決定日\|特別承認\|更新元\|備考" "Japanese headings"
like "$PYOUT" "paper 9 landscape" "A4 landscape"
like "$PYOUT" "oddHeader 機密性2 取扱制限 && 関係者限り" "the marking in the header"
like "$PYOUT" "oddFooter 機密性2 取扱制限 && 関係者限り ページ &P / &N" "and in the footer, with page numbers"
like "$PYOUT" "freeze A4 filter A3:Q" "frozen header with a filter"
like "$PYOUT" "row $E1 有効 FFFFF2CC" "the exception ending within 30 days is yellow"
like "$PYOUT" "row $P1 終了 none" "an ended one is plain"
like "$PYOUT" "row [0-9]+ 仮措置（緊急） FFF8CBAD" "an overdue provisional one is red"
tk exception export --out kanri2.xlsx --year 2026 --as-of 2027-04-01
PYOUT=$($PY -c 'import sys,openpyxl; ws=openpyxl.load_workbook(sys.argv[1]).active; [print("row", r[0].value, r[11].value, r[0].fill.fgColor.rgb if r[0].fill.fill_type else "none") for r in ws.iter_rows(min_row=4)]; print("mark", ws.oddHeader.left.text)' kanri2.xlsx)
like "$PYOUT" "row $E1 期間満了 FFF8CBAD" "an expired one is red"
like "$PYOUT" "mark 機密性2 取扱制限：関係者限り$" "the default marking"
tk log verify
is "$rc" 0 "the event log verifies"
done_testing
