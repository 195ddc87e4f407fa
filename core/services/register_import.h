#pragma once

#include "domain/diagnostic.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>

class QIODevice;

namespace yufang {

struct RegisterImportOptions {
    bool replace = false; // replace the (unit, year) pairs the file contains
    // Called now and then with the raw bytes read so far and the file size (0 when unknown).
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic_bool* cancel = nullptr; // set from another thread: roll back and stop
};

struct RegisterPair {
    QString unitCode;
    int year = 0;
    qint64 rows = 0;
    bool replaced = false; // the database held rows for it before
};

struct RegisterImportResult {
    QString file;
    QString encoding;
    qint64 rows = 0;
    QList<RegisterPair> pairs;
    Diagnostics diagnostics; // the first 100 errors and 100 warnings; the counts are complete
    qint64 errors = 0;
    qint64 warnings = 0;
    bool landed = false;
    bool cancelled = false;

    QString summary() const; // one line: landed, rejected or cancelled, with counts
};

// The enterprise register (摸底排查) into the database: streamed record by record, validated in
// the same pass, one file in one transaction (all of it or nothing). Contract in DESIGN.md
// "Enterprise register CSV".
class RegisterImport {
public:
    explicit RegisterImport(QSqlDatabase db) : m_db(std::move(db)) {}

    RegisterImportResult importFile(const QString& path,
                                    const RegisterImportOptions& options) const;
    RegisterImportResult importDevice(QIODevice* device, const QString& fileName,
                                      const RegisterImportOptions& options) const;

    // Test seams: force the portable QSqlQuery writer even on SQLite; hold back fewer rows
    // before writing them in id order (storage/register_row_buffer.h), so that a small file is
    // written in many batches.
    void setPortableWriter(bool portable) { m_portable = portable; }
    void setRowBufferBudget(qsizetype bytes) { m_rowBufferBudget = bytes; }
    // From this many bytes on, a file is imported with the rollback journal when the connection
    // is alone with a local SQLite file (storage/bulk_write_journal.h); tests lower it.
    void setBulkJournalFrom(qint64 bytes) { m_bulkJournalBytes = bytes; }

private:
    mutable QSqlDatabase m_db; // transactions are not logical state
    bool m_portable = false;
    qsizetype m_rowBufferBudget = 0; // 0: RegisterRowBuffer's default
    qint64 m_bulkJournalBytes = qint64(1) << 20;
};

} // namespace yufang
