#include "postgres_handle.h"

#include <QSqlDriver>
#include <QVariant>

// Without libpq (the Windows cross build, whose Qt has no QPSQL driver) no connection is a
// server's: no handle, no server transaction, no login.
#ifdef YUFANG_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

namespace yufang::sql {

pg_conn* postgresHandle(const QSqlDatabase& db) {
#ifndef YUFANG_HAVE_LIBPQ
    (void)db;
    return nullptr;
#else
    if (db.driverName() != QLatin1String("QPSQL") || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt 6 names the type as the compiler spells it: pg_conn* (PGconn is its typedef).
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
#endif
}

bool inServerTransaction(const QSqlDatabase& db) {
#ifndef YUFANG_HAVE_LIBPQ
    (void)db;
    return false;
#else
    PGconn* conn = postgresHandle(db);
    if (!conn)
        return false;
    const PGTransactionStatusType status = PQtransactionStatus(conn);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
#endif
}

QString postgresLogin(const QSqlDatabase& db) {
#ifdef YUFANG_HAVE_LIBPQ
    if (PGconn* conn = postgresHandle(db))
        if (const char* user = PQuser(conn); user && *user)
            return QString::fromUtf8(user);
#else
    (void)db;
#endif
    return {};
}

} // namespace yufang::sql
