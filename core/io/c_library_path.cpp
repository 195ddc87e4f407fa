#include "c_library_path.h"

#include <QDir>
#include <QFile>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace yufang {

QByteArray utf8ApiPath(const QString& path) {
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(path).toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

QByteArray ansiApiPath(const QString& path) {
#ifdef Q_OS_WIN
    const QString native = QDir::toNativeSeparators(path);
    const QByteArray local = native.toLocal8Bit();
    if (QString::fromLocal8Bit(local) == native)
        return local;
    const auto* wide = reinterpret_cast<const wchar_t*>(native.utf16());
    const DWORD size = GetShortPathNameW(wide, nullptr, 0);
    if (size > 0) {
        QString shortPath(int(size), Qt::Uninitialized);
        const DWORD written =
            GetShortPathNameW(wide, reinterpret_cast<wchar_t*>(shortPath.data()), size);
        if (written > 0 && written < size) {
            shortPath.truncate(int(written));
            return shortPath.toLocal8Bit();
        }
    }
    return local; // no short name (they can be switched off per volume): fopen() fails cleanly
#else
    return QFile::encodeName(path);
#endif
}

std::filesystem::path filesystemPath(const QString& path) {
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

} // namespace yufang
