#!/usr/bin/env python3
"""Writes annex_handmade.xlsx: the annex form of annex_form.csv as a workbook built by hand, so
the reader meets what generators differ in: a first sheet that is not the form (the form is
found by its header), shared strings with rich-text runs and a phonetic guide, inline strings,
a title merged over the table, formulas with cached values (合计 and the rates, % formatted),
a number written in exponent form, cells without an r attribute, and a 1904 date system flag
off. Run from this folder; the output is committed."""
import zipfile

shared = []


def s(text):
    shared.append(text)
    return len(shared) - 1


def cell(ref, value, kind="n", style=None, formula=None):
    attrs = f' r="{ref}"' if ref else ""
    if style is not None:
        attrs += f' s="{style}"'
    if kind == "s":
        return f'<c{attrs} t="s"><v>{s(value)}</v></c>'
    if kind == "rich":  # value: list of runs; shared string index
        shared.append(value)
        return f'<c{attrs} t="s"><v>{len(shared) - 1}</v></c>'
    if kind == "inline":
        return f'<c{attrs} t="inlineStr"><is><t>{value}</t></is></c>'
    f = f"<f>{formula}</f>" if formula else ""
    return f"<c{attrs}>{f}<v>{value}</v></c>"


def row(n, cells):
    return f'<row r="{n}">' + "".join(cells) + "</row>"


title = "《临沂市工伤预防五年行动计划（2021-2025年）实施方案》重点行业企业基本情况表"
header = ["重点行业名称", "企业户数", "参保企业户数", "从业总人数", "参加工伤保险人数",
          "工伤保险参保率", "2020年工伤事故数量", "工伤事故发生率", "备注"]
cols = "ABCDEFGHI"
rows = [
    row(1, [cell("A1", title, "s")]),
    row(2, [cell("A2", "填报单位：临沂市兰山区人力资源和社会保障局", "inline")]),
    row(3, [cell(f"{cols[i]}3", h, "s") for i, h in enumerate(header)]),
    # Cells without r: the column follows the one before.
    row(4, [cell(None, "危险化学品", "s"), cell(None, "10"), cell(None, "8"), cell(None, "1.0E3"),
            cell(None, "800"), cell(None, "0.8", style=1, formula="E4/D4"), cell(None, "4"),
            cell(None, "5.00‰", "s")]),
    row(5, [cell("A5", "建筑施工", "s"), cell("B5", "20"), cell("C5", "15"), cell("D5", "5000"),
            cell("E5", "6000"), cell("F5", "1.2", style=1, formula="E5/D5"), cell("G5", "12"),
            cell("H5", "2.00‰", "s"), cell("I5", [("按项目", None), ("参保", "b")], "rich")]),
    row(6, [cell("A6", "合计", "s"), cell("B6", "30", formula="SUM(B4:B5)"),
            cell("C6", "23", formula="SUM(C4:C5)"), cell("D6", "6000", formula="SUM(D4:D5)"),
            cell("E6", "6800", formula="SUM(E4:E5)"), cell("F6", "1.1333333333333333", style=1,
                                                          formula="E6/D6"),
            cell("G6", "16", formula="SUM(G4:G5)"), cell("H6", "2.35‰", "s")]),
    row(8, [cell("A8", "填报人：张三", "s")]),
    row(9, [cell("A9", "联系电话：0539-1234567", "s")]),
    row(10, [cell("A10", "备注：（1）请填写2020年底的数据。", "s")]),
]
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
form = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}>'
        '<dimension ref="A1:I10"/><sheetData>' + "".join(rows) + '</sheetData>'
        '<mergeCells count="1"><mergeCell ref="A1:I1"/></mergeCells></worksheet>')
notes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}><sheetData>'
         + row(1, [cell("A1", "填表说明：请在“基本情况表”中填写。", "s")]) + "</sheetData></worksheet>")


def si(v):
    if isinstance(v, list):
        runs = "".join(f'<r>{"<rPr><b/></rPr>" if b else ""}<t>{t}</t></r>' for t, b in v)
        # A phonetic guide (as Japanese Excel adds) is not part of the text.
        return f"<si>{runs}<rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></si>"
    return f"<si><t>{v}</t></si>"


sst = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
       f'count="{len(shared)}" uniqueCount="{len(shared)}">' + "".join(si(v) for v in shared) + "</sst>")
styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.00%"/></numFmts>'
          '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>')
workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {NS}><workbookPr date1904="false"/><sheets>'
            '<sheet name="说明" sheetId="1" r:id="rId1"/><sheet name="基本情况表" sheetId="2" r:id="rId2"/>'
            '</sheets></workbook>')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
wb_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
           f'<Relationship Id="rId2" Type="{REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/>'
           f'<Relationship Id="rId3" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
           f'<Relationship Id="rId4" Type="{REL}/styles" Target="styles.xml"/></Relationships>')
root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
      '</Types>')

with zipfile.ZipFile("annex_handmade.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", root_rels),
                       ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", wb_rels),
                       ("xl/worksheets/sheet1.xml", notes), ("xl/worksheets/sheet2.xml", form),
                       ("xl/sharedStrings.xml", sst), ("xl/styles.xml", styles)]:
        zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
