#!/usr/bin/python3
"""fill-forms.py — fill tenken forms the way a division would, with openpyxl.

openpyxl is an independent xlsx writer (the forms were written by
libxlsxwriter), so a round trip through it exercises the importer on
another writer's output: inline strings, different part layout and styles.

    fill-forms.py [--seed N] [--quality Q] [--blank ITEM] [--value ITEM=TEXT]
                  [--staff-only CODE] [--set [STAFF/]ITEM=TEXT] [--no-random]
                  [--gates SURVEY.json] IN_DIR_OR_FILE OUT_DIR

Answers are deterministic for a seed.  --set gives one cell's answer (item
id, or staff id/item id on staff forms); with --no-random only the --set
cells are filled.  Quality Q in [0,1] is the chance that
a choice answer is the best one.  Choices are read from the answer sheet's
drop-down lists; number, date and text cells from their validation type.
--gates takes the survey as `tenken plugin show ID --json` prints it and
leaves a follow-up blank when its gate's answer closes it, as a careful
clerk would (without it, follow-ups are answered at random and the import
keeps such answers aside).
The head of a division self-inspection form (the cells _tenken's
head_cells names: 点検日, 記入者, 所属長確認, 所属長確認日) is filled too: a
点検日 in the campaign's fiscal year and not after today (TENKEN_TODAY when
set; left blank when the year has not begun), the clerk and the head.  --set 点検日=TEXT (and
記入者=, 所属長確認=, 所属長確認日=) gives one of them; an empty TEXT
leaves it blank.
Prints one line per file: the answers written, as JSON, for tests to compare.
"""
import datetime
import json
import os
import random
import sys

import openpyxl
from openpyxl.utils.cell import range_boundaries


def validations(ws):
    """Map (row, col) of each validated cell to ('list', [labels]) etc."""
    out = {}
    for dv in ws.data_validations.dataValidation:
        if dv.type == "list" and dv.formula1 and dv.formula1.startswith('"'):
            kind = ("list", dv.formula1.strip('"').split(","))
        else:
            kind = (dv.type, None)
        for rng in str(dv.sqref).split():
            c1, r1, c2, r2 = range_boundaries(rng)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    out[(r, c)] = kind
    return out


def answer(rng, kind, quality):
    typ, labels = kind
    if typ == "list":
        real = [l for l in labels if l != "該当なし"]
        if rng.random() < 0.05 and "該当なし" in labels:
            return "該当なし"
        if rng.random() < quality:
            return real[0]
        return rng.choice(real)
    if typ in ("decimal", "whole"):
        return rng.randint(0, 50)
    if typ == "date":
        return datetime.datetime(2026, rng.randint(4, 11), rng.randint(1, 28))
    return None


def gates_of(path):
    """Map item id -> (gate item id, labels that open it)."""
    d = json.load(open(path, encoding="utf-8"))
    out = {}
    for sec in d.get("sections", []):
        for it in sec.get("items", []):
            ap = it.get("applies") or {}
            if ap.get("item"):
                out[it["id"]] = (ap["item"], set(ap.get("any") or []))
    return out


def closed(gates, item, answers):
    """1 when item is a follow-up its gate's answer (in answers) closes."""
    if item not in gates:
        return False
    dep, any_ = gates[item]
    return answers.get(dep) not in any_


HEAD = ("点検日", "記入者", "所属長確認", "所属長確認日")


def fill_head(ws, meta, rng, args):
    """The head cells of a division form, as a division would fill them."""
    refs = (meta.get("head_cells") or "").split(",")
    if len(refs) != len(HEAD):
        return {}
    fy = int(meta["fy"])
    start = datetime.date(fy, 4, 1)
    today = os.environ.get("TENKEN_TODAY")  # tenken's own clock, when fixed
    today = datetime.date.fromisoformat(today) if today else datetime.date.today()
    end = min(datetime.date(fy + 1, 3, 31), today)
    head = {}
    if not args["no_random"]:
        if end >= start:
            day = end - datetime.timedelta(days=rng.randrange((end - start).days + 1))
            head["点検日"] = datetime.datetime(day.year, day.month, day.day)
            head["所属長確認日"] = head["点検日"]
        head["記入者"] = rng.choice(["警部補 佐藤一郎", "警部 鈴木花子", "巡査部長 高橋健"])
        head["所属長確認"] = rng.choice(["田中正", "伊藤誠", "渡辺明"])
    for k in HEAD:
        if k in args["set"]:
            head[k] = args["set"][k] or None
    for k, ref in zip(HEAD, refs):
        if head.get(k) is not None:
            ws[ref].value = head[k]
    return {k: v.strftime("%Y-%m-%d") if isinstance(v, datetime.datetime) else v
            for k, v in head.items() if v is not None}


def fill(path, out_dir, args):
    wb = openpyxl.load_workbook(path)
    meta = {r[0].value: r[1].value for r in wb["_tenken"].iter_rows(max_col=2)}
    ws = wb[meta["answer_sheet"]]
    first = int(meta["first_row"])
    rng = random.Random(f'{args["seed"]}:{meta["division"]}')
    val = validations(ws)
    written = {}
    # Its own random stream: the answers of a seed stay what they were.
    hrng = random.Random(f'{args["seed"]}:{meta["division"]}:head')
    head = fill_head(ws, meta, hrng, args) if meta["respondent"] == "division" else {}
    if meta["respondent"] == "division":
        for row in range(first, ws.max_row + 1):
            item = ws.cell(row, 1).value
            if not item or ((row, 5) not in val and item not in args["set"]):
                continue
            kind = val.get((row, 5), ("text", None))
            v = None if args["no_random"] else answer(rng, kind, args["quality"])
            if item in args["set"]:
                v = args["set"][item]
            if item in args["blank"]:
                v = None
            if item in args["value"]:
                v = args["value"][item]
            if v is None and not args["no_random"] and kind[0] not in ("list", "decimal", "whole", "date"):
                v = "特記事項なし"
            if closed(args["gates"], item, written):
                v = None
            ws.cell(row, 5).value = v
            if isinstance(v, str) and v.startswith("="):
                ws.cell(row, 5).data_type = "s"  # text, not a formula
            written[item] = v.strftime("%Y-%m-%d") if isinstance(v, datetime.datetime) else v
    else:
        header = {c: ws.cell(first - 1, c).value for c in range(4, ws.max_column + 1)}
        for row in range(first, ws.max_row + 1):
            staff = ws.cell(row, 1).value
            if not staff:
                continue
            mine = {}  # this member's answers so far, for the gates
            for c, item in header.items():
                if (row, c) not in val:
                    continue
                v = None if args["no_random"] else answer(rng, val[(row, c)], args["quality"])
                if f"{staff}/{item}" in args["set"]:
                    v = args["set"][f"{staff}/{item}"]
                if item in args["blank"] and (not args["staff_only"] or args["staff_only"] == staff):
                    v = None
                if item in args["value"] and (not args["staff_only"] or args["staff_only"] == staff):
                    v = args["value"][item]
                if closed(args["gates"], item, mine):
                    v = None
                ws.cell(row, c).value = v
                written[f"{staff}/{item}"] = v
                mine[item] = v
    os.makedirs(out_dir, exist_ok=True)
    out = os.path.join(out_dir, os.path.basename(path))
    wb.save(out)
    line = {"file": out, "division": meta["division"], "answers": written}
    if head:
        line["head"] = head
    print(json.dumps(line, ensure_ascii=False, default=str))


def main(argv):
    args = {"seed": 1, "quality": 0.8, "blank": set(), "value": {}, "staff_only": None,
            "set": {}, "no_random": False, "gates": {}}
    pos = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--seed":
            args["seed"] = int(argv[i + 1]); i += 1
        elif a == "--quality":
            args["quality"] = float(argv[i + 1]); i += 1
        elif a == "--blank":
            args["blank"].add(argv[i + 1]); i += 1
        elif a == "--value":
            k, v = argv[i + 1].split("=", 1)
            args["value"][k] = v; i += 1
        elif a == "--set":
            k, v = argv[i + 1].split("=", 1)
            args["set"][k] = v; i += 1
        elif a == "--gates":
            args["gates"] = gates_of(argv[i + 1]); i += 1
        elif a == "--no-random":
            args["no_random"] = True
        elif a == "--staff-only":
            args["staff_only"] = argv[i + 1]; i += 1
        else:
            pos.append(a)
        i += 1
    src, out_dir = pos
    files = [os.path.join(src, f) for f in sorted(os.listdir(src)) if f.endswith(".xlsx")] \
        if os.path.isdir(src) else [src]
    for f in files:
        fill(f, out_dir, args)


if __name__ == "__main__":
    main(sys.argv[1:])
