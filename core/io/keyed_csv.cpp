#include "keyed_csv.h"

#include "cell_parsing.h"
#include "csv_reader.h"
#include "domain/input_text.h"

#include <QCoreApplication>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(KeyedCsv)
};
} // namespace

KeyedCsv readKeyedCsv(const QByteArray& bytes, const QString& fileName,
                      const QList<KeyedColumn>& columns) {
    KeyedCsv out;
    auto error = [&](int line, const QString& message) {
        Diagnostic d;
        d.file = fileName;
        d.line = line;
        d.message = message;
        out.diagnostics << d;
    };
    QStringList sheetHints; // the sheet holding these columns, in a workbook
    for (const KeyedColumn& c : columns)
        sheetHints << c.key << c.names;
    CsvDocument doc = readCsvDocument(bytes, fileName, sheetHints);
    if (hasErrors(doc.diagnostics)) {
        out.diagnostics << doc.diagnostics;
        return out;
    }
    const QList<CsvRecord>& records = doc.records;
    qsizetype headerAt = 0;
    while (headerAt < records.size() && records.at(headerAt).isBlank())
        ++headerAt;
    if (headerAt == records.size()) {
        error(0, Text::tr("the file is empty"));
        return out;
    }
    const CsvRecord& header = records.at(headerAt);
    QHash<QString, int> index;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString cell = normaliseLabel(header.fields.at(i));
        for (const KeyedColumn& c : columns) {
            if (cell.compare(c.key, Qt::CaseInsensitive) == 0 || c.names.contains(cell)) {
                if (index.contains(c.key))
                    error(header.line, Text::tr("column \"%1\" appears twice").arg(excerpt(cell)));
                index.insert(c.key, i);
            }
        }
    }
    QStringList missing;
    for (const KeyedColumn& c : columns)
        if (c.required && !index.contains(c.key))
            missing << (c.names.isEmpty() ? c.key
                                          : QStringLiteral("%1 (%2)").arg(c.names.first(), c.key));
    if (!missing.isEmpty())
        error(
            header.line,
            Text::tr("the header lacks the column(s) %1").arg(missing.join(QStringLiteral(", "))));
    if (!out.diagnostics.isEmpty())
        return out;
    for (qsizetype r = headerAt + 1; r < records.size(); ++r) {
        const CsvRecord& rec = records.at(r);
        if (rec.isBlank())
            continue;
        KeyedCsvRow row;
        row.line = rec.line;
        for (auto it = index.cbegin(); it != index.cend(); ++it)
            row.values.insert(it.key(), rec.at(it.value()));
        out.rows << row;
    }
    return out;
}

} // namespace yufang
