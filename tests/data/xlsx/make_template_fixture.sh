#!/usr/bin/env bash
# Remakes annex_template_filled_libreoffice.xlsx and .xls: the blank annex template of 兰山区 for 2026 as
# yufang-cli writes it (export-annex --template), filled by fill_annex_template.py and saved by
# LibreOffice headless (which computes the 合计 and rate formulas, as Excel and WPS do when a
# clerk saves). The output is committed, so the tests never need LibreOffice. Not run by CI.
# Usage: make_template_fixture.sh PATH/TO/yufang-cli
set -euo pipefail
cli=$(realpath "$1")
cd "$(dirname "${BASH_SOURCE[0]}")"
work=$(mktemp -d)
export HOME=$work/home # LibreOffice's profile, not the user's
mkdir -p "$HOME"
"$cli" --db "$work/db.sqlite" init >/dev/null
"$cli" --db "$work/db.sqlite" export-annex --unit 371302 --year 2026 --template \
  -o "$work/template.xlsx"
/usr/bin/python3 fill_annex_template.py "$work/template.xlsx" "$work/filled.xlsx"
mkdir -p "$work/out"
soffice --headless --convert-to xlsx --outdir "$work/out" "$work/filled.xlsx" >/dev/null
mv "$work/out/filled.xlsx" annex_template_filled_libreoffice.xlsx
# The same filled form saved again as Excel 97 (.xls, BIFF8), as a county with an old office
# suite sends it.
soffice --headless --convert-to 'xls:MS Excel 97' --outdir "$work/out" \
  annex_template_filled_libreoffice.xlsx >/dev/null
mv "$work/out/annex_template_filled_libreoffice.xls" .
rm -rf "$work"
