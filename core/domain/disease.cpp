#include "disease.h"

namespace yufang {

namespace {
void addCount(Count& into, const Count& add) {
    if (add)
        into = into.value_or(0) + *add;
}
} // namespace

Count DiseaseCounts::newCases() const {
    if (!pneumoconiosis && !otherDiseases)
        return std::nullopt;
    return pneumoconiosis.value_or(0) + otherDiseases.value_or(0);
}

DiseaseCounts& DiseaseCounts::operator+=(const DiseaseCounts& other) {
    addCount(pneumoconiosis, other.pneumoconiosis);
    addCount(otherDiseases, other.otherDiseases);
    addCount(dustExposed, other.dustExposed);
    return *this;
}

Count& diseaseRef(DiseaseCounts& counts, DiseaseField field) {
    switch (field) {
    case DiseaseField::Pneumoconiosis:
        return counts.pneumoconiosis;
    case DiseaseField::OtherDiseases:
        return counts.otherDiseases;
    case DiseaseField::DustExposed:
        break;
    }
    return counts.dustExposed;
}

Count diseaseValue(const DiseaseCounts& counts, DiseaseField field) {
    return diseaseRef(const_cast<DiseaseCounts&>(counts), field);
}

QString diseaseFieldKey(DiseaseField field) {
    switch (field) {
    case DiseaseField::Pneumoconiosis:
        return QStringLiteral("pneumoconiosis");
    case DiseaseField::OtherDiseases:
        return QStringLiteral("other_diseases");
    case DiseaseField::DustExposed:
        break;
    }
    return QStringLiteral("dust_exposed");
}

QString diseaseFieldCaption(DiseaseField field) {
    switch (field) {
    case DiseaseField::Pneumoconiosis:
        return QStringLiteral("尘肺病新发病例数");
    case DiseaseField::OtherDiseases:
        return QStringLiteral("其他职业病新发病例数");
    case DiseaseField::DustExposed:
        break;
    }
    return QStringLiteral("接尘人数");
}

DiseaseCounts diseaseCountsOf(const FormRow& row) {
    DiseaseCounts c;
    for (int f = 0; f < kDiseaseFieldCount; ++f) {
        const auto field = static_cast<DiseaseField>(f);
        diseaseRef(c, field) = row.number(diseaseFieldKey(field));
    }
    return c;
}

} // namespace yufang
