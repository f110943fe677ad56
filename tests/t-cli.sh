#!/bin/sh
# t-cli.sh — the command line: help, version, exit statuses (docs/cli.md),
# --db / TENKEN_DB, and that every command has help.
. "$(dirname "$0")/lib.sh"
cd "$T_TMP"
tk --help
is "$rc" 0 "--help exits 0"
like "$out" "usage: tenken" "--help prints usage"
like "$out" "Exit status: 0 success, 1 failure, 2 usage error" "--help documents exit statuses"
tk --version
like "$out" "^tenken [0-9]+\.[0-9]+\.[0-9]+ \(schema [0-9]+" "--version"
tk
is "$rc" 2 "no command: exit 2"
tk frobnicate
is "$rc" 2 "unknown command: exit 2"
like "$err" "unknown command 'frobnicate'" "unknown command message"
tk org import --bogus
is "$rc" 2 "unknown option: exit 2"
like "$err" "unknown option '--bogus'" "unknown option message"
tk org import --year
is "$rc" 2 "option without value: exit 2"
tk help nosuch
is "$rc" 2 "help for an unknown command: exit 2"
tk org import --divisions a.csv --staff b.csv --year 1800
is "$rc" 2 "bad --year: exit 2"

# Every command in --help has its own help.
tk --help
n=0
printf '%s\n' "$out" | sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z]\+\( [a-z]\+\)\?\)  .*/\1/p' > cmds.txt
while read -r c; do
	# shellcheck disable=SC2086
	run "$TENKEN" $c --help
	[ "$rc" = 0 ] && printf '%s' "$out" | grep -q "^usage: tenken"
	ok $? "'$c --help' prints usage"
	n=$((n + 1))
done < cmds.txt
[ "$n" -ge 12 ]; ok $? "at least 12 commands documented ($n)"

# --db and TENKEN_DB; other commands never create a database.
tk --db mine.db org show
is "$rc" 1 "missing database: exit 1"
like "$err" "no such database; run \`tenken init\` first" "missing database message"
[ ! -e mine.db ]; ok $? "no database file was created"
tk --db mine.db init
is "$rc" 0 "init --db"
[ -f mine.db ]; ok $? "database created where --db says"
TENKEN_DB=mine.db tk org show
is "$rc" 1 "TENKEN_DB is used (empty organisation: exit 1)"
like "$err" "no organisation imported yet" "empty organisation message"
tk org show --db mine.db
is "$rc" 1 "--db after the command works too"
# Options are typed by the command table: a number is checked when parsed,
# a flag takes no value, a value option needs one.
tk --db mine.db log show --last abc
is "$rc" 2 "a number option given text: usage error"
like "$err" "--last: 'abc' is not a whole number from 1 to 1000000" "and the message says what it takes"
tk --db mine.db log show --last=0
is "$rc" 2 "zero is not a count"
tk --db mine.db org show --json=yes
like "$err" "option '--json' takes no value" "a flag takes no value"
tk --db mine.db org show --year
like "$err" "option '--year' needs a value" "a value option needs its value"
tk --db mine.db org show --last 3
like "$err" "unknown option '--last'" "another command's option is unknown here"
tk --db mine.db log show --last 1
is "$rc" 0 "log show --last N"
is "$(printf '%s\n' "$out" | wc -l)" 1 "prints N entries"
USER=env-login tk --db actor.db init
tk --db actor.db log show --last 1
like "$out" " env-login db\.migrate" "the OS login (USER) is recorded; init needs no --as"
(unset USER; "$TENKEN" --db actor2.db init >/dev/null 2>&1)
tk --db actor2.db log show --last 1
like "$out" " $(id -un) db\.migrate" "without USER the login comes from the password database, never 'unknown'"
USER=env-login tk --db actor.db org import --year 2026 --divisions "$TENKEN_TESTDATA/mini/divisions.csv" --staff "$TENKEN_TESTDATA/mini/staff.csv" --as 900003
tk --db actor.db log show --last 1
like "$out" " 900003\(env-login\) org\.import" "--as: the staff code is logged with the login"
USER=env-login TENKEN_AS=900004 tk --db actor.db campaign create --survey tiny --year 2026 --plugins "$TENKEN_TESTDATA/plugins/ok"
tk --db actor.db log show --last 1
like "$out" " 900004\(env-login\) campaign\.create" "TENKEN_AS names the acting staff when --as is not given"
d=$(db_digest actor.db)
env -u TENKEN_AS "$TENKEN" --db actor.db campaign close --campaign 1 >/dev/null 2>"$T_TMP/e"; rc=$?
is "$rc" 2 "a change without --as is a usage error"
like "$(cat "$T_TMP/e")" "say who is acting with --as STAFFCODE" "and says how to name the acting staff"
tk --db actor.db campaign close --campaign 1 --as 123456
is "$rc" 1 "an unknown staff code is refused (exit 1)"
like "$err" "--as 123456: no member of staff with that code in FY2026" "naming the code and the year"
is "$(db_digest actor.db)" "$d" "refused changes leave the database as it was"
tk --db actor.db log verify
is "$rc" 0 "the log with staff codes verifies"
# Table output never prints raw control characters from data (a database
# written before they were refused, or a title given on the command line):
# they are escaped as \x1B, \u202E.
export TENKEN_DB=ctl.db TENKEN_PLUGIN_PATH="$TENKEN_TESTDATA/plugins/ok"
tk init
tk org import --year 2026 --divisions "$TENKEN_TESTDATA/mini/divisions.csv" --staff "$TENKEN_TESTDATA/mini/staff.csv"
sql ctl.db "update divisions set name='情報'||char(27)||'[2J'||char(1)||'管理'||char(8238)||'課' where code='120'; update staff set name='山田'||char(7) where code='900002'; update divisions set name='総務'||char(1)||'部' where code='100'"
tk -q campaign create --survey tiny --year 2026 --title "$(printf 'T\033]0;x\007itle')"
C=$out
has_ctl() { printf '%s' "$1" | tr -d '\n' | LC_ALL=C grep -q "[[:cntrl:]]\|$(printf '\342\200\256')"; }
for c in "org show" "log show" "campaign list" "campaign show $C" "status --campaign $C" "score --campaign $C" "score --campaign $C --by item" "score --campaign $C --by group"; do
	# shellcheck disable=SC2086
	tk $c
	is "$rc" 0 "$c: exit 0"
	has_ctl "$out"; is $? 1 "$c: no raw control characters"
done
tk org show
like "$out" '情報\\x1B\[2J\\x01管理\\u202E課 \(山田\\x07\)' "org show: escaped as \\xNN / \\uNNNN"
tk campaign show "$C"
like "$out" 'T\\x1B\]0;x\\x07itle' "campaign show: title escaped"
tk org show --json
like "$out" '\\u001b\[2J' "JSON keeps its own escaping"
unset TENKEN_DB TENKEN_PLUGIN_PATH

printf 'PRAGMA user_version=99;' | sqlite3 mine.db
tk --db mine.db org show
is "$rc" 1 "newer schema: exit 1"
like "$err" "written by a newer tenken" "newer schema message"

# A command group without its subcommand: `help GROUP` and `GROUP --help`
# list its subcommands with their usage (exit 0); bare, a usage error.
for g in log org plugin campaign form; do
	tk help "$g"
	is "$rc" 0 "help $g: exit 0"
	like "$out" "usage: tenken $g SUBCOMMAND" "help $g: the group's usage"
	tk "$g" --help
	is "$rc" 0 "$g --help: exit 0"
	like "$out" "Subcommands:" "$g --help lists its subcommands"
done
tk help log
like "$out" "tenken log verify" "help log: log verify"
like "$out" "tenken log show \[--last N\]" "help log: log show with its usage"
tk log -h
like "$out" "print the last N events" "log -h: the summaries"
tk log
is "$rc" 2 "a bare group: exit 2"
like "$err" "log needs a subcommand" "a bare group: says a subcommand is needed"
tk help log bogus
is "$rc" 2 "help for an unknown subcommand: exit 2"
like "$err" "no command 'log bogus'" "and names it"
tk log bogus --help
is "$rc" 2 "unknown subcommand with --help: exit 2"
tk help seal
like "$out" "usage: tenken seal --out" "help seal: seal's own usage"
like "$out" "tenken seal keygen --out FILE" "and its subcommand keygen"
tk seal --help
like "$out" "tenken seal keygen --out FILE" "seal --help lists keygen"
done_testing
