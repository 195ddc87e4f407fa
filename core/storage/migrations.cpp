#include "migrations.h"

#include "database_errors.h"
#include "register_summary.h"
#include "sql_dialect.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Migrations)
};

QList<Migration> buildMigrations() {
    QList<Migration> list;
    list.append(Migration{
        1,
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE plan ("
                           " id {{ID}},"
                           " code TEXT NOT NULL UNIQUE,"
                           " title TEXT NOT NULL,"
                           " document_number TEXT NOT NULL DEFAULT '',"
                           " issuer TEXT NOT NULL DEFAULT '',"
                           " baseline_year INTEGER NOT NULL,"
                           " start_year INTEGER NOT NULL,"
                           " end_year INTEGER NOT NULL,"
                           " accident_rate_target REAL NOT NULL,"
                           " training_coverage_target REAL NOT NULL DEFAULT 1.0,"
                           " rate_denominator TEXT NOT NULL DEFAULT 'insured_persons',"
                           " annex_notes TEXT NOT NULL DEFAULT '',"
                           " is_preset INTEGER NOT NULL DEFAULT 0,"
                           " CHECK (end_year > baseline_year))"),
            QStringLiteral("CREATE TABLE plan_industry ("
                           " plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,"
                           " name TEXT NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " PRIMARY KEY (plan_id, name))"),
            QStringLiteral("CREATE TABLE unit ("
                           " code TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " level TEXT NOT NULL,"
                           " parent_code TEXT REFERENCES unit(code),"
                           " plan_id INTEGER REFERENCES plan(id),"
                           " position INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX unit_parent ON unit(parent_code)"),
            QStringLiteral("CREATE TABLE local_industry ("
                           " unit_code TEXT NOT NULL REFERENCES unit(code) ON DELETE CASCADE,"
                           " name TEXT NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " PRIMARY KEY (unit_code, name))"),
            QStringLiteral("CREATE TABLE annex_row ("
                           " unit_code TEXT NOT NULL REFERENCES unit(code),"
                           " year INTEGER NOT NULL,"
                           " industry TEXT NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " enterprises INTEGER CHECK (enterprises >= 0),"
                           " insured_enterprises INTEGER CHECK (insured_enterprises >= 0),"
                           " employees INTEGER CHECK (employees >= 0),"
                           " insured_persons INTEGER CHECK (insured_persons >= 0),"
                           " accidents INTEGER CHECK (accidents >= 0),"
                           " remark TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (unit_code, year, industry))"),
            QStringLiteral("CREATE INDEX annex_row_year ON annex_row(year, unit_code)"),
            QStringLiteral("CREATE TABLE annex_meta ("
                           " unit_code TEXT NOT NULL REFERENCES unit(code),"
                           " year INTEGER NOT NULL,"
                           " preparer TEXT NOT NULL DEFAULT '',"
                           " phone TEXT NOT NULL DEFAULT '',"
                           " filled_on TEXT,"
                           " source TEXT NOT NULL DEFAULT '',"
                           " updated_at TEXT NOT NULL,"
                           " PRIMARY KEY (unit_code, year))"),
        }});
    // 2: collecting from lower levels. Reporting obligations of a plan (loaded from the presets
    // by ObligationLoader), the returns received against them, locks on accepted annexes, every
    // saved version of an annex, and the append-only audit trail.
    list.append(Migration{
        2,
        {
            QStringLiteral("CREATE TABLE plan_obligation ("
                           " id {{ID}},"
                           " plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,"
                           " code TEXT NOT NULL,"
                           " title TEXT NOT NULL,"
                           " applies_to TEXT NOT NULL DEFAULT 'children',"
                           " recurrence TEXT NOT NULL,"
                           " due_date TEXT,"
                           " due_month_day TEXT,"
                           " recipient TEXT NOT NULL DEFAULT '',"
                           " annex_kind TEXT NOT NULL DEFAULT '',"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " UNIQUE (plan_id, code))"),
            QStringLiteral(
                "CREATE TABLE return_record ("
                " unit_code TEXT NOT NULL REFERENCES unit(code),"
                " obligation_id INTEGER NOT NULL REFERENCES plan_obligation(id) ON DELETE CASCADE,"
                " period_year INTEGER NOT NULL,"
                " status TEXT NOT NULL,"
                " received_on TEXT,"
                " received_by TEXT NOT NULL DEFAULT '',"
                " source_file TEXT NOT NULL DEFAULT '',"
                " sha256 TEXT NOT NULL DEFAULT '',"
                " note TEXT NOT NULL DEFAULT '',"
                " accepted_by TEXT NOT NULL DEFAULT '',"
                " accepted_at TEXT,"
                " updated_at TEXT NOT NULL,"
                " PRIMARY KEY (unit_code, obligation_id, period_year))"),
            QStringLiteral("CREATE TABLE annex_lock ("
                           " unit_code TEXT NOT NULL REFERENCES unit(code),"
                           " year INTEGER NOT NULL,"
                           " locked_at TEXT NOT NULL,"
                           " locked_by TEXT NOT NULL,"
                           " reason TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (unit_code, year))"),
            QStringLiteral("CREATE TABLE annex_version ("
                           " id {{ID}},"
                           " unit_code TEXT NOT NULL REFERENCES unit(code),"
                           " year INTEGER NOT NULL,"
                           " saved_at TEXT NOT NULL,"
                           " account TEXT NOT NULL,"
                           " source TEXT NOT NULL DEFAULT '',"
                           " sha256 TEXT NOT NULL DEFAULT '',"
                           " snapshot TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX annex_version_unit ON annex_version(unit_code, year)"),
            QStringLiteral("CREATE TABLE audit_event ("
                           " id {{ID}},"
                           " occurred_at TEXT NOT NULL,"
                           " account TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " unit_code TEXT,"
                           " year INTEGER,"
                           " entity TEXT NOT NULL DEFAULT '',"
                           " field TEXT NOT NULL DEFAULT '',"
                           " old_value TEXT NOT NULL DEFAULT '',"
                           " new_value TEXT NOT NULL DEFAULT '',"
                           " reason TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX audit_event_unit ON audit_event(unit_code, year)"),
            QStringLiteral("CREATE INDEX audit_event_time ON audit_event(occurred_at)"),
            // The trail is append-only even for someone with an SQL shell and this schema.
            QStringLiteral("{{REFUSE_UPDATE:audit_event}}"),
            QStringLiteral("{{REFUSE_DELETE:audit_event}}"),
        }});
    list.append(trainingMigration());
    list.append(consolidatedMetaMigration());
    list.append(reportingMigration());
    list.append(formsMigration());
    // 4: the plan's tasks and safeguards as dated obligations, each unit's record of them with
    // evidence files, hazard rectification, and the plan's instruments (rate floating tables,
    // prevention fee, expert pool).
    list.append(Migration{
        4,
        {
            QStringLiteral("CREATE TABLE plan_task ("
                           " id {{ID}},"
                           " plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,"
                           " code TEXT NOT NULL,"
                           " section TEXT NOT NULL,"
                           " section_number INTEGER NOT NULL,"
                           " section_title TEXT NOT NULL DEFAULT '',"
                           " title TEXT NOT NULL,"
                           " detail TEXT NOT NULL DEFAULT '',"
                           " recurrence TEXT NOT NULL,"
                           " due_year INTEGER,"
                           " first_year INTEGER,"
                           " last_year INTEGER,"
                           " due_month INTEGER NOT NULL,"
                           " due_day INTEGER NOT NULL,"
                           " due_from_seed INTEGER NOT NULL DEFAULT 0,"
                           " position INTEGER NOT NULL,"
                           " UNIQUE (plan_id, code))"),
            QStringLiteral(
                "CREATE TABLE task_record ("
                " unit_code TEXT NOT NULL REFERENCES unit(code) ON DELETE CASCADE,"
                " plan_task_id INTEGER NOT NULL REFERENCES plan_task(id) ON DELETE CASCADE,"
                " year INTEGER NOT NULL,"
                " progress TEXT NOT NULL DEFAULT 'not_started',"
                " done_on TEXT,"
                " department TEXT NOT NULL DEFAULT '',"
                " note TEXT NOT NULL DEFAULT '',"
                " updated_at TEXT NOT NULL,"
                " PRIMARY KEY (unit_code, plan_task_id, year))"),
            QStringLiteral(
                "CREATE TABLE task_evidence ("
                " id {{ID}},"
                " unit_code TEXT NOT NULL,"
                " plan_task_id INTEGER NOT NULL,"
                " year INTEGER NOT NULL,"
                " stored_path TEXT NOT NULL,"
                " original_name TEXT NOT NULL,"
                " added_at TEXT NOT NULL,"
                " FOREIGN KEY (unit_code, plan_task_id, year)"
                "  REFERENCES task_record(unit_code, plan_task_id, year) ON DELETE CASCADE)"),
            QStringLiteral("CREATE TABLE hazard ("
                           " id {{ID}},"
                           " unit_code TEXT NOT NULL REFERENCES unit(code) ON DELETE CASCADE,"
                           " enterprise TEXT NOT NULL,"
                           " problem TEXT NOT NULL,"
                           " found_on TEXT,"
                           " deadline TEXT NOT NULL,"
                           " department TEXT NOT NULL DEFAULT '',"
                           " status TEXT NOT NULL DEFAULT 'open',"
                           " closed_on TEXT,"
                           " note TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX hazard_unit ON hazard(unit_code, deadline)"),
            QStringLiteral("CREATE TABLE rate_class ("
                           " risk_class INTEGER PRIMARY KEY,"
                           " base_rate REAL NOT NULL,"
                           " tiers TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE rate_rule ("
                           " position INTEGER PRIMARY KEY,"
                           " injuries TEXT NOT NULL DEFAULT 'any',"
                           " payout_na INTEGER NOT NULL DEFAULT 0,"
                           " payout_min REAL,"
                           " payout_max REAL,"
                           " tier REAL NOT NULL,"
                           " note TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE expert ("
                           " id {{ID}},"
                           " name TEXT NOT NULL,"
                           " field TEXT NOT NULL,"
                           " level TEXT NOT NULL,"
                           " employer TEXT NOT NULL DEFAULT '',"
                           " title TEXT NOT NULL DEFAULT '',"
                           " contact TEXT NOT NULL DEFAULT '',"
                           " valid_until TEXT)"),
            QStringLiteral(
                "CREATE TABLE fee_budget ("
                " unit_code TEXT NOT NULL REFERENCES unit(code) ON DELETE CASCADE,"
                " year INTEGER NOT NULL,"
                " income_year INTEGER NOT NULL,"
                " prior_income_fen INTEGER NOT NULL DEFAULT 0 CHECK (prior_income_fen >= 0),"
                " cap_ratio REAL NOT NULL DEFAULT 0.03,"
                " approval_reference TEXT NOT NULL DEFAULT '',"
                " PRIMARY KEY (unit_code, year))"),
            QStringLiteral("CREATE TABLE fee_project ("
                           " id {{ID}},"
                           " unit_code TEXT NOT NULL REFERENCES unit(code) ON DELETE CASCADE,"
                           " year INTEGER NOT NULL,"
                           " name TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " provider TEXT NOT NULL DEFAULT '',"
                           " amount_fen INTEGER NOT NULL DEFAULT 0 CHECK (amount_fen >= 0),"
                           " stage TEXT NOT NULL DEFAULT 'applied',"
                           " note TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX fee_project_unit ON fee_project(unit_code, year)"),
            QStringLiteral(
                "CREATE TABLE fee_project_expert ("
                " project_id INTEGER NOT NULL REFERENCES fee_project(id) ON DELETE CASCADE,"
                " expert_id INTEGER NOT NULL REFERENCES expert(id) ON DELETE CASCADE,"
                " PRIMARY KEY (project_id, expert_id))"),
        }});
    // The enterprise register (摸底排查): one row per enterprise and year. Its id is chosen by
    // the import (storage/register_layout.h): the unit's slot, the year, then the row's place
    // in the unit's file. The table B-tree is therefore clustered by (unit, year): the rows of
    // a unit and year are one id range, so derive-annex's per-industry GROUP BY over a year and
    // a subtree reads just those ranges (the table is its own covering index), and a county's
    // file appends at the end of the B-tree. One B-tree per row is what lets a million rows
    // load as fast as the sqlite3 shell's .import: a secondary index costs about as much again
    // (docs/performance.md). The import checks duplicate credit codes per unit and year.
    list.append(Migration{
        5,
        {
            QStringLiteral("CREATE TABLE register_unit ("
                           " unit_code TEXT PRIMARY KEY REFERENCES unit(code),"
                           " slot INTEGER NOT NULL UNIQUE)"),
            // Industry names the register used, for the 企业名录 filter without a table scan.
            QStringLiteral("CREATE TABLE register_industry (name TEXT PRIMARY KEY)"),
            QStringLiteral(
                "CREATE TABLE register_enterprise ("
                " id {{ID}},"
                " year INTEGER NOT NULL,"
                " unit_code TEXT NOT NULL,"
                " credit_code TEXT NOT NULL,"
                " enterprise_name TEXT NOT NULL,"
                " industry TEXT NOT NULL,"
                " employees INTEGER NOT NULL CHECK (employees >= 0),"
                " insured_employees INTEGER NOT NULL CHECK (insured_employees >= 0),"
                " insured INTEGER NOT NULL CHECK (insured IN (0, 1)),"
                " accidents INTEGER NOT NULL CHECK (accidents >= 0),"
                " occupational_disease_cases INTEGER NOT NULL CHECK (occupational_disease_cases >= "
                "0),"
                " key_personnel INTEGER NOT NULL CHECK (key_personnel >= 0),"
                " key_personnel_trained INTEGER NOT NULL CHECK (key_personnel_trained >= 0),"
                " risk_class INTEGER CHECK (risk_class BETWEEN 1 AND 8),"
                " payroll REAL CHECK (payroll >= 0),"
                " contributions REAL CHECK (contributions >= 0),"
                " benefits_paid REAL CHECK (benefits_paid >= 0))"),
            // Follow-up of the insurance-expansion campaign (专项扩面行动), per enterprise and unit
            // across years: it outlives a re-import of the register.
            QStringLiteral(
                "CREATE TABLE register_followup ("
                " credit_code TEXT NOT NULL,"
                " unit_code TEXT NOT NULL REFERENCES unit(code),"
                " status TEXT NOT NULL CHECK (status IN ('notified', 'deadline', 'insured')),"
                " status_date TEXT,"
                " note TEXT NOT NULL DEFAULT '',"
                " updated_at TEXT NOT NULL,"
                " PRIMARY KEY (credit_code, unit_code))"),
        }});
    // Per unit, year and industry, the register's sums (storage/register_summary.h): kept by
    // the import in its own transaction, so derive-annex reads a few hundred lines instead of a
    // province's 170,000 rows. Filled here from the rows a database already holds. BIGINT:
    // first_id is a register id (slot · 2^30 + …), beyond a PostgreSQL INTEGER; SQLite reads
    // BIGINT as INTEGER.
    list.append(Migration{
        6,
        {
            QStringLiteral("CREATE TABLE register_summary ("
                           " unit_code TEXT NOT NULL,"
                           " year INTEGER NOT NULL,"
                           " industry TEXT NOT NULL,"
                           " first_id BIGINT NOT NULL,"
                           " enterprises BIGINT NOT NULL,"
                           " insured_enterprises BIGINT NOT NULL,"
                           " employees BIGINT NOT NULL,"
                           " insured_persons BIGINT NOT NULL,"
                           " accidents BIGINT NOT NULL,"
                           " occupational_disease_cases BIGINT NOT NULL,"
                           " key_personnel BIGINT NOT NULL,"
                           " key_personnel_trained BIGINT NOT NULL,"
                           " PRIMARY KEY (unit_code, year, industry))"),
            QStringLiteral("INSERT INTO register_summary (unit_code, year, industry, first_id,"
                           " enterprises, insured_enterprises, employees, insured_persons,"
                           " accidents, occupational_disease_cases, key_personnel,"
                           " key_personnel_trained) ") +
                registerSummaryFromRowsSql(),
        }});
    list.append(revisionsMigration());
    list.append(indicatorsMigration());
    list.append(tablesMigration());
    list.append(evaluationMigration());
    list.append(trackingMigration());
    list.append(tableLayoutsMigration());
    list.append(finalEvaluationMigration());
    list.append(annexStorageMigration());
    list.append(printSubtotalsMigration());
    list.append(printedTablesMigration());
    list.append(annexLayoutMigration());
    list.append(annexPrintMigration());
    list.append(planNotesMigration());
    list.append(formHistoryMigration());
    list.append(annexEditorMigration());
    list.append(formSignatureMigration());
    // Versions are assigned per feature and appended in merge order; apply them in version order.
    std::sort(list.begin(), list.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return list;
}

bool exec(QSqlQuery& q, const QString& sql, QString* error) {
    if (q.exec(sql))
        return true;
    if (!error)
        return false;
    // A full disk or a busy file is said as such; a real schema error names its statement.
    if (databaseFault(q.lastError()) != DatabaseFault::Other)
        *error = describeDatabaseError(q.lastError());
    else
        *error =
            Text::tr("schema statement failed: %1 (%2)").arg(q.lastError().text(), sql.left(80));
    return false;
}
} // namespace

const QList<Migration>& migrations() {
    static const QList<Migration> list = buildMigrations();
    return list;
}

int latestSchemaVersion() {
    return migrations().constLast().version;
}

int currentSchemaVersion(const QSqlDatabase& db) {
    if (!sql::hasTable(db, QStringLiteral("schema_migration")))
        return 0;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migration")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool migrate(QSqlDatabase& db, QString* error) {
    const int current = currentSchemaVersion(db);
    if (current > latestSchemaVersion()) {
        if (error)
            *error =
                Text::tr("the database has schema version %1, newer than this Yufang understands "
                         "(%2); open it with a newer Yufang. The file was not changed.")
                    .arg(current)
                    .arg(latestSchemaVersion());
        return false;
    }
    // Steps are numbered per feature, so a database may hold 1 and 3 but not 2: apply every
    // step not yet recorded rather than only those above the highest one.
    QSet<int> applied;
    QSqlQuery q(db);
    if (sql::hasTable(db, QStringLiteral("schema_migration")) &&
        q.exec(QStringLiteral("SELECT version FROM schema_migration"))) {
        while (q.next())
            applied.insert(q.value(0).toInt());
    }
    if (current == 0 && !sql::hasTable(db, QStringLiteral("schema_migration"))) {
        if (!exec(q,
                  QStringLiteral("CREATE TABLE schema_migration (version INTEGER PRIMARY KEY, "
                                 "applied_at TEXT NOT NULL)"),
                  error))
            return false;
    }
    for (const Migration& m : migrations()) {
        if (applied.contains(m.version))
            continue;
        if (!beginWrite(db, error))
            return false;
        bool ok = true;
        for (const QString& statement : m.statements) {
            if (!exec(q, sql::expandDialect(db, statement), error)) {
                ok = false;
                break;
            }
        }
        if (ok && m.rewrite)
            ok = m.rewrite(db, error);
        if (ok) {
            q.prepare(
                QStringLiteral("INSERT INTO schema_migration (version, applied_at) VALUES (?, ?)"));
            q.addBindValue(m.version);
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            ok = q.exec();
            if (!ok && error)
                *error = q.lastError().text();
        }
        if (!ok) {
            db.rollback();
            return false;
        }
        if (!commitWrite(db, error))
            return false;
    }
    return true;
}

bool migrationsPending(const QSqlDatabase& db) {
    QSet<int> applied;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT version FROM schema_migration")))
        while (q.next())
            applied.insert(q.value(0).toInt());
    for (const Migration& m : migrations())
        if (!applied.contains(m.version))
            return true;
    return false;
}

} // namespace yufang
