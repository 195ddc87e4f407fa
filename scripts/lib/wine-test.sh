#!/usr/bin/env bash
# The Windows build under Wine, against the Linux build of the same checkout:
#   scripts/lib/wine-test.sh STAGE OUT [SETUP.EXE]
# STAGE is the portable folder scripts/package-windows.sh made (yufang-cli.exe, yufang.exe, DLLs).
# OUT receives the Wine prefix, both sides' working folders, the log and the verdict.
#
# 1. yufang-cli.exe and the Linux yufang-cli run the same commands with the same relative paths,
#    in folders whose names hold Chinese characters and spaces: init, units, import-units,
#    import-annex of the annex fixtures in every encoding (UTF-8 with and without BOM, GB18030
#    with the codes where converters differ, UTF-16LE, LF and CRLF line ends, .xls, .xlsx),
#    export-annex in both layouts and both encodings, progress in both encodings, print-annex.
#    Every file written must be byte-identical (the PDF: the same text in reading order through
#    pdftotext, and the same pages), and the exit codes equal. Console output is compared with
#    CRLF folded to LF (the C runtime's text mode on Windows).
# 2. The default database path: yufang-cli.exe init without --db creates
#    %APPDATA%\Yufang\Yufang\yufang.sqlite.
# 3. The installer (when given): a silent per-user install, the Start-menu entry, the uninstaller.
# 4. The GUI on Xvfb (display $YUFANG_WINE_DISPLAY, default :17) with openbox; a screenshot of the
#    main window goes to docs/windows-wine.png; a second copy on the same database must find it
#    locked (docs/windows-wine-locked.png).
# Environment: YUFANG_LINUX_CLI (the Linux yufang-cli to compare with; built in OUT/linux-build
# when unset), YUFANG_WINE_DISPLAY.
set -uo pipefail

stage=$(cd "$1" && pwd)
out=$2
setup=${3:-}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)
fixtures=$repo/tests/data/xlsx
failures=0
checks=0

say() { printf '%s\n' "$*" | tee -a "$out/wine-test.log"; }
pass() { checks=$((checks + 1)); say "PASS $*"; }
fail() { checks=$((checks + 1)); failures=$((failures + 1)); say "FAIL $*"; }
: >"$out/wine-test.log"

# --- The Linux reference ---------------------------------------------------------------------
linux_cli=${YUFANG_LINUX_CLI:-}
if [[ -z $linux_cli ]]; then
  say "building the Linux yufang-cli in $out/linux-build"
  cmake -S "$repo" -B "$out/linux-build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DYUFANG_BUILD_TESTS=OFF -DYUFANG_BUILD_GUI=OFF >"$out/linux-build.log" 2>&1 &&
    nice -n "${YUFANG_NICE:-10}" cmake --build "$out/linux-build" -j "${YUFANG_JOBS:-2}" \
      --target yufang-cli >>"$out/linux-build.log" 2>&1 ||
    { say "cannot build the Linux CLI, see $out/linux-build.log"; exit 1; }
  linux_cli=$out/linux-build/app/yufang-cli
fi

# --- Wine -------------------------------------------------------------------------------------
export WINEPREFIX=$out/wineprefix WINEDEBUG=-all WINEARCH=win64
# No Mono or Gecko download prompts (neither is needed, and nothing may be downloaded).
export WINEDLLOVERRIDES="mscoree=;mshtml="
wine=$(command -v wine64 || command -v wine || echo /usr/lib/wine/wine64)
wineserver_bin=$(command -v wineserver || echo /usr/lib/wine/wineserver)
if [[ ! -d $WINEPREFIX/drive_c ]]; then
  say "creating the Wine prefix $WINEPREFIX"
  "$wine" wineboot --init >/dev/null 2>&1
  "$wineserver_bin" -w 2>/dev/null || true
fi
win_cli=$stage/yufang-cli.exe

# --- Fixtures in every encoding ------------------------------------------------------------------
# Both sides work in a folder with Chinese characters and spaces, on the same relative paths.
work_linux="$out/linux/工伤 预防 测试"
work_wine="$out/wine/工伤 预防 测试"
rm -rf "$out/linux" "$out/wine"
mkdir -p "$work_linux/附件 文件" "$work_linux/导出 结果" "$work_linux/数据 库"
strip_bom() { sed '1s/^\xEF\xBB\xBF//' "$1"; }
in_dir="$work_linux/附件 文件"
cp "$fixtures/annex_form.csv" "$in_dir/表 utf8-bom crlf.csv"
strip_bom "$fixtures/annex_form.csv" >"$in_dir/表 utf8 crlf.csv"
strip_bom "$fixtures/annex_form.csv" | tr -d '\r' >"$in_dir/表 utf8 lf.csv"
strip_bom "$fixtures/annex_form.csv" | iconv -f UTF-8 -t GB18030 >"$in_dir/表 gb18030 crlf.csv"
strip_bom "$fixtures/annex_form.csv" | tr -d '\r' | iconv -f UTF-8 -t GB18030 >"$in_dir/表 gb18030 lf.csv"
# The codes where GB18030 converters part ways, in a remark: a character beyond the BMP (𠮷,
# 95 34 B2 35), GB18030-2005's A8 BC (ḿ; GB18030-2000, so Qt 5 Compat's codec, gives U+E7C7),
# a four-byte BMP character (Ä), € and 〇.
strip_bom "$fixtures/annex_form.csv" | sed 's/按项目参保/按项目参保（𠮷ḿ€Ä〇）/' |
  iconv -f UTF-8 -t GB18030 >"$in_dir/表 gb18030 生僻字.csv"
{ printf '\xFF\xFE'; strip_bom "$fixtures/annex_form.csv" | iconv -f UTF-8 -t UTF-16LE; } >"$in_dir/表 utf16le.csv"
cp "$fixtures/annex_form.xls" "$in_dir/表 excel97.xls"
cp "$fixtures/annex_form.xlsx" "$in_dir/表 excel.xlsx"
cp "$fixtures/annex_data.csv" "$in_dir/数据 表.csv"
strip_bom "$fixtures/annex_data.csv" | iconv -f UTF-8 -t GB18030 >"$in_dir/数据 表 gb18030.csv"
cp "$fixtures/units.csv" "$in_dir/单位.csv"
cp -r "$out/linux/." "$out/wine/"

# The Linux side runs without a session: a private runtime folder keeps Qt's warning about it
# off its stderr (Windows has no such thing).
linux_runtime=$out/linux-runtime
mkdir -p "$linux_runtime" && chmod 700 "$linux_runtime"

# run NAME ARGS...: the same command on both sides; compares exit codes and console output.
run() {
  local name=$1
  shift
  (cd "$work_linux" && XDG_RUNTIME_DIR=$linux_runtime "$linux_cli" --lang zh_CN "$@" \
    >"../$name.out" 2>"../$name.err")
  local rl=$?
  (cd "$work_wine" && "$wine" "$win_cli" --lang zh_CN "$@" >"../$name.out" 2>"../$name.err")
  local rw=$?
  local lo wo
  lo=$(cat "$out/linux/$name.out" "$out/linux/$name.err")
  # Wine's own diagnostics on stderr ("wine: Read access denied for device …", "fixme:…")
  # are Wine's, not the program's.
  wo=$(tr -d '\r' <"$out/wine/$name.out"
    tr -d '\r' <"$out/wine/$name.err" | grep -Ev '^(wine: |[0-9a-f]{4}:(fixme|err|warn):)' || true)
  if [[ $rl != "$rw" ]]; then
    fail "$name: exit code Linux $rl, Windows $rw"
  elif [[ $lo != "$wo" ]]; then
    fail "$name: console output differs (diff $out/linux/$name.out $out/wine/$name.out)"
  else
    pass "$name (exit $rl)"
  fi
}

# same FILE: the file written on both sides, byte for byte.
same() {
  local f=$1
  if [[ ! -f $work_linux/$f || ! -f $work_wine/$f ]]; then
    fail "$f: missing on $([[ -f $work_linux/$f ]] && echo Windows || echo Linux)"
  elif cmp -s "$work_linux/$f" "$work_wine/$f"; then
    pass "$f identical ($(stat -c %s "$work_linux/$f") bytes)"
  else
    fail "$f differs: cmp $work_linux/$f $work_wine/$f"
  fi
}

say "== yufang-cli: Linux $linux_cli, Windows $win_cli under $("$wine" --version)"
for variant in "表 utf8-bom crlf.csv" "表 utf8 crlf.csv" "表 utf8 lf.csv" "表 gb18030 crlf.csv" \
  "表 gb18030 lf.csv" "表 gb18030 生僻字.csv" "表 utf16le.csv" "表 excel97.xls" "表 excel.xlsx"; do
  db="数据 库/${variant%.*}.sqlite"
  run "init ${variant%.*}" --db "$db" init
  run "import-units ${variant%.*}" --db "$db" import-units "附件 文件/单位.csv"
  run "import-annex ${variant%.*}" --db "$db" import-annex "附件 文件/$variant" --received 2021-03-01
  out_file="导出 结果/${variant%.*} 导出.csv"
  run "export-annex ${variant%.*}" --db "$db" export-annex --unit 371302 --year 2020 -o "$out_file"
  same "$out_file"
done
# The remark's characters written back in GB18030.
out_file="导出 结果/表 gb18030 生僻字 导出 gb18030.csv"
run "export-annex 生僻字 gb18030" --db "数据 库/表 gb18030 生僻字.sqlite" export-annex --unit 371302 \
  --year 2020 --encoding gb18030 -o "$out_file"
same "$out_file"
if LC_ALL=C grep -qF "$(printf '\x95\x34\xB2\x35')" "$work_wine/$out_file" 2>/dev/null &&
  LC_ALL=C grep -qF "$(printf '\xA8\xBC')" "$work_wine/$out_file"; then
  pass "the Windows GB18030 export writes 𠮷 as 95 34 B2 35 and ḿ as A8 BC"
else
  fail "the Windows GB18030 export lacks 𠮷 (95 34 B2 35) or ḿ (A8 BC): $work_wine/$out_file"
fi

db="数据 库/汇总.sqlite"
run "init 汇总" --db "$db" init
run "import-units 汇总" --db "$db" import-units "附件 文件/单位.csv"
run "import-annex form 汇总" --db "$db" import-annex "附件 文件/表 gb18030 crlf.csv" --received 2021-03-01
run "import-annex data 汇总" --db "$db" import-annex "附件 文件/数据 表 gb18030.csv" --received 2022-03-01
run "units" --db "$db" units -o "导出 结果/单位 列表.csv"
same "导出 结果/单位 列表.csv"
for layout in form data; do
  for encoding in utf-8 gb18030; do
    f="导出 结果/附件 $layout $encoding.csv"
    run "export-annex $layout $encoding" --db "$db" export-annex --unit 371300 --year 2021 \
      --layout "$layout" --encoding "$encoding" -o "$f"
    same "$f"
  done
done
for encoding in utf-8 gb18030; do
  f="导出 结果/进度 $encoding.csv"
  run "progress $encoding" --db "$db" progress --unit 371300 --encoding "$encoding" -o "$f"
  same "$f"
done
pdf="导出 结果/附件 打印.pdf"
run "print-annex" --db "$db" print-annex --unit 371300 --year 2021 -o "$pdf"
if [[ -f $work_linux/$pdf && -f $work_wine/$pdf ]]; then
  # The text in reading order and the page count. (pdftotext -layout also reproduces the gaps
  # between words from the glyphs' positions, which differ by a point here and there between
  # Windows' GDI and Linux's FreeType metrics of the same font: kept for a look, not compared.)
  for side in linux wine; do
    dir=$work_linux
    [[ $side == wine ]] && dir=$work_wine
    pdftotext "$dir/$pdf" "$out/$side/print.txt"
    pdftotext -layout "$dir/$pdf" "$out/$side/print-layout.txt"
    pdfinfo "$dir/$pdf" | sed -n 's/^Pages: *//p' >"$out/$side/print-pages.txt"
  done
  if cmp -s "$out/linux/print.txt" "$out/wine/print.txt" &&
    cmp -s "$out/linux/print-pages.txt" "$out/wine/print-pages.txt"; then
    pass "$pdf: same text ($(wc -l <"$out/linux/print.txt") lines, $(cat "$out/wine/print-pages.txt") pages)"
  else
    fail "$pdf: text or pages differ: diff $out/linux/print.txt $out/wine/print.txt"
  fi
  pdffonts "$work_wine/$pdf" >"$out/wine/print-fonts.txt" 2>&1
  say "     fonts in the Windows PDF: $(awk 'NR>2 {print $1}' "$out/wine/print-fonts.txt" | sort -u | tr '\n' ' ')"
else
  fail "$pdf missing"
fi

# --- The default database under %APPDATA% --------------------------------------------------------
appdata=$("$wine" cmd /c echo %APPDATA% 2>/dev/null | tr -d '\r')
appdata_unix=$(winepath -u "$appdata" 2>/dev/null || true)
rm -f "$appdata_unix/Yufang/Yufang/yufang.sqlite"
"$wine" "$win_cli" init >"$out/wine/default-init.out" 2>&1
if [[ -n $appdata_unix && -f $appdata_unix/Yufang/Yufang/yufang.sqlite ]]; then
  pass "default database: $appdata\\Yufang\\Yufang\\yufang.sqlite"
else
  fail "default database not under %APPDATA% ($appdata): $(cat "$out/wine/default-init.out")"
fi

# --- The installer -----------------------------------------------------------------------------
if [[ -n $setup ]]; then
  "$wine" "$setup" /S >/dev/null 2>&1
  local_unix=$(winepath -u "$("$wine" cmd /c echo %LOCALAPPDATA% 2>/dev/null | tr -d '\r')")
  start_menu=$(winepath -u "$("$wine" cmd /c echo %APPDATA% 2>/dev/null | tr -d '\r')")/Microsoft/Windows/Start\ Menu/Programs
  if [[ -f $local_unix/Programs/Yufang/yufang.exe ]] && ls "$start_menu"/*Yufang*.lnk >/dev/null 2>&1; then
    pass "installer: per-user install in %LOCALAPPDATA%\\Programs\\Yufang, Start-menu entry $(basename "$(ls "$start_menu"/*Yufang*.lnk | head -n1)")"
    ver=$("$wine" "$local_unix/Programs/Yufang/yufang-cli.exe" --version 2>&1 | tr -d '\r')
    say "     installed yufang-cli.exe --version: $ver"
    "$wine" "$local_unix/Programs/Yufang/uninstall.exe" /S _?="$(winepath -w "$local_unix/Programs/Yufang" 2>/dev/null)" >/dev/null 2>&1
    rm -f "$local_unix/Programs/Yufang/uninstall.exe" # _?= leaves the uninstaller itself
    if [[ ! -f $local_unix/Programs/Yufang/yufang.exe ]] && ! ls "$start_menu"/*Yufang*.lnk >/dev/null 2>&1; then
      pass "uninstaller: program files and Start-menu entry removed"
    else
      fail "uninstaller left files behind"
    fi
  else
    fail "installer: no yufang.exe in $local_unix/Programs/Yufang or no Start-menu entry"
  fi
fi

# --- The GUI -----------------------------------------------------------------------------------
display=${YUFANG_WINE_DISPLAY:-:17}
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb_pid=$!
sleep 2
DISPLAY=$display openbox >/dev/null 2>&1 &
openbox_pid=$!
sleep 1
gui_db="$work_wine/数据 库/汇总.sqlite"
(cd "$work_wine" && DISPLAY=$display exec "$wine" "$stage/yufang.exe" --db "数据 库/汇总.sqlite" >"$out/wine/gui.log" 2>&1) &
gui_pid=$!
disown "$gui_pid"
window=""
for _ in $(seq 60); do
  window=$(DISPLAY=$display xdotool search --onlyvisible --name 'Yufang|预防' 2>/dev/null | head -n1)
  [[ -n $window ]] && break
  sleep 2
done
if [[ -n $window ]]; then
  sleep 5
  DISPLAY=$display import -window root "$out/windows-wine.png"
  cp "$out/windows-wine.png" "$repo/docs/windows-wine.png"
  pass "GUI: main window '$(DISPLAY=$display xdotool getwindowname "$window")'; screenshot docs/windows-wine.png"
  # A second copy on the same database must find it open for editing (the lock file).
  (cd "$work_wine" && DISPLAY=$display exec "$wine" "$stage/yufang.exe" --db "数据 库/汇总.sqlite" >"$out/wine/gui2.log" 2>&1) &
  # Ended by wineserver -k below: disowned, so bash does not report it as "Killed".
  disown $!
  sleep 20
  DISPLAY=$display import -window root "$out/windows-wine-locked.png"
  cp "$out/windows-wine-locked.png" "$repo/docs/windows-wine-locked.png"
  if [[ -f "$gui_db.lock" ]]; then
    pass "lock file $(basename "$gui_db").lock held by the first copy; second copy: docs/windows-wine-locked.png"
  else
    fail "no lock file beside the database while the GUI has it open"
  fi
else
  DISPLAY=$display import -window root "$out/windows-wine.png" 2>/dev/null
  fail "GUI: no window after 120 s (screenshot $out/windows-wine.png, log $out/wine/gui.log)"
fi
"$wineserver_bin" -k 2>/dev/null || true
kill "$gui_pid" "$openbox_pid" "$xvfb_pid" 2>/dev/null
wait 2>/dev/null

say "== $((checks - failures)) of $checks checks passed"
((failures == 0))
