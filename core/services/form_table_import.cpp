#include "form_table_import.h"

#include "form_table_export.h"

#include "form_definitions.h"
#include "form_target.h"
#include "returns_service.h"

#include "domain/form_validation.h"
#include "io/cell_parsing.h"
#include "io/form_csv_reader.h"
#include "storage/audit_log.h"
#include "storage/form_repository.h"
#include "storage/transaction.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FormTableImporter)
};

QString rowId(const QString& group, const QString& key) {
    return normaliseLabel(group) + QLatin1Char('\n') + normaliseLabel(key);
}

// Why a row the file names that the unit's form does not list is refused outright, with the
// field: a key-personnel category the plan does not have, or an industry that is not one of the
// unit's where local rows come only from its 基本情况表. Nothing when the engine's rules for
// free and local rows decide.
std::optional<std::pair<QString, QString>> unknownRowError(const FormDefinition& d,
                                                           const QList<FormRow>& rows,
                                                           const FormRow& fileRow,
                                                           const QString& unitName) {
    QStringList industries, categories;
    for (const FormRow& r : rows) {
        const QString industry = d.hasGroups() ? r.group : r.key;
        if (!industries.contains(industry))
            industries << industry;
        if (d.hasGroups() && !categories.contains(r.key))
            categories << r.key;
    }
    const auto known = [](const QStringList& names, const QString& name) {
        for (const QString& n : names)
            if (normaliseLabel(n) == normaliseLabel(name))
                return true;
        return false;
    };
    if (d.hasGroups() && !known(categories, fileRow.key))
        return std::pair{
            Text::tr("%1 is not a key-personnel category of %2's plan (%3)")
                .arg(fileRow.key.trimmed(), unitName, categories.join(QStringLiteral("、"))),
            QStringLiteral("row")};
    const QString industry = d.hasGroups() ? fileRow.group : fileRow.key;
    const bool byIndustry = d.rowKind == FormRowKind::Industries || d.hasGroups();
    if (byIndustry && d.localRowsFromAnnex && !known(industries, industry))
        return std::pair{Text::tr("%1 is not a key industry of %2; local key industries are added "
                                  "on the key-industry form (基本情况表) first")
                             .arg(industry.trimmed(), unitName),
                         d.hasGroups() ? QStringLiteral("group") : QStringLiteral("row")};
    return std::nullopt;
}
} // namespace

QString FormTableFileImport::summary() const {
    if (!landed)
        return rejectedSummary();
    int rows = 0;
    for (const FormTable& t : tables)
        rows += static_cast<int>(t.rows.size());
    return Text::tr("%1: imported %2 form(s) %3, %4 row(s) (%5, %6 warning(s))")
        .arg(file)
        .arg(tables.size())
        .arg(formCode)
        .arg(rows)
        .arg(encoding)
        .arg(countOf(diagnostics, Severity::Warning));
}

FormTableFileImport FormTableImporter::prepareFile(const QString& path, const QString& formCode,
                                                   const FormImportOptions& options) const {
    FormTableFileImport out;
    out.formCode = formCode;
    const auto bytes = readFormFile(path, &out);
    return bytes ? prepare(*bytes, path, formCode, options) : out;
}

FormTableFileImport FormTableImporter::prepare(const QByteArray& bytes, const QString& fileName,
                                               const QString& formCode,
                                               const FormImportOptions& options) const {
    FormTableFileImport out;
    out.file = fileName;
    out.formCode = formCode;
    out.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    auto report = [&](Severity s, int line, const QString& message, const QString& field = {}) {
        out.diagnostics << fileDiagnostic(s, fileName, line, message, field);
    };
    const UnitRepository units(m_db);
    const FormDefinitions definitions(m_db);

    // The columns the file is read by come from the definition; any plan's definition of the
    // code will do for reading, the unit's own plan decides below.
    std::optional<FormDefinition> reading;
    if (!options.unit.isEmpty())
        if (const auto u = units.resolve(options.unit))
            reading = definitions.forUnit(u->code, formCode);
    if (!reading)
        for (const PlanForm& f : definitions.all())
            if (f.definition.code == formCode) {
                reading = f.definition;
                break;
            }
    if (!reading) {
        report(Severity::Error, 0, Text::tr("no plan has a form %1").arg(formCode),
               QStringLiteral("form"));
        return out;
    }
    const FormCsvContent content = readFormTableCsv(bytes, fileName, *reading);
    out.encoding = content.encoding;
    out.diagnostics << content.diagnostics;
    if (hasErrors(out.diagnostics))
        return out;
    if (content.tables.isEmpty())
        report(Severity::Error, 0, Text::tr("the file holds no rows of the form"));

    const FormRepository repository(m_db);
    QSet<QString> seen;
    for (const FormCsvTable& read : content.tables) {
        const auto unit = resolveFormUnit(units, read.unitText, read.unitLine, options.unit,
                                          fileName, &out.diagnostics);
        const auto year =
            resolveFormYear(read.year, read.yearLine, options.year, fileName, &out.diagnostics);
        if (!unit || !year)
            continue;
        const QString id = unit->code + QLatin1Char('/') + QString::number(*year);
        if (seen.contains(id)) {
            report(Severity::Error, read.unitLine,
                   Text::tr("%1 %2 appears twice in the file").arg(unit->name).arg(*year));
            continue;
        }
        seen.insert(id);
        const auto definition = definitions.forUnit(unit->code, formCode, *year);
        if (!definition) {
            report(Severity::Error, read.unitLine,
                   Text::tr("the plan %1 follows has no form %2").arg(unit->name, formCode),
                   QStringLiteral("form"));
            continue;
        }
        const FormDefinition& d = *definition;
        const FormTable stored = repository.load(d, unit->code, *year);
        FormTable table;
        table.formCode = d.code;
        table.unitCode = unit->code;
        table.year = *year;
        table.rows = repository.templateRows(d, unit->code, *year);
        // 填报人, 联系电话, 填报日期 and header fields change only where the file states them.
        table.fields = stored.fields;
        for (const QString& key : read.statedFields)
            table.fields.insert(key, read.table.fields.value(key));
        QHash<QString, int> index;
        for (int i = 0; i < table.rows.size(); ++i)
            index.insert(rowId(table.rows.at(i).group, table.rows.at(i).key), i);
        QHash<int, int> lineOf;
        for (int r = 0; r < read.table.rows.size(); ++r) {
            const FormRow& fileRow = read.table.rows.at(r);
            const int line = read.rowLines.value(r);
            if (d.hasGroups() && fileRow.group.trimmed().isEmpty()) {
                report(Severity::Error, line, Text::tr("%1 is empty").arg(d.groupCaption),
                       QStringLiteral("group"));
                continue;
            }
            if (fileRow.key.trimmed().isEmpty()) {
                report(Severity::Error, line, Text::tr("%1 is empty").arg(d.rowCaption),
                       QStringLiteral("row"));
                continue;
            }
            int i = index.value(rowId(fileRow.group, fileRow.key), -1);
            if (i < 0) {
                if (const auto why = unknownRowError(d, table.rows, fileRow, unit->name)) {
                    report(Severity::Error, line, why->first, why->second);
                    continue;
                }
                const bool free = d.rowKind == FormRowKind::Free;
                const bool localAllowed =
                    d.localRowsAllowed && (d.rowKind == FormRowKind::Industries ||
                                           d.rowKind == FormRowKind::IndustriesByKeyPersonnel);
                if (!free && !localAllowed) {
                    report(Severity::Error, line,
                           Text::tr("%1 is not a row of the form %2 for %3")
                               .arg(formRowLabel(fileRow), d.title, unit->name),
                           QStringLiteral("row"));
                    continue;
                }
                FormRow added;
                added.group = fileRow.group.simplified();
                added.key = fileRow.key.simplified();
                added.local = !free;
                i = static_cast<int>(table.rows.size());
                table.rows << added;
                index.insert(rowId(added.group, added.key), i);
            }
            if (lineOf.contains(i)) {
                report(Severity::Error, line,
                       Text::tr("%1 appears twice (first on line %2)")
                           .arg(formRowLabel(table.rows.at(i)))
                           .arg(lineOf.value(i)),
                       QStringLiteral("row"));
                continue;
            }
            lineOf.insert(i, line);
            FormRow& row = table.rows[i];
            row.cells = fileRow.cells;
            for (Diagnostic x : validateFormRow(d, row, i)) {
                x.file = fileName;
                x.line = line;
                out.diagnostics << x;
            }
            for (const FormColumn& c : d.columns) {
                const auto stated = read.statedDerived.value(r).value(c.key);
                if (!read.statedDerived.value(r).contains(c.key))
                    continue;
                if (auto w = checkStatedDerivedValue(d, row, c, stated, i)) {
                    w->file = fileName;
                    w->line = line;
                    out.diagnostics << *w;
                }
            }
        }
        if (read.statedTotal) {
            const FormRow sum = table.total(d);
            for (const FormColumn& c : d.numberColumns()) {
                const auto stated = read.statedTotal->number(c.key);
                if (stated && *stated != sum.number(c.key).value_or(0))
                    out.diagnostics << fileDiagnostic(
                        Severity::Error, fileName, read.totalLine,
                        Text::tr("合计, %1: the rows sum to %2 but the total row says %3")
                            .arg(c.caption,
                                 formatScaled(sum.number(c.key).value_or(0),
                                              c.type == FormColumnType::Decimal ? c.decimals : 0),
                                 formatScaled(*stated,
                                              c.type == FormColumnType::Decimal ? c.decimals : 0)),
                        c.key);
            }
        }
        if (!table.hasFigures())
            report(Severity::Warning, read.unitLine,
                   Text::tr("%1 %2: no figures are filled in").arg(unit->name).arg(*year));
        const bool replaces = repository.hasData(d.code, unit->code, *year);
        if (units.hasChildren(unit->code))
            if (const int below = rollUpCompleteness(m_db, unit->code, *year, d.code).reported)
                report(Severity::Warning, read.unitLine,
                       Text::tr("%1's sub-units already hold the form %2 for %3 (%4 unit(s)); "
                                "these rows are stored as %1's own and added to theirs in every "
                                "total. If the file is a consolidated total, it counts them twice.")
                           .arg(unit->name, d.title)
                           .arg(*year)
                           .arg(below));
        if (replaces && !options.replace) {
            report(Severity::Error, read.unitLine,
                   Text::tr("%1 %2 already holds the form %3")
                       .arg(unit->name)
                       .arg(*year)
                       .arg(d.title));
            out.diagnostics.last().remedy = Remedy::Replace;
        }
        out.replacesExisting = out.replacesExisting || replaces;
        out.replaces << replaces;
        out.revisions << RecordRevisions(m_db).ticket(RecordKey::form(d.code, unit->code, *year));
        if (!out.unit)
            out.unit = *unit;
        out.tables << table;
    }
    sortByLine(&out.diagnostics);
    return out;
}

bool FormTableImporter::commit(FormTableFileImport& import, const QDate& receivedOn) const {
    const QDate received = receivedOn.isValid() ? receivedOn : QDate::currentDate();
    return commitFormImport(&import, [&](const QString& source, QString* error) {
        // One transaction for the file: every form of it, their audit events and returns.
        return inTransaction(m_db, error, [&] {
            FormRepository repository(m_db);
            ReturnsService returns(m_db);
            for (int i = 0; i < import.tables.size(); ++i) {
                const FormTable& t = import.tables.at(i);
                RevisionTicket revision = import.revisions.value(i);
                if (!repository.saveWithinTransaction(t, source, audit::kFormImported, error,
                                                      &revision))
                    return false;
                if (!returns.recordFormImportWithinTransaction(
                        t.unitCode, t.formCode, t.year, QFileInfo(import.file).fileName(),
                        QString::fromLatin1(import.sha256), received, nullptr, error))
                    return false;
            }
            return true;
        });
    });
}

} // namespace yufang
