#!/usr/bin/env python3
"""Deterministic demo data: the key-industry annex of Linyi's fifteen county-level units,
2020-2025, as data-layout CSV files (UTF-8 with BOM, CRLF) that `yufang-cli import-annex` reads.

    python3 tools/make_demo_data.py OUTDIR
    yufang-cli --db demo.sqlite import-annex OUTDIR/*.csv

The figures are invented but plausible: accident rates of 0.5-3 per mille, coverage of 85-98 %,
and each county on its own path from a rise to a reduction of about a third, so the dashboard
shows met, on-track and lagging units. Same output on every run (fixed seed, no clock).
"""
import csv
import io
import os
import random
import sys

COUNTIES = [
    ("371302", "兰山区"), ("371311", "罗庄区"), ("371312", "河东区"), ("371321", "沂南县"),
    ("371322", "郯城县"), ("371323", "沂水县"), ("371324", "兰陵县"), ("371325", "费县"),
    ("371326", "平邑县"), ("371327", "莒南县"), ("371328", "蒙阴县"), ("371329", "临沭县"),
    ("371371", "临沂高新技术产业开发区"), ("371372", "临沂经济技术开发区"), ("371373", "临沂临港经济开发区"),
]
INDUSTRIES = ["危险化学品", "矿山", "冶金", "建材", "建筑施工", "交通运输", "机械制造"]
# Local key industries (各县区确定的重点行业, listed separately).
LOCAL = {"371302": ["物流仓储"], "371325": ["木材加工"]}
MINING = {"371323", "371325", "371326", "371328"}
# Typical size (employees) and baseline accident rate (per mille) of each industry.
PROFILE = {
    "危险化学品": (4000, 1.6), "矿山": (3000, 3.0), "冶金": (3500, 2.0), "建材": (5000, 1.8),
    "建筑施工": (12000, 2.4), "交通运输": (6000, 1.2), "机械制造": (8000, 1.1),
    "物流仓储": (9000, 1.4), "木材加工": (7000, 2.2),
}
YEARS = range(2020, 2026)
HEADER = ["单位代码", "单位名称", "年度", "重点行业名称", "企业户数", "参保企业户数", "从业总人数",
          "参加工伤保险人数", "工伤事故数量", "备注"]


def rows_for(rng, code, name):
    # Final reduction of the county by 2025: from a 5 % rise to a 35 % fall.
    final = rng.uniform(-0.05, 0.35)
    industries = INDUSTRIES + LOCAL.get(code, [])
    plans = {}
    for industry in industries:
        size, rate = PROFILE[industry]
        present = industry != "矿山" or code in MINING
        scale = rng.uniform(0.4, 1.6) if present else 0.0
        plans[industry] = (int(size * scale), rate * rng.uniform(0.7, 1.3),
                           final + rng.uniform(-0.08, 0.08), rng.uniform(0.85, 0.97))
    for year in YEARS:
        step = (year - 2020) / 5
        for industry in industries:
            employees0, rate0, reduction, coverage = plans[industry]
            employees = int(employees0 * (1 + 0.03 * (year - 2020)))
            insured = int(employees * min(0.99, coverage + 0.01 * (year - 2020)))
            enterprises = max(1, employees // 120) if employees else 0
            insured_enterprises = int(enterprises * min(1.0, coverage + 0.02))
            rate = rate0 * (1 - reduction * step) * rng.uniform(0.95, 1.05)
            accidents = min(insured, round(rate * insured / 1000))
            yield [code, name, year, industry, enterprises, insured_enterprises, employees, insured,
                   accidents, ""]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_demo_data.py OUTDIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(371300)
    by_year = {year: [] for year in YEARS}
    for code, name in COUNTIES:
        for row in rows_for(rng, code, name):
            by_year[row[2]].append(row)
    for year, rows in by_year.items():
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
        path = os.path.join(out, f"linyi-annex-{year}.csv")
        with open(path, "w", encoding="utf-8-sig", newline="") as f:
            f.write(text.getvalue())
        print(path)


if __name__ == "__main__":
    main()
