#include "csv_reader.h"

#include "csv_writer.h"
#include "domain/input_text.h"
#include "spreadsheet_reader.h"
#include "text_decoder.h"

#include <QCoreApplication>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};
} // namespace

bool CsvRecord::isBlank() const {
    for (const QString& f : fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

QString CsvRecord::at(int i) const {
    // Trimmed first, so a remark written as '\tx keeps its tab.
    return i >= 0 && i < fields.size() ? CsvReader::unneutralise(fields.at(i).trimmed())
                                       : QString();
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
    if (CsvWriter::spreadsheetWouldMangle(QStringView(cell).sliced(i)))
        return cell.mid(1); // '0012, '913713029458073021 as CsvWriter protects them
    return cell;
}

QList<CsvRecord> CsvReader::parse(const QString& text, QChar delimiter, CsvProblem* problem) {
    using namespace input_limits;
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    record.line = line;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool afterClosingQuote = false;
    int quoteLine = 0; // where the open quoted field started
    qsizetype recordChars = 0;
    const qsizetype n = text.size();
    CsvProblem found;

    auto fail = [&](int at, const QString& message) { found = CsvProblem{at, message}; };
    auto endField = [&] {
        record.fields << field;
        field.clear();
        fieldWasQuoted = false;
        afterClosingQuote = false;
    };
    auto endRecord = [&] {
        endField();
        while (!record.fields.isEmpty() && record.fields.constLast().trimmed().isEmpty())
            record.fields.removeLast();
        records << record;
        record = CsvRecord{};
        recordChars = 0;
    };

    for (qsizetype i = 0; i < n && found.line == 0; ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') &&
            c != QLatin1Char('\r')) {
            fail(line, Text::tr("the control character U+%1 (a NUL or a similar byte no "
                                "spreadsheet writes) is in the text; the file is damaged")
                           .arg(c.unicode(), 4, 16, QLatin1Char('0')));
            break;
        }
        if (++recordChars > kMaxRecordChars) {
            fail(record.line, Text::tr("the record is longer than %1 characters; no form has "
                                       "such a line (a quote left open?)")
                                  .arg(kMaxRecordChars));
            break;
        }
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterClosingQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                else if (c == QLatin1Char('\r') &&
                         !(i + 1 < n && text.at(i + 1) == QLatin1Char('\n')))
                    ++line;
                field += c;
            }
        } else if (c == delimiter) {
            endField();
            continue;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            record.line = line;
            continue;
        } else if (afterClosingQuote) {
            if (c != QLatin1Char(' ') && c != QLatin1Char('\t'))
                // Named at the line where the quoted cell opens: when a stray quote ran on to
                // the next quoted cell, the culprit is there.
                fail(quoteLine, Text::tr("the quoted cell \"%1\" that opens on this line is "
                                         "followed by text after its closing quote (line %2); a "
                                         "quote is misplaced")
                                    .arg(excerpt(field))
                                    .arg(line));
            continue;
        } else if (c == QLatin1Char('"')) {
            if (!field.trimmed().isEmpty()) {
                fail(line, Text::tr("a quote (\") inside the cell \"%1\"; a cell holding quotes "
                                    "must be quoted whole, as spreadsheets save it")
                               .arg(excerpt(field)));
                continue;
            }
            field.clear(); // spaces before an opening quote are not content
            inQuotes = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else {
            field += c;
        }
        if (field.size() > kMaxFieldChars)
            fail(line, Text::tr("a cell longer than %1 characters (more than a spreadsheet "
                                "cell holds): \"%2\"")
                           .arg(kMaxFieldChars)
                           .arg(excerpt(field)));
    }
    if (found.line == 0 && inQuotes)
        fail(quoteLine, Text::tr("the quote (\") that opens the cell \"%1\" on this line is never "
                                 "closed; a stray quote would swallow the lines after it")
                            .arg(excerpt(field)));
    if (found.line != 0) {
        if (problem)
            *problem = found;
        return records;
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || fieldWasQuoted)
        endRecord();
    return records;
}

CsvDocument readCsvDocument(const QByteArray& bytes, const QString& fileName,
                            const QStringList& sheetHints) {
    CsvDocument doc;
    auto error = [&](int line, const QString& message) {
        Diagnostic d;
        d.file = fileName;
        d.line = line;
        d.message = message;
        doc.diagnostics << d;
    };
    switch (sniffFileContent(bytes)) {
    case FileContent::Text:
        break;
    case FileContent::NotText:
        error(0, notTextProblem(bytes));
        return doc;
    case FileContent::Zip:
    case FileContent::Ole: {
        const OpenedSpreadsheet sheet = openSpreadsheet(bytes, sheetHints);
        doc.encoding = sheet.description();
        if (!sheet.source) {
            error(sheet.errorRow, sheet.error);
            return doc;
        }
        SheetRow row;
        while (sheet.source->next(row)) {
            CsvRecord record;
            record.line = row.row;
            record.fields.reserve(row.cellCount());
            for (int c = 0; c < row.cellCount(); ++c)
                record.fields << QString::fromUtf8(row.cell(c));
            while (!record.fields.isEmpty() && record.fields.constLast().trimmed().isEmpty())
                record.fields.removeLast();
            doc.records << record;
        }
        if (!sheet.source->error().isEmpty()) {
            doc.records.clear();
            error(sheet.source->errorRow(), sheet.source->error());
        }
        return doc;
    }
    }
    if (const int line = lostChineseLine(bytes); line > 0) {
        error(line, lostChineseProblem());
        return doc;
    }
    const DecodedText decoded = decodeText(bytes);
    doc.encoding = decoded.encoding;
    if (!decoded.ok) {
        error(decoded.damagedLine, decoded.problem());
        return doc;
    }
    CsvProblem problem;
    doc.records =
        CsvReader::parse(decoded.text, CsvReader::detectDelimiter(decoded.text), &problem);
    if (problem.line > 0) {
        doc.records.clear();
        error(problem.line, problem.message);
        return doc;
    }
    return doc;
}

} // namespace yufang
