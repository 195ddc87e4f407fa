#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace yufang {

// Runs work inside one transaction: commits when it returns true, rolls back when it returns
// false or the commit fails. *error gets the database's message where work left none.
bool inTransaction(QSqlDatabase db, QString* error, const std::function<bool()>& work);

} // namespace yufang
