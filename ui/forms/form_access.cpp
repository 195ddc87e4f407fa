#include "form_access.h"

#include "table_file.h"

#include "io/file_output.h"
#include "report/form_report.h"
#include "services/form_definitions.h"
#include "services/form_table_export.h"
#include "services/returns_service.h"
#include "storage/audit_log.h"
#include "storage/form_repository.h"
#include "storage/obligation_repository.h"
#include "storage/plan_repository.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>

namespace yufang::form_access {

bool isBuiltIn(const QString& formCode) {
    return formCode == QLatin1String("annex") || formCode == QLatin1String("training") ||
           formCode == QLatin1String("disease");
}

QList<FormDefinition> planForms(const QSqlDatabase& db, qint64 planId, Diagnostics* problems) {
    const FormDefinitions forms(db);
    if (problems)
        *problems << forms.check();
    return forms.ofPlan(planId);
}

QList<FormDefinition> engineForms(const QSqlDatabase& db, qint64 planId, Diagnostics* problems) {
    QList<FormDefinition> out;
    for (const FormDefinition& d : planForms(db, planId, problems))
        if (!isBuiltIn(d.code))
            out << d;
    return out;
}

bool exportForm(const QSqlDatabase& db, const QString& formCode, const QString& unitCode, int year,
                const QString& path, QString* error) {
    if (tableFormatForPath(path) == TableFormat::Xlsx) {
        QByteArray bytes;
        return FormTableExport(db).officialXlsx(unitCode, formCode, year, false, &bytes, error) &&
               writeFileAtomically(path, bytes, error);
    }
    bool filled = false;
    return writeTableFile(path, formFill(db, formCode, unitCode, year, error, &filled), error) &&
           filled;
}

bool exportTemplate(const QSqlDatabase& db, const QString& formCode, const QString& unitCode,
                    int year, const QString& path, QString* error) {
    QByteArray bytes;
    return FormTableExport(db).officialXlsx(unitCode, formCode, year, true, &bytes, error) &&
           writeFileAtomically(path, bytes, error);
}

TableFill formFill(const QSqlDatabase& db, const QString& formCode, const QString& unitCode,
                   int year, QString* error, bool* filled) {
    return [=](TableSink& sink) {
        const bool ok =
            FormTableExport(db).write(sink, unitCode, formCode, year, CsvLayout::Form, error);
        if (filled)
            *filled = ok;
    };
}

std::optional<FormDefinition> definitionFor(const QSqlDatabase& db, const QString& formCode,
                                            const QString& unitCode, int year) {
    return FormDefinitions(db).forUnit(unitCode, formCode, year);
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

bool saveSignature(const QSqlDatabase& db, const FormTable& table, RevisionTicket* ticket,
                   QString* error) {
    return FormRepository(db).saveSignature(table, QStringLiteral("manual"), error, ticket);
}

std::optional<FormLockInfo> lockOf(const QSqlDatabase& db, const QString& formCode,
                                   const QString& unitCode, int year) {
    return FormLocks(db).lockOf(formCode, unitCode, year);
}

bool unlock(const QSqlDatabase& db, const QString& formCode, const QString& unitCode, int year,
            const QString& reason, QString* error) {
    return ReturnsService(db).unlockForm(formCode, unitCode, year, reason, error);
}

QList<FormVersion> versions(const QSqlDatabase& db, const QString& formCode,
                            const QString& unitCode, int year) {
    return FormVersions(db).versions(formCode, unitCode, year);
}

Completeness completeness(const QSqlDatabase& db, const QString& formCode, const QString& unitCode,
                          int year) {
    return rollUpCompleteness(db, unitCode, year, formCode);
}

bool saveDefinition(const QSqlDatabase& db, qint64 planId, const FormDefinition& definition,
                    RevisionTicket* ticket, QString* error) {
    // Every problem, each under the field it is about ("columns[3].denominator: …"), so the
    // clerk sees where to look; the service would stop at the first.
    QStringList problems;
    for (const Diagnostic& d : validateFormDefinition(definition))
        problems << QStringLiteral("%1: %2").arg(d.field, d.message);
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    return FormDefinitions(db).save(planId, definition, /*replace=*/true, error, ticket);
}

bool removeDefinition(const QSqlDatabase& db, qint64 planId, const QString& formCode,
                      QString* error, QList<Obligation>* removedReturns) {
    return FormDefinitions(db).remove(planId, formCode, error, removedReturns);
}

QList<Obligation> returnsOfForm(const QSqlDatabase& db, qint64 planId, const QString& formCode) {
    const QString named = obligationFormCode(formCode);
    QList<Obligation> out;
    for (const Obligation& o : ObligationRepository(db).ofPlan(planId))
        if (o.annexKind != AnnexKind::None && o.formCode == named)
            out << o;
    return out;
}

RecordKey definitionKey(qint64 planId, const QString& formCode) {
    return RecordKey::formDefinition(planId, formCode);
}

ReportDocument report(const QSqlDatabase& db, const FormDefinition& definition, const Unit& unit,
                      const FormTable& table, const QString& note) {
    // 填报单位 and the running header name the bureau, as every printed form does.
    return formReport(definition, table,
                      FormTableExport(db).context(unit, definition, table.year, note));
}

std::optional<CopiedForm> copyDefinition(const QSqlDatabase& db, qint64 fromPlan,
                                         const QString& formCode, qint64 toPlan, QString* error) {
    return FormDefinitions(db).copy(fromPlan, formCode, toPlan, error,
                                    FormDefinitions::TakenCode::NextFree);
}

} // namespace yufang::form_access
