#include "transaction.h"

#include "database_errors.h"
#include "postgres_handle.h"
#include "sql_dialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

bool beginWrite(QSqlDatabase db, QString* error) {
    // QSqlDatabase::commit() and rollback() only send COMMIT and ROLLBACK, so they close a
    // transaction begun here as well as one begun by transaction().
    // SQLite refuses a BEGIN inside a transaction, which callers that share their caller's
    // transaction rely on ("own = beginWrite(…)"); PostgreSQL only warns, so refuse it here.
    if (sql::inServerTransaction(db)) {
        if (error)
            *error = QStringLiteral("cannot start a transaction within a transaction");
        return false;
    }
    QSqlQuery q(db);
    const QStringList statements = sql::beginWriteStatements(db);
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (q.exec(statements.at(i)))
            continue;
        const QSqlError why = q.lastError();
        if (i > 0)
            db.rollback();
        if (error)
            *error = describeDatabaseError(why);
        return false;
    }
    return true;
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
