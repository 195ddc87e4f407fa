#!/usr/bin/env bash
# The register benchmark of docs/performance.md: generates the synthetic register (1,000,000
# rows, 160 counties, 2020-2025, seeded) in four orders of the same rows (grouped by unit and
# year, grouped by enterprise, sorted by credit code, shuffled), then for each order, in the same
# run, imports it with `yufang-cli import-register` and with the sqlite3 shell's `.import`, three
# rounds, alternating, and prints wall/CPU times, the ratio per round, the median ratio and the
# peak RSS (/usr/bin/time -v, package `time`; the shell is package `sqlite3`). Then
# register_bench times derive-annex, the consolidated views and the 企业名录 tab on the database
# imported from the unit-year file.
#
# usage: bench/run_register_bench.sh YUFANG_CLI REGISTER_BENCH WORKDIR [ROWS] [YUFANG]
#   REGISTER_BENCH "-" skips register_bench; ORDERS="unit-year shuffled" limits the orders,
#   ROUNDS=N changes the number of rounds (3).
# (ctest -L bench runs it when configured with -DYUFANG_BENCHMARKS=ON; build Release for
# figures worth writing down.)
set -euo pipefail
cli=$1 bench=$2 work=$3 rows=${4:-1000000} gui=${5:-}
orders=${ORDERS:-unit-year enterprise credit-code shuffled}
rounds=${ROUNDS:-3}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
for tool in sqlite3 /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "run_register_bench.sh: needs $tool (apt-get install sqlite3 time python3)" >&2; exit 1; }
done
mkdir -p "$work"
# Regenerated when the row count or the generator changed.
stamp="$rows $(md5sum <"$here/generate_register.py" | cut -c1-12)"
if [[ $(cat "$work/stamp" 2>/dev/null) != "$stamp" ]] || ! ls "$work"/register-*.csv >/dev/null 2>&1; then
  python3 "$here/generate_register.py" "$work" --rows "$rows"
  echo "$stamp" >"$work/stamp"
fi
size=$(stat -c %s "$work/register-unit-year.csv")
echo "register-*.csv: $rows rows, $((size / 1048576)) MiB each; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -m | awk '/Mem:/ {print $2}') MiB RAM; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# /usr/bin/time -f: wall seconds, user seconds, system seconds, peak RSS KiB.
measure() { /usr/bin/time -f '%e %U %S %M' -o "$work/time.out" "$@" >/dev/null 2>"$work/stderr.out" || { cat "$work/stderr.out" >&2; exit 1; }; cat "$work/time.out"; }
: >"$work/results"
for round in $(seq 1 "$rounds"); do
  for order in $orders; do
    csv=$work/register-$order.csv db=$work/yufang-$order.sqlite shell=$work/shell.sqlite
    rm -f "$db" "$shell"
    "$cli" --db "$db" import-units "$work/units.csv" >/dev/null
    sqlite3 "$shell" 'PRAGMA page_size' >/dev/null
    # sync: the last run's 100 MiB of dirty pages are written back now, not during the next
    # measurement (that writeback had made the same .import take 1.9 s or 3.1 s).
    sync
    read -r mw mu ms mrss < <(measure "$cli" --db "$db" import-register "$csv")
    sync
    read -r sw su ss srss < <(measure sqlite3 "$shell" ".import --csv $csv raw")
    rows_in=$(sqlite3 "$db" 'SELECT COUNT(*) FROM register_enterprise')
    [[ $rows_in == "$rows" ]] || { echo "$order: expected $rows rows, found $rows_in" >&2; exit 1; }
    echo "$order $mw $(python3 -c "print($mu + $ms)") $mrss $sw $(python3 -c "print($su + $ss)") $srss" >>"$work/results"
    printf 'round %d %-11s: import-register %6.2f s (cpu %6.2f s, peak RSS %3d MiB) | sqlite3 .import %5.2f s (cpu %5.2f s) | ratio wall %s, cpu %s | load %s\n' \
      "$round" "$order" "$mw" "$(python3 -c "print($mu + $ms)")" $((mrss / 1024)) "$sw" "$(python3 -c "print($su + $ss)")" \
      "$(python3 -c "print(f'{$mw / $sw:.2f}')")" "$(python3 -c "print(f'{($mu + $ms) / ($su + $ss):.2f}')")" "$(cut -d' ' -f1 /proc/loadavg)"
  done
done
rm -f "$work/shell.sqlite"
# The table of docs/performance.md: per order, the median of the rounds' wall ratios (each
# round's two imports ran back to back on the same file), the CPU ratio, the ranges, the peak.
python3 - "$work/results" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    order, mw, mc, mrss, sw, sc, srss = line.split()
    runs.setdefault(order, []).append((float(mw), float(mc), int(mrss), float(sw), float(sc)))
print("| file order | import-register (wall) | sqlite3 .import (wall) | ratio wall, median | ratio CPU, median | peak RSS |")
print("|---|---|---|---|---|---|")
worst = 0
for order, r in runs.items():
    wall = statistics.median(m / s for m, _, _, s, _ in r)
    cpu = statistics.median(m / s for _, m, _, _, s in r)
    worst = max(worst, wall)
    span = lambda xs: f"{min(xs):.2f}-{max(xs):.2f} s"
    print(f"| {order} | {span([x[0] for x in r])} | {span([x[3] for x in r])} | {wall:.2f} × | {cpu:.2f} × | {max(x[2] for x in r) // 1024} MiB |")
print(f"worst median wall ratio import-register / sqlite3 .import: {worst:.2f} (target <= 0.75)")
PY
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
if [[ $bench != - && -f $work/yufang-unit-year.sqlite ]]; then
  "$bench" "$work/yufang-unit-year.sqlite" 2023
fi
