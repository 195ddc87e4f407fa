#include "table_output.h"

#include "xlsx_table_writer.h"

namespace yufang {

TableFormat tableFormatForPath(const QString& path) {
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? TableFormat::Xlsx
                                                                      : TableFormat::Csv;
}

bool renderTable(TableFormat format, CsvEncoding encoding, const TableFill& fill, QByteArray* bytes,
                 QString* error, const QString& sheetName) {
    if (format == TableFormat::Xlsx) {
        XlsxTableWriter w(sheetName);
        fill(w);
        return w.bytes(bytes, error);
    }
    CsvWriter w;
    fill(w);
    *bytes = w.encoded(encoding);
    return true;
}

namespace {
// Sees the text cells only; writes nothing.
class FragileCodeProbe : public TableSink {
public:
    bool found = false;
    void addRow(const QList<TableCell>& cells) override {
        for (const TableCell& c : cells)
            if (!c.number && c.kind == CellKind::Text && CsvWriter::spreadsheetWouldMangle(c.text))
                found = true;
    }
};
} // namespace

bool tableHasFragileCodes(const TableFill& fill) {
    FragileCodeProbe probe;
    fill(probe);
    return probe.found;
}

} // namespace yufang
