#pragma once

#include "domain/diagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace yufang {

// A CSV whose first non-blank line is a header of known columns, each accepted under a
// canonical English key or a Chinese name, in any order (what staff re-save from Excel/WPS:
// any encoding text_decoder reads, comma or tab). Used by the batch files of the instruments.
struct KeyedCsvRow {
    int line = 0;
    QHash<QString, QString> values; // canonical key → trimmed, un-neutralised cell
    QString value(const QString& key) const { return values.value(key); }
};

struct KeyedCsv {
    QList<KeyedCsvRow> rows;
    Diagnostics diagnostics; // unreadable file, missing required columns
};

struct KeyedColumn {
    QString key;       // canonical, e.g. "risk_class"
    QStringList names; // accepted header texts besides the key, e.g. 风险类别
    bool required = true;
};

KeyedCsv readKeyedCsv(const QByteArray& bytes, const QString& fileName,
                      const QList<KeyedColumn>& columns);

} // namespace yufang
