#!/usr/bin/env bash
# Cross-build Yufang for 64-bit Windows on Debian 12 and package it:
#   scripts/package-windows.sh          -> build/win64/Yufang-VERSION-win64.zip
#                                          build/win64/Yufang-VERSION-win64-setup.exe
#   scripts/package-windows.sh --test   the same, then the Wine test (scripts/lib/wine-test.sh)
#
# Everything comes from Debian: the mingw-w64 cross compiler (posix threads), the source packages
# of Qt 6.4.2 (qt6-base, qt6-svg, qt6-charts), SQLite (sqlite3), zlib, libzip, FreeXL and
# libxlsxwriter, NSIS for the installer and Wine for the test. Debian's host Qt 6.4.2 supplies the
# host tools (moc, rcc, uic, lrelease) of the same version, so no Qt tool is built twice, and its
# ICU the GB18030 tables of the Windows build (tools/gb18030_table, run during Yufang's build).
#
# The cross-built libraries are cached outside the checkout, in $YUFANG_WIN_CACHE
# (default ~/.cache/yufang-win), in a prefix whose name holds the versions of Qt, the compiler and
# this script's library recipe: a second run (or a run from another clone) only builds Yufang.
# Qt is built only with what the app uses: Core, Gui, Widgets, Sql (the SQLite driver, linked to
# the same sqlite3 DLL as the app), PrintSupport, Concurrent, Xml, Svg, Charts; no OpenGL, D-Bus,
# ICU, network or tests.
#
# Not part of .ci/run: a cold run compiles Qt, about 1¼ h on a free 2-core machine; a warm one
# takes minutes (docs/windows.md, "Time").
# Environment: YUFANG_WIN_CACHE, YUFANG_JOBS (default: nproc), YUFANG_NICE (default 10),
# YUFANG_QT_GIT_MIRRORS (a directory of upstream git mirrors, qt+qtsvg/repo …, used only when
# apt-get source cannot download a Qt module), YUFANG_SKIP_DEPS=1 (see scripts/lib/deps.sh).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
# shellcheck source=scripts/lib/deps.sh
source "$repo/scripts/lib/deps.sh"

run_test=0
for arg in "$@"; do
  case $arg in
    --test) run_test=1 ;;
    -h | --help)
      # The comment block at the top of this file.
      awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "${BASH_SOURCE[0]}"
      exit 0
      ;;
    *)
      echo "package-windows: unknown argument $arg" >&2
      exit 2
      ;;
  esac
done

# The cross toolchain, the source tools and the installer compiler; Wine only for --test. The
# host g++ builds tools/gb18030_table, which takes the GB18030 tables from the host's ICU.
YUFANG_WIN_PACKAGES=(
  g++-mingw-w64-x86-64-posix g++ libz-mingw-w64-dev dpkg-dev tcl pkg-config cmake ninja-build
  qt6-base-dev qt6-base-dev-tools qt6-l10n-tools qt6-translations-l10n
  nsis zip unzip git
)
YUFANG_WIN_TEST_PACKAGES=(wine64 xvfb xauth openbox xdotool imagemagick poppler-utils fonts-wqy-microhei)
packages=("${YUFANG_WIN_PACKAGES[@]}")
# --test also builds the Linux CLI to compare with.
((run_test)) && packages+=("${YUFANG_WIN_TEST_PACKAGES[@]}" "${YUFANG_BUILD_PACKAGES[@]}")
yufang_ensure_packages "${packages[@]}"
yufang_setup_ccache "$repo"

jobs=${YUFANG_JOBS:-$(nproc)}
nice_level=${YUFANG_NICE:-10}
triple=x86_64-w64-mingw32
qt_version=6.4.2
gcc_version=$($triple-gcc-posix -dumpfullversion)
# Bump when a library's recipe below changes, so the cache is rebuilt rather than reused.
recipe=1
cache=${YUFANG_WIN_CACHE:-${HOME:-/root}/.cache/yufang-win}
prefix=$cache/qt$qt_version-gcc$gcc_version-r$recipe
src=$cache/src
export YUFANG_WIN_PREFIX=$prefix
mkdir -p "$prefix/share/yufang" "$src" "$cache/build"
# The toolchain file is copied into the cache: Qt's qt.toolchain.cmake records the path of the
# one Qt was built with, so it must outlive this checkout.
toolchain=$prefix/share/yufang/mingw-w64-x86_64.cmake
cp "$repo/cmake/mingw-w64-x86_64.cmake" "$toolchain"

log() { printf '[package-windows %s] %s\n' "$(date +%T)" "$*"; }
niced() { nice -n "$nice_level" "$@"; }
# A step runs once per prefix: its stamp file says it finished.
done_step() { [[ -f $prefix/.done-$1 ]]; }
mark_done() { touch "$prefix/.done-$1"; }

# Unpack Debian source package $1 into $src and print its directory. apt-get source needs a
# deb-src line; the helper adds one for bookworm when none is configured (root only).
ensure_deb_src() {
  if apt-get source --print-uris -qq zlib >/dev/null 2>&1; then return 0; fi
  if ((EUID != 0)); then
    echo "package-windows: apt has no deb-src line; add a 'Types: deb-src' stanza to" >&2
    echo "  /etc/apt/sources.list.d/debian.sources, run apt-get update, then run this again" >&2
    exit 1
  fi
  log "adding a deb-src line for bookworm"
  cat >/etc/apt/sources.list.d/yufang-deb-src.sources <<'EOF'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  apt-get update -q </dev/null
}

# debian_source PACKAGE: download (once) and unpack with Debian's patches into $src/PACKAGE;
# prints that directory.
debian_source() {
  local package=$1 dir=$src/$1
  if [[ ! -d $dir ]]; then
    ensure_deb_src
    (cd "$src" && apt-get source -q --download-only "$package" </dev/null >&2) || return 1
    local dsc
    dsc=$(ls "$src/${package}"_*.dsc | tail -n1)
    rm -rf "$dir.tmp"
    dpkg-source --no-check -x "$dsc" "$dir.tmp" >&2
    mv "$dir.tmp" "$dir"
  fi
  echo "$dir"
}

# qt_module_source NAME (qtsvg, qtcharts): Debian's qt6-NAME source; when the archive mirror
# cannot serve it, the upstream tag v6.4.2 from a local git mirror (Debian's orig tarballs of
# these two modules are upstream's release tarballs, unmodified).
qt_module_source() {
  local module=$1 dir=$src/qt6-${1#qt}
  [[ -d $dir ]] && { echo "$dir"; return 0; }
  debian_source "qt6-${module#qt}" 2>"$cache/apt-source-$module.log" && return 0
  local mirror=${YUFANG_QT_GIT_MIRRORS:-/work/.mirror}/qt+$module/repo
  if [[ -d $mirror ]]; then
    log "apt-get source qt6-${module#qt} failed (see $cache/apt-source-$module.log); using tag v$qt_version of $mirror" >&2
    git -C "$mirror" archive --prefix="qt6-${module#qt}/" "v$qt_version" | tar -x -C "$src"
    echo "$dir"
    return 0
  fi
  echo "package-windows: cannot get the source of $module (see $cache/apt-source-$module.log)" >&2
  exit 1
}

cmake_cross() {
  niced cmake -G Ninja -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DYUFANG_WIN_PREFIX="$prefix" \
    -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_BUILD_TYPE=Release "$@"
}
# Called as `build_install … || …`, where bash's errexit is off: each step must stop the next.
build_install() {
  niced cmake --build "$1" -j "$jobs" && niced cmake --install "$1"
}

# --- SQLite: one DLL, used by Qt's QSQLITE driver and by the app's register import alike -------
build_sqlite() {
  done_step sqlite && return 0
  local dir b=$cache/build/sqlite
  dir=$(debian_source sqlite3)
  log "SQLite: amalgamation with host tools, then the DLL"
  rm -rf "$b" && mkdir -p "$b"
  (cd "$b" && "$dir/configure" --disable-tcl >/dev/null && niced make -s sqlite3.c >/dev/null)
  # The compile options of Debian's libsqlite3 (debian/rules), so both builds behave alike.
  local -a defs=(-DSQLITE_SECURE_DELETE -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_FTS3
    -DSQLITE_ENABLE_FTS3_PARENTHESIS -DSQLITE_ENABLE_RTREE=1 -DSQLITE_SOUNDEX=1
    -DSQLITE_ENABLE_UNLOCK_NOTIFY -DSQLITE_OMIT_LOOKASIDE=1 -DSQLITE_ENABLE_DBSTAT_VTAB
    -DSQLITE_ENABLE_UPDATE_DELETE_LIMIT=1 -DSQLITE_ENABLE_LOAD_EXTENSION -DSQLITE_ENABLE_JSON1
    -DSQLITE_LIKE_DOESNT_MATCH_BLOBS -DSQLITE_THREADSAFE=1 -DSQLITE_USE_URI=1
    -DSQLITE_MAX_SCHEMA_RETRY=25 -DSQLITE_ENABLE_STMTVTAB -DSQLITE_MAX_VARIABLE_NUMBER=250000
    "-DSQLITE_API=__declspec(dllexport)")
  mkdir -p "$prefix/bin" "$prefix/lib/pkgconfig" "$prefix/include"
  niced $triple-gcc-posix -O2 -shared "${defs[@]}" "$b/sqlite3.c" -o "$prefix/bin/libsqlite3-0.dll" \
    -Wl,--out-implib,"$prefix/lib/libsqlite3.dll.a"
  cp "$b/sqlite3.h" "$b/sqlite3ext.h" "$prefix/include/"
  local version
  version=$(sed -n 's/^#define SQLITE_VERSION *"\(.*\)"/\1/p' "$b/sqlite3.h")
  cat >"$prefix/lib/pkgconfig/sqlite3.pc" <<EOF
prefix=$prefix
libdir=\${prefix}/lib
includedir=\${prefix}/include
Name: SQLite
Description: SQL database engine
Version: $version
Libs: -L\${libdir} -lsqlite3
Cflags: -I\${includedir}
EOF
  mark_done sqlite
}

# --- Qt --------------------------------------------------------------------------------------
qt_common=(-DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake
  -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DBUILD_SHARED_LIBS=ON)

build_qtbase() {
  done_step qtbase && return 0
  local dir b=$cache/build/qtbase
  dir=$(debian_source qt6-base)
  mkdir -p "$b"
  # Debian's +dfsg source leaves out src/3rdparty/wintab (its licence forbids changes), which
  # the Windows platform plugin needs for tablet input: the app takes no pen input, so the
  # feature goes (FEATURE_tabletevent=OFF). Qt 6.4 compiles its DirectWrite font engine only
  # with Direct2D, yet PrintSupport and the platform plugin call it whenever DirectWrite is on:
  # with Direct2D off, DirectWrite goes too, and text is drawn by the GDI engine, Qt 6.4's
  # default on Windows anyway. OpenGL goes as configure's -no-opengl does (INPUT_opengl=no), and
  # dynamic GL by name too (a cache configured before keeps it): FEATURE_opengl=OFF alone leaves
  # dynamic GL on, whose code the platform plugin then fails to compile (QOpenGLStaticContext).
  local -a args=("${qt_common[@]}"
    -DFEATURE_dbus=OFF -DFEATURE_icu=OFF -DINPUT_opengl=no -DFEATURE_opengl=OFF
    -DFEATURE_opengl_dynamic=OFF -DFEATURE_dynamicgl=OFF -DFEATURE_vulkan=OFF
    -DFEATURE_network=OFF -DFEATURE_testlib=OFF -DFEATURE_sql_odbc=OFF -DFEATURE_sql_psql=OFF
    -DFEATURE_sql_mysql=OFF -DFEATURE_sql_ibase=OFF -DFEATURE_sql_oci=OFF -DFEATURE_sql_db2=OFF
    -DFEATURE_sql_sqlite=ON -DFEATURE_system_sqlite=ON -DFEATURE_system_zlib=OFF
    -DFEATURE_system_png=OFF -DFEATURE_system_jpeg=OFF -DFEATURE_system_pcre2=OFF
    -DFEATURE_system_harfbuzz=OFF -DFEATURE_freetype=OFF -DFEATURE_fontconfig=OFF
    -DFEATURE_direct2d=OFF -DFEATURE_directwrite=OFF -DFEATURE_directwrite3=OFF
    -DFEATURE_tabletevent=OFF
    -DSQLite3_INCLUDE_DIR="$prefix/include" -DSQLite3_LIBRARY="$prefix/lib/libsqlite3.dll.a")
  # An interrupted build resumes where it stopped (ninja). It is configured again only when
  # these arguments changed (then ninja rebuilds what the changed features touch).
  local stamp=$b/yufang-configure-args
  if [[ ! -f $b/build.ninja || $(cat "$stamp" 2>/dev/null) != "${args[*]}" ]]; then
    log "qtbase: configure (log: $b.log)"
    cmake_cross -S "$dir" -B "$b" "${args[@]}" >"$b.log" 2>&1 || { tail -n 40 "$b.log"; exit 1; }
    printf '%s' "${args[*]}" >"$stamp"
  fi
  log "qtbase: build with -j$jobs at nice $nice_level (log: $b.log)"
  build_install "$b" >>"$b.log" 2>&1 || { tail -n 40 "$b.log"; exit 1; }
  # Point Qt's toolchain file at the cached copy of ours, wherever Qt was configured from.
  sed -i "s#\"[^\"]*/mingw-w64-x86_64.cmake\"#\"$toolchain\"#" "$prefix/lib/cmake/Qt6/qt.toolchain.cmake"
  mark_done qtbase
}

# qt_module NAME: qtsvg or qtcharts against the cross-built qtbase.
build_qt_module() {
  local module=$1
  done_step "$module" && return 0
  local dir b=$cache/build/$module
  dir=$(qt_module_source "$module")
  log "$module: configure and build (log: $b.log)"
  mkdir -p "$b"
  # Qt's own toolchain file chains ours and points find_package at the cross-built qtbase (what
  # qt-configure-module does).
  niced cmake -G Ninja -S "$dir" -B "$b" -DCMAKE_TOOLCHAIN_FILE="$prefix/lib/cmake/Qt6/qt.toolchain.cmake" \
    -DYUFANG_WIN_PREFIX="$prefix" -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_BUILD_TYPE=Release \
    "${qt_common[@]}" >"$b.log" 2>&1 || { tail -n 40 "$b.log"; exit 1; }
  build_install "$b" >>"$b.log" 2>&1 || { tail -n 40 "$b.log"; exit 1; }
  mark_done "$module"
}

# --- The C libraries the app links --------------------------------------------------------
# zlib: Debian's own mingw-w64 build of it (libz-mingw-w64-dev), zlib1.dll at run time.

# iconv for FreeXL: a shim over the Windows code-page API (packaging/windows/iconv/iconv.h says
# why), as a static library so FreeXL's DLL carries it.
build_iconv_shim() {
  done_step iconv && return 0
  log "iconv shim for FreeXL"
  local shim=$repo/packaging/windows/iconv
  mkdir -p "$prefix/include" "$prefix/lib"
  $triple-gcc-posix -O2 -Wall -c "$shim/iconv.c" -o "$cache/build/iconv.o"
  rm -f "$prefix/lib/libiconv.a"
  $triple-ar rcs "$prefix/lib/libiconv.a" "$cache/build/iconv.o"
  cp "$shim/iconv.h" "$shim/localcharset.h" "$prefix/include/"
  mark_done iconv
}

build_freexl() {
  done_step freexl && return 0
  local dir b=$cache/build/freexl
  dir=$(debian_source freexl)
  log "FreeXL (log: $b.log)"
  rm -rf "$b" && mkdir -p "$b"
  # Static: libtool links no static library (the iconv shim) into a DLL. The app then links the
  # shim itself, hence -liconv in freexl.pc.
  (cd "$b" && niced "$dir/configure" --host=$triple --prefix="$prefix" --disable-shared \
    --enable-static CC=$triple-gcc-posix CPPFLAGS="-I$prefix/include" LDFLAGS="-L$prefix/lib" \
    && niced make -j "$jobs" && make install) >"$b.log" 2>&1 || { tail -n 30 "$b.log"; exit 1; }
  sed -i 's/^Libs: .*-lfreexl.*/& -liconv/' "$prefix/lib/pkgconfig/freexl.pc"
  mark_done freexl
}

build_libzip() {
  done_step libzip && return 0
  local dir b=$cache/build/libzip
  dir=$(debian_source libzip)
  log "libzip (log: $b.log)"
  rm -rf "$b"
  # Only zlib (Deflate is all .xlsx uses); no crypto, no tools, tests or docs.
  cmake_cross -S "$dir" -B "$b" -DBUILD_SHARED_LIBS=ON -DENABLE_COMMONCRYPTO=OFF \
    -DENABLE_GNUTLS=OFF -DENABLE_MBEDTLS=OFF -DENABLE_OPENSSL=OFF -DENABLE_WINDOWS_CRYPTO=OFF \
    -DENABLE_BZIP2=OFF -DENABLE_LZMA=OFF -DENABLE_ZSTD=OFF -DBUILD_TOOLS=OFF \
    -DBUILD_REGRESS=OFF -DBUILD_EXAMPLES=OFF -DBUILD_DOC=OFF >"$b.log" 2>&1 \
    || { tail -n 30 "$b.log"; exit 1; }
  build_install "$b" >>"$b.log" 2>&1 || { tail -n 30 "$b.log"; exit 1; }
  mark_done libzip
}

# libxlsxwriter (the .xlsx output of issue 15): its bundled minizip, and tmpfileplus for its
# temporary files in %TEMP% (the C library's tmpfile() writes to C:\ and fails there without
# administrator rights).
build_xlsxwriter() {
  done_step xlsxwriter && return 0
  local dir b=$cache/build/xlsxwriter
  dir=$(debian_source libxlsxwriter)
  log "libxlsxwriter (log: $b.log)"
  rm -rf "$b"
  cmake_cross -S "$dir" -B "$b" -DBUILD_SHARED_LIBS=ON -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF \
    -DUSE_SYSTEM_MINIZIP=OFF -DUSE_STANDARD_TMPFILE=OFF >"$b.log" 2>&1 \
    || { tail -n 30 "$b.log"; exit 1; }
  build_install "$b" >>"$b.log" 2>&1 || { tail -n 30 "$b.log"; exit 1; }
  if [[ ! -f $prefix/lib/pkgconfig/xlsxwriter.pc ]]; then
    mkdir -p "$prefix/lib/pkgconfig"
    cat >"$prefix/lib/pkgconfig/xlsxwriter.pc" <<EOF
prefix=$prefix
libdir=\${prefix}/lib
includedir=\${prefix}/include
Name: xlsxwriter
Description: A C library for creating Excel XLSX files
Version: 1.1.4
Libs: -L\${libdir} -lxlsxwriter
Cflags: -I\${includedir}
EOF
  fi
  mark_done xlsxwriter
}

# One step, unless YUFANG_WIN_ONLY names others ("freexl libzip": for working on a recipe while
# Qt compiles; the script then stops after the libraries).
step() {
  if [[ -n ${YUFANG_WIN_ONLY:-} && " $YUFANG_WIN_ONLY " != *" $1 "* ]]; then return 0; fi
  "build_$1" "${@:2}"
}

step sqlite
step iconv_shim
step freexl
step libzip
step xlsxwriter
step qtbase
step qt_module qtsvg
step qt_module qtcharts
[[ -n ${YUFANG_WIN_ONLY:-} ]] && exit 0
log "libraries ready in $prefix"

# --- Yufang -----------------------------------------------------------------------------------
version=$(sed -n 's/^project(Yufang VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
out=$repo/build/win64
b=$out/build
mkdir -p "$out"
log "Yufang $version: configure and build in $b"
niced cmake -G Ninja -S "$repo" -B "$b" \
  -DCMAKE_TOOLCHAIN_FILE="$prefix/lib/cmake/Qt6/qt.toolchain.cmake" -DYUFANG_WIN_PREFIX="$prefix" \
  "${qt_common[@]}" -DCMAKE_BUILD_TYPE=Release -DYUFANG_BUILD_TESTS=OFF \
  >"$out/configure.log" 2>&1 || { tail -n 40 "$out/configure.log"; exit 1; }
niced cmake --build "$b" -j "$jobs"

# --- The portable folder: the programs, the DLLs they load, Qt's plugins, qt.conf -----------
stage=$out/Yufang-$version-win64
rm -rf "$stage" && mkdir -p "$stage"
# Where the programs land depends on the Qt toolchain (the build's top folder with Qt 6.4's
# qt.toolchain.cmake, app/ without it): take them from where they are.
for exe in yufang yufang-cli; do
  found=$(find "$b" -maxdepth 2 -name "$exe.exe" | head -n 1)
  [[ -n $found ]] || { echo "package-windows: $exe.exe was not built" >&2; exit 1; }
  cp "$found" "$stage/"
done
# The plugins Qt loads at run time: the Windows platform, the minimal one (yufang-cli prints
# with it: no window, fonts from GDI; app/cli/main.cpp), the SQLite driver, the native widget
# style, SVG (icons and images) and the image formats of the app's resources.
for plugin in platforms/qwindows platforms/qminimal styles/qwindowsvistastyle sqldrivers/qsqlite \
  imageformats/qsvg imageformats/qico imageformats/qgif iconengines/qsvgicon; do
  if [[ -f $prefix/plugins/$plugin.dll ]]; then
    mkdir -p "$stage/plugins/$(dirname "$plugin")"
    cp "$prefix/plugins/$plugin.dll" "$stage/plugins/$plugin.dll"
  fi
done
for plugin in platforms/qwindows platforms/qminimal sqldrivers/qsqlite; do
  [[ -f $stage/plugins/$plugin.dll ]] \
    || { echo "package-windows: plugin $plugin missing in $prefix/plugins" >&2; exit 1; }
done
# Qt's own strings (dialog buttons) in Chinese, from Debian's qt6-translations-l10n.
mkdir -p "$stage/translations"
cp /usr/share/qt6/translations/qtbase_zh_CN.qm "$stage/translations/"
printf '[Paths]\r\nPrefix = .\r\nPlugins = plugins\r\nTranslations = translations\r\n' >"$stage/qt.conf"
# Every DLL the executables and plugins import, from the cross prefix, the mingw-w64 runtime or
# zlib's package; Windows' own DLLs are in none of these folders and are left out.
dll_dirs=("$prefix/bin" "$prefix/lib" /usr/x86_64-w64-mingw32/lib
  "$(dirname "$($triple-g++-posix -print-file-name=libstdc++-6.dll)")"
  "$(dirname "$($triple-g++-posix -print-file-name=libwinpthread-1.dll)")")
copy_imports() {
  local file=$1 dll dir
  while read -r dll; do
    [[ -f $stage/$dll ]] && continue
    for dir in "${dll_dirs[@]}"; do
      if [[ -f $dir/$dll ]]; then
        cp "$dir/$dll" "$stage/$dll"
        copy_imports "$stage/$dll"
        break
      fi
    done
  done < <($triple-objdump -p "$file" | sed -n 's/^\s*DLL Name: //p' | tr -d '\r')
}
while IFS= read -r -d '' f; do copy_imports "$f"; done \
  < <(find "$stage" \( -name '*.exe' -o -name '*.dll' \) -print0)
find "$stage" \( -name '*.exe' -o -name '*.dll' \) -exec $triple-strip --strip-unneeded {} +
sed 's/$/\r/' LICENSE >"$stage/LICENSE.txt"
sed 's/$/\r/' packaging/windows/README-windows.txt >"$stage/README.txt"

zip_file=$out/Yufang-$version-win64.zip
rm -f "$zip_file"
(cd "$out" && zip -qr9 "$zip_file" "Yufang-$version-win64")
log "portable: $zip_file ($(du -h "$zip_file" | cut -f1))"

# --- The installer -----------------------------------------------------------------------------
setup=$out/Yufang-$version-win64-setup.exe
makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$version" -DSTAGE="$stage" -DOUTFILE="$setup" \
  -DICON="$repo/packaging/windows/yufang.ico" packaging/windows/yufang.nsi
log "installer: $setup ($(du -h "$setup" | cut -f1))"

if ((run_test)); then
  "$repo/scripts/lib/wine-test.sh" "$stage" "$out/wine-test" "$setup"
fi
