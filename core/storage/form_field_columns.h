#pragma once

#include <QMap>
#include <QSqlQuery>
#include <QString>

namespace yufang::form_field_columns {

// 填报人, 联系电话 and 填报日期 have columns of their own (preparer, phone, filled_on) where a
// form's fields are stored (form_record, form_signature); its other fields are kept beside them
// as one JSON object. One reading and writing of that layout for both tables.

// Binds preparer, phone, filled_on (NULL when empty) and the JSON of the other fields, in that
// order, as the next four values of q.
void bind(QSqlQuery& q, const QMap<QString, QString>& fields);
// The fields from those four columns of q's current row, starting at `first`; an empty
// preparer, phone or filled_on is left out.
QMap<QString, QString> read(const QSqlQuery& q, int first);

} // namespace yufang::form_field_columns
