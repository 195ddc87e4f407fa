#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace yufang {

// Numbered schema steps. Each applies in its own transaction and records itself in
// schema_migration; a failure rolls that step back and stops.
struct Migration {
    int version;
    QStringList statements;
    // What plain SQL cannot say portably (rewriting members of stored JSON), run after the
    // statements in the same transaction; false with *error rolls the step back.
    std::function<bool(QSqlDatabase&, QString*)> rewrite = {};
};

const QList<Migration>& migrations();
// Migration 3 (training coverage, providers, occupational disease), in its own file.
Migration trainingMigration();
// Migration 8 (the consolidated form's own 填报人, 联系电话, 填报日期), in its own file.
Migration consolidatedMetaMigration();
// Migration 7 (record revisions: no lost update), in migration_revisions.cpp.
Migration revisionsMigration();
// Migration 9 (the plan's reporting threshold, like for like), in its own file.
Migration reportingMigration();
// Migration 10 (the form engine: definitions, records, values), in migration_forms.cpp.
Migration formsMigration();
// Migration 11 (indicator definitions, a unit's plan from a year), in migration_indicators.cpp.
Migration indicatorsMigration();
// Migration 12 (the annex, training and disease tables into the form engine's storage), in
// migration_tables.cpp.
Migration tablesMigration();
// Migration 13 (the evaluation's narrative), in migration_evaluation.cpp.
Migration evaluationMigration();
// Migration 15 (an office's 启用日期: returns due before it are not overdue), in
// migration_tracking.cpp.
Migration trackingMigration();
// Migration 16 (the 培训 and 职业病 tables' layouts as data in their definitions), in
// migration_table_layouts.cpp.
Migration tableLayoutsMigration();
// Migration 19 (the final evaluation on the returns board), in migration_final_evaluation.cpp.
Migration finalEvaluationMigration();
// Migration 20 (the annex's data into the form engine's storage), in
// migration_annex_storage.cpp.
Migration annexStorageMigration();
// Migration 21 (the training table's printed subtotals as data of its definition), in
// migration_print_subtotals.cpp.
Migration printSubtotalsMigration();
// Migration 22 (the printed 培训 and 职业病 pages as data: the training-coverage path, the
// disease target on its indicator, the print layouts), in migration_printed_tables.cpp.
Migration printedTablesMigration();
// Migration 23 (the 基本情况表's CSV layouts are the form engine's: its definition's members).
Migration annexLayoutMigration();
// Migration 24 (the printed 基本情况表 is the form engine's: its definition's `print`).
Migration annexPrintMigration();
// Migration 28 (the 附件备注 are the annex definition's notes alone: plan.annex_notes dropped).
Migration planNotesMigration();
// The annex definition's remark migration 28 wrote (what migration 29 replaces).
QString planNotesMigrationRemark();
// Migration 29 (the 基本情况表's entry page is the form engine's editor: its remark says so).
Migration annexEditorMigration();
// Migration 30 (a parent signs every form's consolidated total: form_signature replaces the
// annex's consolidated_meta), in migration_form_signature.cpp.
Migration formSignatureMigration();
// Migration 25 (versions and locks of every form: form_version and form_lock replace the
// 基本情况表's annex_version and annex_lock), in migration_form_history.cpp.
Migration formHistoryMigration();
int latestSchemaVersion();

// Version of an open database: 0 when empty.
int currentSchemaVersion(const QSqlDatabase& db);

// True when some step has not been applied to db yet.
bool migrationsPending(const QSqlDatabase& db);

// Brings db to latestSchemaVersion(); refuses (returns false, changes nothing) when the
// database is newer than this program.
bool migrate(QSqlDatabase& db, QString* error);

} // namespace yufang
