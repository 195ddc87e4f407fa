#!/usr/bin/env python3
"""Deterministic demo data for all of Shandong: invented county-level units under the fifteen
cities other than Linyi (whose real fifteen units ship with the presets), and the annex
2020-2025 of every county-level unit of the province, for timing the province's documents
(docs/evaluation.md). Linyi's figures are those of make_demo_data.py.

    python3 tools/make_province_demo_data.py OUTDIR
    yufang-cli --db demo.sqlite import-units OUTDIR/units.csv
    yufang-cli --db demo.sqlite import-annex OUTDIR/province-annex-*.csv
    yufang-cli --db demo.sqlite import-training OUTDIR/training/*.csv
    yufang-cli --db demo.sqlite import-disease OUTDIR/disease/*.csv

The other cities' counties are named 县01, 县02, … (codes CITY+01 …, eight to fourteen per
city, 136 county-level units in all with Linyi's, as Shandong has); their figures come from the
same generator as Linyi's, training and occupational disease included.
"""
import csv
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_demo_data as demo  # noqa: E402

CITIES = [("370100", "济南市"), ("370200", "青岛市"), ("370300", "淄博市"), ("370400", "枣庄市"),
          ("370500", "东营市"), ("370600", "烟台市"), ("370700", "潍坊市"), ("370800", "济宁市"),
          ("370900", "泰安市"), ("371000", "威海市"), ("371100", "日照市"), ("371400", "德州市"),
          ("371500", "聊城市"), ("371600", "滨州市"), ("371700", "菏泽市")]
COUNTIES_PER_CITY = [10, 10, 8, 6, 5, 10, 12, 11, 6, 4, 4, 11, 8, 7, 9]  # 121 + Linyi's 15


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_province_demo_data.py OUTDIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(370000)
    units = []
    for (code, name), n in zip(CITIES, COUNTIES_PER_CITY):
        for k in range(1, n + 1):
            units.append((code[:4] + f"{k:02d}", f"{name}县{k:02d}", "county", code))
    with open(os.path.join(out, "units.csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["code", "name", "level", "parent_code"])
        w.writerows(units)
    by_year = {year: [] for year in demo.YEARS}
    linyi = random.Random(371300)
    for code, name in demo.COUNTIES:
        for row in demo.rows_for(linyi, code, name):
            by_year[row[2]].append(row)
    for code, name, _, _ in units:
        for row in demo.rows_for(rng, code, name):
            by_year[row[2]].append(row)
    for year, rows in by_year.items():
        demo.write_csv(os.path.join(out, f"province-annex-{year}.csv"), [demo.HEADER] + rows)
    files = demo.write_forms(out, [r for rows in by_year.values() for r in rows], 370001)
    print(f"{len(units)} units, {sum(len(r) for r in by_year.values())} annex rows, "
          f"{files} training and disease files in {out}")


if __name__ == "__main__":
    main()
