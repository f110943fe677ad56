#!/bin/sh
# t-i18n.sh — Japanese-first messages (lib/i18n.h, cli/i18n.c, po/ja.po):
# every message of the sources has a Japanese translation, none fuzzy and
# none with its printf conversions changed; tenken speaks Japanese when
# the locale is Japanese (even where ja_JP.UTF-8 was never generated) and
# English otherwise.
. "$(dirname "$0")/lib.sh"
PO="$TENKEN_SRC/po/ja.po"

# 1. The catalogue is complete for the messages of today's sources.
TENKEN_SRC="$TENKEN_SRC" sh "$TENKEN_SRC/scripts/pot.sh" "$T_TMP/tenken.pot"
ok $? "scripts/pot.sh extracts the messages"
n=$(grep -c '^msgid ' "$T_TMP/tenken.pot")
[ "$n" -gt 500 ]
ok $? "hundreds of messages are marked ($n)"
msgmerge -q --no-fuzzy-matching --no-wrap "$PO" "$T_TMP/tenken.pot" -o "$T_TMP/merged.po"
missing=$(msgattrib --untranslated --no-obsolete --no-wrap "$T_TMP/merged.po" | grep '^msgid ' | grep -v '^msgid ""$' | head -20)
is "$missing" "" "every message has a Japanese translation (make po, then translate)"
fuzzy=$(msgattrib --only-fuzzy --no-obsolete --no-wrap "$PO" | grep '^msgid ' | grep -v '^msgid ""$' | head -5)
is "$fuzzy" "" "no translation is fuzzy"
run msgfmt -c --check-format -o /dev/null "$PO"
is "$rc:$err" "0:" "ja.po keeps the printf conversions and line ends of every message"
stale=$(msgattrib --only-obsolete --no-wrap "$T_TMP/merged.po" | grep -c '^#~ msgid ')
is "$stale" 0 "ja.po holds no message the sources no longer have"

# 2. Japanese when the locale is Japanese, English otherwise.
DB="$T_TMP/none/x.db"
LC_ALL= LANG=ja_JP.UTF-8 run "$TENKEN" --db "$DB" status --campaign 1
like "$err" 'データベースがありません' "LANG=ja_JP.UTF-8: the message is Japanese"
is "$rc" 1 "… with the same exit status"
LC_ALL=ja_JP.UTF-8 run "$TENKEN" --db "$DB" status --campaign 1
like "$err" 'データベースがありません' "LC_ALL=ja_JP.UTF-8 too"
LC_ALL= LANG=C.UTF-8 LANGUAGE=ja run "$TENKEN" --db "$DB" status --campaign 1
like "$err" 'データベースがありません' "LANGUAGE=ja under C.UTF-8 too"
LC_ALL= LANG=ja_JP.UTF-8 LANGUAGE=en run "$TENKEN" --db "$DB" status --campaign 1
like "$err" 'no such database' "LANGUAGE=en comes first, as in GNU gettext"
LC_ALL= LANG=C LANGUAGE=ja run "$TENKEN" --db "$DB" status --campaign 1
like "$err" 'no such database' "the C locale stays English"
run "$TENKEN" --db "$DB" status --campaign 1
like "$err" 'no such database' "English by default"

# 3. The rules of the standard, the help and the usage lines in Japanese.
"$TENKEN" --db "$T_TMP/t.db" init >/dev/null
LANG=ja_JP.UTF-8 LC_ALL= run "$TENKEN" --db "$T_TMP/t.db" frobnicate
like "$err" 'frobnicate' "an unknown command is named …"
is "$(printf '%s' "$err" | LC_ALL=C grep -c "$(printf '\343')")" 1 "… in Japanese"
LANG=ja_JP.UTF-8 LC_ALL= run "$TENKEN" help init
like "$out" 'データベース' "a command's help is Japanese"
LANG=ja_JP.UTF-8 LC_ALL= run "$TENKEN" --help
like "$out" 'init +データベース' "the command list's summaries are Japanese"
done_testing
