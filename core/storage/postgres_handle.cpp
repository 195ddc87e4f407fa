#include "postgres_handle.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace yufang::sql {

pg_conn* postgresHandle(const QSqlDatabase& db) {
    if (db.driverName() != QLatin1String("QPSQL") || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt 6 names the type as the compiler spells it: pg_conn* (PGconn is its typedef).
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

bool inServerTransaction(const QSqlDatabase& db) {
    PGconn* conn = postgresHandle(db);
    if (!conn)
        return false;
    const PGTransactionStatusType status = PQtransactionStatus(conn);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

} // namespace yufang::sql
