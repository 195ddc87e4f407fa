#pragma once

namespace yufang {

class DashboardTab;
class FormsTab;
class IndicatorCards;
class MainWindow;
class Prompter;
class Session;

// The form engine in the main window: the 报表 tab after 基本情况表 (Ctrl+S saves it) and the
// indicator cards on 概览. The plan editor's 报表 and 指标 pages are part of the plan editor.
struct FormsFeature {
    FormsTab* tab = nullptr;
    IndicatorCards* cards = nullptr;
};

FormsFeature installFormsFeature(MainWindow& window, Session& session, Prompter& prompter,
                                 DashboardTab* dashboard);

} // namespace yufang
