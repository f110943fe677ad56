#!/bin/sh
# t-hash.sh — golden values: the canonical survey JSON (what `plugin show
# --json` prints without its hash member) and the survey hash of every
# bundled survey, of a survey with hooks and parameters, and of a survey
# that reads another through checklist(), are pinned.  Stored campaigns
# verify against these bytes; a change here breaks every frozen survey.
# A deliberate change of a bundled survey (with its version bumped: 2023.2,
# issue 10's corrected and completed checklists; division-self 2023.3, issue
# 13: its date example left to the form, in the campaign's year) is
# re-pinned here; stored
# campaigns keep their frozen copy and its hash (tests/t-freeze.sh).
. "$(dirname "$0")/lib.sh"
export TENKEN_SURVEYS="${TENKEN_SURVEYS:-$TENKEN_SRC/surveys}"
unset TENKEN_PLUGIN_PATH

# check NAME CANON-SHA256 HASH -- plugin show arguments
check() {
	name=$1 want_canon=$2 want_hash=$3
	shift 4
	tk plugin show "$@" --json
	is "$rc" 0 "$name: plugin show --json"
	canon=$(printf '%s' "$out" | sed 's/,"hash":"[0-9a-f]*"}$/}/' |
		sha256sum | cut -d' ' -f1)
	hash=$(printf '%s' "$out" | sed -n 's/.*,"hash":"\([0-9a-f]*\)"}$/\1/p')
	is "$canon" "$want_canon" "$name: SHA-256 of the canonical JSON"
	is "$hash" "$want_hash" "$name: survey hash"
}

check division-self \
	45ec4e84c4b28b1810dedac169a402070703285148145270541785537e33e991 \
	45ec4e84c4b28b1810dedac169a402070703285148145270541785537e33e991 \
	-- division-self
check staff-self \
	39a5c5e1a6e84632a511688537a27e08d6c7e682cd1858fefd042d3aab6b1c39 \
	39a5c5e1a6e84632a511688537a27e08d6c7e682cd1858fefd042d3aab6b1c39 \
	-- staff-self
check regular-audit \
	e84ec24eb18a4cf33b84ddce9ee35f67729011c9472e53552e09dc559f9c2128 \
	e84ec24eb18a4cf33b84ddce9ee35f67729011c9472e53552e09dc559f9c2128 \
	-- regular-audit
# special-audit has hooks: its hash also covers source and parameters.
# The special audit's items are chosen each time: no checklist without them.
tk plugin show special-audit --json
is "$rc" 3 "special-audit without --param: no silent default selection"
like "$err" "特別監査の項目が選ばれていません" "saying which --param to give"
check "special-audit themes=外部記録媒体" \
	a7d9647b9b02bc360104f6c89a62bfc573eebf8933e3ed02fd9a75ba4d96c544 \
	4ca4e348548b34e60fbd1b5427019c5c87fd2ac96e8d3483586bca6ab220ddba \
	-- special-audit --param themes=外部記録媒体
check "special-audit two themes" \
	6c45ffa9ddecfb851ef947abb26aa873ec45f7e8beadb7bec6624bc4f51761ce \
	863016345eaae00d5eac702f15200427ef2349174be9526edf901b5a7d342c95 \
	-- special-audit --param themes=外部記録媒体,公用携帯電話機

# The list shows the same hashes.
tk plugin list --json
like "$out" '"id":"regular-audit".*"hash":"e84ec24eb18a4cf33b84ddce9ee35f67729011c9472e53552e09dc559f9c2128"' "plugin list --json shows the survey hash"
like "$out" '"file":"[^"]*special-audit.lua","error":"[^"]*項目が選ばれていません[^"]*","needs_params":true' "and that special-audit needs its parameters"

# Test plugins: one with hooks (tiny), one reading another (dep-b).
export TENKEN_PLUGIN_PATH="$TENKEN_TESTDATA/plugins/ok"
check tiny \
	200f21440280222aba92d8d8c7494c0cc701e1c4df7e9eb29313b79fac12ecc8 \
	f9cd048dfbd804b84f5d530c685fc53bb5fa726da39138f9c5261e139362147d \
	-- tiny
export TENKEN_PLUGIN_PATH="$TENKEN_TESTDATA/plugins/deps"
check dep-a \
	e37cfb97fe95cf87a8f8c4c4beb2476ea1f278411cdf9032f938c5045077908e \
	87482f72adb6119427894bd6cebeb814077cc41387ca29bb26ee0a10aa9c5a06 \
	-- dep-a
check dep-b \
	38566f8c8ee057a7be019ffbd88e89094ec56ced2833b0a0870069804dfd59e7 \
	38566f8c8ee057a7be019ffbd88e89094ec56ced2833b0a0870069804dfd59e7 \
	-- dep-b
# Escaping: a quote, a backslash, a tab, DEL and U+2028 in the text; DEL
# and U+2028 stay raw bytes in the canonical form (TK_JSON_CANONICAL).
export TENKEN_PLUGIN_PATH="$TENKEN_TESTDATA/plugins/golden"
check odd-text \
	1d163b99677d6f142c2bd627e6f7d89f66cffe22b3a1bb1064bf857ccfe75ee2 \
	1d163b99677d6f142c2bd627e6f7d89f66cffe22b3a1bb1064bf857ccfe75ee2 \
	-- odd-text
done_testing
