#pragma once

#include "domain/annex.h"
#include "domain/diagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace yufang {

// One column of a key-industry form (training, occupational disease): its canonical key and
// the header names it is recognised by (matched on normalised labels, English or Chinese).
struct FormColumnSpec {
    enum class Kind { Label, Count, Rate, Text };
    QString key;
    QStringList names;
    Kind kind = Kind::Count;
    bool required = false;
};

// One data line: label, text and rate cells by key (trimmed), counts by key.
struct FormLine {
    int line = 0;
    QHash<QString, QString> text;
    QHash<QString, Count> counts;
};

struct ParsedForm {
    QString file;
    QString encoding;
    QString unitText; // 填报单位 as written
    int unitLine = 0;
    std::optional<int> year; // 年度
    int yearLine = 0;
    QString preparer;
    QString phone;
    QList<FormLine> rows;
    std::optional<FormLine> total; // the 合计 row, for the caller to check against the sum
    Diagnostics diagnostics;       // with file and line
};

// Reads the printed-form layout the training and disease tables share: a title, 填报单位：…,
// 年度：…, one header row, data rows, 合计, then 填报人/联系电话/备注 (which end the table). Every
// encoding, quoting and neutralising rule of the annex applies (decodeText, CsvReader,
// parseCount). `labelKey` is the first label column: it finds the header row and the 合计 row.
ParsedForm readFormCsv(const QByteArray& bytes, const QString& fileName,
                       const QList<FormColumnSpec>& columns, const QString& labelKey);

} // namespace yufang
