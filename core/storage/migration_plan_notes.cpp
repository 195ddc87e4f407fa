#include "migrations.h"

#include "stored_definition_rewrite.h"

namespace yufang {

// Migration 28: the 附件备注 are the notes of the plan's 基本情况表 definition alone. Since
// migration 23 the plan kept a second copy (plan.annex_notes) that every plan save wrote over the
// definition's, so notes edited on 报表 were lost at the plan's next save. Migration 23 and every
// save since made the definition's notes the last ones written, so nothing is lost here. The
// annex definition's remark, which still sent the clerk to the 实施方案 page for the notes and
// named import and the official sheet as the annex's own program, says what is now the case.
namespace {
// What migration 24 wrote, and what the presets shipped until this one.
const QString kOldRemark =
    QStringLiteral("基本情况表的CSV导出（表样与数据两种格式）和打印版式（print）由本定义生成；录入"
                   "、导入和官方xlsx表样仍由其专用程序完成。附件备注（实施方案页）即本表备注，{"
                   "year}为报表年度。");
const QString kRemark = planNotesMigrationRemark();

bool rewriteRemark(QSqlDatabase& db, QString* error) {
    return rewriteAnnexRemark(db, kOldRemark, kRemark, error);
}
} // namespace

QString planNotesMigrationRemark() {
    return QStringLiteral("基本情况表的CSV导入导出（表样与数据两种格式）、打印版式（print）和官方xl"
                          "sx表样由本定义生成，"
                          "历史版本、锁定和审计记录与其他报表相同；录入页仍是其专用编辑器。附件备注"
                          "即本表备注（在此修改）"
                          "，{year}为报表年度。");
}

Migration planNotesMigration() {
    return Migration{
        28, {QStringLiteral("ALTER TABLE plan DROP COLUMN annex_notes")}, &rewriteRemark};
}

} // namespace yufang
