#pragma once

#include "form_import.h"

#include "domain/training.h"

#include <QSqlDatabase>

#include <optional>

namespace yufang {

// One training file: what it holds, what is wrong with it, whether it landed.
struct TrainingFileImport : FormFileImport {
    TrainingTable table;

    QString summary() const;
};

// Training files into the database, like AnnexImporter: prepare() reads, resolves and checks
// without writing; commit() writes one file in one transaction, all of it or nothing. Key
// industries and categories must be the unit's (the plan's, or local industries added on the
// 基本情况表): an unknown one is an error, so a typo never creates a row of its own.
class TrainingImporter {
public:
    explicit TrainingImporter(QSqlDatabase db) : m_db(std::move(db)) {}

    TrainingFileImport prepare(const QByteArray& bytes, const QString& fileName,
                               const FormImportOptions& options) const;
    TrainingFileImport prepareFile(const QString& path, const FormImportOptions& options) const;
    bool commit(TrainingFileImport& import) const;

private:
    QSqlDatabase m_db;
};

// "85.3%" against a computed percentage: equal within half a unit of the last decimal shown.
bool statedRateMatches(const QString& stated, std::optional<double> computedPercent);

} // namespace yufang
