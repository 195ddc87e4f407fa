#include "disease_tab.h"

#include "charts/chart_axes.h"
#include "forms/form_access.h"
#include "forms/form_editor.h"
#include "forms/form_file_actions.h"
#include "forms/form_table_model.h"
#include "prompter.h"
#include "session.h"

#include "domain/disease.h"
#include "services/indicator_service.h"
#include "services/register_figures.h"
#include "storage/form_repository.h"
#include "storage/indicator_repository.h"

#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace yufang {

DiseaseTab::DiseaseTab(Session& session, Prompter& prompter, QWidget* parent)
    : UnitFormTab(session, prompter,
                  {QStringLiteral("disease"), QStringLiteral("职业病情况表"),
                   tr("The occupational disease table of %1 for %2"),
                   tr("The occupational disease table for %1, %2 has unsaved changes. Save "
                      "them?"),
                   tr("Import occupational disease table"),
                   tr("%1 %2 already holds occupational disease figures. Replace them with %3?"),
                   tr("Export occupational disease table")},
                  parent) {
    m_target = new QLabel(this);
    m_target->setWordWrap(true);
    m_trend = new QTableWidget(0, 5, this);
    m_trend->setHorizontalHeaderLabels({tr("Year"), tr("New cases"), tr("of which pneumoconiosis"),
                                        tr("Change vs baseline"),
                                        tr("Target met", "column header")});
    m_trend->verticalHeader()->setVisible(false);
    m_trend->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_trend->horizontalHeader()->setStretchLastSection(true);
    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(170);
    auto* trend = new QWidget(this);
    auto* right = new QVBoxLayout(trend);
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_target);
    right->addWidget(m_chart, 1);
    right->addWidget(m_trend, 1);
    editor()->setSidePanel(trend);

    auto* setTargetButton = new QPushButton(tr("Plan target…"), this);
    auto* importButton = new QPushButton(tr("Import…"), this);
    auto* exportButton = new QPushButton(tr("Export table…"), this);
    auto* printButton = new QPushButton(tr("Print preview…"), this);
    auto* pdfButton = new QPushButton(tr("Export PDF…"), this);
    for (QPushButton* b : {setTargetButton, importButton, exportButton, printButton, pdfButton})
        addButton(b);
    connect(setTargetButton, &QPushButton::clicked, this, &DiseaseTab::setTarget);
    connect(importButton, &QPushButton::clicked, files(), &FormFileActions::importDialog);
    connect(exportButton, &QPushButton::clicked, files(), &FormFileActions::exportDialog);
    connect(printButton, &QPushButton::clicked, files(), &FormFileActions::printPreview);
    connect(pdfButton, &QPushButton::clicked, files(), &FormFileActions::exportPdfDialog);
    reload();
}

// The register does not split cases by disease: say so wherever its figures are summed.
QString DiseaseTab::registerNote(const QString& unitCode, int year) const {
    const int derived =
        FormRepository(session().connection())
            .unitsWithSource(formCode(), unitCode, year, RegisterFiguresDerivation::source());
    return derived ? tr("%1 unit(s) took their figures from the enterprise register, which does "
                        "not split cases by disease: all their new cases are under other "
                        "diseases.")
                         .arg(derived)
                   : QString();
}

QString DiseaseTab::ownBanner(int year, const FormTable& table, bool) const {
    const QString note = registerNote(table.unitCode, year);
    return tr("New cases diagnosed in the year; workers exposed to dust where known.") +
           (note.isEmpty() ? QString() : QLatin1Char(' ') + note);
}

QString DiseaseTab::consolidatedNote(const Unit& unit, int year) const {
    return registerNote(unit.code, year);
}

void DiseaseTab::shown() {
    if (m_chart) // built
        updateTrend();
}

void DiseaseTab::updateTrend() {
    m_trend->setRowCount(0);
    QChart* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    const auto unit = session().unit();
    const auto plan = session().plan();
    if (!unit || !plan) {
        m_chart->setChart(chart);
        m_target->clear();
        return;
    }
    const auto trend =
        IndicatorService(session().connection()).diseaseCasesTrend(*plan, unit->code);
    const auto target =
        IndicatorRepository(session().connection()).diseaseReductionTarget(plan->id);
    m_target->setText(target ? tr("Plan target: new cases down %1% from %2.")
                                   .arg(*target * 100.0, 0, 'f', 0)
                                   .arg(plan->baselineYear)
                             : tr("The plan asks for a clear decrease from %1 without a number; "
                                  "the change is shown.")
                                   .arg(plan->baselineYear));
    const QList<IndicatorFigure> points = trend ? trend->points : QList<IndicatorFigure>{};
    m_trend->setRowCount(int(points.size()));
    auto* cases = new QLineSeries;
    cases->setName(tr("New cases"));
    cases->setPointsVisible(true); // a single year of figures is a point, not an empty chart
    auto* baseline = new QLineSeries;
    baseline->setName(tr("Baseline %1").arg(plan->baselineYear));
    baseline->setPen(QPen(QColor(0x88, 0x88, 0x88), 1.5, Qt::DashLine));
    qint64 maxCases = 1;
    std::optional<qint64> baseCases;
    const QString pneumoconiosis = diseaseFieldKey(DiseaseField::Pneumoconiosis);
    for (int r = 0; r < points.size(); ++r) {
        const IndicatorFigure& p = points.at(r);
        const std::optional<qint64> n =
            p.value ? std::optional(p.value->numerator) : std::nullopt; // a count: n ÷ 1
        const auto met = indicators::targetReached(trend->definition, p);
        const QStringList cells = {
            QString::number(p.year), n ? QString::number(*n) : QStringLiteral("—"),
            p.sums.contains(pneumoconiosis) ? QString::number(p.sums.value(pneumoconiosis))
                                            : QStringLiteral("—"),
            indicators::formatDifference(trend->definition, p),
            met ? (*met ? tr("Yes") : tr("No")) : QStringLiteral("—")};
        for (int c = 0; c < cells.size(); ++c)
            m_trend->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        if (n) {
            cases->append(p.year, double(*n));
            maxCases = std::max(maxCases, *n);
        }
        if (p.year == plan->baselineYear)
            baseCases = n;
    }
    chart->addSeries(cases);
    const int first =
        points.isEmpty() ? plan->baselineYear : std::min(plan->baselineYear, points.first().year);
    const int last = points.isEmpty() ? plan->endYear : std::max(plan->endYear, points.last().year);
    if (baseCases) {
        baseline->append(first, double(*baseCases));
        baseline->append(last, double(*baseCases));
        chart->addSeries(baseline);
    } else {
        delete baseline;
    }
    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart_axes::fitYears(chart, x, first, last, 0.2);
    chart_axes::fitValues(y, 0, double(maxCases), true);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    m_trend->resizeColumnsToContents();
}

void DiseaseTab::setTarget() {
    const auto plan = session().plan();
    if (!plan)
        return;
    const auto text =
        prompter().text(this, tr("Occupational disease target"),
                        tr("Reduction of new cases from %1 by %2, in % (empty: no numeric target):")
                            .arg(plan->baselineYear)
                            .arg(plan->endYear));
    if (!text)
        return;
    std::optional<double> target;
    if (!text->trimmed().isEmpty()) {
        bool ok = false;
        const double v = QString(*text).remove(QLatin1Char('%')).trimmed().toDouble(&ok);
        // The plan's disease-cases indicator carries it as a relative target: a fall of more
        // than 0 % and less than 100 %.
        if (!ok || v <= 0 || v >= 100) {
            prompter().warning(this, tr("Occupational disease target"),
                               tr("Enter a percentage above 0 and below 100."));
            return;
        }
        target = v / 100.0;
    }
    QString error;
    if (!IndicatorRepository(session().connection())
             .setDiseaseReductionTarget(plan->id, target, &error))
        prompter().warning(this, tr("Occupational disease target"), error);
    updateTrend();
    // The target changes the verdict on 概览 and 趋势 too.
    session().notifyFiguresChanged(session().unitCode(), session().year());
}

} // namespace yufang
