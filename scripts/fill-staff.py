#!/usr/bin/python3
"""fill-staff.py — fill per-staff forms (and the division-wide staff form
with the same answers) the way members of staff would, with openpyxl.

    fill-staff.py one [--seed N] [--absent REASON] IN.xlsx OUT.xlsx
        Fill one member's per-staff form (answers from its drop-down lists,
        deterministic for the seed and the member); --absent leaves the
        answers blank and writes the reason in the absence cell.  Prints
        one JSON line: {"staff": CODE, "answers": {ITEM: VALUE}}.
    fill-staff.py wide ANSWERS IN.xlsx OUT.xlsx
        Fill a division-wide staff form with the members' answers from
        ANSWERS (the lines `one` printed); a member with none gets a blank
        row and 備考 "未提出" (left out of the scores, as not returned).
"""
import hashlib
import json
import sys

import importlib.util
import os

import openpyxl

# The validated cells of a sheet, read as fill-forms.py reads them.
_spec = importlib.util.spec_from_file_location(
    "fill_forms", os.path.join(os.path.dirname(os.path.abspath(__file__)), "fill-forms.py"))
_ff = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_ff)
validations = _ff.validations


def meta(wb):
    ws = wb["_tenken"]
    return {r[0].value: r[1].value for r in ws.iter_rows() if r[0].value}


def pick(seed, staff, item, kind):
    h = int(hashlib.sha256(f"{seed}/{staff}/{item}".encode()).hexdigest(), 16)
    typ, labels = kind
    if typ == "list":
        return labels[h % len(labels)]
    if typ in ("decimal", "whole"):
        return h % 30
    if typ == "date":
        return "2026-0%d-1%d" % (1 + h % 9, h % 10)
    return "記入 %d" % (h % 100)


def fill_one(argv):
    seed, absent = 1, None
    while argv[0].startswith("--"):
        if argv[0] == "--seed":
            seed = int(argv[1])
        elif argv[0] == "--absent":
            absent = argv[1]
        argv = argv[2:]
    src, dst = argv
    wb = openpyxl.load_workbook(src)
    m = meta(wb)
    ws = wb[m["answer_sheet"]]
    dv = validations(ws)
    answers = {}
    if absent:
        ws[m["absence_cell"]] = absent
    else:
        for r in range(int(m["first_row"]), ws.max_row + 1):
            item = ws.cell(r, 1).value
            if item and (r, 5) in dv:
                v = pick(seed, m["staff"], item, dv[(r, 5)])
                ws.cell(r, 5).value = v
                answers[item] = v
    wb.save(dst)
    print(json.dumps({"staff": m["staff"], "answers": answers},
                     ensure_ascii=False))


def fill_wide(argv):
    answers_file, src, dst = argv
    by_staff = {}
    with open(answers_file, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                by_staff[d["staff"]] = d["answers"]
    wb = openpyxl.load_workbook(src)
    m = meta(wb)
    ws = wb[m["answer_sheet"]]
    first = int(m["first_row"])
    cols = {}
    note = None
    for c in range(4, ws.max_column + 1):
        v = ws.cell(first - 1, c).value
        if v == "備考":
            note = c
        elif v:
            cols[v] = c
    for r in range(first, ws.max_row + 1):
        code = ws.cell(r, 1).value
        if not code:
            continue
        got = by_staff.get(str(code))
        if not got:
            ws.cell(r, note).value = "未提出"
            continue
        for item, v in got.items():
            ws.cell(r, cols[item]).value = v
    wb.save(dst)


if __name__ == "__main__":
    if sys.argv[1] == "one":
        fill_one(sys.argv[2:])
    else:
        fill_wide(sys.argv[2:])
