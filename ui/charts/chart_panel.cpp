#include "chart_panel.h"
#include "status_messages.h"

#include "chart_adapter.h"
#include "prompter.h"

#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace yufang {

ChartPanel::ChartPanel(Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_prompter(prompter) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    // The save button floats in the chart's top-right corner: a row of its own would cost the
    // height bar labels need (Qt Charts elides them below about 21 px per bar).
    m_save = new QToolButton(m_view);
    m_save->setText(tr("Save chart…"));
    m_save->setToolTip(tr("Save this chart as PNG or SVG"));
    m_save->setAutoRaise(true);
    connect(m_save, &QToolButton::clicked, this, &ChartPanel::saveDialog);
    layout->addWidget(m_view, 1);
}

void ChartPanel::setSpec(const ChartSpec& spec) {
    m_spec = spec;
    rebuild();
}

void ChartPanel::setHiddenSeries(const QSet<QString>& keys) {
    m_hidden = keys;
    rebuild();
}

void ChartPanel::setLegendVisible(bool visible) {
    m_legend = visible;
    rebuild();
}

void ChartPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    m_save->adjustSize();
    m_save->move(m_view->width() - m_save->width() - 4, 4);
}

void ChartPanel::rebuild() {
    QChart* old = m_view->chart();
    QChart* chart = ChartAdapter::createChart(m_spec, m_hidden, m_legend).release();
    // The title starts below the floating save button, so at 1024 px the two never overlap.
    QMargins margins = chart->margins();
    margins.setTop(margins.top() + m_save->sizeHint().height());
    chart->setMargins(margins);
    m_view->setChart(chart);
    delete old; // setChart releases the previous chart without deleting it
    // A bar chart gets about 24 px per bar besides its title, axis and legend: Qt Charts elides
    // every category name once they no longer fit a row each.
    m_view->setMinimumHeight(m_spec.kind == ChartSpec::Kind::Bar
                                 ? std::max(220, 24 * int(m_spec.categories.size()) + 130)
                                 : 220);
    m_save->setEnabled(!m_spec.isEmpty());
}

bool ChartPanel::saveTo(const QString& path, QString* error) const {
    const QSize size = m_view->size().expandedTo(QSize(1000, 600));
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return ChartAdapter::saveSvg(m_spec, path, size, error, m_hidden);
    return ChartAdapter::savePng(m_spec, path, size, error, m_hidden);
}

void ChartPanel::saveDialog() {
    QString selected;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save chart"), m_spec.key + QStringLiteral(".png"),
                                     tr("PNG image (*.png);;SVG image (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    if (!path.contains(QLatin1Char('.')))
        path += selected.contains(QLatin1String("svg")) ? QStringLiteral(".svg")
                                                        : QStringLiteral(".png");
    QString error;
    if (!saveTo(path, &error))
        m_prompter.warning(this, tr("Save chart"), error);
    else
        status::fileWritten(this, path);
}

} // namespace yufang
