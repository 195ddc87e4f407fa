#pragma once

#include "table_sink.h"

#include <QByteArray>

namespace yufang {

class XlsxWorkbook;

// An exported table as an .xlsx workbook of one sheet (libxlsxwriter): numbers as numbers,
// rates as numbers with their format (0.00% and 0.00"‰"), dates as dates, text (codes, credit
// codes, phone numbers, remarks) as text cells, so nothing is evaluated and no apostrophe
// shows. Header and 合计 rows bold, the table bordered, columns as wide as their text, the
// header frozen; a list (a table that starts with its header row) gets an autofilter. The
// first line above a table (its title) spans the table's width.
class XlsxTableWriter : public TableSink {
public:
    explicit XlsxTableWriter(QString sheetName = {});

    void addRow(const QList<TableCell>& cells) override;
    void addHeaderRow(const QStringList& captions) override;
    void addTotalRow(const QList<TableCell>& cells) override;
    void addTextLine(const QString& text) override;

    // The workbook's bytes; false with the cause (e.g. no temporary folder).
    bool bytes(QByteArray* out, QString* error) const;
    // One workbook of several tables, a sheet each in the given order (a document's tables).
    static bool workbook(const QList<const XlsxTableWriter*>& sheets, QByteArray* out,
                         QString* error);

private:
    void writeSheet(XlsxWorkbook& book) const;

    enum class Role { Data, Header, Total, Line };
    struct Row {
        Role role;
        QList<TableCell> cells;
    };
    QString m_sheetName;
    QList<Row> m_rows;
};

} // namespace yufang
