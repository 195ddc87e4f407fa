#include "file_output.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FileOutput)
};

// Bytes left before the injected failure; negative: no fault injected.
QAtomicInteger<qint64> g_faultBudget{-1};

bool isDiskFull(const QString& why) {
#ifdef EDQUOT
    if (why == qt_error_string(EDQUOT)) // a quota is full (POSIX; Windows' CRT has no EDQUOT)
        return true;
#endif
    return why == qt_error_string(ENOSPC);
}

// Forces the temporary file's bytes to the disk before the rename, so a crash right after
// never leaves the renamed target empty. QSaveFile syncs too but ignores the result.
bool syncToDisk(int fd, QString* why) {
#ifdef Q_OS_WIN
    const int rc = _commit(fd);
#else
    const int rc = ::fsync(fd);
#endif
    // A file system that cannot sync at all (EINVAL) is no reason to refuse the file.
    if (rc == 0 || errno == EINVAL)
        return true;
    *why = qt_error_string(errno);
    return false;
}

// Where a path points: the canonical file when it exists (so a symbolic link to the database
// is caught), else the canonical folder and the name.
QString canonicalTarget(const QString& path) {
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString dir = info.absoluteDir().canonicalPath();
    return dir.isEmpty() ? info.absoluteFilePath() : dir + QLatin1Char('/') + info.fileName();
}

#ifdef Q_OS_WIN
QString reservedKey(const QString& path) {
    return canonicalTarget(path).toCaseFolded();
}
#else
QString reservedKey(const QString& path) {
    return canonicalTarget(path);
}
#endif

struct Reserved {
    QMutex mutex;
    QHash<QString, int> count; // two connections may open one file
};
Reserved& reserved() {
    static Reserved r;
    return r;
}
} // namespace

// QSaveFile whose writes pass through the test seam, and which remembers any failed write.
class FileOutput::File : public QSaveFile {
public:
    using QSaveFile::QSaveFile;
    bool failed = false;
    QString why;

protected:
    qint64 writeData(const char* data, qint64 len) override {
        if (failed)
            return -1;
        for (qint64 budget = g_faultBudget.loadRelaxed(); budget >= 0;
             budget = g_faultBudget.loadRelaxed()) {
            if (budget < len) {
                g_faultBudget.storeRelaxed(0);
                return fail(qt_error_string(ENOSPC));
            }
            if (g_faultBudget.testAndSetRelaxed(budget, budget - len))
                break;
        }
        const qint64 written = QSaveFile::writeData(data, len);
        if (written != len)
            return fail(errorString());
        return written;
    }

private:
    qint64 fail(const QString& reason) {
        failed = true;
        why = reason;
        setErrorString(reason);
        return -1;
    }
};

FileOutput::FileOutput(QString path) : m_path(std::move(path)) {}

FileOutput::~FileOutput() {
    if (!m_committed)
        cancel();
}

QString FileOutput::failure(const QString& why) const {
    if (isDiskFull(why))
        return Text::tr("%1: the disk is full (%2); the previous file was kept").arg(m_path, why);
    return Text::tr("%1: cannot write: %2").arg(m_path, why);
}

bool FileOutput::open(QString* error) {
    if (isReservedOutputPath(m_path)) {
        if (error)
            *error =
                Text::tr("%1: this is the open database or one of its journals; choose another "
                         "file name")
                    .arg(m_path);
        return false;
    }
    m_file = std::make_unique<File>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        if (error)
            *error = failure(m_file->errorString());
        m_file.reset();
        return false;
    }
    return true;
}

QIODevice* FileOutput::device() {
    return m_file.get();
}

bool FileOutput::write(QByteArrayView bytes) {
    if (!m_file || m_file->failed)
        return false;
    return m_file->write(bytes.data(), bytes.size()) == bytes.size();
}

bool FileOutput::commit(QString* error) {
    if (!m_file) {
        if (error)
            *error = Text::tr("%1: cannot write: the file was not opened").arg(m_path);
        return false;
    }
    // QSaveFile::commit() renames even when the last buffered bytes failed to reach the disk
    // (it checks only earlier writes), so the flush and the sync are checked here first.
    QString why;
    if (m_file->failed)
        why = m_file->why;
    else if (!m_file->flush())
        why = m_file->errorString();
    else if (!syncToDisk(int(m_file->handle()), &why))
        ; // why is set
    else if (m_file->commit()) {
        m_committed = true;
        m_file.reset();
        return true;
    } else {
        why = m_file->errorString();
    }
    if (error)
        *error = failure(why);
    cancel();
    return false;
}

void FileOutput::cancel() {
    if (m_file)
        m_file->cancelWriting(); // the destructor then removes the temporary file
    m_file.reset();
}

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error) {
    FileOutput out(path);
    if (!out.open(error))
        return false;
    if (!out.write(bytes)) {
        out.commit(error); // reports the failed write
        return false;
    }
    return out.commit(error);
}

bool copyFileAtomically(const QString& source, const QString& target, QString* error) {
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("%1: cannot read: %2").arg(source, in.errorString());
        return false;
    }
    FileOutput out(target);
    if (!out.open(error))
        return false;
    QByteArray chunk;
    while (!in.atEnd()) {
        chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError) {
            if (error)
                *error = Text::tr("%1: cannot read: %2").arg(source, in.errorString());
            return false;
        }
        if (!out.write(chunk))
            break;
    }
    return out.commit(error);
}

bool writeStandardOutput(const QByteArray& bytes, QString* error) {
    // fwrite only fills the stream's buffer: the error of a full device or a closed pipe
    // shows at fflush, so both are checked.
    errno = 0;
    const bool ok =
        std::fflush(stdout) == 0 &&
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size()) &&
        std::fflush(stdout) == 0 && !std::ferror(stdout);
    if (!ok && error) {
        const QString why = qt_error_string(errno);
        *error = isDiskFull(why) ? Text::tr("standard output: the disk is full (%1)").arg(why)
                                 : Text::tr("standard output: cannot write: %1").arg(why);
    }
    return ok;
}

void reserveOutputPath(const QString& path) {
    const QString key = reservedKey(path);
    QMutexLocker lock(&reserved().mutex);
    ++reserved().count[key];
}

void releaseOutputPath(const QString& path) {
    const QString key = reservedKey(path);
    QMutexLocker lock(&reserved().mutex);
    auto it = reserved().count.find(key);
    if (it != reserved().count.end() && --*it <= 0)
        reserved().count.erase(it);
}

bool isReservedOutputPath(const QString& path) {
    const QString key = reservedKey(path);
    QMutexLocker lock(&reserved().mutex);
    return reserved().count.contains(key);
}

void failOutputAfterBytesForTesting(qint64 bytes) {
    g_faultBudget.storeRelaxed(bytes < 0 ? -1 : bytes);
}

} // namespace yufang
