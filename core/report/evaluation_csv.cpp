#include "evaluation_csv.h"

#include "domain/rates.h"
#include "evaluation_report.h"
#include "io/file_output.h"
#include "io/xlsx_table_writer.h"

#include <QCoreApplication>
#include <QDir>

#include <memory>
#include <vector>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(EvaluationCsv)
};

// The same cells for every output: not applicable ("—") is an empty cell, a number a number.
void writeTable(TableSink& sink, const ReportTable& table) {
    sink.addHeaderRow(table.header);
    for (const QStringList& row : table.rows) {
        QList<TableCell> cells;
        for (int c = 0; c < row.size(); ++c) {
            QString cell = row[c];
            if (cell == rates::notApplicable())
                cell.clear();
            // A spreadsheet reads "−21.00" (U+2212, as printed) as text; the file says -21.00.
            if (table.numericColumns.contains(c))
                cells << TableCell::num(cell.replace(QChar(0x2212), QLatin1Char('-')));
            else
                cells << TableCell::str(cell);
        }
        sink.addRow(cells);
    }
}

void writeCover(TableSink& sink, const EvaluationDocument& d) {
    const EvaluationCover& c = d.cover;
    sink.addHeaderRow({Text::tr("Item"), Text::tr("Value")});
    sink.addTextRow({Text::tr("Document"), evaluationKindTitle(d.kind)});
    sink.addTextRow({Text::tr("Unit code"), c.unitCode});
    sink.addTextRow({Text::tr("Unit"), c.unitName});
    sink.addTextRow({Text::tr("Bureau"), c.bureauName});
    sink.addTextRow({Text::tr("Plan"), c.planTitle});
    sink.addTextRow({Text::tr("Document number"), c.documentNumber});
    sink.addTextRow({Text::tr("Baseline year"), QString::number(c.baselineYear)});
    sink.addTextRow({Text::tr("Period"), QStringLiteral("%1-%2").arg(c.startYear).arg(c.endYear)});
    sink.addTextRow({Text::tr("Year"), QString::number(c.year)});
    sink.addTextRow({Text::tr("Date"), c.date.toString(Qt::ISODate)});
    sink.addTextRow({Text::tr("Prepared by"), c.preparer});
}

QByteArray tableCsv(const ReportTable& table, CsvEncoding encoding) {
    CsvWriter csv;
    writeTable(csv, table);
    return csv.encoded(encoding);
}

QByteArray coverCsv(const EvaluationDocument& d, CsvEncoding encoding) {
    CsvWriter csv;
    writeCover(csv, d);
    return csv.encoded(encoding);
}
} // namespace

bool writeEvaluationCsvFolder(const EvaluationDocument& d, const QString& folder,
                              CsvEncoding encoding, QStringList* written, QString* error) {
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = Text::tr("%1: cannot create the folder").arg(folder);
        return false;
    }
    const QDir dir(folder);
    QList<QPair<QString, QByteArray>> files{
        {QStringLiteral("00_cover.csv"), coverCsv(d, encoding)}};
    for (const EvaluationTable& t : evaluationTables(d))
        files << qMakePair(t.fileName, tableCsv(t.table, encoding));
    for (const auto& [name, bytes] : files) {
        const QString path = dir.filePath(name);
        if (!writeFileAtomically(path, bytes, error))
            return false;
        if (written)
            *written << path;
    }
    return true;
}

bool writeEvaluationWorkbook(const EvaluationDocument& d, const QString& path, QString* error) {
    // Sheets named as the CSV files are (00_cover, 02_indicators, ...): the same tables in the
    // same order, so the folder and the workbook cannot disagree.
    std::vector<std::unique_ptr<XlsxTableWriter>> sheets;
    sheets.push_back(std::make_unique<XlsxTableWriter>(QStringLiteral("00_cover")));
    writeCover(*sheets.back(), d);
    for (const EvaluationTable& t : evaluationTables(d)) {
        QString name = t.fileName;
        name.chop(4); // ".csv"
        sheets.push_back(std::make_unique<XlsxTableWriter>(name));
        writeTable(*sheets.back(), t.table);
    }
    QList<const XlsxTableWriter*> order;
    for (const auto& sheet : sheets)
        order << sheet.get();
    QByteArray bytes;
    return XlsxTableWriter::workbook(order, &bytes, error) &&
           writeFileAtomically(path, bytes, error);
}

} // namespace yufang
