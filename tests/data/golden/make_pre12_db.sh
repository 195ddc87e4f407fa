#!/usr/bin/env bash
# Writes pre12.sqlite: a database made by yufang-cli before migration 12 (the release whose
# exports are in expected/), holding the fixture of input/ in all three tables, annex versions
# (drafts replaced with --replace), returns and audit events. tests/core/migration_tables_test.cpp
# migrates a copy of it and checks that every value, version and event survives.
# Usage: make_pre12_db.sh PATH/TO/yufang-cli   (run from this folder)
set -euo pipefail
cli=$1
here=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/pre12.sqlite
run() { "$cli" --db "$db" --lang zh_CN "$@" >/dev/null 2>&1; }
run init
# Drafts first, then the files as sent, with --replace: the annex keeps the drafts as versions.
sed -e 's/^危险化学品,44,43,5310,5290,,6/危险化学品,44,41,5310,5200,,7/' \
    input/annex-371302-2023.csv >"$work/annex-draft.csv"
sed -e 's/^矿山,3,1,,280,/矿山,4,1,,280,/' input/disease-371302-2023.csv >"$work/disease-draft.csv"
sed -e 's/^危险化学品,分管负责人,17,16,/危险化学品,分管负责人,17,12,/' \
    input/training-371302-2023.csv >"$work/training-draft.csv"
run import-annex "$work/annex-draft.csv" --received 2024-01-31
run import-disease "$work/disease-draft.csv"
run import-training "$work/training-draft.csv"
for f in input/*.csv; do
  table=$(basename "$f"); table=${table%%-*}
  if [[ $table == annex ]]; then
    run import-annex "$f" --replace --received 2024-02-10
  else
    run "import-$table" "$f" --replace
  fi
done
"$cli" --db "$db" check >/dev/null
sqlite3 "$db" 'VACUUM'
cp "$db" "$here/pre12.sqlite"
