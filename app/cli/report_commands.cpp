#include "report_commands.h"

#include "io/file_output.h"
#include "report/evaluation_csv.h"
#include "report/evaluation_report.h"
#include "report_renderer.h"
#include "services/evaluation_service.h"
#include "storage/evaluation_narrative_repository.h"
#include "storage/plan_repository.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace yufang::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString kPlan = QStringLiteral("plan");
const QString kKind = QStringLiteral("kind");

struct Target {
    Unit unit;
    qint64 planId = 0;
    int year = 0;
    EvaluationKind kind = EvaluationKind::Final;
};

// --unit, --plan (a code), --year and --kind, shared by both commands; none after printing the
// usage error (*exit holds the code to return).
std::optional<Target> targetOf(Context& ctx, const Arguments& args, int* exit) {
    const auto unit = ctx.unitOf(args);
    if (!unit) {
        *exit = ctx.unknownUnit();
        return std::nullopt;
    }
    Target t{*unit, 0, 0, EvaluationKind::Final};
    if (args.has(kKind)) {
        const auto kind = evaluationKindFromKey(args.value(kKind).trimmed());
        if (!kind) {
            *exit = ctx.usage(Text::tr("--kind must be final or annual"));
            return std::nullopt;
        }
        t.kind = *kind;
    }
    if (args.has(QStringLiteral("year"))) {
        const auto year = Context::yearOf(args);
        if (!year) {
            *exit = ctx.badYear();
            return std::nullopt;
        }
        t.year = *year;
    } else if (t.kind == EvaluationKind::Annual) {
        *exit = ctx.usage(Text::tr("an annual report needs --year Y"));
        return std::nullopt;
    }
    if (args.has(kPlan)) {
        const auto plan =
            PlanRepository(ctx.database->connection()).findByCode(args.value(kPlan).trimmed());
        if (!plan) {
            *exit = ctx.usage(Text::tr("unknown plan %1").arg(args.value(kPlan)));
            return std::nullopt;
        }
        t.planId = plan->id;
    }
    // Without --plan, EvaluationService::planFor decides (the plan that ended, for a final one).
    return t;
}

bool endsWith(const QString& path, const char* suffix) {
    return path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive);
}
} // namespace

int runReport(Context& ctx, const QStringList& words) {
    QString why;
    const auto args =
        Arguments::parse(words,
                         {QStringLiteral("unit"), QStringLiteral("year"), kPlan, kKind,
                          QStringLiteral("o"), QStringLiteral("encoding"), QStringLiteral("date")},
                         {QStringLiteral("each-child")}, &why);
    if (!args)
        return ctx.usage(why);
    if (!args->positional.isEmpty())
        return ctx.unexpected(*args);
    int exit = Exit::Usage;
    const auto target = targetOf(ctx, *args, &exit);
    if (!target)
        return exit;
    const QString path = args->value(QStringLiteral("o"));
    if (path.isEmpty() || path == QLatin1String("-"))
        return ctx.usage(
            Text::tr("report needs -o FILE.pdf, -o FILE.xlsx or -o FOLDER (CSV files)"));
    const bool xlsx = endsWith(path, ".xlsx");
    if (xlsx && args->has(QStringLiteral("each-child")))
        return ctx.usage(Text::tr("--each-child writes PDF files: -o FILE.pdf or -o FOLDER"));
    CsvEncoding encoding = CsvEncoding::Utf8Bom;
    if (args->has(QStringLiteral("encoding")) &&
        !parseCsvEncoding(args->value(QStringLiteral("encoding")), &encoding))
        return ctx.usage(Text::tr("--encoding must be utf-8 or gb18030"));
    QDate date = QDate::currentDate();
    if (args->has(QStringLiteral("date"))) {
        date = QDate::fromString(args->value(QStringLiteral("date")).trimmed(), Qt::ISODate);
        if (!date.isValid())
            return ctx.usage(Text::tr("--date must be YYYY-MM-DD"));
    }

    const QSqlDatabase db = ctx.database->connection();
    const EvaluationService service(db);
    QString error;
    const auto build = [&](const Unit& unit) {
        return service.build(
            EvaluationRequest{unit.code, target->planId, target->year, target->kind, date}, &error);
    };
    const bool pdf = endsWith(path, ".pdf");

    if (args->has(QStringLiteral("each-child"))) {
        const QList<Unit> children = UnitRepository(db).children(target->unit.code);
        if (children.isEmpty())
            return ctx.rejected(Text::tr("%1 has no units below").arg(target->unit.name));
        QList<EvaluationDocument> documents;
        for (const Unit& child : children) {
            const auto doc = build(child);
            if (!doc)
                return ctx.rejected(error);
            documents << *doc;
        }
        if (pdf) {
            if (!ReportRenderer::writePdf(combinedEvaluationReport(target->unit.name, documents),
                                          path, &error))
                return ctx.rejected(error);
            return Exit::Success;
        }
        if (!QDir().mkpath(path))
            return ctx.rejected(Text::tr("%1: cannot create the folder").arg(path));
        for (const EvaluationDocument& d : documents) {
            const QString file = QDir(path).filePath(
                QStringLiteral("%1-%2.pdf").arg(d.cover.unitCode, d.cover.unitName));
            if (!ReportRenderer::writePdf(evaluationReport(d), file, &error))
                return ctx.rejected(error);
            ctx.out << file << Qt::endl;
        }
        return Exit::Success;
    }

    const auto doc = build(target->unit);
    if (!doc)
        return ctx.rejected(error);
    if (pdf) {
        if (!ReportRenderer::writePdf(evaluationReport(*doc), path, &error))
            return ctx.rejected(error);
        return Exit::Success;
    }
    if (xlsx) {
        if (!writeEvaluationWorkbook(*doc, path, &error))
            return ctx.rejected(error);
        ctx.out << path << Qt::endl;
        return Exit::Success;
    }
    QStringList written;
    if (!writeEvaluationCsvFolder(*doc, path, encoding, &written, &error))
        return ctx.rejected(error);
    for (const QString& file : written)
        ctx.out << file << Qt::endl;
    return Exit::Success;
}

int runReportNarrative(Context& ctx, const QStringList& words) {
    QString why;
    const QString kAchievements = QStringLiteral("achievements");
    const QString kProblems = QStringLiteral("problems");
    const QString kNextSteps = QStringLiteral("next-steps");
    const QString kPreparer = QStringLiteral("preparer");
    const auto args = Arguments::parse(words,
                                       {QStringLiteral("unit"), QStringLiteral("year"), kPlan,
                                        kKind, kAchievements, kProblems, kNextSteps, kPreparer},
                                       {}, &why);
    if (!args)
        return ctx.usage(why);
    if (!args->positional.isEmpty())
        return ctx.unexpected(*args);
    int exit = Exit::Usage;
    const auto target = targetOf(ctx, *args, &exit);
    if (!target)
        return exit;
    const QSqlDatabase db = ctx.database->connection();
    const auto plan = PlanRepository(db).find(
        target->planId ? target->planId
                       : EvaluationService(db).planFor(target->unit.code, target->year,
                                                       target->kind, QDate::currentDate()));
    if (!plan)
        return ctx.rejected(Text::tr("%1 follows no plan").arg(target->unit.name));
    const int year = target->year ? target->year : plan->endYear;
    const EvaluationNarrativeRepository repo(db);
    // The ticket is taken before loading, so a save made meanwhile by the GUI is not replaced.
    EvaluationNarrative key;
    key.unitCode = target->unit.code;
    key.planId = plan->id;
    key.year = year;
    key.kind = target->kind;
    RevisionTicket ticket =
        RecordRevisions(db).ticket(EvaluationNarrativeRepository::recordKey(key));
    EvaluationNarrative n = repo.load(target->unit.code, plan->id, year, target->kind);
    bool changed = false;
    const auto readInto = [&](const QString& option, QString* field) -> bool {
        if (!args->has(option))
            return true;
        QFile file(args->value(option));
        if (!file.open(QIODevice::ReadOnly)) {
            ctx.err << Text::tr("%1: cannot read the file").arg(file.fileName()) << Qt::endl;
            return false;
        }
        *field = QString::fromUtf8(file.readAll());
        changed = true;
        return true;
    };
    if (!readInto(kAchievements, &n.achievements) || !readInto(kProblems, &n.problems) ||
        !readInto(kNextSteps, &n.nextSteps))
        return Exit::Rejected;
    if (args->has(kPreparer)) {
        n.preparer = args->value(kPreparer);
        changed = true;
    }
    if (!changed) {
        ctx.out << Text::tr("Prepared by: %1").arg(n.preparer) << Qt::endl
                << n.achievements << Qt::endl
                << n.problems << Qt::endl
                << n.nextSteps << Qt::endl;
        return Exit::Success;
    }
    QString error;
    if (!repo.save(n, &error, &ticket))
        return ctx.rejected(error);
    return Exit::Success;
}

} // namespace yufang::cli
