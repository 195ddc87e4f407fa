#include "disease_csv.h"

#include "csv_writer.h"

namespace yufang {

namespace {
CsvField countField(const Count& c) {
    return c ? CsvField::num(*c) : CsvField::str({});
}

QList<CsvField> row(const QString& label, const DiseaseCounts& c, const QString& remark) {
    return {CsvField::str(label),     countField(c.pneumoconiosis), countField(c.otherDiseases),
            countField(c.newCases()), countField(c.dustExposed),    CsvField::str(remark)};
}
} // namespace

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

void writeDisease(TableSink& w, const Plan& plan, const Unit& unit, const DiseaseTable& table) {
    w.addTextLine(diseaseFormTitle(plan));
    w.addTextLine(QStringLiteral("填报单位：%1").arg(unit.name));
    w.addTextLine(QStringLiteral("年度：%1").arg(table.year));
    w.addHeaderRow(diseaseHeader());
    for (const DiseaseRow& r : table.rows)
        w.addRow(row(r.industry, r.counts, r.remark));
    w.addTotalRow(row(QStringLiteral("合计"), table.total(), {}));
    w.addTextLine(QStringLiteral("填报人：%1").arg(table.preparer));
    w.addTextLine(QStringLiteral("联系电话：%1").arg(table.phone));
    w.addTextLine(QStringLiteral("备注：接尘人数不详的可不填。"));
}

QString diseaseCsv(const Plan& plan, const Unit& unit, const DiseaseTable& table) {
    CsvWriter w;
    writeDisease(w, plan, unit, table);
    return w.text();
}

QList<FormColumnSpec> diseaseColumns() {
    using K = FormColumnSpec::Kind;
    return {
        {QStringLiteral("industry"),
         {QStringLiteral("重点行业名称"), QStringLiteral("重点行业"), QStringLiteral("行业名称")},
         K::Label,
         true},
        {QStringLiteral("pneumoconiosis"),
         {QStringLiteral("尘肺病新发病例数"), QStringLiteral("尘肺病")},
         K::Count,
         true},
        {QStringLiteral("other_diseases"),
         {QStringLiteral("其他职业病新发病例数"), QStringLiteral("其他职业病")},
         K::Count,
         true},
        {QStringLiteral("new_cases"),
         {QStringLiteral("新发病例合计"), QStringLiteral("合计病例数")},
         K::Text,
         false},
        {QStringLiteral("dust_exposed"),
         {QStringLiteral("接尘人数"), QStringLiteral("接尘工人数")},
         K::Count,
         false},
        {QStringLiteral("remark"), {QStringLiteral("备注")}, K::Text, false},
    };
}

} // namespace yufang
