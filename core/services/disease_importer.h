#pragma once

#include "form_import.h"

#include "domain/disease.h"

#include <QSqlDatabase>

namespace yufang {

// One occupational disease file: what it holds, what is wrong with it, whether it landed.
struct DiseaseFileImport : FormFileImport {
    DiseaseTable table;

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
