#include "expert_repository.h"
#include "transaction.h"

#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {
// Qt binds a null QString as SQL NULL; NOT NULL text columns want ''.
QString nn(const QString& s) {
    return s.isNull() ? QString(QLatin1String("")) : s;
}
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ExpertRepository)
};

bool run(QSqlQuery& q, QString* error) {
    if (q.exec())
        return true;
    if (error)
        *error = Text::tr("saving failed: %1").arg(q.lastError().text());
    return false;
}

// Inside the caller's transaction; ticket as in ExpertRepository::save.
bool write(QSqlDatabase db, Expert& e, QString* error, RevisionTicket* ticket) {
    if (e.name.trimmed().isEmpty()) {
        if (error)
            *error = Text::tr("an expert needs a name");
        return false;
    }
    const RecordRevisions revisions(db);
    if (e.id != 0 && !revisions.claim(RecordKey::expert(e.id), ticket, error))
        return false;
    QSqlQuery q(db);
    if (e.id == 0)
        q.prepare(QStringLiteral(
            "INSERT INTO expert (name, field, level, employer, title, contact, valid_until)"
            " VALUES (?,?,?,?,?,?,?)"));
    else
        q.prepare(QStringLiteral(
            "UPDATE expert SET name = ?, field = ?, level = ?, employer = ?, title = ?,"
            " contact = ?, valid_until = ? WHERE id = ?"));
    q.addBindValue(e.name.trimmed());
    q.addBindValue(expertFieldKey(e.field));
    q.addBindValue(expertLevelKey(e.level));
    q.addBindValue(nn(e.employer.trimmed()));
    q.addBindValue(nn(e.title.trimmed()));
    q.addBindValue(nn(e.contact.trimmed()));
    q.addBindValue(e.validUntil.isValid() ? QVariant(e.validUntil.toString(Qt::ISODate))
                                          : QVariant(QMetaType(QMetaType::QString)));
    if (e.id != 0)
        q.addBindValue(e.id);
    if (!run(q, error))
        return false;
    if (e.id == 0) {
        e.id = q.lastInsertId().toLongLong();
        return revisions.claimNew(RecordKey::expert(e.id), ticket, error);
    }
    return true;
}
} // namespace

QList<Expert> ExpertRepository::all() const {
    QList<Expert> out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral(
        "SELECT id, name, field, level, employer, title, contact, valid_until FROM expert"
        " ORDER BY CASE level WHEN 'province' THEN 0 ELSE 1 END, field, name, id"));
    while (q.next()) {
        Expert e;
        e.id = q.value(0).toLongLong();
        e.name = q.value(1).toString();
        expertFieldFromText(q.value(2).toString(), &e.field);
        expertLevelFromText(q.value(3).toString(), &e.level);
        e.employer = q.value(4).toString();
        e.title = q.value(5).toString();
        e.contact = q.value(6).toString();
        e.validUntil = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        out << e;
    }
    return out;
}

std::optional<Expert> ExpertRepository::find(qint64 id) const {
    for (const Expert& e : all())
        if (e.id == id)
            return e;
    return std::nullopt;
}

bool ExpertRepository::save(Expert& expert, QString* error, RevisionTicket* ticket) const {
    const qint64 idBefore = expert.id;
    const bool ok = inTransactionWithTicket(
        m_db, ticket, error, [&](RevisionTicket* t) { return write(m_db, expert, error, t); });
    if (!ok)
        expert.id = idBefore;
    return ok;
}

bool ExpertRepository::remove(qint64 id, QString* error, RevisionTicket* ticket) const {
    return inTransactionWithTicket(m_db, ticket, error, [&](RevisionTicket* t) {
        if (!RecordRevisions(m_db).claim(RecordKey::expert(id), t, error))
            return false;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM expert WHERE id = ?"));
        q.addBindValue(id);
        return run(q, error);
    });
}

bool ExpertRepository::addAll(QList<Expert>& experts, QString* error) const {
    QSqlDatabase db = m_db;
    if (!beginWrite(db, error))
        return false;
    for (Expert& e : experts) {
        e.id = 0;
        if (!write(db, e, error, nullptr)) {
            db.rollback();
            for (Expert& x : experts)
                x.id = 0;
            return false;
        }
    }
    return commitWrite(db, error);
}

} // namespace yufang
