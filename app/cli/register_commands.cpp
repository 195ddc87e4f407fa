#include "register_commands.h"

#include "services/register_derivation.h"
#include "services/register_figures.h"
#include "services/register_import.h"
#include "services/register_query.h"
#include "services/uninsured_list.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>

namespace yufang::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// --unit U and --year Y, both required; returns false after printing the usage error.
bool unitAndYear(Context& ctx, const Arguments& args, Unit* unit, int* year, int* status) {
    const auto u = ctx.unitOf(args);
    if (!u) {
        *status = ctx.unknownUnit();
        return false;
    }
    const auto y = ctx.yearOf(args);
    if (!y) {
        *status = ctx.badYear();
        return false;
    }
    *unit = *u;
    *year = *y;
    return true;
}
// The derive commands' --unit U --year Y [--replace] and nothing else.
bool deriveArguments(Context& ctx, const QStringList& words, Unit* unit, int* year, bool* replace,
                     int* status) {
    QString why;
    const auto args = Arguments::parse(words, {QStringLiteral("unit"), QStringLiteral("year")},
                                       {QStringLiteral("replace")}, &why);
    if (!args) {
        *status = ctx.usage(why);
        return false;
    }
    if (!args->positional.isEmpty()) {
        *status = ctx.unexpected(*args);
        return false;
    }
    *replace = args->has(QStringLiteral("replace"));
    return unitAndYear(ctx, *args, unit, year, status);
}
// A derivation refused because typed or imported figures would change: the CLI's remedy.
QString withReplaceRemedy(const QString& error, bool refusedForOtherReasons) {
    return refusedForOtherReasons ? error
                                  : error + QStringLiteral("; ") + cliRemedy(Remedy::Replace);
}
} // namespace

int runImportRegister(Context& ctx, const QStringList& words) {
    QString why;
    const auto args = Arguments::parse(words, {}, {QStringLiteral("replace")}, &why);
    if (!args)
        return ctx.usage(why);
    if (args->positional.isEmpty())
        return ctx.usage(Text::tr("import-register needs at least one FILE"));
    RegisterImportOptions options;
    options.replace = args->has(QStringLiteral("replace"));
    const RegisterImport importer(ctx.database->connection());
    int rejected = 0;
    for (const QString& path : args->positional) {
        const RegisterImportResult r = importer.importFile(path, options);
        // Errors first: they are what the user must fix; then a sample of the warnings.
        qint64 listed = 0;
        qint64 warningsListed = 0;
        for (Severity s : {Severity::Error, Severity::Warning})
            for (const Diagnostic& d : r.diagnostics)
                if (d.severity == s && (s == Severity::Error || warningsListed++ < 20)) {
                    ctx.err << d.toString() << Qt::endl;
                    ++listed;
                }
        const qint64 unlisted = r.errors + r.warnings - listed;
        if (unlisted > 0)
            ctx.err << Text::tr("%1: %2 more message(s) not listed").arg(path).arg(unlisted)
                    << Qt::endl;
        (r.landed ? ctx.out : ctx.err) << r.summary() << Qt::endl;
        rejected += r.landed ? 0 : 1;
    }
    return rejected ? Exit::Rejected : Exit::Success;
}

int runDeriveAnnex(Context& ctx, const QStringList& words) {
    Unit unit;
    int year = 0;
    bool replace = false;
    int status = 0;
    if (!deriveArguments(ctx, words, &unit, &year, &replace, &status))
        return status;
    const RegisterDerivation derivation(ctx.database->connection());
    QString error;
    const RegisterDerivationPlan plan = derivation.compute(unit.code, year, &error);
    if (!error.isEmpty())
        return ctx.rejected(error);
    if (plan.annexes.isEmpty())
        return ctx.rejected(Text::tr("%1 %2: the register holds no enterprise for %3")
                                .arg(unit.code, unit.name)
                                .arg(year));
    const auto conflicts = plan.conflicts();
    for (const DerivedAnnex* a : conflicts) {
        ctx.err << Text::tr("%1 %2: the stored annex (%3) differs from the register:")
                       .arg(a->unitCode, a->unitName,
                            a->existingSource.isEmpty() ? Text::tr("typed") : a->existingSource)
                << Qt::endl;
        for (const AnnexRow& row : a->derived.rows) {
            const AnnexRow* old = a->existing->find(row.industry);
            QStringList cells;
            for (int f = 0; f < kCountFieldCount; ++f) {
                const Count now = countValue(row.counts, CountField(f));
                const Count before = old ? countValue(old->counts, CountField(f)) : Count();
                if (now.value_or(0) != before.value_or(0))
                    cells << QStringLiteral("%1 %2 → %3")
                                 .arg(countFieldKey(CountField(f)),
                                      before ? QString::number(*before) : QStringLiteral("—"))
                                 .arg(now.value_or(0));
            }
            if (!cells.isEmpty())
                ctx.err << QStringLiteral("  %1: %2")
                               .arg(row.industry, cells.join(QStringLiteral(", ")))
                        << Qt::endl;
        }
    }
    if (!derivation.apply(plan, replace, &error))
        return ctx.rejected(withReplaceRemedy(error, plan.conflicts().isEmpty() || replace));
    const QList<const DerivedAnnex*> locked = plan.locked();
    for (const DerivedAnnex* a : locked)
        ctx.err << Text::tr("%1 %2: the form is locked (return accepted) and was left as it is")
                       .arg(a->unitCode, a->unitName)
                << Qt::endl;
    ctx.out << Text::tr("%1 %2 %3: annex derived from the register for %4 unit(s)")
                   .arg(unit.code, unit.name)
                   .arg(year)
                   .arg(plan.annexes.size() - locked.size())
            << Qt::endl;
    return Exit::Success;
}

int runDeriveFigures(Context& ctx, const QStringList& words) {
    Unit unit;
    int year = 0;
    bool replace = false;
    int status = 0;
    if (!deriveArguments(ctx, words, &unit, &year, &replace, &status))
        return status;
    const RegisterFiguresDerivation derivation(ctx.database->connection());
    QString error;
    const RegisterFiguresPlan plan = derivation.compute(unit.code, year, &error);
    if (!error.isEmpty())
        return ctx.rejected(error);
    if (plan.units.isEmpty())
        return ctx.rejected(Text::tr("%1 %2: the register holds no enterprise for %3")
                                .arg(unit.code, unit.name)
                                .arg(year));
    for (const QString& line : RegisterFiguresDerivation::describeConflicts(plan))
        ctx.err << line << Qt::endl;
    if (!derivation.apply(plan, replace, &error))
        return ctx.rejected(withReplaceRemedy(error, plan.conflicts().isEmpty() || replace));
    ctx.out << Text::tr("%1 %2 %3: training and occupational-disease figures derived from the "
                        "register for %4 unit(s)")
                   .arg(unit.code, unit.name)
                   .arg(year)
                   .arg(plan.units.size())
            << Qt::endl;
    return Exit::Success;
}

int runUninsured(Context& ctx, const QStringList& words) {
    QString why;
    const auto args = Arguments::parse(words,
                                       {QStringLiteral("unit"), QStringLiteral("year"),
                                        QStringLiteral("encoding"), QStringLiteral("o")},
                                       {}, &why);
    if (!args)
        return ctx.usage(why);
    Unit unit;
    int year = 0;
    int status = 0;
    if (!unitAndYear(ctx, *args, &unit, &year, &status))
        return status;
    CsvEncoding encoding = CsvEncoding::Utf8Bom;
    if (args->has(QStringLiteral("encoding")) &&
        !parseCsvEncoding(args->value(QStringLiteral("encoding")), &encoding))
        return ctx.usage(Text::tr("--encoding must be utf-8 or gb18030"));
    const auto list = UninsuredList(ctx.database->connection()).list(unit.code, year);
    return ctx.emitTable(args->value(QStringLiteral("o")), encoding,
                         [&](TableSink& sink, QString*) {
                             UninsuredList::write(sink, list);
                             return true;
                         });
}

int runExportRegister(Context& ctx, const QStringList& words) {
    QString why;
    const auto args = Arguments::parse(words,
                                       {QStringLiteral("unit"), QStringLiteral("year"),
                                        QStringLiteral("encoding"), QStringLiteral("o")},
                                       {}, &why);
    if (!args)
        return ctx.usage(why);
    if (!args->positional.isEmpty())
        return ctx.unexpected(*args);
    // Streamed into the file: a province's register is too long for standard output's CSV.
    const QString path = args->value(QStringLiteral("o"));
    if (path.isEmpty())
        return ctx.usage(Text::tr("export-register needs -o FILE.csv or -o FILE.xlsx"));
    RegisterFilter filter;
    if (args->has(QStringLiteral("unit"))) {
        const auto unit = ctx.unitOf(*args);
        if (!unit)
            return ctx.unknownUnit();
        filter.unitCode = unit->code;
    }
    if (args->has(QStringLiteral("year"))) {
        filter.year = ctx.yearOf(*args);
        if (!filter.year)
            return ctx.badYear();
    }
    CsvEncoding encoding = CsvEncoding::Utf8Bom;
    if (args->has(QStringLiteral("encoding")) &&
        !parseCsvEncoding(args->value(QStringLiteral("encoding")), &encoding))
        return ctx.usage(Text::tr("--encoding must be utf-8 or gb18030"));
    QString error;
    if (RegisterQuery(ctx.database->connection())
            .exportTable(filter, -1, true, path, encoding, &error) < 0)
        return ctx.rejected(QStringLiteral("%1: %2").arg(path, error));
    return Exit::Success;
}

int runFollowUp(Context& ctx, const QStringList& words) {
    QString why;
    const auto args =
        Arguments::parse(words,
                         {QStringLiteral("unit"), QStringLiteral("credit-code"),
                          QStringLiteral("status"), QStringLiteral("date"), QStringLiteral("note")},
                         {}, &why);
    if (!args)
        return ctx.usage(why);
    const auto unit = ctx.unitOf(*args);
    if (!unit)
        return ctx.unknownUnit();
    const QString code = args->value(QStringLiteral("credit-code")).trimmed().toUpper();
    if (code.isEmpty())
        return ctx.usage(Text::tr("--credit-code is required"));
    FollowUp f;
    if (!parseFollowUpStatus(args->value(QStringLiteral("status")), &f.status))
        return ctx.usage(Text::tr("--status must be notified, deadline, insured or none"));
    if (args->has(QStringLiteral("date"))) {
        f.date = QDate::fromString(args->value(QStringLiteral("date")), Qt::ISODate);
        if (!f.date.isValid())
            return ctx.usage(Text::tr("--date must be a date such as 2025-06-30"));
    }
    f.note = args->value(QStringLiteral("note"));
    QString error;
    if (!UninsuredList(ctx.database->connection()).setFollowUp(code, unit->code, f, &error))
        return ctx.rejected(error);
    return Exit::Success;
}

} // namespace yufang::cli
