#pragma once

#include <QByteArray>
#include <QString>

#include <filesystem>

namespace yufang {

// File names handed to C and C++ library calls. Qt opens any path on any system; these calls take
// bytes, and on Windows they read them differently:
// - SQLite's sqlite3_open_v2() and libzip's zip_open() read UTF-8 there (both convert to UTF-16
//   themselves), the local 8-bit encoding elsewhere (UTF-8 on Debian): utf8ApiPath();
// - FreeXL's fopen() reads the ANSI code page, which has no Chinese on a Western Windows and
//   nothing outside GBK on a Chinese one. For a path the code page cannot spell, Windows' short
//   (8.3) name of the existing file is ASCII and opens the same file: ansiApiPath();
// - std::filesystem takes UTF-16 on Windows: filesystemPath().
// Elsewhere all three are QFile::encodeName.
QByteArray utf8ApiPath(const QString& path);
QByteArray ansiApiPath(const QString& path);
std::filesystem::path filesystemPath(const QString& path);

} // namespace yufang
