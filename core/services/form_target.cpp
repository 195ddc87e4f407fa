#include "form_target.h"

#include <QCoreApplication>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FormImport)
};
} // namespace

Diagnostic fileDiagnostic(Severity severity, const QString& file, int line, const QString& message,
                          const QString& field) {
    Diagnostic d;
    d.severity = severity;
    d.file = file;
    d.line = line;
    d.message = message;
    d.field = field;
    return d;
}

std::optional<Unit> resolveFormUnit(const UnitRepository& units, const QString& unitText, int line,
                                    const QString& chosenUnit, const QString& file,
                                    Diagnostics* out) {
    std::optional<Unit> fromFile;
    const QString field = QStringLiteral("unit");
    if (!unitText.isEmpty()) {
        QStringList candidates;
        fromFile = units.resolveReportingName(unitText, &candidates);
        if (!fromFile)
            fromFile = units.resolve(unitText);
        if (!fromFile && chosenUnit.isEmpty()) {
            *out << fileDiagnostic(
                Severity::Error, file, line,
                candidates.isEmpty() ? Text::tr("填报单位 \"%1\" names no known unit").arg(unitText)
                                     : Text::tr("填报单位 \"%1\" is ambiguous: %2")
                                           .arg(unitText, candidates.join(QStringLiteral(", "))),
                field);
            return std::nullopt;
        }
    }
    if (!chosenUnit.isEmpty()) {
        const auto given = units.resolve(chosenUnit);
        if (!given) {
            *out << fileDiagnostic(
                Severity::Error, file, 0,
                Text::tr("the chosen unit %1 is not a known unit code or name").arg(chosenUnit),
                field);
            return std::nullopt;
        }
        if (fromFile && fromFile->code != given->code) {
            *out << fileDiagnostic(
                Severity::Error, file, line,
                Text::tr("the file is for %1 %2 but %3 %4 was chosen")
                    .arg(fromFile->code, fromFile->name, given->code, given->name),
                field);
            return std::nullopt;
        }
        return given;
    }
    if (!fromFile) {
        *out << fileDiagnostic(
            Severity::Error, file, line,
            Text::tr("the file does not say which unit it is for: fill in 填报单位 or choose "
                     "the unit"),
            field);
        out->last().remedy = Remedy::ChooseUnit;
    }
    return fromFile;
}

std::optional<int> resolveFormYear(std::optional<int> fileYear, int line,
                                   std::optional<int> chosenYear, const QString& file,
                                   Diagnostics* out) {
    const QString field = QStringLiteral("year");
    if (chosenYear && fileYear && *chosenYear != *fileYear) {
        *out << fileDiagnostic(Severity::Error, file, line,
                               Text::tr("the file is for the year %1 but %2 was chosen")
                                   .arg(*fileYear)
                                   .arg(*chosenYear),
                               field);
        return std::nullopt;
    }
    if (chosenYear)
        return chosenYear;
    if (!fileYear) {
        *out << fileDiagnostic(
            Severity::Error, file, line,
            Text::tr("the file does not say which year it is for (no 年度 line): choose the "
                     "year"),
            field);
        out->last().remedy = Remedy::ChooseYear;
    }
    return fileYear;
}

} // namespace yufang
