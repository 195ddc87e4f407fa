#!/usr/bin/python3
"""Fills the blank annex template (yufang-cli export-annex --template) as a county clerk would:
counts in the rows of two key industries, a local industry typed into a spare row, 填报人,
联系电话 (a phone with its leading zero) and 填报日期. Uses Debian's python3-openpyxl, which keeps
the template's formulas but not their cached values: LibreOffice computes them when it saves
(make_template_fixture.sh). Usage: fill_annex_template.py TEMPLATE.xlsx OUT.xlsx"""
import datetime
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
sheet = book.worksheets[0]
figures = {
    "危险化学品": (12, 10, 1500, 1200, 3, None),
    "建筑施工": (30, 25, 8000, 9000, 6, "按项目参保"),
}
local = ("物流仓储", (7, 6, 400, 380, 1, None))
header = next(r for r in range(1, 40) if sheet.cell(r, 1).value == "重点行业名称")
total = next(r for r in range(header, 200) if sheet.cell(r, 1).value == "合计")


def fill(row, values):
    for col, value in zip((2, 3, 4, 5, 7, 9), values):
        if value is not None:
            sheet.cell(row, col).value = value


for row in range(header + 1, total):
    name = sheet.cell(row, 1).value
    if name in figures:
        fill(row, figures[name])
spare = next(r for r in range(header + 1, total) if not sheet.cell(r, 1).value)
sheet.cell(spare, 1).value = local[0]
fill(spare, local[1])

for row in range(total + 1, total + 6):
    labels = {sheet.cell(row, c).value: c for c in range(1, 10)}
    if "填报人：" in labels:
        sheet.cell(row, labels["填报人："] + 1).value = "王芳"
        sheet.cell(row, labels["联系电话："] + 1).value = "05398888888"
        sheet.cell(row, labels["填报日期："] + 1).value = datetime.date(2027, 1, 15)
book.save(sys.argv[2])
