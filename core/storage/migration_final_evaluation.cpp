#include "migrations.h"

namespace yufang {

namespace {
// Adds one obligation to a preset plan of an existing database, after its others; nothing when
// the plan is not there (a new database: the presets bring it) or already has it.
QString addObligation(const QString& planCode, const QString& code, const QString& title,
                      const QString& scope, const QString& due, const QString& recipient) {
    return QStringLiteral(
               "INSERT INTO plan_obligation (plan_id, code, title, applies_to, recurrence,"
               " due_date, recipient, annex_kind, position)"
               " SELECT p.id, '%2', '%3', '%4', 'once', '%5', '%6', '',"
               " (SELECT COALESCE(MAX(o.position), -1) + 1 FROM plan_obligation o"
               " WHERE o.plan_id = p.id)"
               " FROM plan p WHERE p.code = '%1' AND NOT EXISTS (SELECT 1 FROM"
               " plan_obligation o WHERE o.plan_id = p.id AND o.code = '%2')")
        .arg(planCode, code, title, scope, due, recipient);
}
} // namespace

// Migration 19: the final evaluation (期末评估) of the 2021-2025 plans on the returns board.
// The 2025 board listed only the annual report, though every bureau owes the evaluation of the
// period in its last year: Linyi's counties to the city by 12-05, the cities to the province
// by 12-20, the province to the ministry by 12-31 (the annual report's dates; the same entries
// are in presets.json for new databases).
Migration finalEvaluationMigration() {
    return Migration{
        19,
        {addObligation(QStringLiteral("linyi-2021"), QStringLiteral("final-evaluation"),
                       QStringLiteral("工伤预防五年行动计划期末评估报告"),
                       QStringLiteral("children"), QStringLiteral("2025-12-05"),
                       QStringLiteral("临沂市人力资源和社会保障局")),
         addObligation(QStringLiteral("shandong-2021"), QStringLiteral("final-evaluation"),
                       QStringLiteral("工伤预防五年行动计划期末评估报告"),
                       QStringLiteral("children"), QStringLiteral("2025-12-20"),
                       QStringLiteral("山东省人力资源和社会保障厅")),
         addObligation(QStringLiteral("shandong-2021"), QStringLiteral("ministry-final-evaluation"),
                       QStringLiteral("全省工伤预防五年行动计划期末评估报告"),
                       QStringLiteral("self"), QStringLiteral("2025-12-31"),
                       QStringLiteral("人力资源社会保障部"))}};
}

} // namespace yufang
