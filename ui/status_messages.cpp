#include "status_messages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QPrinter>
#include <QStatusBar>

namespace yufang::status {

namespace {
QString shown(const QString& path) {
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}
} // namespace

void show(const QWidget* from, const QString& message) {
    // A tab, or a dialog (the import preview): up through the windows to the main one.
    for (const QWidget* w = from; w; w = w->window()->parentWidget())
        if (auto* window = qobject_cast<QMainWindow*>(w->window())) {
            window->statusBar()->showMessage(message, 15000);
            return;
        }
}

void fileWritten(const QWidget* from, const QString& path) {
    show(from, QCoreApplication::translate("StatusMessages", "Written: %1").arg(shown(path)));
}

void filesImported(const QWidget* from, const QStringList& paths) {
    if (paths.isEmpty())
        return; // nothing landed: the dialog that follows says why
    show(from, paths.size() == 1
                   ? QCoreApplication::translate("StatusMessages", "Imported: %1")
                         .arg(shown(paths.first()))
                   : QCoreApplication::translate("StatusMessages", "Imported %1 files: %2 …")
                         .arg(paths.size())
                         .arg(shown(paths.first())));
}

void printed(const QWidget* from, const QString& document, const QPrinter& printer) {
    const QString target = printer.outputFileName().isEmpty() ? printer.printerName()
                                                              : shown(printer.outputFileName());
    show(from, target.isEmpty()
                   ? QCoreApplication::translate("StatusMessages", "Printed: %1").arg(document)
                   : QCoreApplication::translate("StatusMessages", "Printed %1 on %2")
                         .arg(document, target));
}

} // namespace yufang::status
