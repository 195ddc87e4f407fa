#!/usr/bin/env bash
# The Linux package checked as a user would get it:
#   scripts/lib/deb-check.sh build/release/yufang_VERSION_amd64.deb
# 1. lintian on the .deb (errors fail the check; warnings are printed);
# 2. a fresh Debian 12 (debootstrap --variant=minbase, cached in $YUFANG_DEB12_ROOT, default
#    ~/.cache/yufang-deb12/root, copied anew for each check) installs it with apt, which must
#    resolve every dependency from Debian alone;
# 3. there, yufang-cli --version and init run, and the GUI starts offscreen and stays up.
# Needs root (debootstrap, chroot) and the packages lintian and debootstrap.
set -euo pipefail

deb=$(realpath "$1")
base=${YUFANG_DEB12_ROOT:-${HOME:-/root}/.cache/yufang-deb12/root}

echo "== lintian $(basename "$deb")"
lintian --tag-display-limit 0 "$deb" | tee /tmp/yufang-lintian.txt || true
if grep -q '^E:' /tmp/yufang-lintian.txt; then
  echo "deb-check: lintian reports errors" >&2
  exit 1
fi

if [[ ! -x $base/usr/bin/apt-get ]]; then
  echo "== debootstrap bookworm into $base"
  mkdir -p "$(dirname "$base")"
  debootstrap --variant=minbase bookworm "$base" http://deb.debian.org/debian >/dev/null
fi
root=$(mktemp -d /tmp/yufang-deb12.XXXXXX)
cleanup() {
  for m in proc dev; do umount -l "$root/$m" 2>/dev/null || true; done
  rm -rf "$root"
}
trap cleanup EXIT
cp -a "$base/." "$root/"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
  LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

echo "== apt-get install ./$(basename "$deb") in a fresh Debian 12"
in_root apt-get update -q >/dev/null
in_root apt-get install -y -q "/tmp/$(basename "$deb")" >/tmp/yufang-deb12-install.log 2>&1 ||
  { tail -n 20 /tmp/yufang-deb12-install.log; exit 1; }
grep -E '^(Setting up|Unpacking) yufang' /tmp/yufang-deb12-install.log | head -n 2
echo "   $(grep -c '^Setting up' /tmp/yufang-deb12-install.log) packages set up"

echo "== run"
in_root yufang-cli --version
in_root yufang-cli --db /tmp/try.sqlite init
in_root yufang-cli --db /tmp/try.sqlite units | head -n 3
# The GUI: offscreen, it must open the database and keep running (killed after 8 s = alive).
set +e
in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp timeout 8 yufang --db /tmp/try.sqlite \
  >/tmp/yufang-deb12-gui.log 2>&1
rc=$?
set -e
if [[ $rc == 124 ]]; then
  echo "GUI: started offscreen and was still running after 8 s"
else
  echo "GUI: exited with $rc"; cat /tmp/yufang-deb12-gui.log; exit 1
fi
