#include "transaction.h"

#include "database_errors.h"
#include "sql_dialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

bool beginWrite(QSqlDatabase db, QString* error) {
    if (!sql::isSqlite(db)) {
        if (db.transaction())
            return true;
        if (error)
            *error = db.lastError().text();
        return false;
    }
    // QSqlDatabase::commit() and rollback() only send COMMIT and ROLLBACK, so they close a
    // transaction begun here as well as one begun by transaction().
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    if (error)
        *error = describeDatabaseError(q.lastError());
    return false;
}

bool commitWrite(QSqlDatabase db, QString* error) {
    if (db.commit())
        return true;
    const QSqlError why = db.lastError();
    db.rollback();
    if (error)
        *error = describeDatabaseError(why);
    return false;
}

bool inTransaction(QSqlDatabase db, QString* error, const std::function<bool()>& work) {
    if (!beginWrite(db, error))
        return false;
    if (!work()) {
        if (error && error->isEmpty())
            *error = describeDatabaseError(db.lastError());
        db.rollback();
        return false;
    }
    QString why;
    if (commitWrite(db, &why))
        return true;
    if (error && error->isEmpty())
        *error = why;
    return false;
}

} // namespace yufang
