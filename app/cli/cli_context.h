#pragma once

#include "domain/diagnostic.h"
#include "domain/unit.h"
#include "io/table_output.h"
#include "storage/database.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace yufang::cli {

// Exit codes of the CLI contract (DESIGN.md).
enum Exit { Success = 0, Rejected = 1, Usage = 2 };

// A command's own arguments: positional words, --name VALUE options and --flags.
class Arguments {
public:
    // valueOptions: options that take a value (without the leading dashes); "o" for -o.
    static std::optional<Arguments> parse(const QStringList& words,
                                          const QSet<QString>& valueOptions,
                                          const QSet<QString>& flags, QString* error);

    QStringList positional;
    QString value(const QString& name) const { return m_values.value(name); }
    bool has(const QString& name) const {
        return m_values.contains(name) || m_flags.contains(name);
    }

private:
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
};

// A finding's remedy in the CLI's terms: the option that answers it ("use --replace …").
QString cliRemedy(Remedy remedy);

// What every command gets: the open database and the two output streams.
struct Context {
    std::unique_ptr<Database> database;
    QTextStream out{stdout};
    QTextStream err{stderr};

    int usage(const QString& message);    // prints to stderr, returns Exit::Usage
    int rejected(const QString& message); // prints to stderr, returns Exit::Rejected

    // The options most commands take, and their usage errors (each returns Exit::Usage).
    std::optional<Unit> unitOf(const Arguments& args) const; // --unit: a code or exact name
    static std::optional<int> yearOf(const Arguments& args); // --year
    int unknownUnit();
    int badYear();
    int unexpected(const Arguments& args); // the first positional word
    // The one FILE of an import command, read whole; nullopt once the usage or read error is
    // printed and *exit set.
    std::optional<QByteArray> readOneFile(const Arguments& args, const QString& command, int* exit);
    // Prints the findings to stderr; true when one is an error (the file is rejected whole).
    bool printDiagnostics(const Diagnostics& diagnostics);
    // Writes bytes to -o FILE atomically, or to stdout when path is empty.
    int emit(const QString& path, const QByteArray& bytes);
    // An exported table: an .xlsx workbook when -o names one (tableFormatForPath), else a CSV
    // in `encoding`. `fill` writes the rows; false with *error rejects the command.
    using TableWrite = std::function<bool(TableSink&, QString* error)>;
    int emitTable(const QString& path, CsvEncoding encoding, const TableWrite& fill,
                  const QString& sheetName = {});
};

} // namespace yufang::cli
