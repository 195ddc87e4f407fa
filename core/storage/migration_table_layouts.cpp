#include "migrations.h"

namespace yufang {

namespace {
// '{"aliases":[…],' put before a stored column object, found by its caption and key (the
// stored JSON is compact with sorted keys, so a column starts {"caption":…,"key":…); once
// done the text no longer matches, so the step cannot apply twice.
QString columnAliases(const QString& form, const QString& caption, const QString& key,
                      const QString& aliases) {
    const QString column = QStringLiteral("{\"caption\":\"%1\",\"key\":\"%2\",").arg(caption, key);
    return QStringLiteral("UPDATE form_definition SET definition = replace(definition, '%1',"
                          " '{\"aliases\":[%2],%3') WHERE code = '%4'")
        .arg(column, aliases, column.mid(1), form);
}
} // namespace

// Migration 16: the 培训 and 职业病 tables run on the form engine (issue 13), so what set
// their CSV layout apart becomes part of their stored definitions (docs/forms.md): the
// printed title names the plan ({plan}), a grouped 合计 row is labelled in the group column
// (training), a parent's form carries no 汇总情况 line, local rows are the 基本情况表's local
// industries only, and the header names the old reader
// accepted are the columns' aliases. Plain SQL on the compact JSON text (both dialects have
// replace, substr and ||); a definition already carrying the members is left alone.
Migration tableLayoutsMigration() {
    const QString prefix =
        QStringLiteral("UPDATE form_definition SET definition = '{%1' || substr(definition, 2)"
                       " WHERE code = '%2' AND definition NOT LIKE '%\"consolidationNote\"%'");
    const QString plan = QStringLiteral(
        "UPDATE form_definition SET definition = replace(definition, '\"printTitle\":\"《' ||"
        " (SELECT title FROM plan WHERE plan.id = form_definition.plan_id) || '》',"
        " '\"printTitle\":\"《{plan}》') WHERE code IN ('training', 'disease')");
    return Migration{
        16,
        {prefix.arg(QStringLiteral("\"consolidationNote\":false,\"localRowsFromAnnex\":true,"
                                   "\"groupAliases\":[\"重点行业\","
                                   "\"行业名称\"],\"rowAliases\":[\"人员类别\",\"类别\"],"
                                   "\"totalLabel\":\"group\","),
                    QStringLiteral("training")),
         prefix.arg(QStringLiteral("\"consolidationNote\":false,\"localRowsFromAnnex\":true,"
                                   "\"rowAliases\":[\"重点行业\","
                                   "\"行业名称\"],"),
                    QStringLiteral("disease")),
         plan,
         columnAliases(QStringLiteral("training"), QStringLiteral("重点人员数"),
                       QStringLiteral("key_personnel"), QStringLiteral("\"重点人员人数\"")),
         columnAliases(QStringLiteral("training"), QStringLiteral("累计已培训人数"),
                       QStringLiteral("trained"),
                       QStringLiteral("\"已培训人数\",\"已培训重点人员数\"")),
         columnAliases(QStringLiteral("training"), QStringLiteral("培训覆盖率"),
                       QStringLiteral("training_coverage"), QStringLiteral("\"coverage\"")),
         columnAliases(QStringLiteral("training"), QStringLiteral("本年培训次数"),
                       QStringLiteral("sessions"), QStringLiteral("\"培训次数\"")),
         columnAliases(QStringLiteral("training"), QStringLiteral("其中线上"),
                       QStringLiteral("online_sessions"),
                       QStringLiteral("\"线上\",\"线上培训次数\",\"online\"")),
         columnAliases(QStringLiteral("training"), QStringLiteral("其中线下"),
                       QStringLiteral("offline_sessions"),
                       QStringLiteral("\"线下\",\"线下培训次数\",\"offline\"")),
         columnAliases(QStringLiteral("training"), QStringLiteral("培训学时"),
                       QStringLiteral("class_hours"), QStringLiteral("\"学时\"")),
         columnAliases(QStringLiteral("disease"), QStringLiteral("尘肺病新发病例数"),
                       QStringLiteral("pneumoconiosis"), QStringLiteral("\"尘肺病\"")),
         columnAliases(QStringLiteral("disease"), QStringLiteral("其他职业病新发病例数"),
                       QStringLiteral("other_diseases"), QStringLiteral("\"其他职业病\"")),
         columnAliases(QStringLiteral("disease"), QStringLiteral("新发病例合计"),
                       QStringLiteral("new_cases"), QStringLiteral("\"合计病例数\"")),
         columnAliases(QStringLiteral("disease"), QStringLiteral("接尘人数"),
                       QStringLiteral("dust_exposed"), QStringLiteral("\"接尘工人数\""))}};
}

} // namespace yufang
