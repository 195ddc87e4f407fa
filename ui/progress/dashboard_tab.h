#pragma once

#include "domain/indicator_evaluation.h"
#include "services/progress_service.h"

#include <QWidget>

#include <optional>

class QGroupBox;
class QVBoxLayout;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace yufang {

class LazyReload;

class ProgressTableModel;
class Session;

// The 概览 tab: where the selected unit stands against its plan's accident-rate target. The
// key-industry rate in the baseline year and the latest year with data, the reduction against
// the target with its status in colour and in words, the same per industry (sortable), the
// total by year with the coverage rate, and the units below, worst first. Below the figures, the
// occupational-disease cases (consolidated) in the baseline and latest year against the plan.
class DashboardTab : public QWidget {
    Q_OBJECT
public:
    explicit DashboardTab(Session& session, QWidget* parent = nullptr);

    const std::optional<UnitProgress>& progress() const { return m_progress; }
    const QList<ChildProgress>& children() const { return m_children; }
    ProgressTableModel* industryModel() const { return m_industries; }
    QSortFilterProxyModel* industryProxy() const { return m_industryProxy; }
    QTableView* industryView() const { return m_industryView; }
    ProgressTableModel* yearModel() const { return m_years; }
    ProgressTableModel* childModel() const { return m_childModel; }
    QLabel* baselineValue() const { return m_baselineValue; }
    QLabel* latestValue() const { return m_latestValue; }
    QLabel* reductionValue() const { return m_reductionValue; }
    QLabel* statusBadge() const { return m_statusBadge; }
    QLabel* behindLine() const { return m_behindLine; }
    QLabel* coverageLine() const { return m_coverageLine; }
    QLabel* missingLine() const { return m_missingLine; }
    QLabel* summary() const { return m_summary; }
    QLabel* diseaseLine() const { return m_diseaseLine; }
    const QList<IndicatorFigure>& diseaseTrend() const { return m_diseaseTrend; }

    // Another feature's panel under the figures (the form engine's indicator cards), so the
    // cards above stay as they are.
    void addPanel(QWidget* panel);

public Q_SLOTS:
    void reload();

private:
    void showFigures();
    void showDisease();

    Session& m_session;
    std::optional<UnitProgress> m_progress;
    QList<ChildProgress> m_children;
    LazyReload* m_lazy; // progress reads every year of the subtree: only for the tab on screen
    QLabel* m_title;
    QLabel* m_planLine;
    QLabel* m_baselineCaption;
    QLabel* m_baselineValue;
    QLabel* m_latestCaption;
    QLabel* m_latestValue;
    QLabel* m_reductionCaption;
    QLabel* m_reductionValue;
    QLabel* m_statusBadge;
    QLabel* m_summary;
    QLabel* m_coverageLine;
    QLabel* m_industryCaption;
    ProgressTableModel* m_industries;
    QSortFilterProxyModel* m_industryProxy;
    QTableView* m_industryView;
    ProgressTableModel* m_years;
    QTableView* m_yearView;
    QWidget* m_childBox;
    QLabel* m_childCaption;
    QLabel* m_behindLine;
    QLabel* m_missingLine;
    ProgressTableModel* m_childModel;
    QTableView* m_childView;
    QGroupBox* m_diseaseBox;
    QVBoxLayout* m_content; // the scrolled figures, where addPanel puts a panel
    QLabel* m_diseaseLine;
    QList<IndicatorFigure> m_diseaseTrend;
};

} // namespace yufang
