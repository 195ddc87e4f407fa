#include "plan_features.h"

#include "instruments/expert_tab.h"
#include "instruments/fee_tab.h"
#include "instruments/rate_float_tab.h"
#include "main_window.h"
#include "plans/plan_editor_dialog.h"
#include "session.h"
#include "tasks/tasks_tab.h"

#include <QAction>
#include <QMenu>
#include <QTabWidget>

namespace yufang {

PlanFeatures installPlanFeatures(MainWindow& window, Session& session, Prompter& prompter) {
    PlanFeatures f;
    f.tasks = new TasksTab(session, prompter, &window);
    f.rates = new RateFloatTab(session, prompter, &window);
    f.fee = new FeeTab(session, prompter, &window);
    f.experts = new ExpertTab(session, prompter, &window);
    window.addFeatureTab(f.tasks, QObject::tr("Tasks"));
    window.addFeatureTab(f.rates, QObject::tr("Rates", "main tab"));
    window.addFeatureTab(f.fee, QObject::tr("Fee", "main tab"));
    window.addFeatureTab(f.experts, QObject::tr("Experts", "main tab"));
    QObject::connect(f.experts, &ExpertTab::poolChanged, f.fee, &FeeTab::reload);

    auto* plans = new QAction(QObject::tr("P&lans…"), &window);
    plans->setObjectName(QStringLiteral("PlansAction"));
    QObject::connect(plans, &QAction::triggered, &window,
                     [&window, &session, &prompter, tasks = f.tasks] {
                         if (!session.hasDatabase())
                             return;
                         PlanEditorDialog dialog(session, prompter, &window);
                         dialog.exec();
                         if (dialog.changedSomething()) {
                             // Industries, titles and the calendar follow the plan: let every view
                             // re-read.
                             session.notifyFiguresChanged(session.unitCode(), session.year());
                             tasks->reload();
                         }
                     });
    window.addFileActions({plans});

    auto* checklist =
        window.reportsMenu()->addAction(QObject::tr("Task checklist — print preview…"));
    QObject::connect(checklist, &QAction::triggered, f.tasks, [&window, tasks = f.tasks] {
        window.tabs()->setCurrentWidget(tasks);
        tasks->printPreview();
    });
    return f;
}

} // namespace yufang
