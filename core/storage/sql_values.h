#pragma once

#include "domain/annex.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace yufang {

// Domain values to SQL parameters and back, the same way in every repository.

// Qt binds a null QString as SQL NULL; NOT NULL text columns want ''.
inline QString notNullText(const QString& s) {
    return s.isNull() ? QStringLiteral("") : s;
}

// A count as a bind value: NULL when not reported.
inline QVariant countParam(const Count& c) {
    return c ? QVariant(*c) : QVariant(QMetaType(QMetaType::LongLong));
}

// A count column: not reported when NULL.
inline Count countColumn(const QSqlQuery& q, int column) {
    const QVariant v = q.value(column);
    return v.isNull() ? Count() : Count(v.toLongLong());
}

} // namespace yufang
