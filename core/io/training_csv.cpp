#include "training_csv.h"

#include "csv_writer.h"
#include "domain/training_coverage.h"

#include <QCoreApplication>

namespace yufang {

namespace {
CsvField countField(const Count& c) {
    return c ? CsvField::num(*c) : CsvField::str({});
}

QList<CsvField> row(const QString& industry, const QString& category, const TrainingCounts& c,
                    const QString& remark) {
    const auto coverage = rates::trainingCoverage(c);
    return {CsvField::str(industry),
            CsvField::str(category),
            countField(c.keyPersonnel),
            countField(c.trained),
            coverage ? CsvField::num(coverage->format(100) + QLatin1Char('%')) : CsvField::str({}),
            countField(c.sessions),
            countField(c.onlineSessions),
            countField(c.offlineSessions),
            countField(c.classHours),
            CsvField::str(remark)};
}
} // namespace

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

void writeTraining(TableSink& w, const Plan& plan, const Unit& unit, const TrainingTable& table) {
    w.addTextLine(trainingFormTitle(plan));
    w.addTextLine(QStringLiteral("填报单位：%1").arg(unit.name));
    w.addTextLine(QStringLiteral("年度：%1").arg(table.year));
    w.addHeaderRow(trainingHeader());
    for (const TrainingRow& r : table.rows)
        w.addRow(row(r.industry, r.category, r.counts, r.remark));
    w.addTotalRow(row(QStringLiteral("合计"), {}, table.total(), {}));
    w.addTextLine(QStringLiteral("填报人：%1").arg(table.meta.preparer));
    w.addTextLine(QStringLiteral("联系电话：%1").arg(table.meta.phone));
    const QStringList notes = trainingNotes();
    for (int i = 0; i < notes.size(); ++i)
        w.addTextLine((i == 0 ? QStringLiteral("备注：") : QString()) + notes.at(i));
}

QString trainingCsv(const Plan& plan, const Unit& unit, const TrainingTable& table) {
    CsvWriter w;
    writeTraining(w, plan, unit, table);
    return w.text();
}

QList<FormColumnSpec> trainingColumns() {
    using K = FormColumnSpec::Kind;
    return {
        {QStringLiteral("industry"),
         {QStringLiteral("重点行业名称"), QStringLiteral("重点行业"), QStringLiteral("行业名称")},
         K::Label,
         true},
        {QStringLiteral("category"),
         {QStringLiteral("重点人员类别"), QStringLiteral("人员类别"), QStringLiteral("类别")},
         K::Label,
         true},
        {QStringLiteral("key_personnel"),
         {QStringLiteral("重点人员数"), QStringLiteral("重点人员人数")},
         K::Count,
         true},
        {QStringLiteral("trained"),
         {QStringLiteral("累计已培训人数"), QStringLiteral("已培训人数"),
          QStringLiteral("已培训重点人员数")},
         K::Count,
         true},
        {QStringLiteral("training_coverage"),
         {QStringLiteral("培训覆盖率"), QStringLiteral("coverage")},
         K::Rate,
         false},
        {QStringLiteral("sessions"),
         {QStringLiteral("本年培训次数"), QStringLiteral("培训次数")},
         K::Count,
         false},
        {QStringLiteral("online_sessions"),
         {QStringLiteral("其中线上"), QStringLiteral("线上"), QStringLiteral("线上培训次数"),
          QStringLiteral("online")},
         K::Count,
         false},
        {QStringLiteral("offline_sessions"),
         {QStringLiteral("其中线下"), QStringLiteral("线下"), QStringLiteral("线下培训次数"),
          QStringLiteral("offline")},
         K::Count,
         false},
        {QStringLiteral("class_hours"),
         {QStringLiteral("培训学时"), QStringLiteral("学时")},
         K::Count,
         false},
        {QStringLiteral("remark"), {QStringLiteral("备注")}, K::Text, false},
    };
}

} // namespace yufang
