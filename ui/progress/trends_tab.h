#pragma once

#include "services/progress_service.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;

namespace yufang {

class LazyReload;

class ChartPanel;
class Prompter;
class Session;

// The 趋势 tab: the accident rate by year (one line per industry, tickable; the total in bold;
// baseline level, glide path and target level), the reduction by industry against the target,
// the units below compared, and the new occupational-disease cases by year. Rebuilt when the
// selection or the annex data change.
class TrendsTab : public QWidget {
    Q_OBJECT
public:
    TrendsTab(Session& session, Prompter& prompter, QWidget* parent = nullptr);

    ChartPanel* rateChart() const { return m_rate; }
    ChartPanel* reductionChart() const { return m_reduction; }
    ChartPanel* childrenChart() const { return m_children; }
    ChartPanel* diseaseChart() const { return m_disease; }
    QListWidget* seriesList() const { return m_series; }
    const std::optional<UnitProgress>& progress() const { return m_progress; }

public Q_SLOTS:
    void reload();

private:
    void seriesToggled();
    void showDisease();

    Session& m_session;
    std::optional<UnitProgress> m_progress;
    LazyReload* m_lazy; // progress reads every year of the subtree: only for the tab on screen
    bool m_filling = false;
    QLabel* m_note;
    QListWidget* m_series;
    ChartPanel* m_rate;
    ChartPanel* m_reduction;
    ChartPanel* m_children;
    ChartPanel* m_disease;
};

} // namespace yufang
