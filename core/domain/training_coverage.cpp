#include "training_coverage.h"

#include <QCoreApplication>

namespace yufang::rates {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TrainingCoverage)
};
} // namespace

std::optional<Ratio> trainingCoverage(const TrainingCounts& counts) {
    if (!counts.trained || !counts.keyPersonnel || *counts.keyPersonnel <= 0)
        return std::nullopt;
    return Ratio{*counts.trained, *counts.keyPersonnel};
}

QString formatTrainingCoverage(const TrainingCounts& counts) {
    const auto r = trainingCoverage(counts);
    return r ? r->format(100) : notApplicable();
}

QString trainingCoverageDefinition() {
    return Text::tr(
        "Training coverage = trained key personnel (cumulative) ÷ key personnel × 100%; "
        "totals are computed from the summed counts, never averaged; \"—\" means no key "
        "personnel are counted.");
}

} // namespace yufang::rates
