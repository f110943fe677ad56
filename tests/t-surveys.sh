#!/bin/sh
# t-surveys.sh — the bundled checklists' content (issue 10, "the checklists,
# corrected and completed"): items added to regular-audit with their clauses,
# corrected wording, and the special audit's selection parameters (no silent
# selection, items=, from=, self-inspection items turned into audit items).
. "$(dirname "$0")/lib.sh"
export TENKEN_SURVEYS="${TENKEN_SURVEYS:-$TENKEN_SRC/surveys}"
unset TENKEN_PLUGIN_PATH

# item_json SURVEY-ARGS... -- ID: the item's canonical JSON line
item_of() { printf '%s\n' "$out" | grep "{\"id\":\"$1\","; }

tk plugin show regular-audit --json
is "$rc" 0 "regular-audit loads"
like "$out" '"version":"2023\.2"' "regular-audit version bumped to 2023.2"
# Added items, spot checks: id → clause.
for pair in "A-1-17|第2 3(1)ウ" "A-2-25|第3 2(6)" "A-2-26|第3 3(1)エ、第3 3(1)オ" \
	"A-2-27|第3 4(2)" "A-3-14|第4 1(1)イ(ア)" "A-3-18|第4 2(1)ア(ウ)" \
	"A-4-07|第5 2(1)オ(イ)" "A-5-15|第6 1(1)ア(ウ)" "A-5-22|第6 1(5)ア(カ)" \
	"A-5-29|第7 3(1)エ" "A-7-18|第8 1(2)イ(オ)" "A-7-19|第8 1(2)イ(ケ)" \
	"A-7-22|第8 1(5)イ" "A-8-06|第8 3(1)イ" "A-8-07|第8 3(1)ウ"; do
	id=${pair%%|*} clause=${pair#*|}
	line=$(item_of "$id")
	is "$(printf '%s' "$line" | sed -n 's/.*"clause":"\([^"]*\)".*/\1/p')" "$clause" "regular-audit $id cites $clause"
done
like "$(item_of A-8-07)" '"scale":"audit".*"evidence":"[^"]+"' "an added item is on the audit scale with evidence"
# Corrections.
like "$(item_of A-6-12)" '"text":"別に定める場合を除き、' "A-6-12 is a ban with an exception (第8 1(2)イ(キ))"
like "$(item_of A-1-09)" 'システムセキュリティ責任者又は運用管理者の許可' "A-1-09 names both who may allow an urgent exception"
like "$(item_of A-1-01)" '同一人が兼ねておらず' "A-1-01 wording"
unlike "$(item_of A-6-05)" '施錠' "A-6-05 no longer adds locking to 第8 1(2)エ(ア)"
unlike "$(item_of A-7-15)" '報告' "A-7-15 no longer adds reporting to 第8 1(6)ア"

tk plugin show division-self --json
like "$out" '"version":"2023\.3"' "division-self version bumped to 2023.3"
is "$(item_of D-1-04)" "" "D-1-04 (not a duty of 第8 1(2)ア(ア)) removed"
like "$(item_of D-2-07)" '要機密情報を必要最小限' "D-2-07 keeps 要機密情報を必要最小限"
unlike "$(item_of D-2-07)" '持ち出しを記録|許可と記録' "D-2-07 adds no record keeping"
like "$(item_of D-10-04)" '"clause":"第2 4\(1\)ア"' "D-10-04 no longer cites the manager's duty 第2 4(2)"
tk plugin show staff-self --json
unlike "$(item_of S-6-06)" '私的' "S-6-06 no longer adds a ban on private use"

# Special audit: a parameter without any selection is refused, naming the
# parameters to give.
tk plugin show special-audit --param from=division-self
is "$rc" 3 "special audit without a selection: refused (exit 3)"
like "$err" '項目が選ばれていません.*--param themes=.*--param clauses=.*--param items=' "special audit without a selection: the message names the parameters"
tk plugin show special-audit --param match=all
like "$err" '項目が選ばれていません' "match= alone is no selection either"

# items= picks exactly those items; an unknown id is refused by name.
tk plugin show special-audit --param items=A-6-02,A-7-16
is "$rc" 0 "items=A-6-02,A-7-16 loads"
is "$(printf '%s\n' "$out" | grep -c '^  SP-')" 2 "items= gives exactly the two items"
like "$out" 'SP-A-6-02' "items= keeps the SP- id"
tk plugin show special-audit --param items=A-6-02,Z-9-99
is "$rc" 3 "items= with an unknown id: refused"
like "$err" "項目 'Z-9-99' は次のチェックリストにありません" "items= with an unknown id: the message names it"
tk plugin show special-audit --param items=D-7-01
like "$err" "division-self の 'D-7-01' は判定のない項目" "an unscored gate question cannot be an audit item"
tk plugin show special-audit --param from=nope --param items=A-6-02
like "$err" "from: チェックリスト 'nope' はありません" "from= with an unknown checklist: refused by name"

# Drawing from division-self: audit scale, evidence, section marked.
tk plugin show special-audit --param items=D-2-03 --json
is "$rc" 0 "items=D-2-03 (division-self) loads"
line=$(item_of SP-D-2-03)
like "$line" '"scale":"audit","choices":\[\{"label":"適合","value":1\},\{"label":"軽微な不備","value":0\.5\},\{"label":"不適合","value":0\},\{"label":"該当なし","value":null\}\]' "a division-self item gets the audit scale"
like "$line" '"evidence":"関係簿冊・記録・設定の確認及び聴取"' "a division-self item gets a generic evidence text"
like "$line" '"text":"管理簿と外部記録媒体の現物を定期的に照合' "its text is not rewritten"
like "$out" '"title":"外部記録媒体の管理（所属自己点検から）"' "its section says where it comes from"
tk plugin show special-audit --param 'from=division-self' --param 'clauses=第8 1(2)エ'
is "$rc" 0 "from=division-self with clauses= loads"
unlike "$out" 'SP-A-' "from=division-self draws nothing from regular-audit"
like "$out" 'SP-D-2-07' "clauses= selects division-self items"
unlike "$out" 'SP-D-2-02' "an unscored number item is not drawn"
tk plugin show special-audit --param items=S-6-06
like "$out" '職員の遵守事項：.*（職員自己点検から）' "a staff-self item's section is marked as the staff's duties"
done_testing
