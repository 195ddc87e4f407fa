#pragma once

#include <QString>
#include <QStringList>

class QPrinter;
class QWidget;

namespace yufang::status {

// A passing confirmation on the left of the status bar of the main window `from` belongs to
// (also from a dialog above it); the lasting overdue reminder keeps the right part. Every
// save, import, export and print says what it did and names the file (issue 18).
void show(const QWidget* from, const QString& message);
void fileWritten(const QWidget* from, const QString& path);
void filesImported(const QWidget* from, const QStringList& paths);
// Printing to a file names the file, else the printer.
void printed(const QWidget* from, const QString& document, const QPrinter& printer);

} // namespace yufang::status
