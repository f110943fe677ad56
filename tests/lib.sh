# lib.sh — TAP helpers for tenken's shell tests.  Source it, call the
# checks, end with `done_testing`.
#
#   run CMD...            run, capturing $out, $err and $rc
#   is GOT WANT DESC      string equality
#   like TEXT PATTERN DESC  grep -E pattern in text
#   ok COND-STATUS DESC   e.g.  [ -f x ]; ok $? "file made"
#   db_digest DB          digest of the database's content (.dump)
#   dom_digest DB         the same without the event log
set -u
T_N=0
T_FAIL=0
T_TMP=$(mktemp -d "${TMPDIR:-/tmp}/tenken-test.XXXXXX")
trap 'rm -rf "$T_TMP"' EXIT
: "${TENKEN:?TENKEN must name the tenken binary}"
: "${TENKEN_SRC:?TENKEN_SRC must name the source tree}"
export TENKEN_NO_PROGRESS=1 TENKEN_AS=900002
# Messages in English (the untranslated text the tests match) unless a
# test asks for Japanese itself (LANG=ja_JP.UTF-8 tk …, t-i18n.sh).
unset LANGUAGE LC_MESSAGES LANG
export LC_ALL=C.UTF-8
# 900002 is staff of the mini organisation; tests of the example
# organisation act as 365276 (its 情報管理課長, in every year): EX_AS
EX="$TENKEN_SRC/examples/org"
EX_AS=365276

pass() { T_N=$((T_N + 1)); echo "ok $T_N - $1"; }
fail() {
	T_N=$((T_N + 1)); T_FAIL=$((T_FAIL + 1))
	echo "not ok $T_N - $1"
	shift
	for l in "$@"; do printf '#   %s\n' "$l"; done
}
run() {
	out=$("$@" 2>"$T_TMP/stderr"); rc=$?
	err=$(cat "$T_TMP/stderr")
	return 0
}
tk() { run "$TENKEN" "$@"; }
is() {
	if [ "$1" = "$2" ]; then pass "$3"
	else fail "$3" "got:  '$1'" "want: '$2'"; fi
}
like() {
	if printf '%s' "$1" | grep -Eq -- "$2"; then pass "$3"
	else fail "$3" "text: '$(printf '%s' "$1" | head -c 600)'" "want: /$2/"; fi
}
unlike() {
	if printf '%s' "$1" | grep -Eq -- "$2"; then
		fail "$3" "text: '$(printf '%s' "$1" | head -c 600)'" "unwanted: /$2/"
	else pass "$3"; fi
}
ok() { if [ "$1" -eq 0 ]; then pass "$2"; else fail "$2"; fi; }
db_digest() { sqlite3 "$1" .dump | sha256sum | cut -d' ' -f1; }
sql() { sqlite3 "$1" "$2"; }
done_testing() {
	echo "1..$T_N"
	[ "$T_FAIL" -eq 0 ]
}
# digest of the domain tables only: a refused import logs import.reject in
# the event log, and nothing else may change
dom_digest() { sqlite3 "$1" .dump | grep -v '^INSERT INTO "\{0,1\}events' | sha256sum | cut -d' ' -f1; }
# mini_campaigns: in the current directory and $TENKEN_DB, the mini
# organisation (FY2026), a campaign of tiny ($C, forms in f/) and one of
# tiny-staff for division 120 ($CS, forms in fs/); needs
# TENKEN_PLUGIN_PATH=$TENKEN_TESTDATA/plugins/ok
mini_campaigns() {
	tk init
	tk org import --year 2026 --divisions "$TENKEN_TESTDATA/mini/divisions.csv" --staff "$TENKEN_TESTDATA/mini/staff.csv"
	tk -q campaign create --survey tiny --year 2026
	C=$out
	tk -q campaign create --survey tiny-staff --year 2026 --divisions 120
	CS=$out
	tk form export --campaign "$C" --out f
	tk form export --campaign "$CS" --out fs
}

# part FILE PART — print one part (e.g. xl/styles.xml) of a workbook (zip).
part() {
	/usr/bin/python3 -c 'import sys, zipfile
sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())' "$1" "$2"
}
