#include "feature_installer.h"

#ifdef YUFANG_FORMS_UI
#include "forms/forms_feature.h"
#endif
#include "plan_features.h"
#include "progress/progress_feature.h"
#include "training/training_feature.h"

namespace yufang {

void installFeatures(MainWindow& window, Session& session, Prompter& prompter) {
    const ProgressFeature progress = installProgressFeature(window, session, prompter);
    installTrainingFeature(window, session, prompter);
    installPlanFeatures(window, session, prompter);
#ifdef YUFANG_FORMS_UI
    installFormsFeature(window, session, prompter, progress.dashboard);
#else
    (void)progress;
#endif
}

} // namespace yufang
