#include "annex_diff.h"

#include <QJsonArray>
#include <QSet>

namespace yufang {

namespace {
const QString kRemark = QStringLiteral("remark");
const QString kPreparer = QStringLiteral("preparer");
const QString kPhone = QStringLiteral("phone");
const QString kFilledOn = QStringLiteral("filled_on");

QString countText(const Count& c) {
    return c ? QString::number(*c) : QString();
}

bool blank(const AnnexRow& row) {
    return row.counts.isEmpty() && row.remark.trimmed().isEmpty();
}

// Rows that are really there: local rows always, plan rows only when something is filled in.
QList<AnnexRow> present(const AnnexTable& table) {
    QList<AnnexRow> out;
    for (const AnnexRow& row : table.rows)
        if (row.local || !blank(row))
            out << row;
    return out;
}

const AnnexRow* findIn(const QList<AnnexRow>& rows, const QString& industry) {
    for (const AnnexRow& row : rows)
        if (row.industry == industry)
            return &row;
    return nullptr;
}

void diffCells(const QString& industry, const AnnexRow& before, const AnnexRow& after,
               QList<AnnexChange>& out) {
    for (int f = 0; f < kCountFieldCount; ++f) {
        const auto field = static_cast<CountField>(f);
        const QString was = countText(countValue(before.counts, field));
        const QString now = countText(countValue(after.counts, field));
        if (was != now)
            out << AnnexChange{AnnexChange::Kind::Cell, industry, countFieldKey(field), was, now};
    }
    if (before.remark != after.remark)
        out << AnnexChange{AnnexChange::Kind::Cell, industry, kRemark, before.remark, after.remark};
}

void diffMeta(const QString& key, const QString& was, const QString& now, QList<AnnexChange>& out) {
    if (was != now)
        out << AnnexChange{AnnexChange::Kind::Meta, {}, key, was, now};
}

QJsonValue countJson(const Count& c) {
    return c ? QJsonValue(double(*c)) : QJsonValue();
}
Count countFromJson(const QJsonValue& v) {
    return v.isDouble() ? Count(qint64(v.toDouble())) : Count();
}
} // namespace

QString annexFieldCaption(const QString& key) {
    for (int f = 0; f < kCountFieldCount; ++f)
        if (countFieldKey(static_cast<CountField>(f)) == key)
            return countFieldCaption(static_cast<CountField>(f), 0);
    if (key == kRemark)
        return QStringLiteral("备注");
    if (key == kPreparer)
        return QStringLiteral("填报人");
    if (key == kPhone)
        return QStringLiteral("联系电话");
    if (key == kFilledOn)
        return QStringLiteral("填报日期");
    return key;
}

QString annexRowSummary(const AnnexRow& row) {
    QStringList parts;
    for (int f = 0; f < kCountFieldCount; ++f) {
        const auto field = static_cast<CountField>(f);
        if (const Count c = countValue(row.counts, field))
            parts << QStringLiteral("%1=%2").arg(countFieldCaption(field, 0)).arg(*c);
    }
    if (!row.remark.isEmpty())
        parts << QStringLiteral("备注=%1").arg(row.remark);
    return parts.join(QStringLiteral("；"));
}

QList<AnnexChange> diffAnnex(const AnnexTable& before, const AnnexTable& after) {
    QList<AnnexChange> out;
    const QList<AnnexRow> was = present(before);
    const QList<AnnexRow> now = present(after);
    const AnnexRow empty;
    for (const AnnexRow& row : now) {
        const AnnexRow* old = findIn(was, row.industry);
        if (old)
            diffCells(row.industry, *old, row, out);
        else if (row.local)
            out << AnnexChange{
                AnnexChange::Kind::RowAdded, row.industry, {}, {}, annexRowSummary(row)};
        else
            diffCells(row.industry, empty, row, out);
    }
    for (const AnnexRow& row : was) {
        if (findIn(now, row.industry))
            continue;
        if (row.local)
            out << AnnexChange{
                AnnexChange::Kind::RowRemoved, row.industry, {}, annexRowSummary(row), {}};
        else
            diffCells(row.industry, row, empty, out);
    }
    diffMeta(kPreparer, before.meta.preparer, after.meta.preparer, out);
    diffMeta(kPhone, before.meta.phone, after.meta.phone, out);
    diffMeta(kFilledOn, before.meta.filledOn.toString(Qt::ISODate),
             after.meta.filledOn.toString(Qt::ISODate), out);
    return out;
}

QJsonObject annexToJson(const AnnexTable& table) {
    QJsonArray rows;
    for (const AnnexRow& row : table.rows) {
        QJsonObject r;
        r.insert(QStringLiteral("industry"), row.industry);
        r.insert(QStringLiteral("local"), row.local);
        for (int f = 0; f < kCountFieldCount; ++f) {
            const auto field = static_cast<CountField>(f);
            r.insert(countFieldKey(field), countJson(countValue(row.counts, field)));
        }
        r.insert(kRemark, row.remark);
        rows.append(r);
    }
    QJsonObject meta;
    meta.insert(kPreparer, table.meta.preparer);
    meta.insert(kPhone, table.meta.phone);
    meta.insert(kFilledOn, table.meta.filledOn.toString(Qt::ISODate));
    QJsonObject out;
    out.insert(QStringLiteral("unit_code"), table.unitCode);
    out.insert(QStringLiteral("year"), table.year);
    out.insert(QStringLiteral("rows"), rows);
    out.insert(QStringLiteral("meta"), meta);
    return out;
}

AnnexTable annexFromJson(const QJsonObject& json) {
    AnnexTable table;
    table.unitCode = json.value(QStringLiteral("unit_code")).toString();
    table.year = json.value(QStringLiteral("year")).toInt();
    for (const QJsonValue& v : json.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject r = v.toObject();
        AnnexRow row;
        row.industry = r.value(QStringLiteral("industry")).toString();
        row.local = r.value(QStringLiteral("local")).toBool();
        for (int f = 0; f < kCountFieldCount; ++f) {
            const auto field = static_cast<CountField>(f);
            countRef(row.counts, field) = countFromJson(r.value(countFieldKey(field)));
        }
        row.remark = r.value(kRemark).toString();
        table.rows << row;
    }
    const QJsonObject meta = json.value(QStringLiteral("meta")).toObject();
    table.meta.preparer = meta.value(kPreparer).toString();
    table.meta.phone = meta.value(kPhone).toString();
    table.meta.filledOn = QDate::fromString(meta.value(kFilledOn).toString(), Qt::ISODate);
    return table;
}

} // namespace yufang
