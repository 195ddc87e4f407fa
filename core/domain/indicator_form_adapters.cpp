#include "indicator_form_adapters.h"

namespace yufang {

FormTable trainingAsFormTable(const TrainingTable& table) {
    FormTable out{QStringLiteral("training"), table.unitCode, table.year, {}, {}};
    for (const TrainingRow& r : table.rows) {
        FormRow row;
        row.key = r.category;
        row.group = r.industry;
        row.local = false; // rows are categories; a local industry only groups them
        for (int f = 0; f < kTrainingFieldCount; ++f) {
            const auto field = static_cast<TrainingField>(f);
            row.setNumber(trainingFieldKey(field), trainingValue(r.counts, field));
        }
        out.rows << row;
    }
    return out;
}

FormTable diseaseAsFormTable(const DiseaseTable& table) {
    FormTable out{QStringLiteral("disease"), table.unitCode, table.year, {}, {}};
    for (const DiseaseRow& r : table.rows) {
        FormRow row;
        row.key = r.industry;
        row.local = r.local;
        for (int f = 0; f < kDiseaseFieldCount; ++f) {
            const auto field = static_cast<DiseaseField>(f);
            row.setNumber(diseaseFieldKey(field), diseaseValue(r.counts, field));
        }
        out.rows << row;
    }
    return out;
}

} // namespace yufang
