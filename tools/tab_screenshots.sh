#!/usr/bin/env bash
# Screenshots of every main tab, as a clerk sees them: the real program under Xvfb + openbox,
# the window maximised on a WIDTHxHEIGHT screen, the tabs switched with Ctrl+PgDn (issue 18).
#
#   tools/tab_screenshots.sh BUILD_DIR DEMO_DB OUT_DIR DISPLAY_NUMBER LANG WIDTHxHEIGHT
#   e.g. tools/tab_screenshots.sh build/ci demo.sqlite docs/tabs 62 zh_CN 1024x700
#
# Writes OUT_DIR/LANG-WIDTHxHEIGHT-NN.png, one a tab in the window's order. The program opens
# on 临沂市, 2025, as 本单位 (a settings file of its own in a temporary folder); DEMO_DB is
# copied first, so it is never changed. Starts and stops its own Xvfb and openbox only.
set -euo pipefail
build=$1 db=$2 out=$3 display=$4 lang=$5 size=$6
tabs=${YUFANG_TAB_COUNT:-14}
work=$(mktemp -d)
mkdir -p "$out" "$work/config/Yufang"
cp "$db" "$work/demo.sqlite"
printf '[office]\nhomeUnit=371300\n[selection]\nunit=371300\nyear=2025\n' \
  >"$work/config/Yufang/Yufang.conf"
Xvfb ":$display" -screen 0 "${size}x24" -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
pids=("$xvfb")
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
sleep 1
export DISPLAY=":$display"
openbox >"$work/openbox.log" 2>&1 &
pids+=($!)
sleep 1
XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=xcb \
  "$build/app/yufang" --lang "$lang" --db "$work/demo.sqlite" >"$work/yufang.log" 2>&1 &
pids+=($!)
window=
for _ in $(seq 60); do
  window=$(xdotool search --onlyvisible --class yufang 2>/dev/null | tail -1 || true)
  [[ -n $window ]] && break
  sleep 1
done
[[ -n $window ]] || { cat "$work/yufang.log"; exit 1; }
xdotool windowactivate --sync "$window"
xdotool key --window "$window" super+Up 2>/dev/null || true
wmctrl -r :ACTIVE: -b add,maximized_vert,maximized_horz 2>/dev/null ||
  xdotool windowsize "$window" 100% 100%
sleep 2
for i in $(seq -w 1 "$tabs"); do
  import -window root "$out/$lang-$size-$i.png"
  xdotool key --window "$window" ctrl+Next
  sleep 1.5
done
