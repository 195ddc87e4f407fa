#!/usr/bin/env bash
# Build a Debian package (.deb) of Yufang from a RelWithDebInfo build in build/release:
#   scripts/package.sh        -> build/release/yufang_<version>_<arch>.deb
# Installs the build and packaging dependencies first when run as root (see scripts/lib/deps.sh).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
# shellcheck source=scripts/lib/deps.sh
source "$repo/scripts/lib/deps.sh"

yufang_ensure_packages "${YUFANG_BUILD_PACKAGES[@]}" "${YUFANG_PACKAGE_PACKAGES[@]}"
yufang_setup_ccache "$repo"

build=build/release
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j "${YUFANG_JOBS:-$(nproc)}"
(cd "$build" && cpack -G DEB)
ls -l "$build"/*.deb
