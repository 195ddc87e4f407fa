#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <utility>
#include <vector>

namespace yufang {

// One row of a worksheet as UTF-8 text, the form every importer already reads: each cell is
// what a CSV saved from the sheet would hold (numbers without a spurious ".0", dates as ISO
// dates, a formula's cached value, booleans as 1/0). Valid until the next call to next().
struct SheetRow {
    int row = 0; // 1-based row number as the spreadsheet shows it (the "line" of messages)
    QByteArray data;
    std::vector<std::pair<qsizetype, qsizetype>> cells; // offset, length in data; by column

    int cellCount() const { return int(cells.size()); }
    QByteArrayView cell(int i) const {
        return i >= 0 && i < cellCount()
                   ? QByteArrayView(data).sliced(cells[i].first, cells[i].second)
                   : QByteArrayView();
    }
    void clear() {
        data.truncate(0); // keeps the capacity: no allocation per row
        cells.clear();
    }
    // Puts `text` into column `column`, filling the columns before it with empty cells.
    void set(int column, QByteArrayView text) {
        while (cellCount() < column)
            cells.emplace_back(data.size(), 0);
        const qsizetype at = data.size();
        data.append(text);
        if (column < cellCount())
            cells[column] = {at, text.size()}; // a repeated reference: the last one wins
        else
            cells.emplace_back(at, text.size());
    }
};

// The worksheets of one workbook, read row by row (io/xlsx_reader, io/xls_reader).
// io/spreadsheet_reader chooses the sheet and is what importers use.
class SheetSource {
public:
    virtual ~SheetSource() = default;
    virtual int sheetCount() const = 0;
    virtual QString sheetName(int index) const = 0;
    virtual bool sheetHidden(int index) const = 0;
    // Starts reading sheet `index` from its first row; false with error() set when it cannot.
    virtual bool selectSheet(int index) = 0;
    // The next row holding at least one cell; false at the end of the sheet or on an error.
    virtual bool next(SheetRow& row) = 0;
    // Why reading stopped, empty at the normal end; errorRow() is the row it concerns (0: none).
    QString error() const { return m_error; }
    int errorRow() const { return m_errorRow; }
    // How far through the selected sheet reading is, 0 to 1 (for progress bars).
    virtual double progress() const { return 0; }

protected:
    bool fail(const QString& message, int row = 0) {
        if (m_error.isEmpty()) {
            m_error = message;
            m_errorRow = row;
        }
        return false;
    }
    void clearError() {
        m_error.clear();
        m_errorRow = 0;
    }

private:
    QString m_error;
    int m_errorRow = 0;
};

} // namespace yufang
