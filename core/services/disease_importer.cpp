#include "disease_importer.h"

#include "form_target.h"

#include "io/cell_parsing.h"
#include "io/disease_csv.h"
#include "storage/disease_repository.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiseaseImporter)
};
} // namespace

QString DiseaseFileImport::summary() const {
    if (landed)
        return Text::tr("%1: imported the occupational disease table of %2 %3 (%4, %5 warning(s))")
            .arg(file, unit ? unit->name : QString())
            .arg(table.year)
            .arg(encoding)
            .arg(countOf(diagnostics, Severity::Warning));
    return Text::tr("%1: rejected, %2 error(s); nothing was imported from this file")
        .arg(file)
        .arg(countOf(diagnostics, Severity::Error));
}

DiseaseFileImport DiseaseImporter::prepareFile(const QString& path,
                                               const FormImportOptions& options) const {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        DiseaseFileImport out;
        out.file = path;
        out.diagnostics << fileDiagnostic(
            Severity::Error, path, 0, Text::tr("cannot read the file: %1").arg(f.errorString()));
        return out;
    }
    return prepare(f.readAll(), path, options);
}

DiseaseFileImport DiseaseImporter::prepare(const QByteArray& bytes, const QString& fileName,
                                           const FormImportOptions& options) const {
    DiseaseFileImport out;
    out.file = fileName;
    out.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    const ParsedForm parsed =
        readFormCsv(bytes, fileName, diseaseColumns(), QStringLiteral("industry"));
    out.encoding = parsed.encoding;
    out.diagnostics = parsed.diagnostics;
    if (hasErrors(out.diagnostics))
        return out;
    auto report = [&](Severity s, int line, const QString& message, const QString& field = {}) {
        out.diagnostics << fileDiagnostic(s, fileName, line, message, field);
    };
    const UnitRepository units(m_db);
    const DiseaseRepository repository(m_db);
    const auto unit = resolveFormUnit(units, parsed.unitText, parsed.unitLine, options.unit,
                                      fileName, &out.diagnostics);
    const auto year =
        resolveFormYear(parsed.year, parsed.yearLine, options.year, fileName, &out.diagnostics);
    if (!unit || !year)
        return out;
    DiseaseTable table = repository.load(unit->code, *year);
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
                          .arg(industry, unit->name),
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
    if (parsed.total) {
        const DiseaseCounts sum = table.total();
        for (int f = 0; f < kDiseaseFieldCount; ++f) {
            const auto field = static_cast<DiseaseField>(f);
            const QString key = diseaseFieldKey(field);
            if (parsed.total->counts.contains(key) &&
                *parsed.total->counts.value(key) != diseaseValue(sum, field).value_or(0))
                report(Severity::Error, parsed.total->line,
                       Text::tr("合计, %1: the rows sum to %2 but the total row says %3")
                           .arg(diseaseFieldCaption(field))
                           .arg(diseaseValue(sum, field).value_or(0))
                           .arg(*parsed.total->counts.value(key)),
                       key);
        }
    }
    if (!table.hasFigures())
        report(Severity::Warning, parsed.unitLine,
               Text::tr("%1 %2: no figures are filled in").arg(unit->name).arg(*year));
    out.replacesExisting = repository.hasData(unit->code, *year);
    if (out.replacesExisting && !options.replace)
        report(
            Severity::Error, parsed.unitLine,
            Text::tr(
                "%1 %2 already holds occupational disease data; replace it explicitly (--replace)")
                .arg(unit->name)
                .arg(*year));
    out.unit = unit;
    out.table = table;
    std::stable_sort(out.diagnostics.begin(), out.diagnostics.end(),
                     [](const Diagnostic& x, const Diagnostic& y) { return x.line < y.line; });
    return out;
}

bool DiseaseImporter::commit(DiseaseFileImport& import) const {
    import.landed = false;
    if (!import.acceptable())
        return false;
    const QString source =
        QStringLiteral("import:%1 sha256:%2")
            .arg(QFileInfo(import.file).fileName(), QString::fromLatin1(import.sha256));
    QString error;
    if (!DiseaseRepository(m_db).save(import.table, source, &error)) {
        import.diagnostics << fileDiagnostic(
            Severity::Error, import.file, 0,
            Text::tr("writing to the database failed: %1").arg(error));
        return false;
    }
    import.landed = true;
    return true;
}

} // namespace yufang
