#include "diagnostic.h"

#include <QCoreApplication>

namespace yufang {

QString Diagnostic::toString() const {
    QString prefix;
    if (!file.isEmpty())
        prefix =
            line > 0 ? QStringLiteral("%1:%2: ").arg(file).arg(line) : file + QStringLiteral(": ");
    QString kind;
    if (severity == Severity::Warning)
        kind = QCoreApplication::translate("Diagnostic", "warning: ");
    else if (severity == Severity::Info)
        kind = QCoreApplication::translate("Diagnostic", "note: ");
    return prefix + kind + message;
}

QString Diagnostic::toString(QString (*phraseRemedy)(Remedy)) const {
    const QString remedyText = remedy == Remedy::None ? QString() : phraseRemedy(remedy);
    return remedyText.isEmpty()
               ? toString()
               : QCoreApplication::translate("Diagnostic", "%1; %2").arg(toString(), remedyText);
}

bool hasErrors(const Diagnostics& diagnostics) {
    return countOf(diagnostics, Severity::Error) > 0;
}

int countOf(const Diagnostics& diagnostics, Severity severity) {
    int n = 0;
    for (const Diagnostic& d : diagnostics)
        if (d.severity == severity)
            ++n;
    return n;
}

} // namespace yufang
