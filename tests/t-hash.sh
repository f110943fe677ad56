#!/bin/sh
# t-hash.sh — golden values: the canonical survey JSON (what `plugin show
# --json` prints without its hash member) and the survey hash of every
# bundled survey, of a survey with hooks and parameters, and of a survey
# that reads another through checklist(), are pinned.  Stored campaigns
# verify against these bytes; a change here breaks every frozen survey.
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
	6549763ea427a5b052c9f9579d299aedf5d0008e527db00b89fecff5f256c859 \
	6549763ea427a5b052c9f9579d299aedf5d0008e527db00b89fecff5f256c859 \
	-- division-self
check staff-self \
	7e483995aeb907031e0ecddddb49cef9a10ba82f86cceca954d788028f63c070 \
	7e483995aeb907031e0ecddddb49cef9a10ba82f86cceca954d788028f63c070 \
	-- staff-self
check regular-audit \
	21c5ce295728145f193905f8d6dfef8d6d7088e42b5c7a69dc449d2ee578880f \
	21c5ce295728145f193905f8d6dfef8d6d7088e42b5c7a69dc449d2ee578880f \
	-- regular-audit
# special-audit has hooks: its hash also covers source and parameters.
check special-audit \
	0ffd4a1f21bf96a8fc53723fb27c11cd14f415a1fbdde11d48509be9c985d903 \
	d560bfb66164406bc2dce9620fd074953a94eddeb078cfaea7d2e8c68f95a3d7 \
	-- special-audit
check "special-audit themes=外部記録媒体" \
	0ffd4a1f21bf96a8fc53723fb27c11cd14f415a1fbdde11d48509be9c985d903 \
	1843f19b646cc88ca54d16b7cbeb409bdd31a7c736155c54eb3888cfb56d46ff \
	-- special-audit --param themes=外部記録媒体
check "special-audit two themes" \
	a6a279dcad0e9b7f3b62e30f0114634dea66917d518b165b8c70e71db849d489 \
	374f260e9715f0cbdd23840d4814723554da95e5cb10e908f32b7c6058255dcd \
	-- special-audit --param themes=外部記録媒体,公用携帯電話機

# The list shows the same hashes.
tk plugin list --json
like "$out" '"id":"special-audit".*"hash":"d560bfb66164406bc2dce9620fd074953a94eddeb078cfaea7d2e8c68f95a3d7"' "plugin list --json shows the survey hash"

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
