#pragma once

#include "training_importer.h" // FormImportOptions

#include "domain/disease.h"

namespace yufang {

struct DiseaseFileImport {
    QString file;
    QString encoding;
    QByteArray sha256;
    std::optional<Unit> unit;
    DiseaseTable table;
    bool replacesExisting = false;
    Diagnostics diagnostics;
    bool landed = false;

    bool acceptable() const { return !hasErrors(diagnostics) && unit.has_value(); }
    QString summary() const;
};

// Occupational disease files into the database, with the training importer's rules: unknown key
// industries are errors, the 合计 row must match, one file is one transaction.
class DiseaseImporter {
public:
    explicit DiseaseImporter(QSqlDatabase db) : m_db(std::move(db)) {}

    DiseaseFileImport prepare(const QByteArray& bytes, const QString& fileName,
                              const FormImportOptions& options) const;
    DiseaseFileImport prepareFile(const QString& path, const FormImportOptions& options) const;
    bool commit(DiseaseFileImport& import) const;

private:
    QSqlDatabase m_db;
};

} // namespace yufang
