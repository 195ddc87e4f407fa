#include "form_table_json.h"

#include <QJsonArray>

namespace yufang {

namespace {
const QString kForm = QStringLiteral("form");
const QString kUnit = QStringLiteral("unit_code");
const QString kYear = QStringLiteral("year");
const QString kRows = QStringLiteral("rows");
const QString kGroup = QStringLiteral("group");
const QString kKey = QStringLiteral("key");
const QString kLocal = QStringLiteral("local");
const QString kCells = QStringLiteral("cells");
const QString kFields = QStringLiteral("fields");
} // namespace

QJsonObject formTableToJson(const FormTable& table) {
    QJsonArray rows;
    for (const FormRow& row : table.rows) {
        QJsonObject cells;
        for (auto it = row.cells.begin(); it != row.cells.end(); ++it) {
            if (it->number)
                cells.insert(it.key(), QJsonValue(qint64(*it->number)));
            else if (!it->text.isEmpty())
                cells.insert(it.key(), it->text);
        }
        QJsonObject r{{kKey, row.key}, {kLocal, row.local}, {kCells, cells}};
        if (!row.group.isEmpty())
            r.insert(kGroup, row.group);
        rows.append(r);
    }
    QJsonObject fields;
    for (auto it = table.fields.begin(); it != table.fields.end(); ++it)
        fields.insert(it.key(), it.value());
    return QJsonObject{{kForm, table.formCode},
                       {kUnit, table.unitCode},
                       {kYear, table.year},
                       {kRows, rows},
                       {kFields, fields}};
}

FormTable formTableFromJson(const QJsonObject& json) {
    FormTable table;
    table.formCode = json.value(kForm).toString();
    table.unitCode = json.value(kUnit).toString();
    table.year = json.value(kYear).toInt();
    for (const QJsonValue& v : json.value(kRows).toArray()) {
        const QJsonObject r = v.toObject();
        FormRow row;
        row.key = r.value(kKey).toString();
        row.group = r.value(kGroup).toString();
        row.local = r.value(kLocal).toBool();
        const QJsonObject cells = r.value(kCells).toObject();
        for (auto it = cells.begin(); it != cells.end(); ++it) {
            if (it->isString())
                row.setText(it.key(), it->toString());
            else
                row.setNumber(it.key(), it->toInteger());
        }
        table.rows << row;
    }
    const QJsonObject fields = json.value(kFields).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        table.fields.insert(it.key(), it->toString());
    return table;
}

} // namespace yufang
