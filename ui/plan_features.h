#pragma once

namespace yufang {

class ExpertTab;
class FeeTab;
class MainWindow;
class Prompter;
class RateFloatTab;
class Session;
class TasksTab;

// The plan's tasks and instruments (issue "tasks"): the 任务, 费率浮动, 工伤预防费 and 专家库 tabs,
// File → Plans… (the plan editor) and the task checklist in the Reports menu.
struct PlanFeatures {
    TasksTab* tasks = nullptr;
    RateFloatTab* rates = nullptr;
    FeeTab* fee = nullptr;
    ExpertTab* experts = nullptr;
};

PlanFeatures installPlanFeatures(MainWindow& window, Session& session, Prompter& prompter);

} // namespace yufang
