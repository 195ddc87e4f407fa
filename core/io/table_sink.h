#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace yufang {

// What a cell of an exported table is, so each output can write it as what it is: a CSV as
// text, an .xlsx as a number with its number format, a date as a date, text as text.
enum class CellKind {
    Text,     // shown as typed; in .xlsx always a string cell (a code stays a code)
    Number,   // a count or amount; `value` holds it
    Percent,  // a rate in %: `value` is the shown number (1.52 for 1.52 %)
    Permille, // a rate in ‰: `value` is the shown number (1.52 for 1.52 ‰)
    Date,     // `date`; CSV shows it as ISO 8601
};

// One cell of an exported table. `text` is what a CSV holds; the rest is for typed outputs.
struct TableCell {
    TableCell() = default;
    TableCell(QString t, bool isNumber, CellKind k = CellKind::Text)
        : text(std::move(t)), number(isNumber), kind(k) {}

    QString text;
    bool number = false; // numbers are never neutralised (they are never negative here)
    CellKind kind = CellKind::Text;
    double value = 0;
    int decimals = -1; // shown decimals of a number (-1: as many as it has)
    QDate date;

    static TableCell str(const QString& s) { return {s, false}; }
    static TableCell num(qint64 v);
    // A number already formatted for the CSV ("1,234", "1.52%", "1.52‰" of older layouts):
    // typed outputs read the value back; text that is no number stays text.
    static TableCell num(const QString& formatted);
    static TableCell num(double v, int decimals);
    // A rate as a plain number in its unit (CSV "1.52"; .xlsx 0.0152 as 0.00% or 1.52 as
    // 0.00"‰"); the unit belongs in the column header.
    // `shown` is the number as the table rounds it ("1.52").
    static TableCell percent(const QString& shown);
    static TableCell permille(const QString& shown);
    static TableCell day(const QDate& d); // empty when invalid
};

// Where an export writes its rows: a CSV (CsvWriter) or an .xlsx workbook (XlsxTableWriter,
// io/xlsx_table_writer). Each export is written once, against this interface, and the caller
// picks the output (the CLI by the -o extension, the GUI by the file dialog's).
class TableSink {
public:
    virtual ~TableSink() = default;

    virtual void addRow(const QList<TableCell>& cells) = 0;
    // The row of column captions. A list export starts with it (.xlsx: frozen, autofilter).
    virtual void addHeaderRow(const QStringList& captions) { addTextRow(captions); }
    // A 合计 row (.xlsx: bold).
    virtual void addTotalRow(const QList<TableCell>& cells) { addRow(cells); }
    // A line of text above or below the table: title, 填报单位, footer, notes.
    virtual void addTextLine(const QString& text) { addTextRow({text}); }

    void addTextRow(const QStringList& cells);
    void addBlankRow() { addRow({}); }
};

} // namespace yufang
