#!/usr/bin/env python3
"""Deterministic demo data of Linyi's fifteen county-level units, 2020-2025, as the files a
clerk imports (UTF-8 with BOM, CRLF), so every figure goes the way a clerk's would:

    python3 tools/make_demo_data.py OUTDIR
    yufang-cli --db demo.sqlite import-annex OUTDIR/*.csv          # 基本情况表, one file a year
    yufang-cli --db demo.sqlite import-training OUTDIR/training/*.csv   # 培训情况表, unit x year
    yufang-cli --db demo.sqlite import-disease OUTDIR/disease/*.csv     # 职业病情况表, unit x year
    sh OUTDIR/import-tracking.sh yufang-cli demo.sqlite
        # import-tasks and import-hazards, a unit (and year) a file as a clerk would, then
        # import-experts, import-fee-budgets and import-fee-projects (the city's 工伤预防费)

The figures are invented but plausible: accident rates of 0.5-3 per mille, coverage of 85-98 %,
and each county on its own path from a rise to a reduction of about a third, so the dashboard
shows met, on-track and lagging units; training coverage of the key personnel growing from about
a fifth in 2020 to 85-100 % in 2025; a few new pneumoconiosis cases a year where there is dust
(mines, building materials, metallurgy); the city's and each county's records of the plan's
obligations (the checklist of `yufang-cli tasks`, filled in: most done on time, some late, a few
still open) and hazard lists (most rectified, a few overdue); a city expert pool of twenty, some
of whom have expired; the city's prevention fee, 2021-2025, within its 3 % cap. Same output on every run (fixed seeds, no clock); the
training and disease figures draw on their own seed, so the annex figures are those of before.
"""
import csv
import datetime
import io
import json
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


# The training table's categories (plan annex 2) and the two forms' headers, as export-training
# and export-disease write them (form layout: title, 填报单位, 年度, header, rows).
CATEGORIES = ["分管负责人", "安全管理部门负责人", "一线班组长"]
TRAINING_HEADER = ["重点行业名称", "重点人员类别", "重点人员数", "累计已培训人数", "培训覆盖率",
                   "本年培训次数", "其中线上", "其中线下", "培训学时", "备注"]
DISEASE_HEADER = ["重点行业名称", "尘肺病新发病例数", "其他职业病新发病例数", "新发病例合计",
                  "接尘人数", "备注"]
PLAN_TITLE = "《临沂市工伤预防五年行动计划（2021-2025年）实施方案》"
# Share of employees exposed to dust, and new pneumoconiosis cases per 10,000 exposed a year.
DUST = {"矿山": (0.45, 15.0), "建材": (0.30, 8.0), "冶金": (0.25, 6.0), "建筑施工": (0.10, 3.0),
        "木材加工": (0.20, 4.0)}


def write_csv(path, rows):
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerows(rows)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(text.getvalue())


def form_rows(title, name, year, header, rows):
    return [[title], [f"填报单位：{name}"], [f"年度：{year}"], header] + rows + \
        [["填报人："], ["联系电话："]]


def training_rows(rng, annex_rows):
    """Key personnel of each industry and category, trained cumulatively from about a fifth in 2020
    to the county's own final share (85-100 %) in 2025; a year's sessions, online and on site."""
    final = rng.uniform(0.85, 1.0)
    start = rng.uniform(0.12, 0.28)
    out = {}
    for code, name, year, industry, enterprises, _, employees, *_ in annex_rows:
        if not employees:
            continue
        share = start + (final - start) * (year - 2020) / 5
        rows = []
        for category in CATEGORIES:
            # One 分管负责人 an enterprise, a safety department head in every third one more
            # (the larger ones have deputies), a team leader per 25 employees; the managers are
            # trained a little ahead of the team leaders.
            people = {"分管负责人": enterprises, "安全管理部门负责人": enterprises + enterprises // 3,
                      "一线班组长": max(1, employees // 25)}[category]
            ahead = 0.0 if category == "一线班组长" else 0.04
            trained = min(people, round(people * min(1.0, share + ahead) * rng.uniform(0.97, 1.03)))
            sessions = rng.randint(1, 4) + (2 if category == "一线班组长" else 0)
            online = rng.randint(0, sessions)
            rows.append([industry, category, people, trained, "", sessions, online,
                         sessions - online, sessions * rng.choice([4, 8, 12, 16]), ""])
        out.setdefault((code, name, year), []).extend(rows)
    return out


def disease_rows(rng, annex_rows):
    """New pneumoconiosis cases where there is dust, their expected number falling 8 % a year
    (the counts are small, so the yearly totals scatter around a flat line);
    other occupational diseases now and then; the people exposed to dust."""
    out = {}
    for code, name, year, industry, _, _, employees, *_ in annex_rows:
        exposed_share, per_10k = DUST.get(industry, (0.0, 0.0))
        exposed = int(employees * exposed_share)
        expected = exposed * per_10k / 10000 * (1 - 0.08 * (year - 2020))
        dust_cases = sum(1 for _ in range(8) if rng.random() < expected / 8)
        other = 1 if employees and rng.random() < 0.08 else 0
        out.setdefault((code, name, year), []).append(
            [industry, dust_cases, other, "", exposed if exposed else "", ""])
    return out


def write_forms(out, annex_rows, seed):
    """The training and disease forms of every unit and year, one file each (what a county
    sends), under OUTDIR/training and OUTDIR/disease."""
    rng = random.Random(seed)
    by_unit = {}
    for row in annex_rows:
        by_unit.setdefault(row[0], []).append(row)
    for sub in ("training", "disease"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    files = 0
    for code, rows in by_unit.items():
        for (ucode, name, year), table in training_rows(rng, rows).items():
            write_csv(os.path.join(out, "training", f"{ucode}-{year}.csv"),
                      form_rows(PLAN_TITLE + "重点行业企业重点人员工伤预防培训情况表", name, year,
                                TRAINING_HEADER, table))
            files += 1
        for (ucode, name, year), table in disease_rows(rng, rows).items():
            write_csv(os.path.join(out, "disease", f"{ucode}-{year}.csv"),
                      form_rows(PLAN_TITLE + "重点行业职业病情况表", name, year, DISEASE_HEADER,
                                table))
            files += 1
    return files


PRESETS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "presets",
                       "presets.json")
CITY = ("371300", "临沂市")
DEPARTMENTS = ["工伤保险科", "办公室", "规划财务科", "政策法规科", "工伤预防中心"]
EVIDENCE = ["会议纪要", "通知文件", "工作方案", "活动照片及简报", "整改通知书", "项目验收报告"]
TASKS_HEADER = ["事项", "状态", "完成日期", "责任部门", "佐证材料"]
HAZARDS_HEADER = ["企业名称", "隐患问题", "发现日期", "整改期限", "整改状态", "整改完成日期",
                  "责任部门", "备注"]
COMPANY = ["华泰", "鲁南", "沂蒙", "金正", "临工", "远通", "天元", "恒昌", "宏达", "瑞丰"]
KIND = ["化工有限公司", "矿业有限公司", "钢铁有限公司", "建材有限公司", "建设集团有限公司",
        "物流有限公司", "机械制造有限公司", "木业有限公司"]
PROBLEMS = ["作业场所粉尘浓度超标", "危险化学品储存不规范", "特种作业人员未持证上岗",
            "消防通道堵塞", "未按规定配备劳动防护用品", "安全警示标志缺失",
            "有限空间作业未审批", "职业健康检查未按期开展"]
EXPERT_FIELDS = ["工伤预防", "安全生产", "职业卫生"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = ["建国", "秀英", "志强", "海燕", "明", "静", "立新", "晓东", "丽", "卫东"]


def plan_tasks(year):
    """The obligations of Linyi's plan that fall due in `year`, as the checklist lists them."""
    with open(PRESETS, encoding="utf-8") as f:
        tasks = json.load(f)["plan_tasks"]["linyi-2021"]
    for t in tasks:
        if t["recurrence"] == "once" and t["year"] != year:
            continue
        if t["recurrence"] == "yearly" and not t["first_year"] <= year <= t["last_year"]:
            continue
        month, day = map(int, t["due"].split("-"))
        yield t["title"], datetime.date(year, month, day)


def task_rows(rng, year):
    """One unit's records for a year: most obligations done before their deadline, about one in
    eight late, and in the last year one or two still in progress."""
    rows = []
    for title, due in plan_tasks(year):
        draw = rng.random()
        if year == 2025 and draw < 0.12:
            rows.append([title, "进行中", "", rng.choice(DEPARTMENTS), ""])
            continue
        late = draw > 0.88
        done = due + datetime.timedelta(days=rng.randint(5, 45) if late else -rng.randint(0, 60))
        rows.append([title, "已完成", done.isoformat(), rng.choice(DEPARTMENTS),
                     rng.choice(EVIDENCE)])
    return rows


def hazard_rows(rng, name):
    """A unit's hazards found 2021-2025: rectified within their deadline as a rule, a few still
    being rectified, and now and then one left open past its deadline (the city has one, so its
    evaluation shows the list)."""
    prefix = "临沂" if name == CITY[1] else name[:2]
    rows = []
    if name == CITY[1]:
        rows.append([f"{prefix}恒昌化工有限公司", "有限空间作业未审批", "2024-10-15",
                     "2024-12-15", "未整改", "", "工伤保险科", "已发限期整改建议书，企业停产待查"])
    for year in range(2021, 2026):
        for _ in range(rng.randint(1, 4)):
            found = datetime.date(year, rng.randint(1, 11), rng.randint(1, 28))
            deadline = found + datetime.timedelta(days=rng.choice([30, 60, 90]))
            draw = rng.random()
            if draw < 0.06:
                status, closed = "未整改", ""
            elif draw < 0.12 and year == 2025:
                status, closed = "整改中", ""
                deadline = datetime.date(2027, rng.randint(1, 6), 30)
            else:
                status = "已整改"
                closed = (found + datetime.timedelta(days=rng.randint(10, 85))).isoformat()
            company = prefix + rng.choice(COMPANY) + rng.choice(KIND)
            rows.append([company, rng.choice(PROBLEMS), found.isoformat(),
                         deadline.isoformat(), status, closed, rng.choice(DEPARTMENTS), ""])
    return rows


def expert_rows(rng):
    rows = []
    for k in range(20):
        name = SURNAMES[k] + GIVEN[k % len(GIVEN)]
        until = "2024-12-31" if k % 7 == 3 else "2027-12-31"
        rows.append([name, EXPERT_FIELDS[k % 3], "省级" if k < 4 else "市级",
                     ["临沂市应急管理局", "临沂市疾病预防控制中心", "临沂市安全生产协会",
                      "临沂大学"][k % 4],
                     ["高级工程师", "主任医师", "教授", "注册安全工程师"][k % 4],
                     f"0539-{8100000 + rng.randint(0, 99999):07d}", until])
    return rows


PROVIDERS = {"宣传": ["临沂广播电视台", "临沂日报社", "山东鲁南安全技术服务有限公司"],
             "培训": ["临沂大学继续教育学院", "沂蒙职业培训学校", "临沂市安全生产协会"]}
PROJECTS = [("宣传", "工伤预防宣传月集中宣传活动"), ("宣传", "“工伤保险进企业”专题宣传"),
            ("培训", "重点行业企业负责人工伤预防培训"), ("培训", "一线班组长工伤预防培训"),
            ("培训", "安全管理人员分级培训"), ("宣传", "工伤预防警示教育片制作")]


def fee_rows(rng, experts):
    """The city's prevention fee: the budget of each year (3 % of the previous year's fund
    income, which grows about 5 % a year) and four to six projects committing half to four fifths
    of it, each reviewed by three experts of the pool; the last year's still being carried out."""
    budgets, projects = [], []
    income = 620_000_000
    for year in range(2021, 2026):
        budgets.append([year, f"{income:.2f}", "3"])
        cap = income * 0.03
        chosen = rng.sample(PROJECTS, rng.randint(4, 6))
        shares = [rng.uniform(0.5, 1.5) for _ in chosen]
        total = rng.uniform(0.5, 0.8) * cap
        for (kind, name), share in zip(chosen, shares):
            amount = round(total * share / sum(shares), -3)
            stage = "实施" if year == 2025 and rng.random() < 0.5 else "验收"
            valid = [e[0] for e in experts if e[6] >= f"{year}-12-31"]
            reviewers = "、".join(rng.sample(valid, 3))
            projects.append([year, f"{year}年{name}", kind, rng.choice(PROVIDERS[kind]),
                             f"{amount:.2f}", stage, reviewers, ""])
        income = round(income * rng.uniform(1.03, 1.07), -4)
    return budgets, projects


def write_tracking(out, seed):
    """The city's and each county's task records (one file a unit and year) and hazard lists
    (one file a unit), the expert pool, and the script that imports them."""
    rng = random.Random(seed)
    for sub in ("tasks", "hazards", "experts", "fees"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    script = ["#!/bin/sh", "# usage: sh import-tracking.sh YUFANG_CLI DATABASE", "set -e",
              'cd "$(dirname "$0")"']
    for code, name in [CITY] + COUNTIES:
        for year in range(2021, 2026):
            path = f"tasks/{code}-{year}.csv"
            write_csv(os.path.join(out, path), [TASKS_HEADER] + task_rows(rng, year))
            script.append(f'"$1" --db "$2" import-tasks {path} --unit {code} --year {year}')
        path = f"hazards/{code}.csv"
        write_csv(os.path.join(out, path), [HAZARDS_HEADER] + hazard_rows(rng, name))
        script.append(f'"$1" --db "$2" import-hazards {path} --unit {code}')
    experts = expert_rows(rng)
    write_csv(os.path.join(out, "experts", "experts.csv"),
              [["姓名", "专业领域", "级别", "工作单位", "职称", "联系方式", "有效期至"]] + experts)
    # The pool first: the projects name their reviewers.
    script.append('"$1" --db "$2" import-experts experts/experts.csv')
    budgets, projects = fee_rows(rng, experts)
    write_csv(os.path.join(out, "fees", "371300-budgets.csv"),
              [["年度", "上年度基金征缴收入（元）", "提取比例（%）"]] + budgets)
    write_csv(os.path.join(out, "fees", "371300-projects.csv"),
              [["年度", "项目名称", "类别", "承办机构", "金额（元）", "阶段", "评审专家", "备注"]] +
              projects)
    script.append('"$1" --db "$2" import-fee-budgets fees/371300-budgets.csv --unit 371300')
    script.append('"$1" --db "$2" import-fee-projects fees/371300-projects.csv --unit 371300')
    with open(os.path.join(out, "import-tracking.sh"), "w", encoding="utf-8") as f:
        f.write("\n".join(script) + "\n")


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
        path = os.path.join(out, f"linyi-annex-{year}.csv")
        write_csv(path, [HEADER] + rows)
        print(path)
    files = write_forms(out, [r for rows in by_year.values() for r in rows], 371301)
    print(f"{files} training and disease files in {out}/training, {out}/disease")
    write_tracking(out, 371302)
    print(f"task records, hazards, experts and fees in {out}/tasks, hazards, experts, fees; "
          f"import them with sh {out}/import-tracking.sh")


if __name__ == "__main__":
    main()
