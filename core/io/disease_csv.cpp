#include "disease_csv.h"

namespace yufang {

QString diseaseFormTitle(const Plan& plan) {
    return QStringLiteral("《%1》重点行业职业病情况表").arg(plan.title);
}

QStringList diseaseHeader() {
    return {QStringLiteral("重点行业名称"),
            diseaseFieldCaption(DiseaseField::Pneumoconiosis),
            diseaseFieldCaption(DiseaseField::OtherDiseases),
            QStringLiteral("新发病例合计"),
            diseaseFieldCaption(DiseaseField::DustExposed),
            QStringLiteral("备注")};
}

} // namespace yufang
