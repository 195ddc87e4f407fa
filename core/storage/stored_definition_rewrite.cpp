#include "stored_definition_rewrite.h"

#include <QJsonDocument>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace yufang {

namespace {
bool failed(const QSqlQuery& q, QString* error) {
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

bool rewriteStoredDefinitions(
    QSqlDatabase& db, const QString& formCode,
    const std::function<std::optional<QJsonObject>(const StoredDefinition&)>& change,
    QString* error) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT f.plan_id, f.definition, p.title, p.baseline_year"
                             " FROM form_definition f"
                             " JOIN plan p ON p.id = f.plan_id WHERE f.code = ?"));
    q.addBindValue(formCode);
    if (!q.exec())
        return failed(q, error);
    QList<std::pair<qint64, QString>> rewritten; // read to the end before the first UPDATE
    while (q.next()) {
        StoredDefinition s;
        s.planId = q.value(0).toLongLong();
        s.definition = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        if (s.definition.isEmpty())
            continue;
        s.planTitle = q.value(2).toString();
        s.baselineYear = q.value(3).toInt();
        if (const std::optional<QJsonObject> d = change(s))
            rewritten.append(
                {s.planId, QString::fromUtf8(QJsonDocument(*d).toJson(QJsonDocument::Compact))});
    }
    QSqlQuery u(db);
    u.prepare(
        QStringLiteral("UPDATE form_definition SET definition = ? WHERE plan_id = ? AND code = ?"));
    for (const auto& [planId, json] : rewritten) {
        u.addBindValue(json);
        u.addBindValue(planId);
        u.addBindValue(formCode);
        if (!u.exec())
            return failed(u, error);
    }
    return true;
}

bool rewriteAnnexRemark(QSqlDatabase& db, const QString& from, const QString& to, QString* error) {
    return rewriteStoredDefinitions(
        db, QStringLiteral("annex"),
        [&](const StoredDefinition& s) -> std::optional<QJsonObject> {
            if (s.definition.value(QStringLiteral("remark")).toString() != from)
                return std::nullopt;
            QJsonObject d = s.definition;
            d.insert(QStringLiteral("remark"), to);
            return d;
        },
        error);
}

} // namespace yufang
