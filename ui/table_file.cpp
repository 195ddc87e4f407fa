#include "table_file.h"

#include "io/file_output.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TableFile)
};

QString withSuffix(const QString& name, const QString& suffix) {
    const QFileInfo info(name);
    if (info.suffix().isEmpty())
        return name + QLatin1Char('.') + suffix;
    return name.left(name.size() - info.suffix().size()) + suffix;
}
} // namespace

QString tableFileFilter(bool preferXlsx) {
    const QString xlsx = Text::tr("Excel workbook (*.xlsx)");
    const QString csv = Text::tr("CSV (*.csv)");
    return preferXlsx ? xlsx + QStringLiteral(";;") + csv : csv + QStringLiteral(";;") + xlsx;
}

QString askTableFile(QWidget* parent, const QString& title, const QString& suggested,
                     const TableFill& fill) {
    return askTableFile(parent, title, suggested, tableHasFragileCodes(fill));
}

QString askTableFile(QWidget* parent, const QString& title, const QString& suggested,
                     bool preferXlsx) {
    const QString start = preferXlsx ? withSuffix(suggested, QStringLiteral("xlsx")) : suggested;
    QString selected;
    QString path =
        QFileDialog::getSaveFileName(parent, title, start, tableFileFilter(preferXlsx), &selected);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += selected.contains(QStringLiteral("*.xlsx")) ? QStringLiteral(".xlsx")
                                                            : QStringLiteral(".csv");
    return path;
}

bool writeTableFile(const QString& path, const TableFill& fill, QString* error,
                    CsvEncoding encoding, const QString& sheetName) {
    QByteArray bytes;
    return renderTable(tableFormatForPath(path), encoding, fill, &bytes, error, sheetName) &&
           writeFileAtomically(path, bytes, error);
}

} // namespace yufang
