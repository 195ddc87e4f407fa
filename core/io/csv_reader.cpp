#include "csv_reader.h"

namespace yufang {

bool CsvRecord::isBlank() const {
    for (const QString& f : fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

QString CsvRecord::at(int i) const {
    return i >= 0 && i < fields.size() ? fields.at(i).trimmed() : QString();
}

QChar CsvReader::detectDelimiter(const QString& text) {
    qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QStringView first = QStringView(text).left(end < 0 ? text.size() : end);
    return first.count(QLatin1Char('\t')) > first.count(QLatin1Char(',')) ? QLatin1Char('\t')
                                                                            : QLatin1Char(',');
}

QString CsvReader::unneutralise(const QString& cell) {
    if (cell.size() >= 2 && cell.front() == QLatin1Char('\'')) {
        const QChar c = cell.at(1);
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
            c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            return cell.mid(1);
    }
    return cell;
}

QList<CsvRecord> CsvReader::parse(const QString& text, QChar delimiter) {
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    record.line = line;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    const qsizetype n = text.size();

    auto endField = [&] {
        record.fields << field;
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        while (!record.fields.isEmpty() && record.fields.constLast().trimmed().isEmpty())
            record.fields.removeLast();
        records << record;
        record = CsvRecord{};
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                else if (c == QLatin1Char('\r') && !(i + 1 < n && text.at(i + 1) == QLatin1Char('\n')))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !fieldWasQuoted) {
            field.clear(); // spaces before an opening quote are not content
            inQuotes = true;
            fieldWasQuoted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            record.line = line;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || fieldWasQuoted)
        endRecord();
    return records;
}

} // namespace yufang
