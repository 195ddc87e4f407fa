#include "form_field_columns.h"

#include "domain/form_table.h"
#include "sql_values.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace yufang::form_field_columns {

namespace {
const QStringList kColumnFields{form_fields::kPreparer, form_fields::kPhone,
                                form_fields::kFilledOn};
} // namespace

void bind(QSqlQuery& q, const QMap<QString, QString>& fields) {
    q.addBindValue(notNullText(fields.value(form_fields::kPreparer)));
    q.addBindValue(notNullText(fields.value(form_fields::kPhone)));
    const QString filledOn = fields.value(form_fields::kFilledOn);
    q.addBindValue(filledOn.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                      : QVariant(filledOn));
    QJsonObject other;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (!kColumnFields.contains(it.key()))
            other.insert(it.key(), it.value());
    q.addBindValue(QString::fromUtf8(QJsonDocument(other).toJson(QJsonDocument::Compact)));
}

QMap<QString, QString> read(const QSqlQuery& q, int first) {
    QMap<QString, QString> fields;
    const QJsonObject other =
        QJsonDocument::fromJson(q.value(first + 3).toString().toUtf8()).object();
    for (auto it = other.begin(); it != other.end(); ++it)
        fields.insert(it.key(), it.value().toString());
    for (int i = 0; i < kColumnFields.size(); ++i)
        if (!q.value(first + i).toString().isEmpty())
            fields.insert(kColumnFields.at(i), q.value(first + i).toString());
    return fields;
}

} // namespace yufang::form_field_columns
