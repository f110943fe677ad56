#!/usr/bin/python3
"""fill-response.py — fill a notice's response workbook (回答書) the way a
division would, with openpyxl (an independent xlsx writer).

    fill-response.py [--answer done|plan|none|mixed] [--done-on D]
                     [--due D] [--set ROW=FIELD:VALUE]... IN.xlsx OUT.xlsx

Every finding row (from row 6, column A holding the finding number) gets an
answer in E: 措置済み with what was done (F) and the completion date (G);
改善計画 with measures (F), 補完的措置 (H), owner (I), due date (J) and a
milestone (K); 該当なし (cross notices) with what was checked (F).
"mixed" answers the first finding 措置済み and the rest 改善計画.  --set
overwrites one cell of a row (FIELD: E..K) — an empty VALUE clears it —
to test the refusals.  Prints the answers written, as JSON.
"""
import datetime
import json
import sys

import openpyxl

FIRST_ROW = 6
LABEL = {"done": "措置済み", "plan": "改善計画", "none": "該当なし"}


def date(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d")


def fill_row(ws, r, kind, done_on, due):
    ws.cell(r, 5).value = LABEL[kind]
    if kind == "done":
        ws.cell(r, 6).value = "指摘の翌週に是正し、所属内で周知した。"
        ws.cell(r, 7).value = date(done_on)
    elif kind == "plan":
        ws.cell(r, 6).value = "管理簿の様式を改め、全係で運用を見直す。"
        ws.cell(r, 8).value = "完了までの間、係長が毎週点検し結果を記録する。"
        ws.cell(r, 9).value = "庶務係長"
        ws.cell(r, 10).value = date(due)
        ws.cell(r, 11).value = "1か月後に様式改定、3か月後に運用定着"
    else:
        ws.cell(r, 6).value = "同様の事例がないことを点検により確認した。"


def main(argv):
    answer, done_on, due, sets, pos = "mixed", None, None, [], []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ("--answer", "--done-on", "--due", "--set"):
            v = argv[i + 1]
            if a == "--answer":
                answer = v
            elif a == "--done-on":
                done_on = v
            elif a == "--due":
                due = v
            else:
                sets.append(v)
            i += 2
            continue
        pos.append(a)
        i += 1
    src, dst = pos
    today = datetime.date.today().isoformat()
    done_on = done_on or today
    due = due or (datetime.date.today() + datetime.timedelta(days=90)).isoformat()
    wb = openpyxl.load_workbook(src)
    ws = wb["回答"]
    written, r = [], FIRST_ROW
    while ws.cell(r, 1).value is not None:
        kind = answer
        if answer == "mixed":
            kind = "done" if r == FIRST_ROW else "plan"
        fill_row(ws, r, kind, done_on, due)
        written.append({"row": r, "finding": ws.cell(r, 1).value,
                        "answer": LABEL[kind]})
        r += 1
    for s in sets:
        row, rest = s.split("=", 1)
        field, value = rest.split(":", 1)
        ws[field + row].value = value if value else None
    wb.save(dst)
    json.dump(written, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
