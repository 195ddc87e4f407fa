#!/usr/bin/env bash
# The register benchmark of docs/performance.md: generates the synthetic register (1,000,000
# rows, 160 counties, 2020-2025, seeded), then in the same run imports it with
# `yufang-cli import-register` and with the sqlite3 shell's `.import`, three rounds each,
# alternating, and prints wall/CPU times, the ratio and the peak RSS (/usr/bin/time -v, package
# `time`; the shell is package `sqlite3`). Then register_bench times derive-annex, the
# consolidated views and the 企业名录 tab on the imported database.
#
# usage: bench/run_register_bench.sh YUFANG_CLI REGISTER_BENCH WORKDIR [ROWS] [YUFANG]
# (ctest -L bench runs it when configured with -DYUFANG_BENCHMARKS=ON; build Release for
# figures worth writing down.)
set -euo pipefail
cli=$1 bench=$2 work=$3 rows=${4:-1000000} gui=${5:-}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
for tool in sqlite3 /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "run_register_bench.sh: needs $tool (apt-get install sqlite3 time python3)" >&2; exit 1; }
done
mkdir -p "$work"
if [[ ! -f $work/register.csv || $(cat "$work/rows" 2>/dev/null) != "$rows" ]]; then
  python3 "$here/generate_register.py" "$work" --rows "$rows"
  echo "$rows" >"$work/rows"
fi
size=$(stat -c %s "$work/register.csv")
echo "register.csv: $rows rows, $((size / 1048576)) MiB; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -m | awk '/Mem:/ {print $2}') MiB RAM"

# /usr/bin/time -f: wall seconds, user seconds, system seconds, peak RSS KiB.
measure() { /usr/bin/time -f '%e %U %S %M' -o "$work/time.out" "$@" >/dev/null 2>"$work/stderr.out" || { cat "$work/stderr.out" >&2; exit 1; }; cat "$work/time.out"; }
ratios=()
for round in 1 2 3; do
  rm -f "$work/yufang.sqlite" "$work/shell.sqlite"
  "$cli" --db "$work/yufang.sqlite" import-units "$work/units.csv" >/dev/null
  sqlite3 "$work/shell.sqlite" 'PRAGMA page_size' >/dev/null
  read -r mw mu ms mrss < <(measure "$cli" --db "$work/yufang.sqlite" import-register "$work/register.csv")
  read -r sw su ss srss < <(measure sqlite3 "$work/shell.sqlite" ".import --csv $work/register.csv raw")
  ratio=$(python3 -c "print(f'{$mw / $sw:.2f}')")
  cpu=$(python3 -c "print(f'{($mu + $ms) / ($su + $ss):.2f}')")
  ratios+=("$ratio")
  printf 'round %d: import-register %5.2f s (cpu %5.2f s, peak RSS %3d MiB) | sqlite3 .import %5.2f s (cpu %5.2f s, peak RSS %3d MiB) | ratio wall %s, cpu %s\n' \
    "$round" "$mw" "$(python3 -c "print($mu + $ms)")" $((mrss / 1024)) "$sw" "$(python3 -c "print($su + $ss)")" $((srss / 1024)) "$ratio" "$cpu"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | sed -n 2p)
echo "median wall ratio import-register / sqlite3 .import: $median (target <= 1.0)"
rows_in=$(sqlite3 "$work/yufang.sqlite" 'SELECT COUNT(*) FROM register_enterprise')
[[ $rows_in == "$rows" ]] || { echo "expected $rows rows, found $rows_in" >&2; exit 1; }
if [[ -n $gui ]]; then
  # The process part of the app's start-up: libraries loaded, QApplication made (--version
  # exits right after); register_bench times the window from there.
  best=
  for _ in 1 2 3; do
    read -r w _ _ _ < <(QT_QPA_PLATFORM=offscreen measure "$gui" --version)
    best=$(python3 -c "print(min(float('$w'), float('${best:-1e9}')))")
  done
  echo "app process start to QApplication (yufang --version, best of 3): $best s"
fi
"$bench" "$work/yufang.sqlite" 2023
