#include "disease_importer.h"

#include "form_target.h"

#include "io/cell_parsing.h"
#include "io/disease_csv.h"
#include "storage/audit_log.h"
#include "storage/disease_repository.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>
#include <QHash>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiseaseImporter)
};
} // namespace

QString DiseaseFileImport::summary() const {
    if (!landed)
        return rejectedSummary();
    return Text::tr("%1: imported the occupational disease table of %2 %3 (%4, %5 warning(s))")
        .arg(file, unit ? unit->name : QString())
        .arg(table.year)
        .arg(encoding)
        .arg(countOf(diagnostics, Severity::Warning));
}

DiseaseFileImport DiseaseImporter::prepareFile(const QString& path,
                                               const FormImportOptions& options) const {
    DiseaseFileImport out;
    const auto bytes = readFormFile(path, &out);
    return bytes ? prepare(*bytes, path, options) : out;
}

DiseaseFileImport DiseaseImporter::prepare(const QByteArray& bytes, const QString& fileName,
                                           const FormImportOptions& options) const {
    DiseaseFileImport out;
    const auto start = beginFormImport(m_db, bytes, fileName, diseaseColumns(), options, &out);
    if (!start)
        return out;
    const ParsedForm& parsed = start->parsed;
    const Unit& unit = start->unit;
    const int year = start->year;
    auto report = [&](Severity s, int line, const QString& message, const QString& field = {}) {
        out.diagnostics << fileDiagnostic(s, fileName, line, message, field);
    };
    const DiseaseRepository repository(m_db);
    DiseaseTable table = repository.load(unit.code, year);
    for (DiseaseRow& r : table.rows) {
        r.counts = {};
        r.remark.clear();
    }
    table.preparer = parsed.preparer;
    table.phone = parsed.phone;
    QHash<QString, int> index;
    for (int i = 0; i < table.rows.size(); ++i)
        index.insert(normaliseLabel(table.rows.at(i).industry), i);
    QHash<int, int> lineOf;
    for (const FormLine& l : parsed.rows) {
        const QString industry = l.text.value(QStringLiteral("industry"));
        const int i = index.value(normaliseLabel(industry), -1);
        if (i < 0) {
            report(
                Severity::Error, l.line,
                industry.isEmpty()
                    ? Text::tr("the key industry name (重点行业名称) is empty")
                    : Text::tr("%1 is not a key industry of %2; local key industries are added on "
                               "the key-industry form (基本情况表) first")
                          .arg(industry, unit.name),
                QStringLiteral("industry"));
            continue;
        }
        if (lineOf.contains(i)) {
            report(Severity::Error, l.line,
                   Text::tr("%1 appears twice (first on line %2)")
                       .arg(table.rows.at(i).industry)
                       .arg(lineOf.value(i)),
                   QStringLiteral("industry"));
            continue;
        }
        lineOf.insert(i, l.line);
        DiseaseRow& row = table.rows[i];
        for (int f = 0; f < kDiseaseFieldCount; ++f) {
            const auto field = static_cast<DiseaseField>(f);
            if (l.counts.contains(diseaseFieldKey(field)))
                diseaseRef(row.counts, field) = l.counts.value(diseaseFieldKey(field));
        }
        row.remark = l.text.value(QStringLiteral("remark"));
        for (Diagnostic d : validateDiseaseRow(row, i)) {
            d.file = fileName;
            d.line = l.line;
            out.diagnostics << d;
        }
    }
    checkFormTotal(parsed.total, table.total(), kDiseaseFieldCount, &diseaseFieldKey, &diseaseValue,
                   &diseaseFieldCaption, &out);
    if (!table.hasFigures())
        report(Severity::Warning, parsed.unitLine,
               Text::tr("%1 %2: no figures are filled in").arg(unit.name).arg(year));
    out.replacesExisting = repository.hasData(unit.code, year);
    out.revision = RecordRevisions(m_db).ticket(RecordKey::disease(unit.code, year));
    if (out.replacesExisting && !options.replace) {
        report(Severity::Error, parsed.unitLine,
               Text::tr("%1 %2 already holds occupational disease data").arg(unit.name).arg(year));
        out.diagnostics.last().remedy = Remedy::Replace;
    }
    out.unit = unit;
    out.table = table;
    sortByLine(&out.diagnostics);
    return out;
}

bool DiseaseImporter::commit(DiseaseFileImport& import) const {
    return commitFormImport(&import, [&](const QString& source, QString* error) {
        RevisionTicket revision = import.revision;
        return DiseaseRepository(m_db).save(import.table, source, error, &revision,
                                            audit::kFormImported);
    });
}

} // namespace yufang
