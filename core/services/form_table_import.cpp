#include "form_table_import.h"

#include "form_table_export.h"

#include "form_definitions.h"
#include "form_target.h"
#include "returns_service.h"

#include "domain/form_validation.h"
#include "domain/obligation.h"
#include "io/cell_parsing.h"
#include "io/form_csv_reader.h"
#include "storage/annex_values.h"
#include "storage/audit_log.h"
#include "storage/form_locks.h"
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
// A column as the file's header names it for the year (2023年工伤事故数量).
QString columnCaption(const FormColumn& c, int year) {
    return c.printedCaption.isEmpty() ? c.caption : withYear(c.printedCaption, year);
}

// What the file states of the header and footer fields (填报人, 联系电话, 填报日期) goes over
// what is stored, and only that: each stored value the import changes is a note of the preview,
// emptying one a warning, and fields the file does not hold are named as kept.
void reportFieldChanges(const FormDefinition& d, const FormTable& stored, const FormTable& after,
                        const FormCsvTable& read, const QString& file, Diagnostics* out) {
    QStringList kept;
    for (const FormField& f : d.headerFields + d.footerFields) {
        const QString before = stored.field(f.key);
        if (!read.statedFields.contains(f.key)) {
            if (!before.isEmpty())
                kept << f.caption;
            continue;
        }
        const QString now = after.field(f.key);
        if (now == before)
            continue;
        if (now.isEmpty())
            *out << fileDiagnostic(
                Severity::Warning, file, read.unitLine,
                Text::tr("%1 is left empty in the file: the stored \"%2\" is removed")
                    .arg(f.caption, before),
                f.key);
        else if (!before.isEmpty())
            *out << fileDiagnostic(
                Severity::Info, file, read.unitLine,
                Text::tr("%1 changes from \"%2\" to \"%3\"").arg(f.caption, before, now), f.key);
    }
    if (!kept.isEmpty())
        *out << fileDiagnostic(Severity::Info, file, read.unitLine,
                               Text::tr("the file does not hold %1; the stored value(s) are kept")
                                   .arg(kept.join(QStringLiteral("、"))));
}

// One imported form into the database, inside the file's transaction, as every form is saved
// (FormRepository): the lock checked, one form.imported event, the per-value events and a
// version that keeps the file's digest (FormHistory). The annex is saved with the rows the file
// lists only, since its writer registers the unit's local industries from them.
bool saveImportedForm(const QSqlDatabase& db, const FormTable& table, const QList<int>& listed,
                      const QString& source, const QString& sha256, RevisionTicket* revision,
                      QString* error) {
    FormTable saved = table;
    if (table.formCode == annex_values::formCode()) {
        saved.rows.clear();
        QList<int> order = listed;
        std::sort(order.begin(), order.end()); // the plan's industries first, then local ones
        for (const int i : order)
            saved.rows << table.rows.at(i);
    }
    return FormRepository(db).saveWithinTransaction(saved, source, audit::kFormImported, error,
                                                    revision, sha256);
}
} // namespace

int FormTableFileImport::rowsRead() const {
    int rows = 0;
    for (const QList<int>& l : listed)
        rows += static_cast<int>(l.size());
    return rows;
}

QString FormTableFileImport::summary(bool namingForm) const {
    if (!landed)
        return rejectedSummary();
    if (!namingForm)
        return Text::tr("%1: imported %2 form(s), %3 row(s) (%4, %5 warning(s))")
            .arg(file)
            .arg(tables.size())
            .arg(rowsRead())
            .arg(encoding)
            .arg(countOf(diagnostics, Severity::Warning));
    return Text::tr("%1: imported %2 form(s) %3, %4 row(s) (%5, %6 warning(s))")
        .arg(file)
        .arg(tables.size())
        .arg(formCode)
        .arg(rowsRead())
        .arg(encoding)
        .arg(countOf(diagnostics, Severity::Warning));
}

FormTableFileImport FormTableImporter::prepareFile(const QString& path, const QString& formCode,
                                                   const FormImportOptions& options) const {
    FormTableFileImport out;
    out.formCode = formCode;
    const auto bytes = readFormFile(path, &out);
    if (!bytes)
        return out;
    FormTableFileImport read = prepare(*bytes, path, formCode, options);
    read.modified = out.modified;
    return read;
}

FormTableFileImport FormTableImporter::prepare(const QByteArray& bytes, const QString& fileName,
                                               const QString& formCode,
                                               const FormImportOptions& options) const {
    FormTableFileImport out;
    out.file = fileName;
    out.formCode = formCode;
    out.receivedOn = options.receivedOn;
    out.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    auto report = [&](Severity s, int line, const QString& message, const QString& field = {},
                      Remedy remedy = Remedy::None) {
        out.diagnostics << fileDiagnostic(s, fileName, line, message, field);
        out.diagnostics.last().remedy = remedy;
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
    out.layout = content.dataLayout ? CsvLayout::Data : CsvLayout::Form;
    out.diagnostics << content.diagnostics;
    if (const auto late = receiptDateProblem(fileName, options.receivedOn, today()))
        out.diagnostics << *late;
    for (const FormCsvTable& read : content.tables)
        if (!out.filledOn.isValid() && read.statedFields.contains(form_fields::kFilledOn))
            out.filledOn =
                QDate::fromString(read.table.fields.value(form_fields::kFilledOn), Qt::ISODate);
    if (content.tables.isEmpty() && !hasErrors(out.diagnostics))
        report(Severity::Error, 0, Text::tr("the file holds no rows of the form"));

    const FormRepository repository(m_db);
    QSet<QString> seen;
    for (const FormCsvTable& read : content.tables) {
        // A 单位代码 names the unit exactly; a name may be a bureau's (填报单位).
        QString unitText = read.unitText;
        if (!read.unitCode.isEmpty()) {
            if (!units.find(read.unitCode)) {
                report(Severity::Error, read.unitLine,
                       Text::tr("单位代码 %1 is not a known unit").arg(read.unitCode),
                       form_csv_keys::kUnitCode, Remedy::AddUnit);
                continue;
            }
            unitText = read.unitCode;
        }
        const auto unit = resolveFormUnit(units, unitText, read.unitLine, options.unit, fileName,
                                          &out.diagnostics);
        const auto year =
            resolveFormYear(read.year, read.yearLine, options.year, fileName, &out.diagnostics);
        if (!unit || !year)
            continue;
        const QString id = unit->code + QLatin1Char('/') + QString::number(*year);
        if (seen.contains(id)) {
            report(Severity::Error, read.unitLine,
                   Text::tr("%1 %2 appears more than once in the file").arg(unit->name).arg(*year));
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
        reportFieldChanges(d, stored, table, read, fileName, &out.diagnostics);
        QHash<QString, int> index;
        for (int i = 0; i < table.rows.size(); ++i)
            index.insert(rowId(table.rows.at(i).group, table.rows.at(i).key), i);
        QHash<int, int> lineOf;
        QList<int> listed;
        QStringList newLocal;
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
                // The annex's local rows are the unit's local key industries (AnnexWriter
                // registers them); other forms keep theirs to the form.
                if (added.local && d.code == annex_values::formCode()) {
                    newLocal << formRowLabel(added);
                    report(Severity::Info, line,
                           Text::tr("%1 is not a key industry of the plan; it becomes a local key "
                                    "industry of %2")
                               .arg(d.hasGroups() ? added.group : added.key, unit->name),
                           d.hasGroups() ? QStringLiteral("group") : QStringLiteral("row"));
                }
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
            listed << i;
            FormRow& row = table.rows[i];
            row.cells = fileRow.cells;
            for (Diagnostic x : validateFormRow(d, row, i)) {
                x.file = fileName;
                x.line = line;
                out.diagnostics << x;
            }
            if (read.rowUnreadable.value(r))
                continue; // its cell errors reject the file; a derived warning would repeat them
            for (const FormColumn& c : d.columns) {
                const QHash<QString, StatedValue>& stated = read.statedDerived.value(r);
                if (!stated.contains(c.key))
                    continue;
                if (auto w = checkStatedDerivedValue(d, row, c, stated.value(c.key), i)) {
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
                if (stated && *stated != sum.number(c.key).value_or(0) &&
                    !read.unreadableColumns.contains(c.key))
                    out.diagnostics << fileDiagnostic(
                        Severity::Error, fileName, read.totalLine,
                        Text::tr("合计, %1: the rows sum to %2 but the total row says %3")
                            .arg(columnCaption(c, *year),
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
        // The lock of an accepted return, in the preview already (the save refuses it too).
        if (const auto lock = FormLocks(m_db).lockOf(d.code, unit->code, *year))
            report(Severity::Error, read.unitLine,
                   FormLocks::lockedMessage(unit->name, *year, *lock));
        if (replaces && !options.replace)
            report(Severity::Error, read.unitLine,
                   Text::tr("%1 %2 already holds data").arg(unit->name).arg(*year),
                   QStringLiteral("unit"), Remedy::Replace);
        out.replacesExisting = out.replacesExisting || replaces;
        out.replaces << replaces;
        out.revisions << RecordRevisions(m_db).ticket(RecordKey::form(d.code, unit->code, *year));
        out.listed << listed;
        out.newLocalRows << newLocal;
        out.units << *unit;
        if (!out.unit)
            out.unit = *unit;
        out.tables << table;
    }
    sortByLine(&out.diagnostics);
    return out;
}

bool FormTableImporter::commit(FormTableFileImport& import) const {
    const QDate received = import.receivedOn.isValid() ? import.receivedOn : today();
    if (import.acceptable())
        if (const auto late = receiptDateProblem(import.file, received, today())) {
            import.landed = false;
            import.diagnostics << *late;
            return false;
        }
    QStringList notes;
    const bool landed = commitFormImport(&import, [&](const QString& source, QString* error) {
        // One transaction for the file: every form of it, their audit events and returns.
        return inTransaction(m_db, error, [&] {
            FormRepository repository(m_db);
            ReturnsService returns(m_db);
            for (int i = 0; i < import.tables.size(); ++i) {
                const FormTable& t = import.tables.at(i);
                RevisionTicket revision = import.revisions.value(i);
                if (!saveImportedForm(m_db, t, import.listed.value(i), source,
                                      QString::fromLatin1(import.sha256), &revision, error))
                    return false;
                std::optional<Obligation> satisfied;
                if (!returns.recordFormImportWithinTransaction(
                        t.unitCode, obligationFormCode(t.formCode), t.year,
                        QFileInfo(import.file).fileName(), QString::fromLatin1(import.sha256),
                        received, &satisfied, error))
                    return false;
                if (satisfied)
                    notes << Text::tr("recorded as %1's return \"%2\" received on %3")
                                 .arg(import.units.value(i).name, satisfied->title,
                                      received.toString(Qt::ISODate));
            }
            return true;
        });
    });
    if (landed)
        for (const QString& note : notes)
            import.diagnostics << fileDiagnostic(Severity::Info, import.file, 0, note);
    return landed;
}

} // namespace yufang
