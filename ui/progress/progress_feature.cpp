#include "progress_feature.h"

#include "dashboard_tab.h"
#include "main_window.h"
#include "progress_report_actions.h"
#include "trends_tab.h"

#include <QMenu>
#include <QTabWidget>

namespace yufang {

ProgressFeature installProgressFeature(MainWindow& window, Session& session, Prompter& prompter) {
    ProgressFeature f;
    f.dashboard = new DashboardTab(session, window.tabs());
    // The overview comes first (DESIGN.md: 概览, 基本情况表, 趋势, …) and is what the window
    // opens on: where the unit stands, at a glance.
    window.tabs()->insertTab(0, f.dashboard, DashboardTab::tr("Overview"));
    window.tabs()->setCurrentIndex(0);
    f.trends = new TrendsTab(session, prompter, window.tabs());
    window.addFeatureTab(f.trends, TrendsTab::tr("Trends"));
    f.report = new ProgressReportActions(session, prompter, &window);
    window.reportsMenu()->addAction(f.report->previewAction());
    window.reportsMenu()->addAction(f.report->pdfAction());
    return f;
}

} // namespace yufang
