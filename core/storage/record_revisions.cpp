#include "record_revisions.h"

#include "audit_log.h"
#include "database_account.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RecordRevisions)
};

QString unitYearKey(const QString& unitCode, int year) {
    return QStringLiteral("%1/%2").arg(unitCode).arg(year);
}

RecordKey unitYear(const QString& kind, const QString& unitCode, int year) {
    return RecordKey{kind, unitYearKey(unitCode, year), unitCode, year};
}

QString kindCaption(const QString& kind) {
    if (kind == QLatin1String("annex"))
        return Text::tr("The basic-situation form");
    if (kind == QLatin1String("training"))
        return Text::tr("The training coverage form");
    if (kind == QLatin1String("disease"))
        return Text::tr("The occupational disease form");
    if (kind == QLatin1String("task"))
        return Text::tr("The task record");
    if (kind == QLatin1String("hazard"))
        return Text::tr("The hazard");
    if (kind == QLatin1String("fee_budget"))
        return Text::tr("The prevention fee budget");
    if (kind == QLatin1String("fee_project"))
        return Text::tr("The prevention fee project");
    if (kind == QLatin1String("expert"))
        return Text::tr("The expert");
    if (kind == QLatin1String("plan"))
        return Text::tr("The plan");
    if (kind == QLatin1String("return"))
        return Text::tr("The return");
    if (kind == QLatin1String("provider"))
        return Text::tr("The training provider");
    if (kind == QLatin1String("rate_scheme"))
        return Text::tr("The rate-floating tables");
    if (kind == QLatin1String("form"))
        return Text::tr("The form");
    if (kind == QLatin1String("form_definition"))
        return Text::tr("The form definition");
    if (kind == QLatin1String("unit_tracking"))
        return Text::tr("The start date of the office");
    return kind;
}

bool fail(const QSqlQuery& q, QString* error) {
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

RecordKey RecordKey::annex(const QString& unitCode, int year) {
    return form(QStringLiteral("annex"), unitCode, year); // the engine's form (migration 20)
}
RecordKey RecordKey::training(const QString& unitCode, int year) {
    return form(QStringLiteral("training"), unitCode, year); // the engine's form (migration 12)
}
RecordKey RecordKey::disease(const QString& unitCode, int year) {
    return form(QStringLiteral("disease"), unitCode, year); // the engine's form (migration 12)
}
RecordKey RecordKey::form(const QString& formCode, const QString& unitCode, int year) {
    return RecordKey{QStringLiteral("form"),
                     QStringLiteral("%1/%2").arg(formCode, unitYearKey(unitCode, year)), unitCode,
                     year};
}
RecordKey RecordKey::formDefinition(qint64 planId, const QString& formCode) {
    return RecordKey{QStringLiteral("form_definition"),
                     QStringLiteral("%1/%2").arg(planId).arg(formCode),
                     {},
                     0};
}
RecordKey RecordKey::feeBudget(const QString& unitCode, int year) {
    return unitYear(QStringLiteral("fee_budget"), unitCode, year);
}
RecordKey RecordKey::taskRecord(const QString& unitCode, qint64 obligationId, int year) {
    return RecordKey{QStringLiteral("task"),
                     QStringLiteral("%1/%2/%3").arg(unitCode).arg(obligationId).arg(year), unitCode,
                     year};
}
RecordKey RecordKey::returnRecord(const QString& unitCode, qint64 obligationId, int periodYear) {
    return RecordKey{QStringLiteral("return"),
                     QStringLiteral("%1/%2/%3").arg(unitCode).arg(obligationId).arg(periodYear),
                     unitCode, periodYear};
}
RecordKey RecordKey::hazard(qint64 id) {
    return RecordKey{QStringLiteral("hazard"), QString::number(id), {}, 0};
}
RecordKey RecordKey::feeProject(qint64 id) {
    return RecordKey{QStringLiteral("fee_project"), QString::number(id), {}, 0};
}
RecordKey RecordKey::expert(qint64 id) {
    return RecordKey{QStringLiteral("expert"), QString::number(id), {}, 0};
}
RecordKey RecordKey::provider(qint64 id) {
    return RecordKey{QStringLiteral("provider"), QString::number(id), {}, 0};
}
RecordKey RecordKey::rateScheme() {
    return RecordKey{QStringLiteral("rate_scheme"), QStringLiteral("current"), {}, 0};
}
RecordKey RecordKey::plan(qint64 id) {
    return RecordKey{QStringLiteral("plan"), QString::number(id), {}, 0};
}

RevisionStamp RecordRevisions::current(const RecordKey& key) const {
    RevisionStamp stamp;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT revision, changed_at, account FROM record_revision"
                             " WHERE kind = ? AND record_key = ?"));
    q.addBindValue(key.kind);
    q.addBindValue(key.key);
    if (q.exec() && q.next()) {
        stamp.number = q.value(0).toLongLong();
        stamp.changedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        stamp.changedAt.setTimeSpec(Qt::UTC);
        stamp.account = q.value(2).toString();
    }
    return stamp;
}

QHash<QString, qint64> RecordRevisions::allOf(const QString& kind) const {
    QHash<QString, qint64> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT record_key, revision FROM record_revision WHERE kind = ?"));
    q.addBindValue(kind);
    q.exec();
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

bool RecordRevisions::isReadOnly(const QSqlDatabase& db) {
    return db.connectOptions().contains(QLatin1String("QSQLITE_OPEN_READONLY"));
}

QString RecordRevisions::readOnlyMessage() {
    return Text::tr("This copy of Yufang opened the database read-only (another copy is using "
                    "it); nothing was saved. Close the other copy and open the database again "
                    "to make changes.");
}

QString RecordRevisions::conflictMessage(const RecordKey& key, qint64 loaded,
                                         const RevisionStamp& now) {
    const QString when =
        now.changedAt.isValid()
            ? now.changedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            : Text::tr("an unknown time");
    // The annex keeps its own words (and its key as before migration 20) in the message.
    const QString annexPrefix = QStringLiteral("annex/");
    const bool annex = key.kind == QLatin1String("form") && key.key.startsWith(annexPrefix);
    const QString caption = kindCaption(annex ? QStringLiteral("annex") : key.kind);
    const QString shownKey = annex ? key.key.mid(annexPrefix.size()) : key.key;
    return Text::tr("%1 %2 was changed by %3 at %4 after it was loaded here (revision %5, now %6); "
                    "nothing was saved. Reload it to see the change, or overwrite it giving a "
                    "reason.")
        .arg(caption, shownKey, now.account.isEmpty() ? Text::tr("someone") : now.account, when)
        .arg(loaded)
        .arg(now.number);
}

bool RecordRevisions::refuseReadOnly(const QSqlDatabase& db, QString* error) {
    if (!isReadOnly(db))
        return true;
    if (error)
        *error = readOnlyMessage();
    return false;
}

bool RecordRevisions::claimNew(const RecordKey& key, RevisionTicket* ticket, QString* error) const {
    if (!claim(key, nullptr, error))
        return false;
    if (ticket)
        *ticket = RevisionTicket{current(key).number, {}};
    return true;
}

bool RecordRevisions::claim(const RecordKey& key, RevisionTicket* ticket, QString* error) const {
    if (!refuseReadOnly(m_db, error))
        return false;
    // Read inside the write transaction: with BEGIN IMMEDIATE (or SQLite's single writer) no
    // other connection can bump it between this check and the commit.
    const RevisionStamp now = current(key);
    if (ticket && ticket->loaded != now.number) {
        if (error)
            *error = conflictMessage(key, ticket->loaded, now);
        return false;
    }
    const QString account = databaseAccount(m_db);
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO record_revision (kind, record_key, revision, changed_at, account)"
        " VALUES (?, ?, 1, ?, ?) ON CONFLICT (kind, record_key) DO UPDATE SET"
        " revision = record_revision.revision + 1, changed_at = excluded.changed_at,"
        " account = excluded.account"));
    q.addBindValue(key.kind);
    q.addBindValue(key.key);
    q.addBindValue(at);
    q.addBindValue(account);
    if (!q.exec())
        return fail(q, error);
    if (ticket && !ticket->overwriteReason.isEmpty()) {
        // The clerk replaced a change they had been shown: the trail says so, and why.
        AuditEvent e;
        e.action = audit::kRecordOverwritten;
        e.unitCode = key.unitCode;
        e.year = key.year;
        e.entity = key.kind;
        e.field = key.key;
        e.oldValue = QString::number(now.number);
        e.newValue = QString::number(now.number + 1);
        e.reason = ticket->overwriteReason;
        if (!AuditLog(m_db).append(e, error))
            return false;
    }
    if (ticket) {
        ticket->loaded = now.number + 1;
        ticket->overwriteReason.clear();
    }
    return true;
}

bool inTransactionWithTicket(QSqlDatabase db, RevisionTicket* ticket, QString* error,
                             const std::function<bool(RevisionTicket*)>& work) {
    RevisionTicket attempt = ticket ? *ticket : RevisionTicket{};
    const bool ok = inTransaction(db, error, [&] { return work(ticket ? &attempt : nullptr); });
    if (ok && ticket)
        *ticket = attempt;
    return ok;
}

} // namespace yufang
