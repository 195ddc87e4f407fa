#pragma once

#include "domain/bureau_name.h"

#include <QSqlDatabase>
#include <QString>

namespace yufang {

// The bureau's name of a unit (domain/bureau_name), looking the unit and its parent up; empty for
// an unknown code.
QString bureauName(const QSqlDatabase& db, const QString& unitCode);

} // namespace yufang
