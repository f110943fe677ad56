#!/bin/sh
# t-fixtures.sh — forms filled by openpyxl and re-saved by LibreOffice Calc
# (tests/data/lo, made by its make-fixtures.sh) import into the database
# state that issued them, and the stored answers equal what was written.
. "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3
LO="$TENKEN_TESTDATA/lo"
DB="$T_TMP/t.db"
export TENKEN_DB="$DB"
sqlite3 "$DB" < "$LO/db.sql"
tk init
is "$rc" 0 "fixture database opens (migrated if older)"
mkdir "$T_TMP/lo" && cp "$LO"/*.xlsx "$T_TMP/lo/"
cd "$T_TMP"
tk import lo
is "$rc" 0 "LibreOffice-saved forms import"
like "$out" "6 files: 6 accepted" "all six accepted"
like "$(unzip -p lo/1_120_*.xlsx xl/workbook.xml 2>/dev/null || $PY -c 'import zipfile,glob,sys; print(zipfile.ZipFile(glob.glob("lo/1_120_*.xlsx")[0]).read("xl/workbook.xml").decode())')" \
	'appName="Calc"' "the fixture really was written by LibreOffice Calc"
for kind in division staff; do
	$PY - "$DB" "$LO/answers-$kind.jsonl" "$kind" <<'PYEOF' > cmp.txt
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
bad, n = [], 0
for line in open(sys.argv[2]):
    rec = json.loads(line)
    rows = db.execute("""select coalesce(st.code, ''), i.item_id, a.raw, i.applies_item, i.applies_any
      from answers_text a join submissions u on u.id=a.submission join divisions d on d.id=u.division_id
      join campaigns c on c.id=u.campaign join surveys s on s.id=c.survey
      join survey_items i on i.survey=c.survey and i.idx=a.item_idx
      left join staff st on st.id=a.staff_id
      where d.code=? and s.respondent=?""", (rec["division"], sys.argv[3])).fetchall()
    got = {(f"{s}/{i}" if s else i): r for s, i, r, _, _ in rows}
    for k, v in rec["answers"].items():
        if v is None:
            continue
        n += 1
        if k in got and str(got[k]) != str(v):
            bad.append((k, v, got[k]))
    # nothing stored that was not written
    for k in got:
        if rec["answers"].get(k) is None:
            bad.append((k, None, got[k]))
print("mismatch", bad[:5]) if bad else print("equal", n)
PYEOF
	like "$(cat cmp.txt)" "^equal [0-9]+" "$kind answers equal what was written"
done
done_testing
