#include "cli_context.h"

#include "storage/server_access.h"

#include "io/cell_parsing.h"
#include "io/file_output.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace yufang::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

QString cliRemedy(Remedy remedy) {
    switch (remedy) {
    case Remedy::Replace:
        return Text::tr("use --replace to replace it");
    case Remedy::ChooseUnit:
        return Text::tr("name the unit with --unit");
    case Remedy::ChooseYear:
        return Text::tr("name the year with --year");
    case Remedy::AddUnit:
        return Text::tr("add the unit first (yufang-cli import-units)");
    case Remedy::None:
        break;
    }
    return {};
}

std::optional<Arguments> Arguments::parse(const QStringList& words,
                                          const QSet<QString>& valueOptions,
                                          const QSet<QString>& flags, QString* error) {
    Arguments args;
    for (int i = 0; i < words.size(); ++i) {
        const QString& w = words.at(i);
        if (!w.startsWith(QLatin1Char('-')) || w == QLatin1String("-")) {
            args.positional << w;
            continue;
        }
        QString name = w.mid(w.startsWith(QLatin1String("--")) ? 2 : 1);
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        if (flags.contains(name) && !inlineValue) {
            args.m_flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= words.size()) {
                    *error = QStringLiteral("%1 needs a value").arg(w);
                    return std::nullopt;
                }
                value = words.at(++i);
            }
            args.m_values.insert(name, value);
        } else {
            *error = QStringLiteral("unknown option %1").arg(w);
            return std::nullopt;
        }
    }
    return args;
}

int Context::usage(const QString& message) {
    err << "yufang-cli: " << message << Qt::endl;
    return Exit::Usage;
}

int Context::rejected(const QString& message) {
    err << server::explainServerRefusal(message) << Qt::endl;
    return Exit::Rejected;
}

int Context::emit(const QString& path, const QByteArray& bytes) {
    if (path.isEmpty() || path == QLatin1String("-")) {
        out.flush();
        QString error;
        if (!writeStandardOutput(bytes, &error))
            return rejected(error);
        return Exit::Success;
    }
    QString error;
    if (!writeFileAtomically(path, bytes, &error))
        return rejected(error);
    return Exit::Success;
}

int Context::emitTable(const QString& path, CsvEncoding encoding, const TableWrite& fill,
                       const QString& sheetName) {
    QString error;
    bool filled = true;
    QByteArray bytes;
    const bool rendered = renderTable(
        tableFormatForPath(path), encoding, [&](TableSink& sink) { filled = fill(sink, &error); },
        &bytes, &error, sheetName);
    if (!filled || !rendered)
        return rejected(error);
    return emit(path, bytes);
}

std::optional<Unit> Context::unitOf(const Arguments& args) const {
    return UnitRepository(database->connection()).resolve(args.value(QStringLiteral("unit")));
}

std::optional<int> Context::yearOf(const Arguments& args) {
    return parseYear(args.value(QStringLiteral("year")));
}

int Context::unknownUnit() {
    return usage(Text::tr("--unit must name a known unit (code or exact name)"));
}

int Context::badYear() {
    return usage(Text::tr("--year must be a year such as 2020"));
}

int Context::unexpected(const Arguments& args) {
    return usage(Text::tr("unexpected argument %1").arg(args.positional.first()));
}

std::optional<QByteArray> Context::readOneFile(const Arguments& args, const QString& command,
                                               int* exit) {
    if (args.positional.size() != 1) {
        *exit = usage(Text::tr("%1 takes one FILE").arg(command));
        return std::nullopt;
    }
    QFile file(args.positional.first());
    if (!file.open(QIODevice::ReadOnly)) {
        *exit = rejected(QStringLiteral("%1: %2").arg(
            file.fileName(), Text::tr("cannot read the file: %1").arg(file.errorString())));
        return std::nullopt;
    }
    return file.readAll();
}

bool Context::printDiagnostics(const Diagnostics& diagnostics) {
    for (const Diagnostic& d : diagnostics)
        err << d.toString() << Qt::endl;
    return hasErrors(diagnostics);
}

} // namespace yufang::cli
