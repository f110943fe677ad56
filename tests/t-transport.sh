#!/bin/sh
# t-transport.sh — sealed bundles end to end: `tenken seal` then `tenken
# import`; a tampered bundle, a wrong passphrase and a missing passphrase are
# refused and nothing is imported; a passphrase is never taken on the
# command line.
. "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3
MINI="$TENKEN_TESTDATA/mini"
export TENKEN_DB="$T_TMP/t.db"
cd "$T_TMP"
tk init
tk org import --year 2026 --divisions "$MINI/divisions.csv" --staff "$MINI/staff.csv"
tk -q campaign create --survey division-self --year 2026
tk form export --campaign 1 --out f
$PY "$TENKEN_SRC/scripts/fill-forms.py" f filled > /dev/null
tk seal keygen --out pass.txt
is "$rc" 0 "seal keygen"
like "$out" "written to pass.txt \(mode 0600\)" "keygen summary"
is "$(stat -c %a pass.txt)" 600 "the passphrase file is mode 0600"
like "$(cat pass.txt)" "^[A-Z2-7]{32}$" "32 base32 characters (160 bits)"
keep=$(cat pass.txt)
tk seal keygen --out pass.txt
is "$rc" 1 "keygen never overwrites"
like "$err" "pass.txt: already exists" "and says so"
is "$(cat pass.txt)" "$keep" "the passphrase file is unchanged"
tk seal keygen
is "$rc" 2 "keygen without --out: usage error"
printf 'wrong but long enough passphrase\n' > wrong.txt
printf 'short-passphrase\n' > short.txt

tk seal --out plain.zip filled/*.xlsx
is "$rc" 0 "seal without passphrase"
like "$out" "sealed 3 files into plain.zip \(not encrypted\)" "seal summary"
tk seal --out box.zip --passphrase-file pass.txt filled/*.xlsx
is "$rc" 0 "seal with passphrase"
like "$out" "AES-256" "encrypted with AES-256"
tk seal --out x.zip --passphrase secret filled/*.xlsx
is "$rc" 2 "--passphrase on the command line is refused"
tk seal --out short.zip --passphrase-file short.txt filled/*.xlsx
is "$rc" 3 "seal: a passphrase under 20 characters is refused"
like "$err" "short.txt: the passphrase is shorter than 20 characters.*tenken seal keygen" "and points at seal keygen"
[ ! -e short.zip ]; ok $? "no bundle written with a short passphrase"

# Zip headers are not encrypted: no division name or form name in them.
$PY - box.zip plain.zip <<'PYEOF' > names.txt
import sys, zipfile
for z in sys.argv[1:]:
    for n in zipfile.ZipFile(z).namelist():
        print(z, n)
PYEOF
like "$(grep '^box.zip' names.txt | tr '\n' ' ')" "^box.zip tenken-seal.txt box.zip m0001.bin box.zip m0002.bin box.zip m0003.bin $" "encrypted bundle: opaque member names"
like "$(cat names.txt)" "plain.zip .*_1001_浦和警察署.xlsx" "unencrypted bundle: real names (the check above is real)"
for name in 浦和警察署 浦和東警察署 .xlsx; do
	grep -qF "$name" box.zip; is "$?" 1 "no '$name' in the raw bytes of the encrypted bundle"
done

before=$(dom_digest "$TENKEN_DB")
ev=$(sql "$TENKEN_DB" "select count(*) from events")
tk import box.zip
is "$rc" 3 "encrypted bundle without passphrase: exit 3"
like "$err" "needs a passphrase" "says a passphrase is needed"
tk import --passphrase-file wrong.txt box.zip
is "$rc" 3 "wrong passphrase: exit 3"
like "$err" "wrong passphrase or tampered" "wrong passphrase message"
tk import --passphrase-file short.txt box.zip
is "$rc" 3 "import: a passphrase under 20 characters is refused"
like "$err" "shorter than 20 characters" "import says why"
is "$(dom_digest "$TENKEN_DB")" "$before" "nothing imported from refused bundles"
is "$(sql "$TENKEN_DB" "select count(*) from events where action='import.reject'")" 2 "each refused bundle is in the event log (a short passphrase file stops before any bundle is read)"

# Tamper: replace one member of the unencrypted bundle, keep the manifest.
$PY - plain.zip tampered.zip <<'PYEOF'
import sys, zipfile
src = zipfile.ZipFile(sys.argv[1]); dst = zipfile.ZipFile(sys.argv[2], "w")
for i, info in enumerate(src.infolist()):
    data = src.read(info.filename)
    if i == 1:
        data = data[:-10] + b"0123456789"
    dst.writestr(info, data)
dst.close()
PYEOF
tk import tampered.zip
is "$rc" 3 "tampered bundle: exit 3"
like "$err" "digest mismatch \(tampered\?\)" "tampered bundle message names the member"
is "$(dom_digest "$TENKEN_DB")" "$before" "tampered bundle: nothing imported"

TENKEN_PASSPHRASE_FILE=pass.txt tk import box.zip
is "$rc" 0 "right passphrase (TENKEN_PASSPHRASE_FILE): imported"
like "$out" "3 files: 3 accepted" "every member imported"
like "$out" "accepted +box.zip:" "members are named bundle:member"
like "$out" "box.zip:[^ ]*_1001_浦和警察署.xlsx" "by their real names from the manifest"
tk import plain.zip
like "$out" "3 unchanged" "same forms in another bundle: unchanged"
done_testing
