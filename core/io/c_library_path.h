#pragma once

#include <QByteArray>
#include <QString>

namespace yufang {

// File names handed to the C libraries (libzip, FreeXL). Qt opens any path on any system; the C
// libraries take bytes, and on Windows each reads them differently:
// - libzip's zip_open() reads UTF-8 there (zip_source_file_win32_utf8.c), the local 8-bit
//   encoding elsewhere (UTF-8 on Debian);
// - FreeXL's fopen() reads the ANSI code page, which has no Chinese on a Western Windows and
//   nothing outside GBK on a Chinese one. For a path the code page cannot spell, Windows' short
//   (8.3) name of the existing file is ASCII and opens the same file.
QByteArray libzipPath(const QString& path);
QByteArray fopenPath(const QString& path);

} // namespace yufang
