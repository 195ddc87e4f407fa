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
    // A title row may stand alone on the first line, so look at the first lines together.
    qsizetype tabs = 0;
    qsizetype commas = 0;
    qsizetype from = 0;
    for (int line = 0; line < 12 && from < text.size(); ++line) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), from);
        if (end < 0)
            end = text.size();
        const QStringView l = QStringView(text).sliced(from, end - from);
        tabs += l.count(QLatin1Char('\t'));
        commas += l.count(QLatin1Char(','));
        from = end + 1;
    }
    return tabs > commas ? QLatin1Char('\t') : QLatin1Char(',');
}

QString CsvReader::unneutralise(const QString& cell) {
    // The writer put exactly one apostrophe before a run of apostrophes and a formula sign.
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == QLatin1Char('\''))
        ++i;
    if (i == 0 || i >= cell.size())
        return cell;
    const QChar c = cell.at(i);
    if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
        c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
        return cell.mid(1);
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
                else if (c == QLatin1Char('\r') &&
                         !(i + 1 < n && text.at(i + 1) == QLatin1Char('\n')))
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
