#include "migrations.h"

namespace yufang {

// Migration 3: training coverage of key personnel (重点人员培训覆盖率), recommended training
// providers (推荐清单) and occupational disease (职业病) figures.
//
// The key-personnel categories are plan data. A database created before this migration has its
// preset plans already (the preset loader does not run again for the same preset version), so
// the migration fills the three categories the 2021 plans name for every plan it finds; a new
// database has no plans yet at this point and gets them from presets.json instead. Both inserts
// skip rows that exist, so neither path can duplicate a category. (The WHERE clause is
// there because SQLite cannot parse INSERT … SELECT … FROM t ON CONFLICT without one.)
Migration trainingMigration() {
    QStringList statements = {
        QStringLiteral("CREATE TABLE plan_personnel_category ("
                       " plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " PRIMARY KEY (plan_id, name))"),
        // The plans ask for "a clear decrease" of occupational disease without a number; a plan
        // that has one stores it here as a fraction of the baseline (NULL: no numeric target).
        QStringLiteral("ALTER TABLE plan ADD COLUMN disease_reduction_target REAL"),
        QStringLiteral("CREATE TABLE training_row ("
                       " unit_code TEXT NOT NULL REFERENCES unit(code),"
                       " year INTEGER NOT NULL,"
                       " industry TEXT NOT NULL,"
                       " category TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " key_personnel INTEGER CHECK (key_personnel >= 0),"
                       " trained INTEGER CHECK (trained >= 0),"
                       " sessions INTEGER CHECK (sessions >= 0),"
                       " online_sessions INTEGER CHECK (online_sessions >= 0),"
                       " offline_sessions INTEGER CHECK (offline_sessions >= 0),"
                       " class_hours INTEGER CHECK (class_hours >= 0),"
                       " remark TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (unit_code, year, industry, category))"),
        QStringLiteral("CREATE INDEX training_row_year ON training_row(year, unit_code)"),
        QStringLiteral("CREATE TABLE training_meta ("
                       " unit_code TEXT NOT NULL REFERENCES unit(code),"
                       " year INTEGER NOT NULL,"
                       " preparer TEXT NOT NULL DEFAULT '',"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " source TEXT NOT NULL DEFAULT '',"
                       " updated_at TEXT NOT NULL,"
                       " PRIMARY KEY (unit_code, year))"),
        QStringLiteral("CREATE TABLE training_provider ("
                       " id {{ID}},"
                       " name TEXT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('online', 'offline')),"
                       " qualification TEXT NOT NULL DEFAULT '',"
                       " recommended_by TEXT NOT NULL DEFAULT '',"
                       " valid_until TEXT,"
                       " remark TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE disease_row ("
                       " unit_code TEXT NOT NULL REFERENCES unit(code),"
                       " year INTEGER NOT NULL,"
                       " industry TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " pneumoconiosis INTEGER CHECK (pneumoconiosis >= 0),"
                       " other_diseases INTEGER CHECK (other_diseases >= 0),"
                       " dust_exposed INTEGER CHECK (dust_exposed >= 0),"
                       " remark TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (unit_code, year, industry))"),
        QStringLiteral("CREATE TABLE disease_meta ("
                       " unit_code TEXT NOT NULL REFERENCES unit(code),"
                       " year INTEGER NOT NULL,"
                       " preparer TEXT NOT NULL DEFAULT '',"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " source TEXT NOT NULL DEFAULT '',"
                       " updated_at TEXT NOT NULL,"
                       " PRIMARY KEY (unit_code, year))"),
    };
    const QStringList categories = {QStringLiteral("分管负责人"),
                                    QStringLiteral("安全管理部门负责人"),
                                    QStringLiteral("一线班组长")};
    for (int i = 0; i < categories.size(); ++i)
        statements << QStringLiteral("INSERT INTO plan_personnel_category (plan_id, name, position)"
                                     " SELECT id, '%1', %2 FROM plan WHERE id IS NOT NULL"
                                     " ON CONFLICT (plan_id, name) DO NOTHING")
                          .arg(categories.at(i))
                          .arg(i);
    return Migration{3, statements};
}

} // namespace yufang
