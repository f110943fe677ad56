#!/usr/bin/python3
"""fill-audit.py — fill an audit checklist workbook the way an audit team
would, with openpyxl (an independent xlsx writer).

    fill-audit.py [--seed N] [--findings K] [--set ITEM=判定[:所見]]...
                  [--blank ITEM] [--no-note ITEM] IN.xlsx OUT.xlsx

Every applicable item (a yellow 判定 cell in column E) is judged: 適合 by
default, with a line in 確認した証跡 (G); K items chosen by the seed are
不適合 or 軽微な不備 with a 所見 (F).  --set judges one item; --blank leaves
one unjudged; --no-note drops the 所見 of a finding (to test the refusal).
Prints the judgements written, as JSON.
"""
import json
import random
import sys

import openpyxl

FIRST_ROW = 6


def main(argv):
    seed, k, sets, blank, nonote, pos = 1, 2, {}, set(), set(), []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--seed":
            seed = int(argv[i + 1]); i += 2; continue
        if a == "--findings":
            k = int(argv[i + 1]); i += 2; continue
        if a == "--set":
            item, v = argv[i + 1].split("=", 1)
            sets[item] = v; i += 2; continue
        if a == "--blank":
            blank.add(argv[i + 1]); i += 2; continue
        if a == "--no-note":
            nonote.add(argv[i + 1]); i += 2; continue
        pos.append(a); i += 1
    src, dst = pos
    wb = openpyxl.load_workbook(src)
    ws = wb["回答"]
    rows = []
    for r in range(FIRST_ROW, ws.max_row + 1):
        item = ws.cell(r, 1).value
        if item and ws.cell(r, 5).value != "対象外":
            rows.append((r, item))
    rng = random.Random(seed)
    chosen = set(rng.sample([it for _, it in rows], min(k, len(rows))))
    out = {}
    for r, item in rows:
        if item in blank:
            continue
        judged, note = "適合", None
        if item in chosen:
            judged = rng.choice(["不適合", "軽微な不備"])
            note = f"{item}について、抽出した記録{rng.randint(2, 9)}件中1件に不備を認めた。"
        if item in sets:
            judged, _, note = sets[item].partition(":")
            note = note or (None if judged in ("適合", "該当なし") else f"{item}の所見")
        if item in nonote:
            note = None
        ws.cell(r, 5).value = judged
        if note:
            ws.cell(r, 6).value = note
        ws.cell(r, 7).value = "関係簿冊を閲覧し、担当者から聴取"
        out[item] = judged
    wb.save(dst)
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
