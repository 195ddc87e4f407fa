#include "feature_installer.h"

#include "plan_features.h"
#include "progress/progress_feature.h"
#include "training/training_feature.h"

namespace yufang {

void installFeatures(MainWindow& window, Session& session, Prompter& prompter) {
    installProgressFeature(window, session, prompter);
    installTrainingFeature(window, session, prompter);
    installPlanFeatures(window, session, prompter);
}

} // namespace yufang
