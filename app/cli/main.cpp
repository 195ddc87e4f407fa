// yufang-cli: batch and automation front end. Contract in DESIGN.md ("yufang-cli").
#include "annex_commands.h"
#include "cli_context.h"
#include "database_commands.h"
#include "disease_commands.h"
#include "form_commands.h"
#include "indicator_commands.h"
#include "instrument_commands.h"
#include "print_commands.h"
#include "progress_commands.h"
#include "qt_messages.h"
#include "register_commands.h"
#include "report_commands.h"
#include "returns_commands.h"
#include "server_commands.h"
#include "task_commands.h"
#include "training_commands.h"
#include "unit_commands.h"
#include "windows_console.h"

#include "i18n.h"
#include "storage/server_connection.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <functional>
#include <memory>
#include <optional>

using namespace yufang;
using namespace yufang::cli;

namespace {
const char* const kUsage =
    "usage: yufang-cli [--db PATH | --server postgresql://USER@HOST:PORT/DB] [--lang zh_CN|en]\n"
    "                  COMMAND [options]\n"
    "  (--server: a PostgreSQL server; parts left out come from PGHOST, PGPORT, PGDATABASE,\n"
    "   PGUSER, PGPASSWORD, PGSSLMODE; ?sslmode=require asks for TLS. docs/server.md)\n"
    "  init                                   create or migrate the database, load presets\n"
    "  units [-o FILE]                        CSV: code,name,level,parent_code\n"
    "  import-units FILE                      add units from CSV: code,name,level,parent_code\n"
    "  import-annex FILE... [--unit U] [--year Y] [--replace] [--received YYYY-MM-DD]\n"
    "  export-annex --unit U --year Y [--layout form|data] [--encoding utf-8|gb18030] [-o FILE]\n"
    "               [--template]   with -o FILE.xlsx: the blank form for U and Y to fill in\n"
    "  print-annex  --unit U --year Y -o FILE.pdf [--per-child]\n"
    "  progress --unit U [--year Y] [--encoding utf-8|gb18030] [-o FILE]\n"
    "                                         CSV of accident rates, reduction vs baseline and "
    "target\n"
    "  indicators --unit U [--year Y] [--plan P] [--encoding utf-8|gb18030] [-o FILE]\n"
    "                                         CSV of the plan's indicators: values, change, "
    "target, status\n"
    "  indicator-definition --plan P --indicator I [-o FILE.json]   an indicator as JSON\n"
    "  import-indicator-definition FILE.json --plan P [--replace]   add (or replace) one\n"
    "  assign-plan --unit U --plan P --from YEAR   U follows P from YEAR on\n"
    "  returns      --unit U --year Y [--today DATE] [-o FILE]   CSV of the returns board\n"
    "  audit        [--unit U] [--year Y] [--since DATE] [--until DATE] [-o FILE]   CSV of the "
    "audit trail\n"
    "  matrix       --unit U --year Y --measure "
    "enterprises|insured_enterprises|employees|insured_persons|\n"
    "               accidents|accident_rate|coverage_rate [-o FILE]   child units x industries\n"
    "  export-training --unit U --year Y [--encoding utf-8|gb18030] [-o FILE]\n"
    "  import-training FILE... [--unit U] [--year Y] [--replace]\n"
    "  export-disease --unit U --year Y [--encoding utf-8|gb18030] [-o FILE]\n"
    "  import-disease FILE... [--unit U] [--year Y] [--replace]\n"
    "  forms [--plan P] [-o FILE]             CSV of the plans' forms: "
    "plan,form,title,rows,columns\n"
    "  form-definition --plan P --form F [-o FILE.json]   a form definition as JSON\n"
    "  import-form-definition FILE.json --plan P [--replace]   add (or replace) a plan's form\n"
    "  copy-plan-forms --from P --plan P2 [--form F]   copy forms from one plan to another\n"
    "  import-form FILE... --form F [--unit U] [--year Y] [--replace] [--received YYYY-MM-DD]\n"
    "  export-form --form F --unit U --year Y [--layout form|data|sheet|template]\n"
    "              [--encoding utf-8|gb18030] [-o FILE]   sheet, template: -o FILE.xlsx\n"
    "  print-form --form F --unit U --year Y -o FILE.pdf\n"
    "  tasks --unit U --year Y [--as-of YYYY-MM-DD] [--encoding utf-8|gb18030] [-o FILE]\n"
    "                                         CSV checklist of the plan's obligations for U in Y\n"
    "  import-tasks FILE --unit U --year Y    that checklist filled in (状态, 完成日期, 责任部门)\n"
    "  import-hazards FILE --unit U           hazards (企业名称, 隐患问题, 整改期限, 整改状态, …)\n"
    "  import-experts FILE                    expert pool (姓名, 专业领域, 级别, …, 有效期至)\n"
    "  import-fee-budgets FILE --unit U       prevention fee: 年度, 上年度基金征缴收入, 提取比例\n"
    "  import-fee-projects FILE --unit U      its projects: 年度, 项目名称, 类别, 金额, 阶段, …\n"
    "  float FILE.csv [--encoding utf-8|gb18030] [-o FILE]\n"
    "                                         batch premium-rate floating; columns: "
    "name,risk_class,\n"
    "                                         payroll,contributions,benefits_paid,new_injuries\n"
    "                                         [,credit_code] (or "
    "单位名称,风险类别,缴费工资总额,缴费额,\n"
    "                                         基金支付额,上年新发工伤人数[,统一社会信用代码])\n"
    "  import-register FILE... [--replace]    enterprise register rows (摸底排查), one transaction "
    "a file\n"
    "  derive-annex --unit U --year Y [--replace]  fill the annex of U's subtree from the "
    "register\n"
    "  derive-figures --unit U --year Y [--replace]  fill the training and occupational-disease "
    "tables\n"
    "                                         of U's subtree from the register\n"
    "  uninsured --unit U --year Y [--encoding utf-8|gb18030] [-o FILE]  CSV of uninsured "
    "enterprises\n"
    "  export-register [--unit U] [--year Y] [--encoding utf-8|gb18030] -o FILE.csv|FILE.xlsx\n"
    "                                         the register (U's subtree, year Y), re-importable\n"
    "  follow-up --unit U --credit-code C --status notified|deadline|insured|none [--date D] "
    "[--note T]\n"
    "  backup -o FILE [--keep N]              online backup; --keep: automatic backups kept\n"
    "  restore FILE                           replace the database with a checked backup\n"
    "  report --unit U [--plan P] [--year Y] [--kind final|annual] -o FILE.pdf|FILE.xlsx|FOLDER\n"
    "         [--each-child] [--encoding utf-8|gb18030] [--date YYYY-MM-DD]\n"
    "                                         final evaluation or annual report: PDF, .xlsx "
    "or CSV files\n"
    "  report-narrative --unit U [--plan P] [--year Y] [--kind final|annual] [--achievements "
    "FILE]\n"
    "         [--problems FILE] [--next-steps FILE] [--preparer NAME]   its written sections\n"
    "  check                                  full integrity check of the database\n"
    "  server init|migrate                    (--server) schema, presets, roles and access rules\n"
    "  server add-user LOGIN --unit U [--password-stdin]   a unit's login (writes only U's forms)\n"
    "  server disable-user LOGIN | server users [-o FILE]   (--server) logins\n"
    "  server import-sqlite FILE [--replace]  (--server) an office's SQLite file moved in\n"
    "Every CSV export writes an .xlsx workbook instead when -o names a FILE.xlsx.\n";

using Command = std::function<int(Context&, const QStringList&)>;

// Printing lays text out with fonts, which needs Qt Gui: only print-annex and print-form get a
// QGuiApplication, on the offscreen platform when there is no display, so the other commands
// keep running on servers without any Gui plugin.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[]) {
    bool prints = false;
    for (int i = 1; i < argc; ++i)
        prints = prints || qstrcmp(argv[i], "print-annex") == 0 ||
                 qstrcmp(argv[i], "print-form") == 0 || qstrcmp(argv[i], "report") == 0;
    if (!prints)
        return std::make_unique<QCoreApplication>(argc, argv);
#ifdef Q_OS_WIN
    // Windows has no DISPLAY, and its package has no offscreen plugin (Qt builds it for Windows
    // only with FreeType, which the Windows Qt goes without). The minimal plugin with fonts opens
    // no window and takes its fonts from GDI, as the windows plugin does, so printing works
    // without a desktop too: a scheduled task, an SSH session, Wine without X.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "minimal:enable_fonts");
#else
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    return std::make_unique<QGuiApplication>(argc, argv);
}
} // namespace

int main(int argc, char* argv[]) {
    useUtf8Console();
    installMessageHandler();
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Yufang"));
    QCoreApplication::setApplicationName(QStringLiteral("Yufang"));
    QCoreApplication::setApplicationVersion(QStringLiteral(YUFANG_VERSION));

    QStringList words = app.arguments().mid(1);
    QString dbPath;
    std::optional<QString> serverUrl;
    QString language = defaultLanguage();
    Context ctx;
    while (!words.isEmpty() && words.first().startsWith(QLatin1String("--"))) {
        const QString option = words.takeFirst();
        if (option == QLatin1String("--help")) {
            ctx.out << kUsage;
            return Exit::Success;
        }
        if (option == QLatin1String("--version")) {
            ctx.out << "yufang-cli " << YUFANG_VERSION << Qt::endl;
            return Exit::Success;
        }
        if ((option == QLatin1String("--db") || option == QLatin1String("--lang") ||
             option == QLatin1String("--server")) &&
            words.isEmpty())
            return ctx.usage(
                QStringLiteral("%1 needs a value\n%2").arg(option, QString::fromUtf8(kUsage)));
        if (option == QLatin1String("--db"))
            dbPath = words.takeFirst();
        else if (option == QLatin1String("--server"))
            serverUrl = words.takeFirst();
        else if (option == QLatin1String("--lang"))
            language = words.takeFirst();
        else
            return ctx.usage(
                QStringLiteral("unknown option %1\n%2").arg(option, QString::fromUtf8(kUsage)));
    }
    if (language != QLatin1String("zh_CN") && language != QLatin1String("en"))
        return ctx.usage(QStringLiteral("--lang must be zh_CN or en"));
    installTranslations(language);
    if (words.isEmpty())
        return ctx.usage(QStringLiteral("no command given\n%1").arg(QString::fromUtf8(kUsage)));

    const QHash<QString, Command> commands = {
        {QStringLiteral("init"), runInit},
        {QStringLiteral("units"), runUnits},
        {QStringLiteral("import-units"), runImportUnits},
        {QStringLiteral("import-annex"), runImportAnnex},
        {QStringLiteral("export-annex"), runExportAnnex},
        {QStringLiteral("progress"), runProgress},
        {QStringLiteral("indicators"), runIndicators},
        {QStringLiteral("indicator-definition"), runIndicatorDefinition},
        {QStringLiteral("import-indicator-definition"), runImportIndicatorDefinition},
        {QStringLiteral("assign-plan"), runAssignPlan},
        {QStringLiteral("returns"), runReturns},
        {QStringLiteral("audit"), runAudit},
        {QStringLiteral("matrix"), runMatrix},
        {QStringLiteral("export-training"), runExportTraining},
        {QStringLiteral("import-training"), runImportTraining},
        {QStringLiteral("export-disease"), runExportDisease},
        {QStringLiteral("import-disease"), runImportDisease},
        {QStringLiteral("forms"), runForms},
        {QStringLiteral("form-definition"), runFormDefinition},
        {QStringLiteral("import-form-definition"), runImportFormDefinition},
        {QStringLiteral("copy-plan-forms"), runCopyPlanForms},
        {QStringLiteral("import-form"), runImportForm},
        {QStringLiteral("export-form"), runExportForm},
        {QStringLiteral("print-form"), runPrintForm},
        {QStringLiteral("print-annex"), runPrintAnnex},
        {QStringLiteral("report"), runReport},
        {QStringLiteral("report-narrative"), runReportNarrative},
        {QStringLiteral("tasks"), runTasks},
        {QStringLiteral("import-tasks"), runImportTasks},
        {QStringLiteral("import-hazards"), runImportHazards},
        {QStringLiteral("import-experts"), runImportExperts},
        {QStringLiteral("import-fee-budgets"), runImportFeeBudgets},
        {QStringLiteral("import-fee-projects"), runImportFeeProjects},
        {QStringLiteral("float"), runFloat},
        {QStringLiteral("import-register"), runImportRegister},
        {QStringLiteral("derive-annex"), runDeriveAnnex},
        {QStringLiteral("derive-figures"), runDeriveFigures},
        {QStringLiteral("uninsured"), runUninsured},
        {QStringLiteral("export-register"), runExportRegister},
        {QStringLiteral("follow-up"), runFollowUp},
        {QStringLiteral("backup"), runBackup},
        {QStringLiteral("server"), runServer},
    };
    const QString name = words.takeFirst();
    if (serverUrl) {
        if (!dbPath.isEmpty())
            return ctx.usage(QStringLiteral("--db and --server exclude each other"));
        QString why;
        const std::optional<ServerConnection> server = ServerConnection::fromUrl(*serverUrl, &why);
        if (!server)
            return ctx.usage(why);
        // A server is backed up and checked by its own tools (pg_dump, docs/server.md).
        for (const char* fileOnly : {"restore", "check", "backup"})
            if (name == QLatin1String(fileOnly))
                return ctx.usage(QCoreApplication::translate(
                                     "Cli", "%1 works on a database file; back up and restore a "
                                            "server with pg_dump and pg_restore (docs/server.md)")
                                     .arg(name));
        const auto command = commands.constFind(name);
        if (command == commands.constEnd())
            return ctx.usage(
                QStringLiteral("unknown command %1\n%2").arg(name, QString::fromUtf8(kUsage)));
        // The address as given (its password, if any, stays out of messages: Database).
        ctx.database = std::make_unique<Database>(
            serverUrl->isEmpty() ? QStringLiteral("postgresql://") : *serverUrl);
        if (!ctx.database->open(&why))
            return ctx.rejected(why);
        return (*command)(ctx, words);
    }
    const QString path = dbPath.isEmpty() ? Database::defaultPath() : dbPath;
    // What a user runs when opening fails works on the file itself.
    if (name == QLatin1String("restore"))
        return runRestore(ctx, path, words);
    if (name == QLatin1String("check"))
        return runCheck(ctx, path, words);
    const auto command = commands.constFind(name);
    if (command == commands.constEnd())
        return ctx.usage(
            QStringLiteral("unknown command %1\n%2").arg(name, QString::fromUtf8(kUsage)));

    ctx.database = std::make_unique<Database>(path);
    QString error;
    if (!ctx.database->open(&error))
        return ctx.rejected(error);
    return (*command)(ctx, words);
}
