#include "provider_repository.h"

#include "transaction.h"

#include "sql_values.h"

#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

QList<TrainingProvider> ProviderRepository::all() const {
    QList<TrainingProvider> out;
    QSqlQuery q(m_db);
    q.exec(
        QStringLiteral("SELECT id, name, kind, qualification, recommended_by, valid_until, remark"
                       " FROM training_provider ORDER BY name, id"));
    while (q.next()) {
        TrainingProvider p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.kind =
            providerKindFromKey(q.value(2).toString()).value_or(TrainingProvider::Kind::Offline);
        p.qualification = q.value(3).toString();
        p.recommendedBy = q.value(4).toString();
        p.validUntil = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        p.remark = q.value(6).toString();
        out << p;
    }
    return out;
}

bool ProviderRepository::save(TrainingProvider* provider, QString* error, RevisionTicket* ticket) {
    const Diagnostics problems = validateProvider(*provider);
    if (hasErrors(problems)) {
        if (error)
            *error = problems.first().message;
        return false;
    }
    const qint64 idBefore = provider->id;
    const bool ok = inTransactionWithTicket(m_db, ticket, error, [&](RevisionTicket* t) {
        const RecordRevisions revisions(m_db);
        if (provider->id != 0)
            return revisions.claim(RecordKey::provider(provider->id), t, error) &&
                   write(provider, error);
        return write(provider, error) &&
               revisions.claimNew(RecordKey::provider(provider->id), t, error);
    });
    if (!ok)
        provider->id = idBefore;
    return ok;
}

bool ProviderRepository::write(TrainingProvider* provider, QString* error) {
    QSqlQuery q(m_db);
    q.prepare(
        provider->id == 0
            ? QStringLiteral(
                  "INSERT INTO training_provider (name, kind, qualification, recommended_by,"
                  " valid_until, remark) VALUES (?,?,?,?,?,?)")
            : QStringLiteral("UPDATE training_provider SET name = ?, kind = ?, qualification = ?,"
                             " recommended_by = ?, valid_until = ?, remark = ? WHERE id = ?"));
    q.addBindValue(provider->name.trimmed());
    q.addBindValue(providerKindKey(provider->kind));
    q.addBindValue(notNullText(provider->qualification));
    q.addBindValue(notNullText(provider->recommendedBy));
    q.addBindValue(provider->validUntil.isValid()
                       ? QVariant(provider->validUntil.toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(notNullText(provider->remark));
    if (provider->id != 0)
        q.addBindValue(provider->id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (provider->id == 0)
        provider->id = q.lastInsertId().toLongLong();
    provider->name = provider->name.trimmed();
    return true;
}

bool ProviderRepository::remove(qint64 id, QString* error, RevisionTicket* ticket) {
    return inTransactionWithTicket(m_db, ticket, error, [&](RevisionTicket* t) {
        if (!RecordRevisions(m_db).claim(RecordKey::provider(id), t, error))
            return false;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM training_provider WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        return true;
    });
}

} // namespace yufang
