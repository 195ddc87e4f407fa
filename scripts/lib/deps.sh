# shellcheck shell=bash
# shellcheck disable=SC2034  # the package arrays are used by the scripts that source this file
# Debian 12 (bookworm) packages that Yufang needs, and the functions that install the missing
# ones and set up ccache. Sourced by scripts/run.sh and scripts/test.sh: every package name lives
# here and nowhere else. Why the less obvious ones are listed:
#   libqt6opengl6-dev      find_package(Qt6 ... Charts) fails without it (only a Recommends)
#   qt6-l10n-tools         lupdate/lrelease for qt_add_translations
#   qt6-translations-l10n  Qt's own strings (dialog buttons) in Chinese
#   libqt6sql6-sqlite      the QSQLITE driver is a plugin, loaded at run time
#   fonts-wqy-microhei     a CJK font, else Chinese renders as boxes (also in printed PDFs)
#   xauth                  xvfb-run needs it; xvfb only recommends it
#   libsqlite3-dev         sqlite3.h: the register import uses the SQLite C API through the
#                          QSQLITE driver's handle (the plugin links the same libsqlite3)
#   libzip-dev             the zip container of .xlsx workbooks (io/xlsx_reader)
#   libfreexl-dev          .xls (Excel 97-2003, BIFF) workbooks (io/xls_reader)
#   libxlsxwriter-dev      .xlsx output (io/xlsx_workbook); zlib1g-dev for its link flags
#   pkg-config             finds them for CMake (none ships a CMake package)
#   libqt6sql6-psql        the QPSQL driver (a plugin, loaded at run time) for --server and
#                          the GUI's 服务器 connection (docs/server.md)
#   libpq-dev              libpq-fe.h: the transaction state and COPY through the QPSQL
#                          driver's own connection (storage/postgres_handle)
#   postgresql             only for the tests' throwaway server (scripts/lib/test_server.sh)
#   qtkeychain-qt6-dev     the system keyring (Secret Service through libsecret) for 记住密码 of a
#                          server login (ui/server/password_store); optional in CMake: without
#                          it the window asks for the password each time

# To configure, build and run the application.
YUFANG_BUILD_PACKAGES=(
  g++ cmake ninja-build ccache
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libsqlite3-dev catch2 fonts-wqy-microhei
  libzip-dev libfreexl-dev libxlsxwriter-dev zlib1g-dev pkg-config libqt6sql6-psql libpq-dev
  qtkeychain-qt6-dev
)

# Only for the test suite: a real X server for screenshots, PDF inspection, and the validators
# of the files in packaging/.
YUFANG_TEST_PACKAGES=(
  xvfb xauth poppler-utils desktop-file-utils appstream
)

# Only for the suite's PostgreSQL pass: initdb, pg_ctl and psql of a throwaway server.
YUFANG_SERVER_TEST_PACKAGES=(
  postgresql
)

# Only for bench/run_register_bench.sh: the sqlite3 shell's .import as the yardstick, GNU time
# for the peak RSS.
YUFANG_BENCH_PACKAGES=(
  sqlite3 time python3
)

# Only for `cpack -G DEB` (dpkg-shlibdeps needs both; without `file` CPack stops with an error).
YUFANG_PACKAGE_PACKAGES=(
  file dpkg-dev
)

# Print the packages among "$@" that dpkg does not report as installed, one a line.
yufang_missing_packages() {
  local package status
  for package in "$@"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    [[ $status == installed ]] || printf '%s\n' "$package"
  done
}

# Make sure every package in "$@" is installed. As root: `apt-get update` once, then install the
# missing ones without recommends. Otherwise print the one command to run and exit 1.
# YUFANG_SKIP_DEPS=1 skips the whole step (for a machine set up some other way).
yufang_ensure_packages() {
  if [[ ${YUFANG_SKIP_DEPS:-0} == 1 ]]; then
    echo "yufang: YUFANG_SKIP_DEPS=1, not checking Debian packages" >&2
    return 0
  fi
  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "yufang: not a Debian system; install the equivalents of these Debian 12 packages yourself:" >&2
    echo "  $*" >&2
    return 0
  fi
  local -a missing
  mapfile -t missing < <(yufang_missing_packages "$@")
  if ((${#missing[@]} == 0)); then
    echo "yufang: all ${#} Debian packages present"
    return 0
  fi
  if ((EUID != 0)); then
    echo "yufang: missing Debian packages. Install them, then run this script again:" >&2
    echo "sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  echo "yufang: installing ${#missing[@]} missing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q </dev/null
  apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
}

# ccache settings shared by the scripts (the top-level CMakeLists.txt uses ccache when found).
# CCACHE_BASEDIR and CCACHE_NOHASHDIR let a fresh clone in another folder (as CI makes) hit the
# cache filled by an earlier one.
yufang_setup_ccache() {
  local repo=$1
  export CCACHE_DIR=${CCACHE_DIR:-${HOME:-/root}/.cache/ccache}
  export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$repo}
  export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
  mkdir -p "$CCACHE_DIR"
}
