#!/bin/sh
# t-i18n-cli.sh — every line the CLI prints for a person is Japanese when
# the locale is Japanese (issue 13): a short cycle on the mini organisation
# in LANG=ja_JP.UTF-8, then, once ids, codes, dates, option names, command
# names, file paths, cell references and known data values are stripped,
# no English word is left.  Also: the tables line up in both languages.
. "$(dirname "$0")/lib.sh"
MINI="$TENKEN_TESTDATA/mini"
PY=/usr/bin/python3
FILL="$PY $TENKEN_SRC/scripts/fill-forms.py --no-random"
export TENKEN_DB="$T_TMP/t.db" TENKEN_PLUGIN_PATH="$TENKEN_TESTDATA/plugins/ok"
cd "$T_TMP" || exit 1
LOG="$T_TMP/ja.txt"
# jk ARGS: run tenken in Japanese, keep what it prints (stdout and stderr)
jk() {
	LC_ALL= LANG=ja_JP.UTF-8 run "$TENKEN" "$@"
	printf '%s\n%s\n' "$out" "$err" >> "$LOG"
}

jk init
jk plugin list
like "$out" '自己点検 所属 ' "plugin list: who answers, in Japanese"
jk org import --year 2026 --divisions "$MINI/divisions.csv" --staff "$MINI/staff.csv"
jk org show --year 2026
jk role set --year 2026 --role security-manager --staff 900002 --as 900002
jk role set --year 2026 --role chief --staff 900001 --as 900002
jk role list --year 2026
jk -q campaign create --survey tiny --year 2026 --due 2026-06-30
C=$out
jk campaign create --survey tiny-staff --year 2026 --divisions 120
jk campaign list
jk campaign show --campaign "$C"
jk form export --campaign "$C" --out f
$FILL --set T-1=良 --set T-2=はい --set T-4=いいえ f/${C}_120_*.xlsx in > /dev/null
$FILL --set T-1=良 --set T-2=はい --set T-4=いいえ f/${C}_130_*.xlsx in > /dev/null
$FILL --set T-1=ZZZ f/${C}_1001_*.xlsx bad > /dev/null
jk import in/*.xlsx
is "$rc" 0 "the good forms are imported" || printf '%s\n' "$err" | sed 's/^/# /'
jk import in/*.xlsx
jk import bad/*.xlsx
is "$rc" 3 "the bad form is refused"
jk status --campaign "$C"
jk score --campaign "$C"
jk score --campaign "$C" --by section
# an audit with findings, a notice and its improvements
jk -q audit plan create --year 2026 --kind regular --targets 1001 --checklist regular-audit --on 2026-05-01 --as 900002
P=$out
# a refusal names what was asked for (a word the app layer chose) in Japanese
jk audit plan approve --plan "$P" --on 2026-05-10 --as 900003
like "$err" '監査実施計画の承認' "the refused action is named in Japanese"
jk audit plan approve --plan "$P" --on 2026-05-10 --as 900001
jk audit plan list
jk -q audit create --plan "$P" --division 1001 --date 2026-07-01 --as 900002
A=$out
jk audit assign --audit "$A" --staff 900003 --role lead --as 900002
jk audit notify --audit "$A" --on 2026-06-15 --out notices --as 900002
jk audit form --audit "$A" --out forms --as 900003
$PY "$TENKEN_SRC/scripts/fill-audit.py" --findings 3 --seed 4 forms/*.xlsx filled.xlsx > /dev/null
jk import filled.xlsx --as 900003
echo "改善を要する。" > eval.txt
jk audit report --audit "$A" --on 2026-07-10 --evaluation-file eval.txt --out rep.xlsx --as 900003
jk audit list
jk audit show --audit "$A"
jk audit findings --audit "$A"
jk notice send --audit "$A" --on 2026-07-20 --respond-by 2026-08-20 --out n --as 900002
jk notice list --as-of 2026-09-01
jk improvement list --as-of 2026-09-01
jk overdue --as-of 2026-09-01
# exceptions
jk role set --year 2026 --role info-head --staff 900003 --as 900002
jk role set --year 2026 --role ssr --system 人事システム --staff 900011 --as 900002
jk role set --year 2026 --role operations-manager --system 人事システム --staff 900012 --as 900002
jk exception request --system 人事システム --division 1001 --clause '第3 2(1)' --reason 端末の更新待ち --alternative 持出し記録を毎日確認 --from 2026-04-01 --to 2026-09-30 --via 900003 --as 900011
jk exception list --as-of 2026-04-02
jk exception list --requested --as-of 2026-04-02
# log show: the event's details are data (stored in English): keep only
# its first columns (id, time, who, action)
LC_ALL= LANG=ja_JP.UTF-8 run "$TENKEN" log show --last 5
printf '%s\n' "$out" | cut -d' ' -f1-4 >> "$LOG"
jk log verify

# The tables line up in Japanese: each header word ends (right-aligned
# column) or starts (left-aligned) where its column does, counting a
# full-width character as two columns.
cols() { # TABLE-TEXT HEADER-WORD ROW-PATTERN: start column of the word in
	# the header and of the field in the first matching row
	printf '%s\n' "$1" | /usr/bin/python3 -c '
import sys, unicodedata, re
w = lambda s: sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
lines = sys.stdin.read().split("\n")
head = next(l for l in lines if sys.argv[1] in l)
row = next(l for l in lines if re.search(sys.argv[2], l))
print(w(head[:head.index(sys.argv[1])]), w(row[:re.search(sys.argv[2], row).start(1)]))' "$2" "$3"
}
LC_ALL= LANG=ja_JP.UTF-8 run "$TENKEN" org show --year 2026
set -- $(cols "$out" '名称' '^100 +[^ ]+ +[0-9]+  (総務部)')
is "$1" "$2" "org show: the name column lines up in Japanese"
LC_ALL= LANG=ja_JP.UTF-8 run "$TENKEN" status --campaign "$C"
set -- $(cols "$out" '取込日時' '^120 .*(20[0-9][0-9]-)')
is "$1" "$2" "status: the time column lines up in Japanese"
LC_ALL= LANG=ja_JP.UTF-8 run "$TENKEN" audit list
set -- $(cols "$out" '所属' '^1 .*(1001)')
is "$1" "$2" "audit list: the division column lines up in Japanese"
run "$TENKEN" status --campaign "$C"
set -- $(cols "$out" 'imported' '^120 .*(20[0-9][0-9]-)')
is "$1" "$2" "status: … and in English"

# What is left once the data and the names of things are taken away
words=$(sed -E \
	-e 's/--[a-z][a-z-]*//g' \
	-e 's/`[^`]*`//g' \
	-e 's#[^ 	:：「」()（）]*/[^ 	:：「」()（）]*##g' \
	-e 's/[^ 	]*\.(xlsx|zip|csv|db|lua|json|txt)//g' \
	-e 's/[A-Za-z0-9_-]+![A-Z]+[0-9]+//g' \
	-e 's/[a-z]+\.[a-z_.]+//g' \
	-e 's/[0-9a-f]{12,}//g' \
	-e 's/[0-9]+\([^)]*\)//g' \
	-e 's/\b[a-z]+=//g' \
	-e 's/\b(division-self|staff-self|special-audit)\b//g' \
	-e 's/\b(tenken|tiny|tiny-staff|regular-audit|security-manager|chief|info-head|ssr|operations-manager|lead|SHA-256|SQLite|JSON|CSV|PDF|Excel|UTC|OK|NG|N\/A)\b//g' \
	"$LOG" | grep -oE '[A-Za-z]{4,}' | sort | uniq -c | sort -rn)
is "$words" "" "in Japanese, no English word is left in what is printed"
[ -n "$words" ] && grep -nE '[A-Za-z]{4,}' "$LOG" | head -60 | sed 's/^/# /'
done_testing
