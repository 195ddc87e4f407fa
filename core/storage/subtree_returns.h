#pragma once

#include "domain/like_for_like.h"

#include <QSqlDatabase>

namespace yufang {

// Every unit of the subtree rooted at unitCode (itself included), in tree order, with whether it
// holds a form for the year and its own rows: what the like-for-like rule reads. Two queries per
// year, whatever the size of the subtree.
QList<UnitYear> subtreeReturns(const QSqlDatabase& db, const QString& unitCode, int year);

} // namespace yufang
