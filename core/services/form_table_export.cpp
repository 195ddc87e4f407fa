#include "form_table_export.h"

#include "form_definitions.h"

#include "indicator_service.h"

#include "io/form_csv_writer.h"
#include "io/form_xlsx_sheet.h"
#include "report/form_report.h"
#include "services/unit_bureau.h"
#include "storage/form_repository.h"
#include "storage/plan_repository.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FormTableExport)
};
} // namespace

std::optional<FormTableExport::Figures> FormTableExport::figures(const QString& unitText,
                                                                 const QString& formCode, int year,
                                                                 QString* error) const {
    const UnitRepository units(m_db);
    const auto unit = units.resolve(unitText);
    if (!unit) {
        if (error)
            *error = Text::tr("unknown unit: %1").arg(unitText);
        return std::nullopt;
    }
    const auto definition = FormDefinitions(m_db).forUnit(unit->code, formCode, year);
    if (!definition) {
        if (error)
            *error = Text::tr("the plan %1 follows has no form %2").arg(unit->name, formCode);
        return std::nullopt;
    }
    Figures f;
    f.definition = *definition;
    f.unit = *unit;
    f.table = FormRepository(m_db).figures(*definition, unit->code, year);
    if (units.hasChildren(unit->code)) {
        f.completeness = rollUpCompleteness(m_db, unit->code, year, formCode);
        if (definition->consolidationNote)
            f.statusNote = f.completeness.officialNote();
    }
    return f;
}

bool FormTableExport::write(TableSink& sink, const QString& unit, const QString& formCode, int year,
                            CsvLayout layout, QString* error) const {
    const auto f = figures(unit, formCode, year, error);
    if (!f)
        return false;
    if (layout == CsvLayout::Form)
        writeFormLayout(sink, f->definition, f->unit.name, f->table, f->statusNote);
    else
        writeFormData(sink, f->definition, f->unit, f->table);
    return true;
}

std::optional<QString> FormTableExport::csv(const QString& unit, const QString& formCode, int year,
                                            CsvLayout layout, QString* error) const {
    CsvWriter w;
    if (!write(w, unit, formCode, year, layout, error))
        return std::nullopt;
    return w.text();
}

bool FormTableExport::officialXlsx(const QString& unit, const QString& formCode, int year,
                                   bool blankTemplate, QByteArray* bytes, QString* error) const {
    const auto f = figures(unit, formCode, year, error);
    if (!f)
        return false;
    FormSheetOptions options;
    options.bureau = bureauName(m_db, f->unit.code);
    options.consolidated = UnitRepository(m_db).hasChildren(f->unit.code);
    options.blankTemplate = blankTemplate;
    if (!blankTemplate)
        options.statusNote = f->statusNote;
    return formOfficialXlsx(f->definition, f->table, options, bytes, error);
}

std::optional<ReportDocument> FormTableExport::report(const QString& unit, const QString& formCode,
                                                      int year, QString* error) const {
    const auto f = figures(unit, formCode, year, error);
    if (!f)
        return std::nullopt;
    return formReport(f->definition, f->table,
                      context(f->unit, f->definition, year, f->statusNote));
}

std::optional<ReportDocument> FormTableExport::reportPerChild(const QString& unit,
                                                              const QString& formCode, int year,
                                                              QString* error) const {
    const auto f = figures(unit, formCode, year, error);
    if (!f)
        return std::nullopt;
    const QList<Unit> children = UnitRepository(m_db).children(f->unit.code);
    if (children.isEmpty())
        return formReport(f->definition, f->table,
                          context(f->unit, f->definition, year, f->statusNote));
    ReportDocument doc;
    for (const Unit& child : children) {
        const auto page = report(child.code, formCode, year, error);
        if (!page)
            return std::nullopt;
        doc.append(*page);
    }
    // Named as the document is in every office: …-临沂市下属单位-2023.
    const QString& name = f->definition.print.documentName;
    doc.name = QStringLiteral("%1-%2下属单位-%3")
                   .arg(name.isEmpty() ? f->definition.title : name, f->unit.name)
                   .arg(year);
    return doc;
}

FormReportContext FormTableExport::context(const Unit& unit, const FormDefinition& definition,
                                           int year, const QString& statusNote) const {
    FormReportContext c;
    c.unitName = unit.name;
    c.issuer = bureauName(m_db, unit.code);
    c.consolidated = UnitRepository(m_db).hasChildren(unit.code);
    c.statusNote = statusNote;
    const UnitRepository units(m_db);
    if (const auto plan = PlanRepository(m_db).find(units.effectivePlanId(unit.code, year)))
        c.rateDenominator = plan->rateDenominator;
    if (definition.print.indicators == FormIndicatorPrint::None)
        return c;
    c.indicators = indicators(unit.code, definition.code, year);
    if (definition.print.indicators == FormIndicatorPrint::Trend) {
        const auto plan = PlanRepository(m_db).find(units.effectivePlanId(unit.code, year));
        const IndicatorService service(m_db);
        for (const IndicatorResult& r : c.indicators)
            if (plan)
                c.trends << service.trend(r.definition, *plan, unit.code);
    }
    return c;
}

QList<IndicatorResult> FormTableExport::indicators(const QString& unit, const QString& formCode,
                                                   int year) const {
    QList<IndicatorResult> out;
    const auto all = IndicatorService(m_db).evaluate(unit, year);
    if (!all)
        return out;
    for (const IndicatorResult& r : all->indicators)
        if (r.definition.formCode == formCode && r.problem.isEmpty())
            out << r;
    return out;
}

} // namespace yufang
