#pragma once

#include "report/chart_spec.h"

#include <QSet>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE
class QToolButton;

namespace yufang {

class Prompter;

// One chart on screen with a "Save chart" button (PNG or SVG). Rebuilt from its ChartSpec
// whenever the spec or the hidden series change.
class ChartPanel : public QWidget {
    Q_OBJECT
public:
    ChartPanel(Prompter& prompter, QWidget* parent = nullptr);

    void setSpec(const ChartSpec& spec);
    void setHiddenSeries(const QSet<QString>& keys);
    // Saved images always carry the legend; on screen a list beside the chart may replace it.
    void setLegendVisible(bool visible);
    const ChartSpec& spec() const { return m_spec; }
    QChartView* chartView() const { return m_view; }

    // The format follows the suffix (.svg, else PNG); the size is that of the chart on screen,
    // at least 1000×600 so a saved chart is legible in a document.
    bool saveTo(const QString& path, QString* error) const;

public Q_SLOTS:
    void saveDialog();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();

    Prompter& m_prompter;
    ChartSpec m_spec;
    QSet<QString> m_hidden;
    bool m_legend = true;
    QChartView* m_view;
    QToolButton* m_save;
};

} // namespace yufang
