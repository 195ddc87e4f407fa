#include "bulk_write_journal.h"

#include "sql_dialect.h"

#include <QSqlQuery>
#include <QVariant>

namespace yufang {

namespace {
QString journalMode(QSqlQuery& q, const QString& pragma) {
    if (!q.exec(pragma) || !q.next())
        return {};
    const QString mode = q.value(0).toString().toLower();
    q.finish();
    return mode;
}

// A journal-mode change under a given busy timeout, the connection's own restored after.
QString setJournalMode(QSqlDatabase& db, const QString& mode, int busyMs) {
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyMs));
    const QString now = journalMode(q, QStringLiteral("PRAGMA journal_mode = %1").arg(mode));
    q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(sql::busyTimeoutMs()));
    return now;
}
} // namespace

BulkWriteJournal::BulkWriteJournal(QSqlDatabase db) : m_db(std::move(db)) {
    if (!sql::isSqlite(m_db) || m_db.databaseName().isEmpty() ||
        m_db.databaseName() == QLatin1String(":memory:"))
        return;
    QSqlQuery q(m_db);
    if (journalMode(q, QStringLiteral("PRAGMA journal_mode")) != QLatin1String("wal"))
        return; // a network share (rollback journal already), or a file opened read-only
    // Without waiting: another connection to the file refuses the switch at once, and the
    // import keeps the WAL, where that connection's reads are never blocked.
    m_switched = setJournalMode(m_db, QStringLiteral("delete"), 0) == QLatin1String("delete");
}

BulkWriteJournal::~BulkWriteJournal() {
    if (!m_switched)
        return;
    // Back to the WAL, waiting a little for a program that opened the file meanwhile and is
    // reading. Should it still be refused, the file stays in the rollback journal until the next
    // open sets the WAL again (sql::configureConnection): safe either way.
    setJournalMode(m_db, QStringLiteral("wal"), 2000);
}

} // namespace yufang
