#include "form_access.h"

#include "domain/form_validation.h"
#include "io/form_csv_reader.h"
#include "io/form_definition_json.h"
#include "storage/audit_log.h"
#include "storage/form_definition_repository.h"
#include "storage/form_repository.h"
#include "storage/plan_repository.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace yufang::form_access {

bool isBuiltIn(const QString& formCode) {
    return formCode == QLatin1String("annex") || formCode == QLatin1String("training") ||
           formCode == QLatin1String("disease");
}

QList<FormDefinition> planForms(const QSqlDatabase& db, qint64 planId, Diagnostics* problems) {
    QList<FormDefinition> out;
    for (const StoredFormDefinition& s : FormDefinitionRepository(db).ofPlan(planId)) {
        Diagnostics found;
        const auto d =
            formDefinitionFromJson(s.json, QStringLiteral("%1/%2").arg(s.planCode, s.code), &found);
        if (d)
            out << *d;
        if (problems)
            *problems << found;
    }
    return out;
}

QList<FormDefinition> engineForms(const QSqlDatabase& db, qint64 planId, Diagnostics* problems) {
    QList<FormDefinition> out;
    for (const FormDefinition& d : planForms(db, planId, problems))
        if (!isBuiltIn(d.code))
            out << d;
    return out;
}

std::optional<Plan> planFor(const QSqlDatabase& db, const QString& unitCode, int year) {
    if (unitCode.isEmpty())
        return std::nullopt;
    return PlanRepository(db).find(UnitRepository(db).effectivePlanId(unitCode, year));
}

FormTable load(const QSqlDatabase& db, const FormDefinition& definition, const QString& unitCode,
               int year, bool consolidated) {
    const FormRepository forms(db);
    return consolidated ? forms.consolidated(definition, unitCode, year)
                        : forms.load(definition, unitCode, year);
}

bool save(const QSqlDatabase& db, const FormTable& table, RevisionTicket* ticket, QString* error) {
    return FormRepository(db).save(table, QStringLiteral("manual"), audit::kFormSaved, error,
                                   ticket);
}

RecordKey recordKey(const QString& formCode, const QString& unitCode, int year) {
    return RecordKey::form(formCode, unitCode, year);
}

Completeness completeness(const QSqlDatabase& db, const QString& formCode, const QString& unitCode,
                          int year) {
    const UnitRepository units(db);
    const FormRepository forms(db);
    Completeness c;
    for (const QString& code : units.subtreeCodes(unitCode)) {
        if (units.hasChildren(code))
            continue; // the units at the bottom report; the ones above consolidate
        ++c.expected;
        if (forms.hasData(formCode, code, year))
            ++c.reported;
        else if (const auto u = units.find(code))
            c.missing << u->name;
    }
    return c;
}

bool saveDefinition(const QSqlDatabase& db, qint64 planId, const FormDefinition& definition,
                    RevisionTicket* ticket, QString* error) {
    const Diagnostics problems = validateFormDefinition(definition);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const Diagnostic& d : problems)
            lines << QStringLiteral("%1: %2").arg(d.field, d.message);
        *error = lines.join(QLatin1Char('\n'));
        return false;
    }
    return FormDefinitionRepository(db).save(
        planId, definition.code, formDefinitionToCompactJson(definition), error, ticket);
}

bool removeDefinition(const QSqlDatabase& db, qint64 planId, const QString& formCode,
                      QString* error) {
    return FormDefinitionRepository(db).remove(planId, formCode, error);
}

RecordKey definitionKey(qint64 planId, const QString& formCode) {
    return RecordKey::formDefinition(planId, formCode);
}

namespace {
Diagnostic fileDiagnostic(Severity severity, const QString& file, int line,
                          const QString& message) {
    Diagnostic d;
    d.severity = severity;
    d.file = file;
    d.line = line;
    d.message = message;
    return d;
}
} // namespace

ReportDocument report(const FormDefinition& d, const QString& unitName, const FormTable& table,
                      const QString& note) {
    ReportDocument doc;
    doc.name = QStringLiteral("%1-%2-%3").arg(unitName).arg(table.year).arg(d.title);
    doc.title(d.effectivePrintTitle());
    QString header = QStringLiteral("填报单位：%1    年度：%2").arg(unitName).arg(table.year);
    for (const FormField& f : d.headerFields)
        header += QStringLiteral("    %1：%2").arg(f.caption, table.field(f.key));
    doc.subtitle(header);
    if (!note.isEmpty())
        doc.paragraph(note);
    ReportTable t;
    if (d.hasGroups())
        t.header << d.groupCaption;
    t.header << (d.rowCaption.isEmpty() ? QStringLiteral("项目") : d.rowCaption);
    const int labels = int(t.header.size());
    for (int i = 0; i < d.columns.size(); ++i) {
        t.header << columnHeader(d.columns.at(i));
        if (d.columns.at(i).type != FormColumnType::Text)
            t.numericColumns << labels + i;
    }
    const auto addRow = [&](const FormRow& row, const QString& label) {
        QStringList cells;
        if (d.hasGroups())
            cells << row.group;
        cells << label;
        for (const FormColumn& c : d.columns) {
            const QString text = formatFormCell(d, row, c);
            cells << (text.isEmpty() && c.type == FormColumnType::Derived ? QStringLiteral("—")
                                                                          : text);
        }
        t.rows << cells;
    };
    for (const FormRow& row : table.rows)
        addRow(row, row.key);
    t.boldRows << int(t.rows.size());
    addRow(table.total(d), QStringLiteral("合计"));
    doc.table(t);
    const QList<FormField> footer =
        d.footerFields.isEmpty() ? form_fields::standardFooter() : d.footerFields;
    QStringList parts;
    for (const FormField& f : footer)
        parts << QStringLiteral("%1：%2").arg(f.caption, table.field(f.key));
    doc.paragraph(parts.join(QStringLiteral("    ")), true);
    for (int i = 0; i < d.notes.size(); ++i)
        doc.footnote(QStringLiteral("（%1）%2").arg(i + 1).arg(d.notes.at(i)));
    return doc;
}

PreparedImport prepareImport(const QSqlDatabase& db, const FormDefinition& d,
                             const QString& unitCode, int year, const QString& path) {
    PreparedImport out;
    out.file = path;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.diagnostics << fileDiagnostic(Severity::Error, name, 0, file.errorString());
        return out;
    }
    const FormCsvContent content = readFormTableCsv(file.readAll(), name, d);
    out.encoding = content.encoding;
    out.diagnostics << content.diagnostics;
    const UnitRepository units(db);
    const auto selected = units.find(unitCode);
    for (const FormCsvTable& found : content.tables) {
        FormTable t = found.table;
        t.formCode = d.code;
        if (!found.unitText.isEmpty()) {
            const auto unit = units.resolveReportingName(found.unitText);
            if (!unit || unit->code != unitCode) {
                out.diagnostics << fileDiagnostic(
                    Severity::Error, name, found.unitLine,
                    QCoreApplication::translate("FormImport",
                                                "填报单位 \"%1\" is not %2, the unit selected")
                        .arg(found.unitText, selected ? selected->name : unitCode));
                continue;
            }
        }
        if (found.year && *found.year != year) {
            out.diagnostics << fileDiagnostic(
                Severity::Error, name, found.yearLine,
                QCoreApplication::translate("FormImport",
                                            "the file is for %1, the year selected is %2")
                    .arg(*found.year)
                    .arg(year));
            continue;
        }
        t.unitCode = unitCode;
        t.year = year;
        const QStringList planRows = [&] {
            QStringList keys;
            for (const FormRow& r : FormRepository(db).templateRows(d, unitCode))
                keys << r.key;
            return keys;
        }();
        for (FormRow& r : t.rows)
            r.local = d.rowKind != FormRowKind::Free && !planRows.contains(r.key);
        for (Diagnostic v : validateFormTable(d, t)) {
            v.file = name;
            v.line = found.rowLines.value(v.row);
            out.diagnostics << v;
        }
        for (int i = 0; i < t.rows.size(); ++i)
            for (const FormColumn& c : d.columns)
                if (const auto w = checkStatedDerivedValue(
                        d, t.rows.at(i), c,
                        found.statedDerived.value(i).contains(c.key)
                            ? std::optional<double>(found.statedDerived.value(i).value(c.key))
                            : std::nullopt,
                        i)) {
                    Diagnostic x = *w;
                    x.file = name;
                    x.line = found.rowLines.value(i);
                    out.diagnostics << x;
                }
        if (found.statedTotal) {
            const FormRow sum = t.total(d);
            for (const FormColumn& c : d.numberColumns())
                if (found.statedTotal->number(c.key) &&
                    sum.number(c.key) != found.statedTotal->number(c.key))
                    out.diagnostics << fileDiagnostic(
                        Severity::Error, name, found.totalLine,
                        QCoreApplication::translate("FormImport",
                                                    "合计 %1 is %2 but the rows add up to %3")
                            .arg(c.caption, formatFormCell(d, *found.statedTotal, c),
                                 formatFormCell(d, sum, c)));
        }
        out.tables << t;
    }
    return out;
}

bool commitImport(const QSqlDatabase& db, const FormDefinition&, const PreparedImport& prepared,
                  QString* error) {
    for (const FormTable& t : prepared.tables)
        if (!FormRepository(db).save(t, QFileInfo(prepared.file).fileName(), audit::kFormImported,
                                     error))
            return false;
    return true;
}

} // namespace yufang::form_access
