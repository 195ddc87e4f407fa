#include "transaction.h"

#include <QSqlError>

namespace yufang {

bool inTransaction(QSqlDatabase db, QString* error, const std::function<bool()>& work) {
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    if (work() && db.commit())
        return true;
    if (error && error->isEmpty())
        *error = db.lastError().text();
    db.rollback();
    return false;
}

} // namespace yufang
