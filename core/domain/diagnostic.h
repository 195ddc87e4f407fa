#pragma once

#include <QList>
#include <QString>

namespace yufang {

enum class Severity { Error, Warning, Info };

// What the user can do about a finding, phrased by each front end in its own terms: the CLI
// names its option (--replace), the GUI the control the clerk sees (the 替换 checkbox). Core
// messages never name either.
enum class Remedy { None, Replace, ChooseUnit, ChooseYear, AddUnit };

// One finding about user input. Errors block saving or importing; warnings and notes do not.
// Always names where: the file and line for files, the row and field for forms.
struct Diagnostic {
    Severity severity = Severity::Error;
    QString message;
    QString field; // canonical field key, e.g. "insured_enterprises"
    QString file;  // empty for typed-in data
    int line = 0;  // 1-based line in the file, 0 when not from a file
    int row = -1;  // row index in the annex table, -1 for the whole table
    Remedy remedy = Remedy::None;

    // "FILE:LINE: message" (the CLI contract), "FILE: message" without a line.
    QString toString() const;
    // The same with the remedy as the front end phrases it ("…; use --replace to replace it").
    QString toString(QString (*phraseRemedy)(Remedy)) const;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics& diagnostics);
int countOf(const Diagnostics& diagnostics, Severity severity);

} // namespace yufang
