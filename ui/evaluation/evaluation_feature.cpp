#include "evaluation_feature.h"

#include "evaluation_dialog.h"
#include "main_window.h"
#include "prompter.h"
#include "session.h"

#include <QAction>
#include <QMenu>

namespace yufang {

void installEvaluationFeature(MainWindow& window, Session& session, Prompter& prompter) {
    QMenu* reports = window.reportsMenu();
    reports->addSeparator();
    const auto add = [&](EvaluationKind kind, const QString& text) {
        QAction* action = reports->addAction(text);
        QObject::connect(action, &QAction::triggered, &window,
                         [w = &window, s = &session, p = &prompter, kind] {
                             EvaluationDialog dialog(*s, *p, kind, w);
                             dialog.exec();
                         });
    };
    add(EvaluationKind::Final, EvaluationDialog::tr("&Final evaluation…"));
    add(EvaluationKind::Annual, EvaluationDialog::tr("&Annual report…"));
}

} // namespace yufang
