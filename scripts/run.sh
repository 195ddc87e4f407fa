#!/usr/bin/env bash
# Build Yufang (RelWithDebInfo, in build/release) and start the GUI.
#   scripts/run.sh                         default database (see README.md)
#   scripts/run.sh --db my.sqlite --lang en
# Every argument is passed to build/release/app/yufang. Missing Debian packages are installed
# first when run as root; otherwise the script prints the one apt-get command to run.
# Environment: YUFANG_JOBS (parallel build jobs, default: number of cores), YUFANG_SKIP_DEPS=1.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
# shellcheck source=scripts/lib/deps.sh
source "$repo/scripts/lib/deps.sh"

yufang_ensure_packages "${YUFANG_BUILD_PACKAGES[@]}"
yufang_setup_ccache "$repo"

build=build/release
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
# Only the two programs: the tests are scripts/test.sh's job (build/ci).
cmake --build "$build" -j "${YUFANG_JOBS:-$(nproc)}" --target yufang yufang-cli

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
  echo "yufang: no DISPLAY or WAYLAND_DISPLAY; on a headless machine try" >&2
  echo "  xvfb-run -a scripts/run.sh    or    QT_QPA_PLATFORM=offscreen scripts/run.sh" >&2
fi
exec "$build/app/yufang" "$@"
