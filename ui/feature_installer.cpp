#include "feature_installer.h"

#include "evaluation/evaluation_feature.h"
#include "forms/forms_feature.h"
#include "plan_features.h"
#include "progress/progress_feature.h"
#include "training/training_feature.h"

namespace yufang {

void installFeatures(MainWindow& window, Session& session, Prompter& prompter) {
    const ProgressFeature progress = installProgressFeature(window, session, prompter);
    installTrainingFeature(window, session, prompter);
    installPlanFeatures(window, session, prompter);
    installFormsFeature(window, session, prompter, progress.dashboard);
    installEvaluationFeature(window, session, prompter);
}

} // namespace yufang
