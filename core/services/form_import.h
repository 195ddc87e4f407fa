#pragma once

#include "domain/diagnostic.h"
#include "domain/unit.h"
#include "io/form_csv_reader.h"
#include "storage/record_revisions.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace yufang {

// What the importers of the key-industry forms (training, occupational disease) share: the
// options, the file-level result, and the steps before and after the form-specific checks.
struct FormImportOptions {
    QString unit;            // code or exact name; overrides the file's 填报单位
    std::optional<int> year; // overrides the file's 年度
    bool replace = false;    // replace a unit and year that already hold data
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
    Diagnostics diagnostics;
    bool landed = false;

    bool acceptable() const { return !hasErrors(diagnostics) && unit.has_value(); }
    QString rejectedSummary() const; // "FILE: rejected, N error(s); …"
};

// The file's bytes; nullopt with an error in import when it cannot be read.
std::optional<QByteArray> readFormFile(const QString& path, FormFileImport* import);

// The form parsed and its unit and year resolved (form_target.h), with the file's name,
// encoding, digest and the reader's diagnostics in import. Nullopt when a file error or a
// missing unit or year leaves nothing to check.
struct FormStart {
    ParsedForm parsed;
    Unit unit;
    int year = 0;
};
std::optional<FormStart> beginFormImport(const QSqlDatabase& db, const QByteArray& bytes,
                                         const QString& fileName,
                                         const QList<FormColumnSpec>& columns,
                                         const FormImportOptions& options, FormFileImport* import);

// The 合计 row against the sum of the rows, one error per field that differs.
template <typename Counts, typename Field>
void checkFormTotal(const std::optional<FormLine>& total, const Counts& sum, int fieldCount,
                    QString (*key)(Field), Count (*value)(const Counts&, Field),
                    QString (*caption)(Field), FormFileImport* import);
void reportTotalMismatch(int line, const QString& key, const QString& caption, qint64 sum,
                         qint64 stated, FormFileImport* import);

// The end of prepare(): diagnostics in line order.
void sortByLine(Diagnostics* diagnostics);

// Writes an acceptable import with save(source, error), the source naming the file and its
// digest; a failure becomes an error of the file.
bool commitFormImport(FormFileImport* import,
                      const std::function<bool(const QString& source, QString* error)>& save);

template <typename Counts, typename Field>
void checkFormTotal(const std::optional<FormLine>& total, const Counts& sum, int fieldCount,
                    QString (*key)(Field), Count (*value)(const Counts&, Field),
                    QString (*caption)(Field), FormFileImport* import) {
    if (!total)
        return;
    for (int f = 0; f < fieldCount; ++f) {
        const auto field = static_cast<Field>(f);
        const Count stated = total->counts.value(key(field));
        if (total->counts.contains(key(field)) && *stated != value(sum, field).value_or(0))
            reportTotalMismatch(total->line, key(field), caption(field),
                                value(sum, field).value_or(0), *stated, import);
    }
}

} // namespace yufang
