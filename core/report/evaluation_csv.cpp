#include "evaluation_csv.h"

#include "domain/rates.h"
#include "evaluation_report.h"
#include "io/file_output.h"

#include <QCoreApplication>
#include <QDir>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(EvaluationCsv)
};

QByteArray tableCsv(const ReportTable& table, CsvEncoding encoding) {
    CsvWriter csv;
    csv.addTextRow(table.header);
    for (const QStringList& row : table.rows) {
        QList<CsvField> fields;
        for (int c = 0; c < row.size(); ++c) {
            QString cell = row[c];
            if (cell == rates::notApplicable())
                cell.clear();
            // A spreadsheet reads "−21.00" (U+2212, as printed) as text; the file says -21.00.
            if (table.numericColumns.contains(c))
                fields << CsvField::num(cell.replace(QChar(0x2212), QLatin1Char('-')));
            else
                fields << CsvField::str(cell);
        }
        csv.addRow(fields);
    }
    return csv.encoded(encoding);
}

QByteArray coverCsv(const EvaluationDocument& d, CsvEncoding encoding) {
    const EvaluationCover& c = d.cover;
    CsvWriter csv;
    csv.addTextRow({Text::tr("Item"), Text::tr("Value")});
    csv.addTextRow({Text::tr("Document"), evaluationKindTitle(d.kind)});
    csv.addTextRow({Text::tr("Unit code"), c.unitCode});
    csv.addTextRow({Text::tr("Unit"), c.unitName});
    csv.addTextRow({Text::tr("Bureau"), c.bureauName});
    csv.addTextRow({Text::tr("Plan"), c.planTitle});
    csv.addTextRow({Text::tr("Document number"), c.documentNumber});
    csv.addTextRow({Text::tr("Baseline year"), QString::number(c.baselineYear)});
    csv.addTextRow({Text::tr("Period"), QStringLiteral("%1-%2").arg(c.startYear).arg(c.endYear)});
    csv.addTextRow({Text::tr("Year"), QString::number(c.year)});
    csv.addTextRow({Text::tr("Date"), c.date.toString(Qt::ISODate)});
    csv.addTextRow({Text::tr("Prepared by"), c.preparer});
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

} // namespace yufang
