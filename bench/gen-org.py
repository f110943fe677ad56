#!/usr/bin/python3
"""gen-org.py SCALE OUT_DIR — a synthetic organisation for the benchmarks.

prefecture: 150 divisions, 13,000 staff; nation: 1,200 divisions, 300,000
staff.  Deterministic; standard library only."""
import os
import random
import sys

SCALES = {"prefecture": (150, 13000), "nation": (1200, 300000)}
GRADES = ["係員級"] * 45 + ["主任級"] * 22 + ["係長級"] * 18 + ["課長補佐級"] * 10 + ["課長級"] * 5


def main(scale, out):
    ndiv, nstaff = SCALES[scale]
    rng = random.Random(42)
    nbureau = max(10, ndiv // 15)
    os.makedirs(out, exist_ok=True)
    divs, staff = [], []
    sid = 100000
    units = ndiv - nbureau
    per = nstaff // ndiv
    for b in range(nbureau):
        divs.append([f"B{b:03d}", f"第{b + 1}部", "bureau", "", f"{sid}"])
        staff.append([f"{sid}", f"部長{b}", "部長級", f"B{b:03d}"]); sid += 1
    for u in range(units):
        code = f"U{u:04d}"
        kind = "station" if u % 2 else "hq"
        divs.append([code, f"所属{u:04d}{'警察署' if kind == 'station' else '課'}", kind,
                     f"B{u % nbureau:03d}", f"{sid}"])
        staff.append([f"{sid}", f"所属長{u}", "所属長級", code]); sid += 1
    remaining = nstaff - len(staff)
    for k in range(remaining):
        code = divs[nbureau + k % units][0]
        staff.append([f"{sid}", f"職員{sid}", rng.choice(GRADES), code]); sid += 1
    with open(os.path.join(out, "divisions.csv"), "w", encoding="utf-8") as f:
        f.write("code,name,kind,parent,head\n")
        f.writelines(",".join(r) + "\n" for r in divs)
    with open(os.path.join(out, "staff.csv"), "w", encoding="utf-8") as f:
        f.write("id,name,grade,division\n")
        f.writelines(",".join(r) + "\n" for r in staff)
    print(f"{scale}: {len(divs)} divisions, {len(staff)} staff")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
