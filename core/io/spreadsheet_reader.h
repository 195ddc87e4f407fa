#pragma once

#include "sheet_source.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace yufang {

// What a file's first bytes say it is: the one test, by content and never by the name, of
// whether an import reads text (CSV) or a workbook.
enum class FileContent {
    Text,    // CSV or tab-separated text, in any encoding text_decoder reads
    Zip,     // PK\x03\x04: .xlsx (also .ods, .docx: told apart when opened)
    Ole,     // D0 CF 11 E0: .xls (also an encrypted .xlsx, .doc, WPS .et)
    NotText, // another binary file (a PDF, an image, an executable)
};
FileContent sniffFileContent(QByteArrayView head);
// The message for FileContent::NotText: what the file seems to be and what to choose instead.
QString notTextProblem(QByteArrayView head);

// A workbook opened for reading, with the sheet that holds the form selected: the first
// sheet whose first rows hold most of `hints` (header texts or a title, such as 重点行业名称
// or 重点行业企业基本情况表), else the first visible sheet that is not empty, else the first.
struct OpenedSpreadsheet {
    std::unique_ptr<SheetSource> source; // null when it could not be opened: see error
    QString format;                      // "Excel .xlsx", "Excel .xls"
    QString sheet;                       // the chosen sheet's name
    QString error;
    int errorRow = 0; // the row the error concerns, 0: the whole file
    // "Excel .xlsx, sheet 表1": what a preview shows where a CSV shows its encoding.
    QString description() const;
};

OpenedSpreadsheet openSpreadsheet(const QByteArray& bytes, const QStringList& hints);
// From a device (the register's streamed import): a file is opened by its path so the
// workbook is never read into memory whole; any other device is read first.
OpenedSpreadsheet openSpreadsheet(QIODevice* device, const QStringList& hints);

} // namespace yufang
