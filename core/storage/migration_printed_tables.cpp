#include "migrations.h"

namespace yufang {

// Migration 22: the printed 培训 and 职业病 pages are the form engine's printed form, so what
// they computed on their own becomes data of the stored definitions (docs/forms.md, "Migration
// 22"). Plain SQL on the compact JSON text (both dialects have replace, substr and ||); a
// definition already carrying a member is left alone, and no value of any form changes.
//
// - A plan's training-coverage indicator (trained ÷ key personnel against a level) follows the
//   path from the first year with data that the printed 培训 page and the 培训 tab have always
//   drawn.
// - A plan's numeric reduction target of occupational-disease cases (plan.disease_reduction_target,
//   set on the 职业病 tab) becomes the relative target of its disease-cases indicator (a count on
//   the form `disease` without a number), so the indicator engine measures it; the column keeps
//   its value but is read no more.
// - The stored `training` and `disease` definitions get the printed layout their pages always
//   had (`print`, as in resources/presets): document name, landscape, header and footer on one
//   line, column widths, and for training the subtotals' "—", the notes without 备注： and the
//   coverage line, for disease no notes and the trend against the baseline with its footnote.
namespace {
QString withPrintLayout(const char* code, const QString& print) {
    return QStringLiteral("UPDATE form_definition SET definition = '{\"print\":%1,' ||"
                          " substr(definition, 2) WHERE code = '%2'"
                          " AND definition NOT LIKE '%\"print\"%'")
        .arg(print, QLatin1String(code));
}
} // namespace

Migration printedTablesMigration() {
    return Migration{
        22,
        {QStringLiteral(
             "UPDATE indicator_definition SET definition = replace(definition,"
             " '\"target_kind\":\"none\"', '\"target\":' ||"
             " CAST(-(SELECT p.disease_reduction_target FROM plan p"
             " WHERE p.id = indicator_definition.plan_id) AS TEXT) ||"
             " ',\"target_kind\":\"relative\"')"
             " WHERE definition LIKE '%\"form\":\"disease\"%'"
             " AND definition LIKE '%\"kind\":\"count\"%'"
             " AND definition LIKE '%\"direction\":\"down\"%'"
             " AND definition LIKE '%\"target_kind\":\"none\"%'"
             " AND EXISTS (SELECT 1 FROM plan p WHERE p.id = indicator_definition.plan_id"
             " AND p.disease_reduction_target > 0 AND p.disease_reduction_target < 1)"),
         QStringLiteral("UPDATE indicator_definition SET definition = replace(definition,"
                        " '\"glide_path\":\"none\"', '\"glide_path\":\"from_first_data\"')"
                        " WHERE definition LIKE '%\"form\":\"training\"%'"
                        " AND definition LIKE '%\"kind\":\"ratio_of_sums\"%'"
                        " AND definition LIKE '%\"numerator\":[\"trained\"]%'"
                        " AND definition LIKE '%\"denominator\":[\"key_personnel\"]%'"
                        " AND definition LIKE '%\"target_kind\":\"level\"%'"
                        " AND definition LIKE '%\"glide_path\":\"none\"%'"),
         withPrintLayout(
             "training",
             QStringLiteral(
                 R"json({"blankRowDash":true,)json"
                 R"json("columnWidths":[14,14,8,9,8,8,7,7,7,12],)json"
                 R"json("consolidatedMark":"（汇总本级及所属单位）",)json"
                 R"json("documentName":"培训情况表",)json"
                 R"json("footerOnOneLine":true,)json"
                 R"json("formulas":["training_coverage"],)json"
                 R"json("headerOnOneLine":true,)json"
                 R"json("indicatorLine":"培训覆盖率：{value}%　应达进度：{expected}%　目标：{target}%　状态：{status}",)json"
                 R"json("indicators":"line",)json"
                 R"json("notesPrefix":"",)json"
                 R"json("orientation":"landscape",)json"
                 R"json("runningTitle":"printTitle"})json")),
         withPrintLayout(
             "disease",
             QStringLiteral(
                 R"json({"columnWidths":[16,12,12,10,10,20],)json"
                 R"json("documentName":"职业病情况表",)json"
                 R"json("footerOnOneLine":true,)json"
                 R"json("headerOnOneLine":true,)json"
                 R"json("indicators":"trend",)json"
                 R"json("orientation":"landscape",)json"
                 R"json("printNotes":false,)json"
                 R"json("runningTitle":"printTitle",)json"
                 R"json("trend":{"valueCaption":"新发病例合计","parts":[{"caption":"其中尘肺病","columns":["pneumoconiosis"]}],"targetNote":"目标：新发病例较{baseline}年下降{target}%。","noTargetNote":"实施方案要求职业病发生率明显下降，未设定具体数值，表中列示实际变化。"}})json"))}};
}

} // namespace yufang
