#!/usr/bin/env bash
# The .xlsx register benchmark of docs/performance.md: the seeded million-row register
# (generate_register.py, grouped by county and year) as CSV and as .xlsx (csv_to_xlsx.py:
# shared strings, number cells), each imported with `yufang-cli import-register` into a fresh
# database, ROUNDS rounds alternating; prints wall and CPU seconds and peak RSS (GNU time) of
# both and the median wall ratio xlsx / CSV. Targets (issue 15): peak RSS < 300 MiB, ratio <= 3.
#
# usage: bench/run_register_xlsx_bench.sh YUFANG_CLI WORKDIR [ROWS]
set -euo pipefail
cli=$1 work=$2 rows=${3:-1000000}
rounds=${ROUNDS:-3}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mkdir -p "$work"
stamp="$rows $(cat "$here/generate_register.py" "$here/csv_to_xlsx.py" | md5sum | cut -c1-12)"
if [[ $(cat "$work/xlsx-stamp" 2>/dev/null) != "$stamp" ]] || [[ ! -f $work/register-unit-year.xlsx ]]; then
  python3 "$here/generate_register.py" "$work" --rows "$rows" --orders unit-year
  python3 "$here/csv_to_xlsx.py" "$work/register-unit-year.csv" "$work/register-unit-year.xlsx"
  echo "$stamp" >"$work/xlsx-stamp"
fi
echo "register-unit-year: $rows rows; CSV $(($(stat -c %s "$work/register-unit-year.csv") / 1048576)) MiB, .xlsx $(($(stat -c %s "$work/register-unit-year.xlsx") / 1048576)) MiB; $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
measure() { /usr/bin/time -f '%e %U %S %M' -o "$work/time.out" "$@" >/dev/null 2>"$work/stderr.out" || { cat "$work/stderr.out" >&2; exit 1; }; cat "$work/time.out"; }
: >"$work/xlsx-results"
for round in $(seq 1 "$rounds"); do
  for ext in csv xlsx; do
    db=$work/yufang-$ext.sqlite
    rm -f "$db" "$db"-*
    rm -rf "$work/yufang-$ext-backups"
    "$cli" --db "$db" import-units "$work/units.csv" >/dev/null
    read -r w u s rss < <(measure "$cli" --db "$db" import-register "$work/register-unit-year.$ext")
    n=$(sqlite3 "$db" 'SELECT COUNT(*) FROM register_enterprise')
    [[ $n == "$rows" ]] || { echo "$ext: expected $rows rows, found $n" >&2; exit 1; }
    echo "$round $ext $w $(python3 -c "print($u + $s)") $rss" >>"$work/xlsx-results"
    printf 'round %d %-4s: %6.2f s wall, %6.2f s cpu, peak RSS %4d MiB, load %s\n' "$round" "$ext" "$w" \
      "$(python3 -c "print($u + $s)")" $((rss / 1024)) "$(cut -d' ' -f1 /proc/loadavg)"
  done
done
python3 - "$work/xlsx-results" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    rnd, ext, w, c, rss = line.split()
    runs.setdefault(rnd, {})[ext] = (float(w), float(c), int(rss))
wall = statistics.median(r["xlsx"][0] / r["csv"][0] for r in runs.values())
cpu = statistics.median(r["xlsx"][1] / r["csv"][1] for r in runs.values())
peak = max(r["xlsx"][2] for r in runs.values()) // 1024
csvpeak = max(r["csv"][2] for r in runs.values()) // 1024
print(f"median ratio xlsx / CSV: wall {wall:.2f} x, cpu {cpu:.2f} x (target <= 3); "
      f"peak RSS xlsx {peak} MiB (target < 300), CSV {csvpeak} MiB")
PY
