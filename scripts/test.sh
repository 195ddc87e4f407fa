#!/usr/bin/env bash
# Build the test configuration (Debug, in build/ci) and run every CTest test; exits with ctest's
# status. Used by .ci/run. Needs no display: the test mains select QT_QPA_PLATFORM=offscreen.
# Missing Debian packages are installed first when run as root; otherwise the script prints the
# one apt-get command to run.
#
# Why Debug: at -O0 it compiles fastest on a 2-core machine, and it leaves assert()/Q_ASSERT on
# (no NDEBUG), so the tests also trip the code's own invariants. scripts/run.sh builds
# RelWithDebInfo, so both configurations get compiled regularly.
#
# Two passes: every test against SQLite, then the storage, service and CLI tests (core.*,
# cli.*) and the window's server-only tests again against a throwaway PostgreSQL server
# (scripts/lib/test_server.sh: initdb in a temporary folder as the unprivileged postgres user,
# a free port on 127.0.0.1, stopped on exit), each core test case in a fresh schema of its
# own, each CLI test's database a copy of a migrated template (tests/test_server.h,
# tests/cli/cli_support).
#
# Environment: YUFANG_JOBS (default 2), YUFANG_TEST_TIMEOUT (seconds per test, default 300),
# CCACHE_DIR (default ~/.cache/ccache), YUFANG_SKIP_DEPS=1, YUFANG_TEST_POSTGRES=0 (SQLite pass
# only). Arguments are passed to ctest (both passes), e.g. scripts/test.sh -R '^core\.'
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
# shellcheck source=scripts/lib/deps.sh
source "$repo/scripts/lib/deps.sh"
# shellcheck source=scripts/lib/test_server.sh
source "$repo/scripts/lib/test_server.sh"

started=$SECONDS
with_postgres=${YUFANG_TEST_POSTGRES:-1}
packages=("${YUFANG_BUILD_PACKAGES[@]}" "${YUFANG_TEST_PACKAGES[@]}")
[[ $with_postgres == 1 ]] && packages+=("${YUFANG_SERVER_TEST_PACKAGES[@]}")
yufang_ensure_packages "${packages[@]}"
yufang_setup_ccache "$repo"
deps_done=$SECONDS

# Tests run with no session: give Qt a private runtime directory instead of a warning.
own_runtime_dir=
if [[ -z ${XDG_RUNTIME_DIR:-} ]]; then
  XDG_RUNTIME_DIR=$(mktemp -d)
  export XDG_RUNTIME_DIR
  own_runtime_dir=$XDG_RUNTIME_DIR
fi
cleanup() {
  yufang_stop_test_server
  [[ -z $own_runtime_dir ]] || rm -rf "$own_runtime_dir"
}
trap cleanup EXIT

build=build/ci
jobs=${YUFANG_JOBS:-2}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DYUFANG_BUILD_TESTS=ON
cmake --build "$build" -j "$jobs"
build_done=$SECONDS

# Catch2 2.13 discovers test cases by running each test binary at build time. A binary that
# aborts there (e.g. QApplication with no display) still builds, and CTest then silently
# registers no test from it. Check every discovery result, then the total.
fail() { echo "test.sh: ERROR: $*" >&2; exit 1; }
# Catch2 2.13's discovery also passes each test case name to the binary as a test spec, unescaped:
# a name with ',' (spec separator), '[' or ']' (tags) or '\' matches nothing there, and ';' splits
# it into two CTest tests. Such a test "passes" with "No tests ran" and never runs.
unrunnable=()
while IFS= read -r -d '' include_file; do
  target=$(basename "$include_file")
  target=${target%_include-*.cmake}
  tests_file=${include_file/_include-/_tests-}
  [[ -f $tests_file ]] || fail "Catch2 discovery did not run for '$target' ($tests_file missing)"
  grep -q 'add_test' "$tests_file" ||
    fail "Catch2 discovered no test in '$target': run its binary with --list-tests to see why"
  exe=$(awk -F ']==] ' '/^add_test\(/ { sub(/ \[==\[.*/, "", $2); print $2; exit }' "$tests_file")
  if [[ -x $exe ]]; then
    while IFS= read -r name; do
      unrunnable+=("$target: $name")
    done < <(QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$exe" --list-test-names-only 2>/dev/null |
      grep -E '[],;[\\]' || true)
  fi
done < <(find "$build" -name '*_include-*.cmake' -print0)
if ((${#unrunnable[@]})); then
  printf '  %s\n' "${unrunnable[@]}" >&2
  fail "${#unrunnable[@]} Catch2 test case names above contain one of , ; [ ] \\ so CTest runs" \
    "nothing for them (Catch2 2.13 discovery passes the name as an unescaped test spec): rename them"
fi

listing=$(ctest --test-dir "$build" -N)
if grep -q '_NOT_BUILT' <<<"$listing"; then
  fail "some test binaries were not built: $(grep '_NOT_BUILT' <<<"$listing" | tr '\n' ' ')"
fi
count=$(sed -n 's/^Total Tests: *\([0-9]*\).*/\1/p' <<<"$listing")
if [[ -z $count || $count -eq 0 ]]; then
  echo "$listing" >&2
  fail "ctest lists no tests in $build: nothing would be tested"
fi
echo "test.sh: $count tests registered"

status=0
ctest --test-dir "$build" --output-on-failure -j "$jobs" --timeout "${YUFANG_TEST_TIMEOUT:-300}" "$@" ||
  status=$?
sqlite_done=$SECONDS
echo "test.sh: packages $((deps_done - started)) s, configure+build $((build_done - deps_done)) s," \
  "tests $((sqlite_done - build_done)) s; ctest exit status $status"

if [[ $with_postgres == 1 ]]; then
  yufang_start_test_server
  server_status=0
  # The server pass runs the storage and service tests (core.*), every CLI test (cli.*: each
  # test's databases are copies of a migrated template database, tests/cli/cli_support) and
  # the window's server-only behaviour (ui.On a server …). A test that checks what only a file
  # has passes there without running, saying why (YUFANG_SQLITE_ONLY in tests/test_server.h).
  ctest --test-dir "$build" --output-on-failure -j "$jobs" --timeout "${YUFANG_TEST_TIMEOUT:-300}" \
    -R '^(core\.|cli\.|ui\.On a server )' "$@" || server_status=$?
  echo "test.sh: PostgreSQL pass $((SECONDS - sqlite_done)) s; ctest exit status $server_status"
  ((status != 0)) || status=$server_status
fi
exit "$status"
