#!/bin/sh
# run.sh — run every TAP test with prove: the C test programs built into
# $TENKEN_BUILD/tests and the shell tests tests/t-*.sh.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
: "${TENKEN_BUILD:?set TENKEN_BUILD to the CMake build directory}"
export TENKEN="$TENKEN_BUILD/tenken"
export TENKEN_SRC="$(dirname "$here")"
export TENKEN_SURVEYS="$TENKEN_SRC/surveys"
export TENKEN_TESTDATA="$here/data"
unset TENKEN_DB TENKEN_PLUGIN_PATH
prove="${1:-prove}"
cd "$here"
exec $prove -j2 $(ls "$TENKEN_BUILD"/tests/t-* 2>/dev/null) "$here"/t-*.sh
