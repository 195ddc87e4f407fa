#!/usr/bin/env python3
"""Converts a CSV (UTF-8, with or without BOM) into an .xlsx the way Excel and LibreOffice save
one: every text cell a shared string (each distinct text once), numbers as number cells, one
sheet. Streams the sheet into the zip, so a million-row register converts in about a minute
without LibreOffice (which takes far longer and gigabytes for that many rows).

usage: csv_to_xlsx.py IN.csv OUT.xlsx
"""
import csv
import re
import sys
import zipfile
from xml.sax.saxutils import escape

NUMBER = re.compile(r"^-?(0|[1-9][0-9]{0,14})(\.[0-9]+)?$")
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def column(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def main(src, dst):
    strings = {}
    order = []
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet, \
                open(src, encoding="utf-8-sig", newline="") as f:
            sheet.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}"><sheetData>'.encode())
            letters = [column(i) for i in range(64)]
            out = []
            for n, record in enumerate(csv.reader(f), start=1):
                cells = []
                for i, value in enumerate(record):
                    if value == "":
                        continue
                    ref = f"{letters[i]}{n}"
                    if NUMBER.match(value):
                        cells.append(f'<c r="{ref}"><v>{value}</v></c>')
                    else:
                        k = strings.get(value)
                        if k is None:
                            k = strings[value] = len(order)
                            order.append(value)
                        cells.append(f'<c r="{ref}" t="s"><v>{k}</v></c>')
                out.append(f'<row r="{n}">{"".join(cells)}</row>')
                if len(out) == 2000:
                    sheet.write("".join(out).encode())
                    out = []
            sheet.write(("".join(out) + "</sheetData></worksheet>").encode())
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as sst:
            sst.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      f'<sst xmlns="{MAIN}" uniqueCount="{len(order)}">'.encode())
            for i in range(0, len(order), 5000):
                sst.write("".join(f"<si><t>{escape(s)}</t></si>"
                                  for s in order[i:i + 5000]).encode())
            sst.write(b"</sst>")
        z.writestr("xl/workbook.xml",
                   f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{MAIN}" '
                   f'xmlns:r="{REL}"><sheets><sheet name="register" sheetId="1" r:id="rId1"/>'
                   '</sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
                   'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
                   f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
                   '</Relationships>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
                   'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>')
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types '
                   'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '</Types>')


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
