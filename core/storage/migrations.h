#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace yufang {

// Numbered schema steps. Each applies in its own transaction and records itself in
// schema_migration; a failure rolls that step back and stops.
struct Migration {
    int version;
    QStringList statements;
};

const QList<Migration>& migrations();
// Migration 3 (training coverage, providers, occupational disease), in its own file.
Migration trainingMigration();
// Migration 9 (the plan's reporting threshold, like for like), in its own file.
Migration reportingMigration();
int latestSchemaVersion();

// Version of an open database: 0 when empty.
int currentSchemaVersion(const QSqlDatabase& db);

// Brings db to latestSchemaVersion(); refuses (returns false, changes nothing) when the
// database is newer than this program.
bool migrate(QSqlDatabase& db, QString* error);

} // namespace yufang
