#!/bin/sh
# pot.sh — extract every message a person reads from the C sources into a
# PO template (default po/tenken.pot).  The keywords are the marks of
# lib/i18n.h (_ N_ P_ C_) and the functions that translate their format
# themselves (tk_error_set, tk_problem and the modules' own wrappers); the
# flags let `msgfmt -c` check that a translation keeps the printf
# conversions.  tests/t-i18n.sh runs this to check po/ja.po is complete.
set -eu
out=${1:-po/tenken.pot}
src=${TENKEN_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$src"
# name:argument of the format (or msgid) of each translating function
fmts="tk_error_set:3 tk_problem:2 tk_rule_refuse:3 problem:2 problem_at:3 warning:2
conv_problem:3 parse_fail:3 seal_fail:2 rule_why:4 row_problem:4 at:4
date_at:5"
set -- --from-code=UTF-8 --language=C --no-wrap --sort-by-file \
	--package-name=tenken --msgid-bugs-address=- \
	-k_ -kN_ -kP_:1,2 -kC_:1c,2 --flag=_:1:pass-c-format --flag=P_:1:pass-c-format \
	--flag=P_:2:pass-c-format
for f in $fmts; do
	set -- "$@" "-k$f" "--flag=${f%%:*}:${f#*:}:c-format"
done
# shellcheck disable=SC2046
xgettext "$@" -o "$out" $(ls core/*/*.c reports/*.c | LC_ALL=C sort)
