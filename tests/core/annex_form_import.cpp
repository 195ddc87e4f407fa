#include "annex_form_import.h"

#include "domain/annex_form_table.h"

#include <algorithm>

namespace yufang::test {

FormTableFileImport AnnexFormImporter::prepare(const QByteArray& bytes, const QString& fileName,
                                               const FormImportOptions& options) const {
    return m_importer.prepare(bytes, fileName, QStringLiteral("annex"), options);
}

FormTableFileImport AnnexFormImporter::prepareFile(const QString& path,
                                                   const FormImportOptions& options) const {
    return m_importer.prepareFile(path, QStringLiteral("annex"), options);
}

QList<ImportedAnnex> annexesOf(const FormTableFileImport& import) {
    QList<ImportedAnnex> out;
    for (qsizetype i = 0; i < import.tables.size(); ++i) {
        FormTable listed = import.tables.at(i);
        listed.rows.clear();
        QList<int> order = import.listed.value(i);
        std::sort(order.begin(), order.end());
        for (const int r : order)
            listed.rows << import.tables.at(i).rows.at(r);
        out << ImportedAnnex{import.units.value(i), formTableAsAnnex(listed),
                             import.replaces.value(i), import.newLocalRows.value(i),
                             import.revisions.value(i)};
    }
    return out;
}

} // namespace yufang::test
