#include "printed_annex.h"

#include "services/annex_export.h"
#include "services/roll_up.h"
#include "services/unit_bureau.h"
#include "storage/plan_repository.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AnnexReport)
};
} // namespace

std::optional<ReportDocument> AnnexReportBuilder::one(const Unit& unit, int year,
                                                      QString* error) const {
    const UnitRepository units(m_db);
    const auto plan = PlanRepository(m_db).find(units.effectivePlanId(unit.code, year));
    if (!plan) {
        if (error)
            *error = Text::tr("%1 follows no plan").arg(unit.name);
        return std::nullopt;
    }
    const AnnexTable table = AnnexExport(m_db).figures(unit.code, year);
    const QString note = units.hasChildren(unit.code)
                             ? rollUpCompleteness(m_db, unit.code, year).officialNote()
                             : QString();
    return annexReport(*plan, unit, table, note, bureauName(m_db, unit.code));
}

std::optional<ReportDocument> AnnexReportBuilder::build(const QString& unitCode, int year,
                                                        AnnexPrintMode mode, QString* error) const {
    const UnitRepository units(m_db);
    const auto unit = units.find(unitCode);
    if (!unit) {
        if (error)
            *error = Text::tr("unknown unit %1").arg(unitCode);
        return std::nullopt;
    }
    const QList<Unit> children = units.children(unitCode);
    if (mode == AnnexPrintMode::Consolidated || children.isEmpty())
        return one(*unit, year, error);
    ReportDocument doc;
    doc.name = QStringLiteral("重点行业企业基本情况表-%1下属单位-%2").arg(unit->name).arg(year);
    for (const Unit& child : children) {
        const auto page = one(child, year, error);
        if (!page)
            return std::nullopt;
        doc.append(*page);
    }
    return doc;
}

} // namespace yufang
