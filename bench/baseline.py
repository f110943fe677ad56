#!/usr/bin/python3
"""baseline.py DB DIR — what a user would otherwise write: read the returned
forms with openpyxl (read-only mode) and store every answer in SQLite with
the sqlite3 module, one transaction per file.  Minimal checks (the choice
label must be known); the benchmark compares its time with tenken import."""
import os
import sqlite3
import sys

import openpyxl

LABELS = {"できている": 1.0, "一部できていない": 0.5, "できていない": 0.0, "該当なし": None,
          "はい": 1.0, "いいえ": 0.0}


def main(db_path, folder):
    db = sqlite3.connect(db_path)
    db.execute("create table if not exists answers(form text, staff text, item text, raw text, value real)")
    n = 0
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".xlsx"):
            continue
        # BASELINE_MODE=default: load_workbook as most scripts call it.
        wb = openpyxl.load_workbook(os.path.join(folder, name),
                                    read_only=os.environ.get("BASELINE_MODE") != "default")
        meta = {r[0]: r[1] for r in wb["_tenken"].iter_rows(max_col=2, values_only=True)}
        ws = wb[meta["answer_sheet"]]
        first = int(meta["first_row"])
        rows = []
        header = None
        for r, row in enumerate(ws.iter_rows(values_only=True), start=1):
            if r == first - 1:
                header = row
            elif r >= first and row and row[0]:
                for c in range(3, len(row)):
                    v = row[c]
                    if v is None or header[c] is None or header[c] == "備考":
                        continue
                    if v not in LABELS:
                        raise SystemExit(f"{name}: bad answer {v!r}")
                    rows.append((meta["token"], str(row[0]), header[c], v, LABELS[v]))
        with db:
            db.executemany("insert into answers values (?,?,?,?,?)", rows)
        n += len(rows)
        if hasattr(wb, "close"):
            wb.close()
    print(f"baseline: {n} answers")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
