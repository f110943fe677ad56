#!/bin/sh
# t-layers.sh — the layers of core/ (README "Layout") hold: no include runs
# from a lower layer to a higher one, only cli/ reads the environment, and
# nothing below cli/ prints.
. "$(dirname "$0")/lib.sh"
cd "$TENKEN_SRC" || exit 1

# layer: the layers it may include (besides itself)
allowed() {
	case $1 in
	cli) echo "app plugin model store formats reports lib" ;;
	app) echo "plugin model store formats reports lib" ;;
	plugin) echo "model lib" ;;
	reports) echo "model lib" ;;
	model | store | formats) echo "lib" ;;
	lib) echo "" ;;
	esac
}
layer_of() { # path of a source file → its layer
	case $1 in
	core/*/*) d=${1#core/}; echo "${d%%/*}" ;;
	reports/*) echo reports ;;
	esac
}

bad=""
for f in core/*/*.[ch] reports/*.[ch]; do
	from=$(layer_of "$f")
	ok_list="$from $(allowed "$from")"
	for inc in $(sed -n 's/^#include "\([a-z]*\)\/.*"/\1/p' "$f"); do
		case " $ok_list " in
		*" $inc "*) ;;
		*) bad="$bad $f→$inc" ;;
		esac
	done
done
is "$bad" "" "no include runs upward (cli → app → plugin/model/store/formats/reports → lib)"

# (prelude.h is generated into the build tree from plugins/prelude.lua)
unnamed=$(grep -H '^#include "[a-z_]*\.h"' core/*/*.[ch] reports/*.[ch] | grep -v '"prelude.h"' | cut -d: -f1 | tr '\n' ' ')
is "$unnamed" "" "includes name their layer (\"lib/util.h\", not \"util.h\")"

env=$(grep -ln 'getenv' core/*/*.c reports/*.c | grep -v '^core/cli/' | tr '\n' ' ')
is "$env" "" "only cli/ reads the environment"

# Below cli/ nothing prints; lib/ may only report a fatal out-of-memory.
prints=$(grep -nE '\b(printf|puts|fputs|fprintf|putchar|fwrite)\(' core/app/*.c core/model/*.c core/store/*.c core/formats/*.c core/plugin/*.c reports/*.c 2>/dev/null | grep -v 'snprintf\|vsnprintf' | head -5)
is "$prints" "" "nothing below cli/ prints"
done_testing
