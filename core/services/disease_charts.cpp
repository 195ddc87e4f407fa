#include "disease_charts.h"

#include <QCoreApplication>

namespace yufang::disease_charts {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiseaseCharts)
};

ChartSeries casesLine(DiseaseField field, const QList<IndicatorFigure>& trend) {
    ChartSeries line;
    line.key = diseaseFieldKey(field);
    line.label = field == DiseaseField::Pneumoconiosis ? Text::tr("Pneumoconiosis")
                                                       : Text::tr("Other occupational diseases");
    for (const IndicatorFigure& p : trend)
        if (const auto c = p.sums.constFind(line.key); c != p.sums.cend()) {
            line.points << QPointF(p.year, double(*c));
            line.tooltips << Text::tr("%1 %2: %3 new cases").arg(line.label).arg(p.year).arg(*c);
        }
    return line;
}
} // namespace

ChartSpec newCasesChart(const QString& unitName, const QList<IndicatorFigure>& trend) {
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Line;
    spec.key = QStringLiteral("disease_cases");
    spec.title = Text::tr("%1: new occupational disease cases by year").arg(unitName);
    spec.xTitle = Text::tr("Year");
    spec.yTitle = Text::tr("New cases");
    spec.countValues = true; // cases: 0, 1, 2, … and never "0, 0, 1, 1"
    for (DiseaseField field : {DiseaseField::Pneumoconiosis, DiseaseField::OtherDiseases}) {
        const ChartSeries line = casesLine(field, trend);
        if (!line.points.isEmpty())
            spec.series << line;
    }
    return spec;
}

} // namespace yufang::disease_charts
