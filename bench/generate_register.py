#!/usr/bin/env python3
"""Deterministic synthetic enterprise register (摸底排查) for the benchmarks.

Writes OUT/units.csv (the 145 counties the presets lack, for `yufang-cli import-units`; with the
15 Linyi units of the presets that makes 160 counties) and the same 1,000,000 enterprise-year rows
(by default), 2020-2025, UTF-8 with BOM and CRLF, about 93 MiB, in each of four orders:

  register-unit-year.csv    grouped by county and year, the way county files arrive
  register-enterprise.csv   grouped by enterprise, each enterprise's years together
  register-credit-code.csv  sorted by credit code (then year), as an export sorted by it
  register-shuffled.csv     in a random order (seeded)

Same seed, same bytes. --orders picks some of them (comma-separated).

usage: generate_register.py OUT_DIR [--rows N] [--seed S] [--orders unit-year,enterprise,...]
"""
import argparse
import os
import random

CITIES = [("370100", "济南市"), ("370200", "青岛市"), ("370300", "淄博市"), ("370400", "枣庄市"),
          ("370500", "东营市"), ("370600", "烟台市"), ("370700", "潍坊市"), ("370800", "济宁市"),
          ("370900", "泰安市"), ("371000", "威海市"), ("371100", "日照市"), ("371400", "德州市"),
          ("371500", "聊城市"), ("371600", "滨州市"), ("371700", "菏泽市")]
LINYI = ["371302", "371311", "371312", "371321", "371322", "371323", "371324", "371325", "371326",
         "371327", "371328", "371329", "371371", "371372", "371373"]
YEARS = list(range(2020, 2026))
# Plan industries with rough shares, and one local industry (各县区确定的重点行业).
INDUSTRIES = [("建筑施工", 30), ("机械制造", 22), ("交通运输", 14), ("建材", 12), ("危险化学品", 9),
              ("冶金", 6), ("矿山", 5), ("烟花爆竹", 2)]
SUFFIX = {"建筑施工": "建设工程", "机械制造": "机械", "交通运输": "物流运输", "建材": "建材",
          "危险化学品": "化工", "冶金": "冶金", "矿山": "矿业", "烟花爆竹": "烟花"}
SYLLABLES = "鑫华泰安盛隆昌兴达源恒通宏远东方新丰瑞祥永康金诚信德利民海天润合宇辰晨光明宝成顺和嘉兆福"
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [pow(3, i, 31) for i in range(17)]
ORDERS = ["unit-year", "enterprise", "credit-code", "shuffled"]
HEADER = ("unit_code,enterprise_name,credit_code,industry,year,employees,insured_employees,insured,"
          "accidents,occupational_disease_cases,key_personnel,key_personnel_trained\r\n")


def check_char(first17):
    total = sum(ALPHABET.index(c) * w for c, w in zip(first17, WEIGHTS))
    return ALPHABET[(31 - total % 31) % 31]


def credit_code(county, serial):
    body = []
    n = serial * 2654435761 % 31 ** 9  # spread serials over the alphabet, still one-to-one
    for _ in range(9):
        body.append(ALPHABET[n % 31])
        n //= 31
    first17 = "91" + county + "".join(body)
    return first17 + check_char(first17)


def counties():
    out = []
    per_city = [10] * 10 + [9] * 5  # 145 counties beside Linyi's 15
    for (city, name), n in zip(CITIES, per_city):
        for k in range(1, n + 1):
            out.append((city[:4] + "%02d" % (k + 80), "%s第%d县区" % (name[:-1], k), city))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=20250101)
    ap.add_argument("--orders", default=",".join(ORDERS))
    args = ap.parse_args()
    orders = args.orders.split(",")
    for order in orders:
        if order not in ORDERS:
            ap.error("unknown order %s (known: %s)" % (order, ", ".join(ORDERS)))
    rnd = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    extra = counties()
    with open(os.path.join(args.out, "units.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write("code,name,level,parent_code\r\n")
        for code, name, parent in extra:
            f.write("%s,%s,county,%s\r\n" % (code, name, parent))
    all_counties = [c for c, _, _ in extra] + LINYI
    all_counties.sort()
    groups = len(all_counties) * len(YEARS)
    base, remainder = divmod(args.rows, groups)
    industries = [i for i, _ in INDUSTRIES]
    shares = [s for _, s in INDUSTRIES]
    serial = 0
    # Every row once, in the unit-year order, with what the other orders sort on: (county, firm,
    # year, credit code, line). The figures are drawn in that order whatever the output order, so
    # every file holds the same rows.
    rows = []
    group = 0
    for county in all_counties:
        # The county's enterprises: the same ones every year, with figures that move.
        pool = base + 1
        firms = []
        for _ in range(pool):
            serial += 1
            industry = rnd.choices(industries, shares)[0]
            name = "%s%s%s%s有限公司" % ("".join(rnd.choices(SYLLABLES, k=2)), "".join(rnd.choices(SYLLABLES, k=2)),
                                     SUFFIX[industry], rnd.choice(["", "科技", "实业", "集团"]))
            size = int(min(3000, max(3, rnd.lognormvariate(3.3, 1.0))))
            insured = rnd.random() < 0.86
            firms.append((name, credit_code(county, serial), industry, size, insured))
        for year in YEARS:
            quota = base + (1 if group < remainder else 0)
            group += 1
            for firm, (name, code, industry, size, insured) in enumerate(firms[:quota]):
                employees = max(1, int(size * rnd.uniform(0.85, 1.15)))
                if insured:
                    cover = rnd.uniform(0.6, 1.0) if industry != "建筑施工" else rnd.uniform(0.7, 1.03)
                    insured_employees = max(1, int(employees * cover))
                else:
                    insured_employees = 0
                accidents = 1 if rnd.random() < employees / 4000 else 0
                disease = 1 if rnd.random() < 0.002 else 0
                key = rnd.randint(3, 9)
                trained = key if rnd.random() < 0.7 + 0.05 * (year - 2020) else rnd.randint(0, key)
                rows.append((county, firm, year, code, "%s,%s,%s,%s,%d,%d,%d,%d,%d,%d,%d,%d\r\n" % (
                    county, name, code, industry, year, employees, insured_employees, 1 if insured else 0,
                    accidents, disease, key, trained)))
    for order in orders:
        if order == "enterprise":
            rows.sort(key=lambda r: (r[0], r[1], r[2]))
        elif order == "credit-code":
            rows.sort(key=lambda r: (r[3], r[2]))
        elif order == "shuffled":
            rows.sort(key=lambda r: (r[0], r[2], r[1]))  # from a known order, whatever came before
            random.Random(args.seed + 1).shuffle(rows)
        else:
            rows.sort(key=lambda r: (r[0], r[2], r[1]))
        with open(os.path.join(args.out, "register-%s.csv" % order), "w", encoding="utf-8-sig",
                  newline="") as f:
            f.write(HEADER)
            f.write("".join(r[4] for r in rows))

if __name__ == "__main__":
    main()
