#include "training_csv.h"

#include "domain/training.h"

#include <QCoreApplication>

namespace yufang {

QString trainingFormTitle(const Plan& plan) {
    return QStringLiteral("《%1》重点行业企业重点人员工伤预防培训情况表").arg(plan.title);
}

QStringList trainingHeader() {
    return {QStringLiteral("重点行业名称"),
            QStringLiteral("重点人员类别"),
            trainingFieldCaption(TrainingField::KeyPersonnel),
            trainingFieldCaption(TrainingField::Trained),
            QStringLiteral("培训覆盖率"),
            trainingFieldCaption(TrainingField::Sessions),
            trainingFieldCaption(TrainingField::OnlineSessions),
            trainingFieldCaption(TrainingField::OfflineSessions),
            trainingFieldCaption(TrainingField::ClassHours),
            QStringLiteral("备注")};
}

QStringList trainingNotes() {
    return {QStringLiteral(
                "（1）累计已培训人数为计划实施以来截至当年年底已参加工伤预防培训的重点人员数。"),
            QStringLiteral("（2）培训覆盖率＝累计已培训人数÷重点人员数，合计行按汇总人数计算。"),
            QStringLiteral(
                "（3）本年培训次数中线上线下相结合的培训可同时计入线上和线下；学时按整数填报。")};
}

} // namespace yufang
