#include "disease.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdlib>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Disease)
};
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

DiseaseCounts DiseaseTable::total() const {
    DiseaseCounts sum;
    for (const DiseaseRow& r : rows)
        sum += r.counts;
    return sum;
}

bool DiseaseTable::hasFigures() const {
    for (const DiseaseRow& r : rows)
        if (!r.counts.isEmpty())
            return true;
    return false;
}

const DiseaseRow* DiseaseTable::find(const QString& industry) const {
    for (const DiseaseRow& r : rows)
        if (r.industry == industry)
            return &r;
    return nullptr;
}

Diagnostics validateDiseaseRow(const DiseaseRow& row, int rowIndex) {
    Diagnostics out;
    auto add = [&](Severity s, DiseaseField f, const QString& message) {
        Diagnostic d;
        d.severity = s;
        d.row = rowIndex;
        d.field = diseaseFieldKey(f);
        d.message = message;
        out << d;
    };
    for (int f = 0; f < kDiseaseFieldCount; ++f) {
        const auto field = static_cast<DiseaseField>(f);
        if (const Count v = diseaseValue(row.counts, field); v && *v < 0)
            add(Severity::Error, field,
                Text::tr("%1: %2 must not be negative (found %3)")
                    .arg(row.industry, diseaseFieldCaption(field))
                    .arg(*v));
    }
    const DiseaseCounts& c = row.counts;
    if (c.pneumoconiosis && c.dustExposed && *c.pneumoconiosis > *c.dustExposed)
        add(Severity::Warning, DiseaseField::Pneumoconiosis,
            Text::tr("%1: new pneumoconiosis cases (%2) exceed the workers exposed to dust (%3); "
                     "possible when cases "
                     "are diagnosed after the workers left")
                .arg(row.industry)
                .arg(*c.pneumoconiosis)
                .arg(*c.dustExposed));
    return out;
}

} // namespace yufang
