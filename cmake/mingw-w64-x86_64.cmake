# CMake toolchain for the x86_64 Windows cross build with Debian's mingw-w64 (package
# g++-mingw-w64-x86-64-posix). The posix thread model is the one Qt needs (std::thread,
# std::mutex); the win32 variant lacks them. Used by scripts/package-windows.sh for Qt, the C
# libraries and Yufang alike, so all of them agree on one compiler and one runtime.
#
# YUFANG_WIN_PREFIX (environment or -D): the install prefix of the cross-built libraries; it
# becomes the only root find_package/find_library/pkg-config look in, so nothing of the Linux
# host (/usr/lib/x86_64-linux-gnu) can leak into a Windows link.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(_triple x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${_triple}-gcc-posix)
set(CMAKE_CXX_COMPILER ${_triple}-g++-posix)
set(CMAKE_RC_COMPILER ${_triple}-windres)
set(CMAKE_AR ${_triple}-ar CACHE FILEPATH "")
set(CMAKE_RANLIB ${_triple}-ranlib CACHE FILEPATH "")

if(NOT YUFANG_WIN_PREFIX AND DEFINED ENV{YUFANG_WIN_PREFIX})
  set(YUFANG_WIN_PREFIX "$ENV{YUFANG_WIN_PREFIX}")
endif()
# try_compile projects re-read this file without the cache: pass the prefix on to them.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES YUFANG_WIN_PREFIX)

set(CMAKE_FIND_ROOT_PATH /usr/${_triple} ${YUFANG_WIN_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# pkg-config (libzip, freexl, xlsxwriter) reads only the cross prefix.
if(YUFANG_WIN_PREFIX)
  set(ENV{PKG_CONFIG_LIBDIR} "${YUFANG_WIN_PREFIX}/lib/pkgconfig")
  set(ENV{PKG_CONFIG_PATH} "")
  set(ENV{PKG_CONFIG_SYSROOT_DIR} "")
endif()
