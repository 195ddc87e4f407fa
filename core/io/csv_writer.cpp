#include "csv_writer.h"

#include "gb18030.h"

#include <QStringEncoder>

namespace yufang {

bool parseCsvEncoding(const QString& name, CsvEncoding* out) {
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (n == QLatin1String("utf8") || n == QLatin1String("utf8bom")) {
        *out = CsvEncoding::Utf8Bom;
        return true;
    }
    if (n == QLatin1String("gb18030") || n == QLatin1String("gbk")) {
        *out = CsvEncoding::Gb18030;
        return true;
    }
    return false;
}

QString CsvWriter::neutralise(const QString& cell) {
    // Apostrophes already in front are skipped, so "'=1" typed by a clerk becomes "''=1" and
    // reads back as "'=1".
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == QLatin1Char('\''))
        ++i;
    if (i >= cell.size())
        return cell;
    const QChar c = cell.at(i);
    if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
        c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
        return QLatin1Char('\'') + cell;
    if (spreadsheetWouldMangle(QStringView(cell).sliced(i)))
        return QLatin1Char('\'') + cell;
    return cell;
}

bool CsvWriter::spreadsheetWouldMangle(QStringView cell) {
    if (cell.size() < 2)
        return false;
    for (const QChar c : cell)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return cell.front() == QLatin1Char('0') || cell.size() >= 12;
}

QString CsvWriter::quote(const QString& cell) {
    const bool needs = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
                       cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) ||
                       cell.startsWith(QLatin1Char(' ')) || cell.endsWith(QLatin1Char(' '));
    if (!needs)
        return cell;
    QString escaped = cell;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void CsvWriter::addRow(const QList<CsvField>& fields) {
    QStringList cells;
    cells.reserve(fields.size());
    for (const CsvField& f : fields)
        cells << quote(f.number ? f.text : neutralise(f.text));
    m_text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QByteArray encodeCsv(const QString& text, CsvEncoding encoding) {
    if (encoding == CsvEncoding::Gb18030) {
        return encodeGb18030(text);
    }
    QStringEncoder encoder(QStringConverter::Utf8, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

QByteArray CsvWriter::encoded(CsvEncoding encoding) const {
    return encodeCsv(m_text, encoding);
}

} // namespace yufang
