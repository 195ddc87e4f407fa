#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace yufang {

// One stored form definition as a migration's rewrite sees it: parsed, with its plan's fields
// a definition may take members from.
struct StoredDefinition {
    qint64 planId = 0;
    QJsonObject definition;
    QString planTitle;
    int baselineYear = 0;
};

// Rewrites the stored definitions of the form `formCode` in every plan, inside the migration's
// transaction: `change` returns the new definition, or nothing to leave it as stored. One that
// does not parse is left for FormDefinitions::check to report. Written compact with sorted
// keys, as FormDefinitions stores a definition. Migrations 23 and 24 (the annex's layouts).
bool rewriteStoredDefinitions(
    QSqlDatabase& db, const QString& formCode,
    const std::function<std::optional<QJsonObject>(const StoredDefinition&)>& change,
    QString* error);

// Replaces the remark of every plan's `annex` definition that still reads `from` with `to`; a
// remark the bureau rewrote is left as it is (migrations 28 and 29).
bool rewriteAnnexRemark(QSqlDatabase& db, const QString& from, const QString& to, QString* error);

} // namespace yufang
