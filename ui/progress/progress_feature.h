#pragma once

namespace yufang {

class DashboardTab;
class MainWindow;
class ProgressReportActions;
class Prompter;
class Session;
class TrendsTab;

// The progress feature in the main window: 概览 as the first tab, 趋势 after the others, and
// Reports → 进度报告… / PDF.
struct ProgressFeature {
    DashboardTab* dashboard = nullptr;
    TrendsTab* trends = nullptr;
    ProgressReportActions* report = nullptr;
};

ProgressFeature installProgressFeature(MainWindow& window, Session& session, Prompter& prompter);

} // namespace yufang
