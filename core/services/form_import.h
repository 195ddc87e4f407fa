#pragma once

#include "domain/diagnostic.h"
#include "domain/unit.h"
#include "storage/record_revisions.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace yufang {

// What the form engine's importer (form_table_import.h) builds on: the options, the file-level
// result, and the steps after the checks.
struct FormImportOptions {
    QString unit;            // code or exact name; overrides the file's 填报单位
    std::optional<int> year; // overrides the file's 年度
    bool replace = false;    // replace a unit and year that already hold data
    // The day the return arrived (a file imported long after it came); invalid: the
    // importer's today. A date after today is refused, for every form.
    QDate receivedOn;
};

// One file: what is wrong with it, whether it landed. Each form adds its table and summary().
struct FormFileImport {
    QString file;
    QString encoding;
    QByteArray sha256;
    std::optional<Unit> unit;
    bool replacesExisting = false;
    // The stored table's revision when the preview was made: commit refuses to replace a table
    // saved since (by another window or yufang-cli).
    RevisionTicket revision;
    QDateTime modified; // the file's modification time (prepareFile); invalid for bytes
    QDate filledOn;     // the 填报日期 the file states (its first form's); invalid if none
    QDate receivedOn;   // the return's receipt date (the options'); invalid: today
    Diagnostics diagnostics;
    bool landed = false;

    bool acceptable() const { return !hasErrors(diagnostics) && unit.has_value(); }
    QString rejectedSummary() const; // "FILE: rejected, N error(s); …"
    // The date the file itself gives: its 填报日期, else the day it was last modified; invalid
    // when it gives neither. Offered as the receipt date of a return imported long after.
    QDate ownDate() const;
};

// The file's bytes and modification time; nullopt with an error in import when it cannot be
// read.
std::optional<QByteArray> readFormFile(const QString& path, FormFileImport* import);

// The refusal of a receipt date after today, or nothing.
std::optional<Diagnostic> receiptDateProblem(const QString& file, const QDate& receivedOn,
                                             const QDate& today);

// The end of prepare(): diagnostics in line order.
void sortByLine(Diagnostics* diagnostics);

// Writes an acceptable import with save(source, error), the source naming the file and its
// digest; a failure becomes an error of the file.
bool commitFormImport(FormFileImport* import,
                      const std::function<bool(const QString& source, QString* error)>& save);

} // namespace yufang
