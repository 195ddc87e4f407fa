#!/usr/bin/env bash
# Remakes the workbook fixtures of this folder from the committed CSVs, as a clerk's
# spreadsheet would save them: LibreOffice headless (Debian's libreoffice-calc-nogui) opens each
# CSV as UTF-8 and saves it as .xlsx and as .xls (Excel 97); annex_handmade.xlsx is written by
# hand (make_handmade_xlsx.py) and annex_handmade_libreoffice.xlsx is LibreOffice's re-save of
# it. The outputs are committed, so the tests never need LibreOffice. Not run by CI.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export HOME=${TMPDIR:-/tmp}/yufang-fixtures-home # LibreOffice's profile, not the user's
mkdir -p "$HOME"
sources=(annex_form annex_data training disease register units experts float register_numeric_code
  float_numeric_code)
csv_in=CSV:44,34,76,1 # comma, double quote, UTF-8, from line 1
for name in "${sources[@]}"; do
  soffice --headless --infilter="$csv_in" --convert-to xlsx --outdir . "$name.csv"
  soffice --headless --infilter="$csv_in" --convert-to 'xls:MS Excel 97' --outdir . "$name.csv"
done
soffice --headless --infilter="$csv_in" --convert-to ods --outdir . units.csv
python3 make_handmade_xlsx.py
out=$(mktemp -d)
soffice --headless --convert-to xlsx --outdir "$out" annex_handmade.xlsx
mv "$out/annex_handmade.xlsx" annex_handmade_libreoffice.xlsx
# Each form saved back to CSV from its workbook: in GB18030 (LibreOffice's character set 85,
# what a clerk picks as 简体中文 (GB18030)) and in LibreOffice's default Western Europe
# (Windows-1252) character set, where every Chinese character becomes '?'.
csv_forms=(annex_form annex_data training disease register units experts float)
mkdir -p "$out/gb18030" "$out/western"
soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,85,1' \
  --outdir "$out/gb18030" "${csv_forms[@]/%/.xlsx}"
soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,1' \
  --outdir "$out/western" "${csv_forms[@]/%/.xlsx}"
for name in "${csv_forms[@]}"; do
  mv "$out/gb18030/$name.csv" "${name}_gb18030.csv"
  mv "$out/western/$name.csv" "${name}_saved_without_charset.csv"
done
# A workbook whose zip entries are encrypted (zip -P, ZipCrypto).
(cd "$out" && unzip -q "$OLDPWD/units.xlsx" && rm -f "$OLDPWD/units_zip_password.xlsx" &&
  zip -q -X -r -P secret "$OLDPWD/units_zip_password.xlsx" '[Content_Types].xml' _rels docProps xl)
rm -rf "$out"
