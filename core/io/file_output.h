#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

class QIODevice;

namespace yufang {

// The one way the application writes a file (CSV, PDF, evidence copies, backups' companions):
// into a temporary file in the target's folder, every write and the final flush and sync
// checked, then renamed over the target. Any failure removes the temporary file and leaves the
// previous target untouched; error() names the cause, a full disk as such.
//
//     FileOutput out(path);
//     if (!out.open(&error) || !out.write(bytes) || !out.commit(&error)) ...
//
// A writer that needs a QIODevice (QPdfWriter) paints on device() and commits afterwards.
class FileOutput {
public:
    explicit FileOutput(QString path);
    ~FileOutput(); // cancels when not committed
    FileOutput(const FileOutput&) = delete;
    FileOutput& operator=(const FileOutput&) = delete;

    // Refuses a reserved path (the open database and its journals) and an unwritable folder.
    bool open(QString* error);
    QIODevice* device();
    // False once any write failed; later writes are ignored and commit() fails.
    bool write(QByteArrayView bytes);
    // Flushes, syncs and renames; false with the cause when anything went wrong.
    bool commit(QString* error);
    void cancel();

private:
    class File;
    QString failure(const QString& why) const;

    QString m_path;
    std::unique_ptr<File> m_file;
    bool m_committed = false;
};

// Convenience for bytes already in memory.
bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error);
// Copies a file through FileOutput (evidence attachments).
bool copyFileAtomically(const QString& source, const QString& target, QString* error);
// Writes to standard output and flushes it, so a closed pipe or /dev/full is an error too.
bool writeStandardOutput(const QByteArray& bytes, QString* error);

// Paths no output may replace: the open database and its journal, WAL and shared-memory
// files. Compared by canonical path, so `-o ./db.sqlite` or a symbolic link is caught too.
// Database registers its file on open and releases it on close.
void reserveOutputPath(const QString& path);
void releaseOutputPath(const QString& path);
bool isReservedOutputPath(const QString& path);

// Test seam: every write after `bytes` more bytes fails as on a full disk (ENOSPC), in this
// process, until cleared with a negative value. Lets tests prove that a failing write never
// replaces the previous file, on machines where a small filesystem cannot be mounted.
void failOutputAfterBytesForTesting(qint64 bytes);

} // namespace yufang
