#include "disease_export.h"

#include "io/disease_csv.h"
#include "services/indicator_service.h"
#include "services/unit_bureau.h"
#include "storage/disease_repository.h"
#include "storage/indicator_repository.h"
#include "storage/plan_repository.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiseaseExport)
};
QString count(const Count& c) {
    return c ? QString::number(*c) : QString();
}
} // namespace

std::optional<ReportDocument> DiseaseExport::report(const QString& unitCode, int year,
                                                    QString* error) const {
    const UnitRepository units(m_db);
    const auto unit = units.find(unitCode);
    const auto plan =
        unit ? PlanRepository(m_db).find(units.effectivePlanId(unitCode, year)) : std::nullopt;
    if (!unit || !plan) {
        if (error)
            *error = !unit ? Text::tr("unknown unit %1").arg(unitCode)
                           : Text::tr("%1 follows no plan").arg(unit->name);
        return std::nullopt;
    }
    const DiseaseRepository repo(m_db);
    const DiseaseTable t = repo.figures(unitCode, year);
    ReportDocument doc;
    doc.name = QStringLiteral("职业病情况表-%1-%2").arg(unit->name).arg(year);
    // The bureau signs the form (the place is only the unit): 填报单位 and every page name it,
    // as the annex does (domain/bureau_name).
    const QString bureau = bureauName(m_db, unitCode);
    doc.runningHeader.issuer = bureau;
    doc.title(diseaseFormTitle(*plan));
    doc.paragraph(QStringLiteral("填报单位：%1　　年度：%2").arg(bureau).arg(year));
    ReportTable table;
    table.header = diseaseHeader();
    table.numericColumns = {1, 2, 3, 4};
    table.columnWeights = {16, 12, 12, 10, 10, 20};
    auto add = [&](const QString& label, const DiseaseCounts& c, const QString& remark) {
        table.rows << QStringList{label,
                                  count(c.pneumoconiosis),
                                  count(c.otherDiseases),
                                  count(c.newCases()),
                                  count(c.dustExposed),
                                  remark};
    };
    for (const DiseaseRow& r : t.rows)
        add(r.industry, r.counts, r.remark);
    table.boldRows << int(table.rows.size());
    add(QStringLiteral("合计"), t.total(), {});
    doc.table(table);
    ReportTable trendTable;
    trendTable.header = {
        QStringLiteral("年度"), QStringLiteral("新发病例合计"), QStringLiteral("其中尘肺病"),
        QStringLiteral("较%1年变化").arg(plan->baselineYear), QStringLiteral("是否达到目标")};
    trendTable.numericColumns = {1, 2, 3};
    const auto trend = IndicatorService(m_db).diseaseCasesTrend(*plan, unitCode);
    const auto target = IndicatorRepository(m_db).diseaseReductionTarget(plan->id);
    for (const IndicatorFigure& p : trend ? trend->points : QList<IndicatorFigure>{}) {
        const auto met = indicators::targetReached(trend->definition, p);
        trendTable.rows << QStringList{
            QString::number(p.year),
            indicators::formatValue(trend->definition, p.value)
                .replace(QStringLiteral("—"), QString()),
            p.sums.contains(QStringLiteral("pneumoconiosis"))
                ? QString::number(p.sums.value(QStringLiteral("pneumoconiosis")))
                : QString(),
            indicators::formatDifference(trend->definition, p),
            met ? (*met ? QStringLiteral("是") : QStringLiteral("否")) : QStringLiteral("—")};
    }
    if (!trendTable.rows.isEmpty()) {
        doc.subtitle(QStringLiteral("与%1年基线比较").arg(plan->baselineYear));
        doc.table(trendTable);
    }
    doc.paragraph(QStringLiteral("填报人：%1　　联系电话：%2").arg(t.preparer, t.phone), true);
    doc.footnote(target
                     ? QStringLiteral("目标：新发病例较%1年下降%2%。")
                           .arg(plan->baselineYear)
                           .arg(*target * 100.0, 0, 'f', 0)
                     : QStringLiteral(
                           "实施方案要求职业病发生率明显下降，未设定具体数值，表中列示实际变化。"));
    return doc;
}

} // namespace yufang
