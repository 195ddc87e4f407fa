#include "training_importer.h"

#include "form_target.h"

#include "domain/training_coverage.h"
#include "domain/training_validation.h"
#include "io/cell_parsing.h"
#include "io/training_csv.h"
#include "storage/training_repository.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TrainingImporter)
};

// normalised spelling → the unit's spelling
QHash<QString, QString> canonical(const QStringList& names) {
    QHash<QString, QString> out;
    for (const QString& n : names)
        out.insert(normaliseLabel(n), n);
    return out;
}
} // namespace

bool statedRateMatches(const QString& stated, std::optional<double> computedPercent) {
    const auto value = parseRate(stated);
    if (!value)
        return true;
    if (!computedPercent)
        return false;
    const QString n = normaliseLabel(stated);
    const qsizetype dot = n.indexOf(QLatin1Char('.'));
    int decimals = 0;
    if (dot >= 0)
        for (qsizetype i = dot + 1; i < n.size() && n.at(i).isDigit(); ++i)
            ++decimals;
    const double tol = 0.5 * std::pow(10.0, -decimals) + 1e-9;
    // Excel writes a percent-formatted cell as 0.8527 when the % sign is lost.
    return std::abs(*value - *computedPercent) <= tol ||
           (!stated.contains(QLatin1Char('%')) &&
            std::abs(*value * 100.0 - *computedPercent) <= tol * 100.0);
}

QString TrainingFileImport::summary() const {
    if (!landed)
        return rejectedSummary();
    return Text::tr("%1: imported the training table of %2 %3, %4 row(s) (%5, %6 warning(s))")
        .arg(file, unit ? unit->name : QString())
        .arg(table.year)
        .arg(table.rows.size())
        .arg(encoding)
        .arg(countOf(diagnostics, Severity::Warning));
}

TrainingFileImport TrainingImporter::prepareFile(const QString& path,
                                                 const FormImportOptions& options) const {
    TrainingFileImport out;
    const auto bytes = readFormFile(path, &out);
    return bytes ? prepare(*bytes, path, options) : out;
}

TrainingFileImport TrainingImporter::prepare(const QByteArray& bytes, const QString& fileName,
                                             const FormImportOptions& options) const {
    TrainingFileImport out;
    const auto start = beginFormImport(m_db, bytes, fileName, trainingColumns(), options, &out);
    if (!start)
        return out;
    const ParsedForm& parsed = start->parsed;
    const Unit& unit = start->unit;
    const int year = start->year;
    auto report = [&](Severity s, int line, const QString& message, const QString& field = {}) {
        out.diagnostics << fileDiagnostic(s, fileName, line, message, field);
    };
    const UnitRepository units(m_db);
    const TrainingRepository repository(m_db);

    // Start from the unit's full grid so rows the file leaves out stay present (and empty).
    TrainingTable table = repository.load(unit.code, year);
    for (TrainingRow& row : table.rows) {
        row.counts = {};
        row.remark.clear();
    }
    table.meta = TrainingMeta{parsed.preparer, parsed.phone};
    const QHash<QString, QString> industries = canonical(table.industries);
    const QHash<QString, QString> categories = canonical(table.categories);
    QHash<QString, int> lineOf;
    for (const FormLine& l : parsed.rows) {
        const QString industryText = l.text.value(QStringLiteral("industry"));
        const QString categoryText = l.text.value(QStringLiteral("category"));
        const QString industry = industries.value(normaliseLabel(industryText));
        const QString category = categories.value(normaliseLabel(categoryText));
        if (industryText.isEmpty() || categoryText.isEmpty()) {
            report(Severity::Error, l.line,
                   Text::tr("the key industry (重点行业名称) and the category (重点人员类别) must "
                            "both be filled in"),
                   industryText.isEmpty() ? QStringLiteral("industry")
                                          : QStringLiteral("category"));
            continue;
        }
        if (industry.isEmpty()) {
            report(Severity::Error, l.line,
                   Text::tr("%1 is not a key industry of %2; local key industries are added on the "
                            "key-industry "
                            "form (基本情况表) first")
                       .arg(industryText, unit.name),
                   QStringLiteral("industry"));
            continue;
        }
        if (category.isEmpty()) {
            report(Severity::Error, l.line,
                   Text::tr("%1 is not a key-personnel category of %2's plan (%3)")
                       .arg(categoryText, unit.name, table.categories.join(QStringLiteral("、"))),
                   QStringLiteral("category"));
            continue;
        }
        const QString key = industry + QLatin1Char('\x1f') + category;
        if (lineOf.contains(key)) {
            report(Severity::Error, l.line,
                   Text::tr("%1 · %2 appears twice (first on line %3)")
                       .arg(industry, category)
                       .arg(lineOf.value(key)),
                   QStringLiteral("industry"));
            continue;
        }
        lineOf.insert(key, l.line);
        for (int i = 0; i < table.rows.size(); ++i) {
            TrainingRow& row = table.rows[i];
            if (row.industry != industry || row.category != category)
                continue;
            for (int f = 0; f < kTrainingFieldCount; ++f) {
                const auto field = static_cast<TrainingField>(f);
                if (l.counts.contains(trainingFieldKey(field)))
                    trainingRef(row.counts, field) = l.counts.value(trainingFieldKey(field));
            }
            row.remark = l.text.value(QStringLiteral("remark"));
            for (Diagnostic d : validateTrainingRow(row, i)) {
                d.file = fileName;
                d.line = l.line;
                out.diagnostics << d;
            }
            const QString stated = l.text.value(QStringLiteral("training_coverage"));
            if (!statedRateMatches(stated, rates::trainingCoveragePercent(row.counts)))
                report(
                    Severity::Warning, l.line,
                    Text::tr("%1 · %2: 培训覆盖率 in the file is %3, computed from the counts it "
                             "is %4%; the "
                             "computed value is used")
                        .arg(industry, category, stated, rates::formatTrainingCoverage(row.counts)),
                    QStringLiteral("training_coverage"));
        }
    }
    checkFormTotal(parsed.total, table.total(), kTrainingFieldCount, &trainingFieldKey,
                   &trainingValue, &trainingFieldCaption, &out);
    if (!table.hasFigures())
        report(Severity::Warning, parsed.unitLine,
               Text::tr("%1 %2: no figures are filled in").arg(unit.name).arg(year));
    out.replacesExisting = repository.hasData(unit.code, year);
    out.revision = RecordRevisions(m_db).ticket(RecordKey::training(unit.code, year));
    const int belowWithData =
        repository.unitsWithData(unit.code, year) - (out.replacesExisting ? 1 : 0);
    if (units.hasChildren(unit.code) && belowWithData > 0)
        report(Severity::Warning, parsed.unitLine,
               Text::tr("%1's sub-units already hold training figures for %2 (%3 unit(s)); these "
                        "rows are stored as "
                        "%1's own and added to theirs in every total. If the file is a "
                        "consolidated total, it "
                        "counts them twice.")
                   .arg(unit.name)
                   .arg(year)
                   .arg(belowWithData));
    if (out.replacesExisting && !options.replace) {
        report(Severity::Error, parsed.unitLine,
               Text::tr("%1 %2 already holds training data").arg(unit.name).arg(year));
        out.diagnostics.last().remedy = Remedy::Replace;
    }
    out.unit = unit;
    out.table = table;
    sortByLine(&out.diagnostics);
    return out;
}

bool TrainingImporter::commit(TrainingFileImport& import) const {
    return commitFormImport(&import, [&](const QString& source, QString* error) {
        RevisionTicket revision = import.revision;
        return TrainingRepository(m_db).save(import.table, source, error, &revision,
                                             audit::kFormImported);
    });
}

} // namespace yufang
