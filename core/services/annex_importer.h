#pragma once

#include "domain/annex.h"
#include "domain/diagnostic.h"
#include "domain/unit.h"
#include "io/form_csv_writer.h"
#include "storage/record_revisions.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace yufang {

struct AnnexImportOptions {
    QString unit;            // code or exact name; overrides the file
    std::optional<int> year; // overrides the file
    bool replace = false;    // replace a unit and year that already hold data
    QDate receivedOn;        // the day the return arrived; invalid: the importer's today()
};

struct ImportedAnnex {
    Unit unit;
    AnnexTable table;
    bool replacesExisting = false;
    QStringList newLocalIndustries;
    // The stored form's revision when the preview was made: commit refuses to replace a form
    // that changed after (another window or yufang-cli saved it in between).
    RevisionTicket revision;
};

// One file: what it holds, what is wrong with it, and whether it landed.
struct AnnexFileImport {
    QString file;
    QString encoding;
    CsvLayout layout = CsvLayout::Form;
    QByteArray sha256;
    QDateTime modified; // the file's modification time (prepareFile); invalid for bytes
    QDate filledOn;     // the 填报日期 the file states (its first form's); invalid if none
    QDate receivedOn;   // the return's receipt date; invalid: the importer's today()
    QList<ImportedAnnex> annexes;
    Diagnostics diagnostics;
    bool landed = false;

    bool acceptable() const { return !hasErrors(diagnostics) && !annexes.isEmpty(); }
    QString summary() const; // one line: landed or rejected, with counts
    // The date the file itself gives: its 填报日期, else the day it was last modified; invalid
    // when it gives neither. Offered as the receipt date of a return imported long after.
    QDate ownDate() const;
};

// Annex files into the database. prepare() reads, resolves and checks without writing (the GUI
// shows it as a preview); commit() writes one file in one transaction: all of it or nothing.
class AnnexImporter {
public:
    explicit AnnexImporter(QSqlDatabase db) : m_db(std::move(db)) {}

    AnnexFileImport prepare(const QByteArray& bytes, const QString& fileName,
                            const AnnexImportOptions& options) const;
    AnnexFileImport prepareFile(const QString& path, const AnnexImportOptions& options) const;
    // Also records each form as the unit's return (ReturnsService), received on
    // import.receivedOn, else today(). A receipt date after today() is refused.
    bool commit(AnnexFileImport& import) const;

    // The date a committed file counts as received; the wall clock unless a test fixes it.
    void setToday(const QDate& today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

private:
    QSqlDatabase m_db;
    QDate m_today;
};

} // namespace yufang
