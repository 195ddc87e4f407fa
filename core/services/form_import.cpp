#include "form_import.h"

#include "storage/server_access.h"

#include "form_target.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FormImport)
};
} // namespace

QString FormFileImport::rejectedSummary() const {
    return Text::tr("%1: rejected, %2 error(s); nothing was imported from this file")
        .arg(file)
        .arg(countOf(diagnostics, Severity::Error));
}

QDate FormFileImport::ownDate() const {
    return filledOn.isValid() ? filledOn : modified.toLocalTime().date();
}

std::optional<QByteArray> readFormFile(const QString& path, FormFileImport* import) {
    QFile f(path);
    if (f.open(QIODevice::ReadOnly)) {
        import->modified = QFileInfo(f).lastModified();
        return f.readAll();
    }
    import->file = path;
    import->diagnostics << fileDiagnostic(
        Severity::Error, path, 0, Text::tr("cannot read the file: %1").arg(f.errorString()));
    return std::nullopt;
}

std::optional<Diagnostic> receiptDateProblem(const QString& file, const QDate& receivedOn,
                                             const QDate& today) {
    if (!receivedOn.isValid() || receivedOn <= today)
        return std::nullopt;
    return fileDiagnostic(Severity::Error, file, 0,
                          Text::tr("the receipt date %1 is after today (%2)")
                              .arg(receivedOn.toString(Qt::ISODate), today.toString(Qt::ISODate)),
                          QStringLiteral("received_on"));
}

void sortByLine(Diagnostics* diagnostics) {
    std::stable_sort(diagnostics->begin(), diagnostics->end(),
                     [](const Diagnostic& x, const Diagnostic& y) { return x.line < y.line; });
}

bool commitFormImport(FormFileImport* import,
                      const std::function<bool(const QString& source, QString* error)>& save) {
    import->landed = false;
    if (!import->acceptable())
        return false;
    const QString source =
        QStringLiteral("import:%1 sha256:%2")
            .arg(QFileInfo(import->file).fileName(), QString::fromLatin1(import->sha256));
    QString error;
    if (!save(source, &error)) {
        import->diagnostics << fileDiagnostic(
            Severity::Error, import->file, 0,
            // A server's refusal says why in words (storage/server_access), in the CLI too.
            Text::tr("writing to the database failed: %1")
                .arg(server::explainServerRefusal(error)));
        return false;
    }
    import->landed = true;
    return true;
}

} // namespace yufang
