#!/usr/bin/env bash
# The register on a PostgreSQL server (docs/server.md, docs/performance.md): imports the
# synthetic register (generate_register.py, grouped by unit and year as county files arrive)
# with `yufang-cli --server … import-register` (COPY … FROM STDIN through the QPSQL driver's
# libpq connection) and, in the same round, with `psql \copy` of the same file into a table of
# register_enterprise's shape: the yardstick of issue 17 (at most 1.5 ×). Each round uses fresh
# schemas. Both times include starting the program and connecting.
#
# usage: bench/run_register_server_bench.sh YUFANG_CLI SERVER_URL WORKDIR [ROWS]
#   SERVER_URL: postgresql://USER@HOST:PORT/DB of a login that may create schemas (PGPASSWORD
#   for its password), or "-" (or "") for a throwaway server of the test suite's kind
#   (scripts/lib/test_server.sh; the CTest test bench.register_server does so). ROUNDS=N (3).
set -euo pipefail
cli=$1 url=$2 work=$3 rows=${4:-200000}
rounds=${ROUNDS:-3}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [[ -z $url || $url == - ]]; then
  # shellcheck source=scripts/lib/test_server.sh
  source "$here/../scripts/lib/test_server.sh"
  trap yufang_stop_test_server EXIT
  yufang_start_test_server
  url=$YUFANG_TEST_SERVER
fi
for tool in psql python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "run_register_server_bench.sh: needs $tool" >&2; exit 1; }
done
mkdir -p "$work"
stamp="$rows $(md5sum <"$here/generate_register.py" | cut -c1-12)"
if [[ $(cat "$work/stamp" 2>/dev/null) != "$stamp" ]] || [[ ! -f $work/register-unit-year.csv ]]; then
  python3 "$here/generate_register.py" "$work" --rows "$rows" --orders unit-year
  echo "$stamp" >"$work/stamp"
fi
csv=$work/register-unit-year.csv
# psql takes the same address (libpq understands the URL); its columns: the file's header.
conn=${url%%\?*}
header=$(head -1 "$csv" | sed 's/^\xEF\xBB\xBF//; s/\r$//')
columns=$header
echo "register-unit-year.csv: $rows rows, $(($(stat -c %s "$csv") / 1048576)) MiB; $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
seconds() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>"$work/stderr.out" || { cat "$work/stderr.out" >&2; exit 1; }; t1=$(date +%s.%N); python3 -c "print(f'{$t1 - $t0:.2f}')"; }
: >"$work/server-results"
for round in $(seq 1 "$rounds"); do
  schema=bench_${round}_$$
  "$cli" --server "$url?schema=$schema" import-units "$work/units.csv" >/dev/null
  yufang=$(seconds "$cli" --server "$url?schema=$schema" import-register "$csv")
  # The yardstick: the same file into a table of register_enterprise's shape (its primary key,
  # types and checks; ids from an identity column), by psql's \copy.
  psql -q "$conn" -c "CREATE SCHEMA ${schema}_psql; CREATE TABLE ${schema}_psql.raw (LIKE $schema.register_enterprise INCLUDING ALL)"
  copy=$(seconds psql -q "$conn" -c "\\copy ${schema}_psql.raw ($columns) FROM '$csv' WITH (FORMAT csv, HEADER true)")
  count=$(psql -qAt "$conn" -c "SELECT COUNT(*) FROM $schema.register_enterprise")
  [[ $count == "$rows" ]] || { echo "round $round: expected $rows rows, found $count" >&2; exit 1; }
  psql -q "$conn" -c "SET client_min_messages = warning; DROP SCHEMA $schema CASCADE; DROP SCHEMA ${schema}_psql CASCADE"
  ratio=$(python3 -c "print(f'{$yufang / $copy:.2f}')")
  echo "$yufang $copy $ratio" >>"$work/server-results"
  echo "round $round: import-register $yufang s | psql \\copy $copy s | ratio $ratio | load $(cut -d' ' -f1 /proc/loadavg)"
done
python3 - "$work/server-results" <<'PY'
import statistics, sys
r = [tuple(map(float, l.split())) for l in open(sys.argv[1])]
print(f"median ratio import-register / psql \\copy: {statistics.median(x[2] for x in r):.2f} (target <= 1.5)")
PY
