#pragma once

#include "domain/annex.h"

#include <QString>
#include <QStringList>

namespace yufang::annex_values {

// The 基本情况表 is the form `annex` of the form engine's storage (form_record, form_value;
// migration 20). Its rows are read back into AnnexTable by pivoting a row's values into the
// five count columns and the remark, in SQL, so a read stays one query.

inline QString formCode() {
    return QStringLiteral("annex");
}

// The count columns' keys (countFieldKey: the column keys of the `annex` definition in
// resources/presets/presets.json), in CountField's order.
inline const QStringList& countKeys() {
    static const QStringList keys = [] {
        QStringList out;
        for (int f = 0; f < kCountFieldCount; ++f)
            out << countFieldKey(CountField(f));
        return out;
    }();
    return keys;
}

inline QString remarkKey() {
    return QStringLiteral("remark");
}

// "MAX(CASE WHEN v.column_key = 'enterprises' THEN v.number_value END), …" for the five counts
// of one row (aggregate MAX) or summed over units (SUM); NULL where no value is stored.
inline QString countSelect(const QString& aggregate, const QString& alias = QStringLiteral("v")) {
    QStringList out;
    for (const QString& key : countKeys())
        out << QStringLiteral("%1(CASE WHEN %2.column_key = '%3' THEN %2.number_value END)")
                   .arg(aggregate, alias, key);
    return out.join(QStringLiteral(", "));
}

// The row's remark ('' when none), for a query grouped by row.
inline QString remarkSelect(const QString& alias = QStringLiteral("v")) {
    return QStringLiteral("COALESCE(MAX(CASE WHEN %1.column_key = '%2' THEN %1.text_value END),"
                          " '')")
        .arg(alias, remarkKey());
}

} // namespace yufang::annex_values
