#include "migrations.h"

#include "annex_values.h"
#include "stored_definition_rewrite.h"

#include <QJsonArray>
#include <QJsonObject>

namespace yufang {

// Migration 24: the printed 基本情况表 is the form engine's (issue 13), so the layout its own
// report code drew becomes the `print` member of the stored `annex` definitions (docs/forms.md,
// "Migration 24"): 附件 above the title, the header's words broken where the paper form breaks
// them, its column widths, the rates' signs in the cells, the footer at the left margin, the
// notes in body type under 备注：, the rate definitions as DESIGN.md words them, no indicator
// block. A definition that has a `print` already keeps it; no value of any form changes.
namespace {
// What migration 23 wrote as the remark (the printing was still the annex's own).
const QString kOldRemark =
    QStringLiteral("基本情况表的CSV导出（表样与数据两种格式）由本定义生成；录入"
                   "、导入、打印和官方xlsx表样仍由其专用程序完"
                   "成。附件备注（实施方案页）即本表备注，{year}为报表年度。");
const QString kRemark =
    QStringLiteral("基本情况表的CSV导出（表样与数据两种格式）和打印版式（print）由本定义生成；录入"
                   "、导入和官方xlsx表样仍由其专用程序完成。附件备注（实施方案页）即本表备注，{"
                   "year}为报表年度。");

// As resources/presets/presets.json ships it; the header cells are those the annex printed.
QJsonObject annexPrint() {
    const QStringList headers{QStringLiteral("重点行业名称"),
                              QStringLiteral("企业户数"),
                              QStringLiteral("参保企业\n户数"),
                              QStringLiteral("从业总\n人数"),
                              QStringLiteral("参加工伤保险\n人数"),
                              QStringLiteral("工伤保险\n参保率"),
                              QStringLiteral("{year}年工伤\n事故数量"),
                              QStringLiteral("工伤事故\n发生率"),
                              QStringLiteral("备注")};
    return QJsonObject{{QStringLiteral("marker"), QStringLiteral("附件")},
                       {QStringLiteral("columnHeaders"), QJsonArray::fromStringList(headers)},
                       {QStringLiteral("columnWidths"), QJsonArray{14, 9, 9, 9, 11, 9, 10, 9, 20}},
                       {QStringLiteral("unitInCells"), true},
                       {QStringLiteral("footerLeft"), true},
                       {QStringLiteral("notesAsParagraphs"), true},
                       {QStringLiteral("formulas"), QJsonArray{QStringLiteral("insurance_rates")}},
                       {QStringLiteral("indicators"), QStringLiteral("none")}};
}

bool addAnnexPrint(QSqlDatabase& db, QString* error) {
    return rewriteStoredDefinitions(
        db, annex_values::formCode(),
        [](const StoredDefinition& s) -> std::optional<QJsonObject> {
            QJsonObject d = s.definition;
            // A definition edited to other columns keeps the engine's layout: the headers and
            // widths are those of the released nine printed columns.
            if (d.contains(QStringLiteral("print")) ||
                d.value(QStringLiteral("columns")).toArray().size() != 8)
                return std::nullopt;
            d.insert(QStringLiteral("print"), annexPrint());
            if (d.value(QStringLiteral("remark")).toString() == kOldRemark)
                d.insert(QStringLiteral("remark"), kRemark);
            return d;
        },
        error);
}
} // namespace

Migration annexPrintMigration() {
    return Migration{24, {}, &addAnnexPrint};
}

} // namespace yufang
