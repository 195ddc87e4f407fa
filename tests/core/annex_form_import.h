#pragma once

// The 基本情况表's import as import-annex and the annex tab run it: the form engine's importer
// (FormTableImporter) bound to the form `annex`, and what it prepared seen per unit and year as
// an AnnexTable, so the annex's import tests keep checking what they checked.
#include "domain/annex.h"
#include "domain/unit.h"
#include "services/form_table_import.h"

namespace yufang::test {

class AnnexFormImporter {
public:
    explicit AnnexFormImporter(QSqlDatabase db) : m_importer(std::move(db)) {}

    FormTableFileImport prepare(const QByteArray& bytes, const QString& fileName,
                                const FormImportOptions& options = {}) const;
    FormTableFileImport prepareFile(const QString& path,
                                    const FormImportOptions& options = {}) const;
    bool commit(FormTableFileImport& import) const { return m_importer.commit(import); }
    void setToday(const QDate& today) { m_importer.setToday(today); }
    QDate today() const { return m_importer.today(); }

private:
    FormTableImporter m_importer;
};

// One unit and year of a prepared annex file: the rows the file lists (the plan's industries
// in the plan's order, then local ones), 填报人, 联系电话 and 填报日期 as they will be stored.
struct ImportedAnnex {
    Unit unit;
    AnnexTable table;
    bool replacesExisting = false;
    QStringList newLocalIndustries;
    RevisionTicket revision;
};
QList<ImportedAnnex> annexesOf(const FormTableFileImport& import);

} // namespace yufang::test
