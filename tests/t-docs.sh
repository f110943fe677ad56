#!/bin/sh
# t-docs.sh — the worked examples in docs/plugin-api.md pass `plugin check`,
# so the documentation cannot drift from the API.
. "$(dirname "$0")/lib.sh"
/usr/bin/python3 - "$TENKEN_SRC/docs/plugin-api.md" "$T_TMP" <<'PYEOF'
import re, sys
s = open(sys.argv[1]).read()
n = 0
for b in re.findall(r"```lua\n(.*?)```", s, re.S):
    if "survey {" in b and "kind =" in b:
        n += 1
        open(f"{sys.argv[2]}/example{n}.lua", "w").write(b)
PYEOF
n=$(ls "$T_TMP"/example*.lua | wc -l)
[ "$n" -ge 2 ]; ok $? "found the worked examples ($n)"
for f in "$T_TMP"/example*.lua; do
	tk plugin check "$f"
	is "$rc" 0 "$(basename "$f") passes plugin check"
	like "$out" ": ok: survey" "$(basename "$f") declares a survey"
done
done_testing
