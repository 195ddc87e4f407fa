#include "annex_importer.h"

#include "storage/server_access.h"

#include "form_import.h"

#include "domain/annex_form_table.h"
#include "domain/annex_validation.h"
#include "domain/form_diff.h"
#include "domain/rates.h"
#include "io/annex_csv_reader.h"
#include "io/cell_parsing.h"
#include "services/returns_service.h"
#include "storage/annex_repository.h"
#include "storage/form_locks.h"
#include "storage/plan_repository.h"
#include "storage/transaction.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>

#include <cmath>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AnnexImporter)
};

class Report {
public:
    Report(AnnexFileImport& out) : m_out(out) {}
    void add(Severity s, int line, const QString& message, const QString& field = {},
             Remedy remedy = Remedy::None) {
        Diagnostic d;
        d.severity = s;
        d.file = m_out.file;
        d.line = line;
        d.field = field;
        d.message = message;
        d.remedy = remedy;
        m_out.diagnostics << d;
    }

private:
    AnnexFileImport& m_out;
};

// Half a unit in the last decimal the file shows: "85.3%" allows 0.05, "85.27%" 0.005.
double roundingTolerance(const QString& text) {
    const QString n = normaliseLabel(text);
    const qsizetype dot = n.indexOf(QLatin1Char('.'));
    int decimals = 0;
    if (dot >= 0)
        for (qsizetype i = dot + 1; i < n.size() && n.at(i).isDigit(); ++i)
            ++decimals;
    return 0.5 * std::pow(10.0, -decimals) + 1e-9;
}

bool rateMatches(const QString& text, std::optional<double> computed) {
    const auto stated = parseRate(text);
    if (!stated)
        return true; // nothing stated, nothing to compare
    if (!computed)
        return false;
    const double tol = roundingTolerance(text);
    // Excel writes a percent-formatted cell as 0.8527 when the % sign is lost.
    return std::abs(*stated - *computed) <= tol ||
           (!text.contains(QLatin1Char('%')) &&
            std::abs(*stated * 100.0 - *computed) <= tol * 100.0);
}

std::optional<Unit> resolveUnit(const UnitRepository& units, const ParsedAnnex& a,
                                const AnnexImportOptions& options, Report& report) {
    std::optional<Unit> fromFile;
    if (!a.unitCode.isEmpty()) {
        fromFile = units.find(a.unitCode);
        if (!fromFile) {
            report.add(Severity::Error, a.unitLine,
                       Text::tr("单位代码 %1 is not a known unit").arg(a.unitCode),
                       QStringLiteral("unit_code"), Remedy::AddUnit);
            return std::nullopt;
        }
    } else if (!a.unitText.isEmpty()) {
        QStringList candidates;
        fromFile = units.resolveReportingName(a.unitText, &candidates);
        if (!fromFile && options.unit.isEmpty()) {
            report.add(Severity::Error, a.unitLine,
                       candidates.isEmpty()
                           ? Text::tr("填报单位 \"%1\" names no known unit").arg(a.unitText)
                           : Text::tr("填报单位 \"%1\" is ambiguous: %2")
                                 .arg(a.unitText, candidates.join(QStringLiteral(", "))),
                       QStringLiteral("unit"));
            return std::nullopt;
        }
    }
    if (!options.unit.isEmpty()) {
        const auto given = units.resolve(options.unit);
        if (!given) {
            report.add(
                Severity::Error, 0,
                Text::tr("the chosen unit %1 is not a known unit code or name").arg(options.unit),
                QStringLiteral("unit"));
            return std::nullopt;
        }
        if (fromFile && fromFile->code != given->code) {
            report.add(Severity::Error, a.unitLine,
                       Text::tr("the file is for %1 %2 but %3 %4 was chosen")
                           .arg(fromFile->code, fromFile->name, given->code, given->name),
                       QStringLiteral("unit"));
            return std::nullopt;
        }
        return given;
    }
    if (!fromFile)
        report.add(
            Severity::Error, a.unitLine,
            Text::tr(
                "the file does not say which unit it is for: fill in 填报单位 or choose the unit"),
            QStringLiteral("unit"), Remedy::ChooseUnit);
    return fromFile;
}

// 填报人, 联系电话, 填报日期: what the file states goes over what is stored, and only that.
// Each value the import changes is a finding of the preview; emptying one is a warning.
AnnexMeta importedMeta(const AnnexMeta& stored, const ParsedAnnex& a, Report& report) {
    const AnnexMeta merged = mergeMeta(stored, a.meta, a.metaFields);
    AnnexTable before;
    before.meta = stored;
    AnnexTable after;
    after.meta = merged;
    for (const FormChange& c :
         diffForms(annexStackDefinition(), annexAsFormTable(before), annexAsFormTable(after))) {
        const QString caption = formFieldCaption(annexStackDefinition(), c.field);
        if (c.newValue.isEmpty())
            report.add(Severity::Warning, a.unitLine,
                       Text::tr("%1 is left empty in the file: the stored \"%2\" is removed")
                           .arg(caption, c.oldValue),
                       c.field);
        else if (!c.oldValue.isEmpty())
            report.add(
                Severity::Info, a.unitLine,
                Text::tr("%1 changes from \"%2\" to \"%3\"").arg(caption, c.oldValue, c.newValue),
                c.field);
    }
    QStringList kept;
    if (!a.metaFields.preparer && !stored.preparer.isEmpty())
        kept << formFieldCaption(annexStackDefinition(), QStringLiteral("preparer"));
    if (!a.metaFields.phone && !stored.phone.isEmpty())
        kept << formFieldCaption(annexStackDefinition(), QStringLiteral("phone"));
    if (!a.metaFields.filledOn && stored.filledOn.isValid())
        kept << formFieldCaption(annexStackDefinition(), QStringLiteral("filled_on"));
    if (!kept.isEmpty())
        report.add(Severity::Info, a.unitLine,
                   Text::tr("the file does not hold %1; the stored value(s) are kept")
                       .arg(kept.join(QStringLiteral("、"))));
    return merged;
}

std::optional<int> resolveYear(const ParsedAnnex& a, const AnnexImportOptions& options,
                               Report& report) {
    if (options.year && a.year && *options.year != *a.year) {
        report.add(Severity::Error, a.yearLine,
                   Text::tr("the file is for the year %1 but %2 was chosen")
                       .arg(*a.year)
                       .arg(*options.year),
                   QStringLiteral("year"));
        return std::nullopt;
    }
    if (options.year)
        return options.year;
    if (!a.year)
        report.add(
            Severity::Error, a.yearLine,
            Text::tr(
                "the file does not say which year it is for (no YYYY年工伤事故数量 header or 年度 "
                "column): choose the year"),
            QStringLiteral("year"), Remedy::ChooseYear);
    return a.year;
}
} // namespace

QString AnnexFileImport::summary() const {
    int rows = 0;
    for (const ImportedAnnex& a : annexes)
        rows += int(a.table.rows.size());
    if (landed)
        return Text::tr("%1: imported %2 form(s), %3 row(s) (%4, %5 warning(s))")
            .arg(file)
            .arg(annexes.size())
            .arg(rows)
            .arg(encoding)
            .arg(countOf(diagnostics, Severity::Warning));
    return Text::tr("%1: rejected, %2 error(s); nothing was imported from this file")
        .arg(file)
        .arg(countOf(diagnostics, Severity::Error));
}

QDate AnnexFileImport::ownDate() const {
    return filledOn.isValid() ? filledOn : modified.toLocalTime().date();
}

AnnexFileImport AnnexImporter::prepareFile(const QString& path,
                                           const AnnexImportOptions& options) const {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        AnnexFileImport out;
        out.file = path;
        Report(out).add(Severity::Error, 0,
                        Text::tr("cannot read the file: %1").arg(f.errorString()));
        return out;
    }
    AnnexFileImport out = prepare(f.readAll(), path, options);
    out.modified = QFileInfo(f).lastModified();
    return out;
}

AnnexFileImport AnnexImporter::prepare(const QByteArray& bytes, const QString& fileName,
                                       const AnnexImportOptions& options) const {
    AnnexFileImport out;
    out.file = fileName;
    out.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    out.receivedOn = options.receivedOn;
    const ParsedAnnexFile parsed = AnnexCsvReader::read(bytes, fileName);
    for (const ParsedAnnex& a : parsed.annexes)
        if (!out.filledOn.isValid())
            out.filledOn = a.meta.filledOn;
    out.encoding = parsed.encoding;
    out.layout = parsed.layout;
    out.diagnostics = parsed.diagnostics;
    Report report(out);
    if (options.receivedOn.isValid() && options.receivedOn > today())
        report.add(
            Severity::Error, 0,
            Text::tr("the receipt date %1 is after today (%2)")
                .arg(options.receivedOn.toString(Qt::ISODate), today().toString(Qt::ISODate)),
            QStringLiteral("received_on"));
    if (parsed.annexes.isEmpty() && !hasErrors(out.diagnostics))
        report.add(Severity::Error, 0, Text::tr("the file holds no annex rows"));

    const UnitRepository units(m_db);
    const AnnexRepository annexes(m_db);
    const PlanRepository plans(m_db);
    QSet<QString> seen;
    for (const ParsedAnnex& a : parsed.annexes) {
        const auto unit = resolveUnit(units, a, options, report);
        const auto year = resolveYear(a, options, report);
        if (!unit || !year)
            continue;
        const QString key = unit->code + QLatin1Char('/') + QString::number(*year);
        if (seen.contains(key)) {
            report.add(
                Severity::Error, a.unitLine,
                Text::tr("%1 %2 appears more than once in the file").arg(unit->name).arg(*year));
            continue;
        }
        seen.insert(key);

        ImportedAnnex imported;
        imported.unit = *unit;
        imported.table.unitCode = unit->code;
        imported.table.year = *year;
        imported.table.meta = importedMeta(annexes.stored(unit->code, *year).meta, a, report);
        const auto plan = plans.find(units.effectivePlanId(unit->code, *year));
        const RateDenominator denominator =
            plan ? plan->rateDenominator : RateDenominator::InsuredPersons;
        const QStringList known = annexes.industriesOf(unit->code, *year);
        const QStringList planIndustries = annexes.planIndustriesOf(unit->code, *year);
        QHash<QString, QString> canonical; // normalised spelling → the plan's spelling
        for (const QString& name : known)
            canonical.insert(normaliseLabel(name), name);

        // Plan industries in the plan's order, then local ones in file order.
        QList<ParsedAnnexRow> ordered;
        QHash<QString, int> lineOf;
        for (ParsedAnnexRow r : a.rows) {
            r.row.industry =
                canonical.value(normaliseLabel(r.row.industry), r.row.industry.simplified());
            r.row.local = !planIndustries.contains(r.row.industry);
            if (lineOf.contains(r.row.industry)) {
                report.add(Severity::Error, r.line,
                           Text::tr("%1 appears twice (first on line %2)")
                               .arg(r.row.industry)
                               .arg(lineOf.value(r.row.industry)),
                           QStringLiteral("industry"));
                continue;
            }
            lineOf.insert(r.row.industry, r.line);
            if (!known.contains(r.row.industry)) {
                imported.newLocalIndustries << r.row.industry;
                report.add(Severity::Info, r.line,
                           Text::tr("%1 is not a key industry of the plan; it becomes a local key "
                                    "industry of %2")
                               .arg(r.row.industry, unit->name),
                           QStringLiteral("industry"));
            }
            ordered << r;
        }
        std::stable_sort(ordered.begin(), ordered.end(),
                         [&](const ParsedAnnexRow& x, const ParsedAnnexRow& y) {
                             const qsizetype ix = planIndustries.indexOf(x.row.industry);
                             const qsizetype iy = planIndustries.indexOf(y.row.industry);
                             return (ix < 0 ? planIndustries.size() : ix) <
                                    (iy < 0 ? planIndustries.size() : iy);
                         });
        for (const ParsedAnnexRow& r : ordered) {
            imported.table.rows << r.row;
            for (Diagnostic d : validateAnnexRow(r.row, int(imported.table.rows.size()) - 1)) {
                d.file = fileName;
                d.line = r.line;
                out.diagnostics << d;
            }
            if (r.unreadable)
                continue; // its cell errors reject the file already; a rate warning would repeat
                          // them
            if (!rateMatches(r.fileCoverageRate, rates::coverageRatePercent(r.row.counts)))
                report.add(
                    Severity::Warning, r.line,
                    Text::tr(
                        "%1: 工伤保险参保率 in the file is %2, computed from the counts it is %3%; "
                        "the computed value is used")
                        .arg(r.row.industry, r.fileCoverageRate,
                             rates::formatCoverageRate(r.row.counts)),
                    QStringLiteral("coverage_rate"));
            if (!rateMatches(r.fileAccidentRate,
                             rates::accidentRatePerMille(r.row.counts, denominator)))
                report.add(
                    Severity::Warning, r.line,
                    Text::tr(
                        "%1: 工伤事故发生率 in the file is %2, computed from the counts it is %3‰; "
                        "the computed value is used")
                        .arg(r.row.industry, r.fileAccidentRate,
                             rates::formatAccidentRate(r.row.counts, denominator)),
                    QStringLiteral("accident_rate"));
        }
        if (a.fileTotal) {
            const AnnexCounts sum = imported.table.total();
            for (int f = 0; f < kCountFieldCount; ++f) {
                const auto field = static_cast<CountField>(f);
                const Count stated = countValue(*a.fileTotal, field);
                const Count expected = countValue(sum, field);
                if (stated && stated.value_or(0) != expected.value_or(0) &&
                    !a.unreadableColumns.contains(field))
                    report.add(Severity::Error, a.totalLine,
                               Text::tr("合计, %1: the rows sum to %2 but the total row says %3")
                                   .arg(countFieldCaption(field, *year))
                                   .arg(expected.value_or(0))
                                   .arg(*stated),
                               countFieldKey(field));
            }
        }
        if (!imported.table.hasFigures())
            report.add(Severity::Warning, a.unitLine,
                       Text::tr("%1 %2: no figures are filled in").arg(unit->name).arg(*year));
        imported.replacesExisting = annexes.hasData(unit->code, *year);
        imported.revision = RecordRevisions(m_db).ticket(RecordKey::annex(unit->code, *year));
        const int belowWithData =
            annexes.unitsWithData(unit->code, *year) - (imported.replacesExisting ? 1 : 0);
        if (units.hasChildren(unit->code) && belowWithData > 0)
            report.add(
                Severity::Warning, a.unitLine,
                Text::tr("%1's sub-units already hold figures for %2 (%3 unit(s)); these rows are "
                         "stored as %1's own figures and are added to theirs in every total. "
                         "If the file is a consolidated total, it counts them twice.")
                    .arg(unit->name)
                    .arg(*year)
                    .arg(belowWithData));
        if (const auto lock = FormLocks(m_db).lockOf(QStringLiteral("annex"), unit->code, *year))
            report.add(Severity::Error, a.unitLine,
                       FormLocks::lockedMessage(unit->name, *year, *lock));
        if (imported.replacesExisting && !options.replace)
            report.add(Severity::Error, a.unitLine,
                       Text::tr("%1 %2 already holds data").arg(unit->name).arg(*year),
                       QStringLiteral("unit"), Remedy::Replace);
        out.annexes << imported;
    }
    sortByLine(&out.diagnostics);
    return out;
}

bool AnnexImporter::commit(AnnexFileImport& import) const {
    import.landed = false;
    if (!import.acceptable())
        return false;
    auto failed = [&](const QString& why) {
        Report(import).add(
            Severity::Error, 0,
            Text::tr("writing to the database failed: %1").arg(server::explainServerRefusal(why)));
        return false;
    };
    const QDate receivedOn = import.receivedOn.isValid() ? import.receivedOn : today();
    if (receivedOn > today()) {
        Report(import).add(
            Severity::Error, 0,
            Text::tr("the receipt date %1 is after today (%2)")
                .arg(receivedOn.toString(Qt::ISODate), today().toString(Qt::ISODate)));
        return false;
    }
    QSqlDatabase db = m_db;
    QString why;
    if (!beginWrite(db, &why))
        return failed(why);
    AnnexRepository repository(db);
    ReturnsService returns(db);
    QStringList received;
    const QString source =
        QStringLiteral("import:%1 sha256:%2")
            .arg(QFileInfo(import.file).fileName(), QString::fromLatin1(import.sha256));
    for (const ImportedAnnex& a : import.annexes) {
        QString error;
        std::optional<Obligation> satisfied;
        RevisionTicket revision = a.revision;
        if (!repository.saveWithinTransaction(a.table, source, &error,
                                              QString::fromLatin1(import.sha256), &revision) ||
            !returns.recordAnnexImportWithinTransaction(
                a.unit.code, a.table.year, QFileInfo(import.file).fileName(),
                QString::fromLatin1(import.sha256), receivedOn, &satisfied, &error)) {
            db.rollback();
            return failed(error);
        }
        if (satisfied)
            received << Text::tr("recorded as %1's return \"%2\" received on %3")
                            .arg(a.unit.name, satisfied->title, receivedOn.toString(Qt::ISODate));
    }
    if (!commitWrite(db, &why))
        return failed(why);
    import.landed = true;
    for (const QString& note : received)
        Report(import).add(Severity::Info, 0, note);
    return true;
}

} // namespace yufang
