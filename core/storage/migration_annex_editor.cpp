#include "migrations.h"

#include "stored_definition_rewrite.h"

namespace yufang {

// Migration 29: the 基本情况表 tab is the form engine's editor on the plan's `annex` definition,
// as the 培训 and 职业病 tabs are, so the remark migration 28 wrote ("录入页仍是其专用编辑器") is
// no longer true. A remark the bureau rewrote is left as it is.
namespace {
// What the presets ship from this step on.
const QString kRemark = QStringLiteral(
    "基本情况表的录入页、CSV导入导出（表样与数据两种格式）、打印版式（print）和官方xlsx表样都由本定"
    "义生成，历史版本、锁定和审计记录与其他报表相同。附件备注即本表备注（在此修改），{year}为报表年"
    "度。");

bool rewriteRemark(QSqlDatabase& db, QString* error) {
    return rewriteAnnexRemark(db, planNotesMigrationRemark(), kRemark, error);
}
} // namespace

Migration annexEditorMigration() {
    return Migration{29, {}, &rewriteRemark};
}

} // namespace yufang
