#pragma once

#include "annex.h"
#include "form_table.h"
#include "plan.h"

#include <QMap>
#include <QString>

#include <optional>

namespace yufang {

// Occupational disease (职业病) figures of one key industry of a unit in a year: new cases of
// pneumoconiosis (尘肺病新发病例数), new cases of other occupational diseases, and the workers
// exposed to dust (接尘人数) where known. Whole numbers ≥ 0; empty means not reported.
struct DiseaseCounts {
    Count pneumoconiosis;
    Count otherDiseases;
    Count dustExposed;

    Count newCases() const; // pneumoconiosis + other, empty when both are
    bool isEmpty() const { return !pneumoconiosis && !otherDiseases && !dustExposed; }
    DiseaseCounts& operator+=(const DiseaseCounts& other);
    bool operator==(const DiseaseCounts&) const = default;
};

enum class DiseaseField { Pneumoconiosis, OtherDiseases, DustExposed };
inline constexpr int kDiseaseFieldCount = 3;
Count& diseaseRef(DiseaseCounts& counts, DiseaseField field);
Count diseaseValue(const DiseaseCounts& counts, DiseaseField field);
QString diseaseFieldKey(DiseaseField field); // "pneumoconiosis", "other_diseases", "dust_exposed"
QString diseaseFieldCaption(DiseaseField field); // 尘肺病新发病例数, ...
// The counts of a row of the form `disease`, its cells keyed by diseaseFieldKey.
DiseaseCounts diseaseCountsOf(const FormRow& row);

} // namespace yufang
