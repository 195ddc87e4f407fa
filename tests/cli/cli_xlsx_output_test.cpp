// Workbooks out: every table yufang-cli exports as .xlsx (chosen by -o's extension) imports back
// into the same database content; the official annex template, filled and saved by LibreOffice
// (tests/data/xlsx/annex_template_filled_libreoffice.xlsx, made by make_template_fixture.sh),
// imports with no manual step; every other export writes a workbook the reader opens.
#include "cli_support.h"

#include "io/csv_reader.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QString fixture(const QString& name) {
    return QStringLiteral(YUFANG_TEST_DATA_DIR "/xlsx/") + name;
}

void mustRun(const CliSandbox& box, const QStringList& args, const QString& db) {
    const CliResult r = box.run(args, db);
    INFO(args.join(u' ').toStdString() << "\n" << r.describe());
    REQUIRE(r.exitCode == 0);
}

// What a clerk sees of a database: the CSV exports of every table the fixtures fill.
QByteArray exportsOf(const CliSandbox& box, const QString& db) {
    QByteArray all;
    const QList<QStringList> exports = {
        {u"units"_s},
        {u"export-annex"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2020"_s},
        {u"export-annex"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2021"_s, u"--layout"_s,
         u"data"_s},
        {u"export-training"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2023"_s},
        {u"export-disease"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2023"_s},
    };
    for (const QStringList& args : exports) {
        const CliResult r = box.run(args, db);
        INFO(args.join(u' ').toStdString() << "\n" << r.describe());
        REQUIRE(r.exitCode == 0);
        all += r.out;
    }
    return all;
}
} // namespace

TEST_CASE("Every table exported as xlsx imports back into the same database content",
          "[cli][xlsx]") {
    CliSandbox box;
    const QString a = box.dbPath(u"a.sqlite"_s);
    mustRun(box, {u"init"_s}, a);
    for (const auto& [command, file] :
         QList<std::pair<QString, QString>>{{u"import-units"_s, u"units.csv"_s},
                                            {u"import-annex"_s, u"annex_form.csv"_s},
                                            {u"import-annex"_s, u"annex_data.csv"_s},
                                            {u"import-training"_s, u"training.csv"_s},
                                            {u"import-disease"_s, u"disease.csv"_s}})
        mustRun(box, {command, fixture(file)}, a);

    // Each table out as a workbook.
    const auto out = [&box](const QString& name) { return box.filePath(name); };
    const QList<QStringList> exports = {
        {u"units"_s, u"-o"_s, out(u"units.xlsx"_s)},
        {u"export-annex"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2020"_s, u"-o"_s,
         out(u"annex_form.xlsx"_s)},
        {u"export-annex"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2021"_s, u"--layout"_s,
         u"data"_s, u"-o"_s, out(u"annex_302.xlsx"_s)},
        {u"export-annex"_s, u"--unit"_s, u"371311"_s, u"--year"_s, u"2021"_s, u"--layout"_s,
         u"data"_s, u"-o"_s, out(u"annex_311.xlsx"_s)},
        {u"export-training"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2023"_s, u"-o"_s,
         out(u"training.xlsx"_s)},
        {u"export-disease"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2023"_s, u"-o"_s,
         out(u"disease.xlsx"_s)},
    };
    for (const QStringList& args : exports)
        mustRun(box, args, a);
    for (const QString name : {u"units.xlsx"_s, u"annex_form.xlsx"_s, u"training.xlsx"_s})
        CHECK(box.read(name).startsWith("PK\x03\x04"));

    // ... and back into a fresh database.
    const QString b = box.dbPath(u"b.sqlite"_s);
    mustRun(box, {u"init"_s}, b);
    mustRun(box, {u"import-units"_s, out(u"units.xlsx"_s)}, b);
    mustRun(box, {u"import-annex"_s, out(u"annex_form.xlsx"_s)}, b);
    mustRun(box, {u"import-annex"_s, out(u"annex_302.xlsx"_s), out(u"annex_311.xlsx"_s)}, b);
    mustRun(box, {u"import-training"_s, out(u"training.xlsx"_s)}, b);
    mustRun(box, {u"import-disease"_s, out(u"disease.xlsx"_s)}, b);

    const QByteArray fromCsv = exportsOf(box, a);
    REQUIRE(fromCsv.contains("危险化学品"));
    CHECK(exportsOf(box, b) == fromCsv);
}

TEST_CASE("A template filled and saved by LibreOffice imports with no manual step", "[cli][xlsx]") {
    // Saved as .xlsx, and that file saved again as Excel 97 (.xls, BIFF8): the merged title,
    // the 填报单位 line and the formulas' cached values come through both.
    const QString ext = QString::fromLatin1(GENERATE(as<const char*>{}, "xlsx", "xls"));
    // This release's template, and the one the release before gave out: a county may return
    // either.
    const QString made = QString::fromLatin1(
        GENERATE(as<const char*>{}, "annex_template_filled_libreoffice.",
                 "annex_template_previous_release_filled_libreoffice."));
    INFO(made.toStdString() << ext.toStdString());
    CliSandbox box;
    const QString db = box.dbPath();
    mustRun(box, {u"init"_s}, db);
    const CliResult r =
        box.run({u"import-annex"_s, fixture(made + ext)}, db);
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    // The rates LibreOffice computed agree with the counts: no warning about them.
    CHECK_FALSE(r.errText().contains(u"工伤保险参保率"_s));
    CHECK_FALSE(r.errText().contains(u"工伤事故发生率"_s));

    const CliResult e = box.run({u"export-annex"_s, u"--unit"_s, u"371302"_s, u"--year"_s,
                                 u"2026"_s, u"--layout"_s, u"data"_s},
                                db);
    REQUIRE(e.exitCode == 0);
    const QString data = e.outText();
    CHECK(data.contains(u"371302,兰山区,2026,危险化学品,12,10,1500,1200,3,\r\n"_s));
    CHECK(data.contains(u"371302,兰山区,2026,建筑施工,30,25,8000,9000,6,按项目参保\r\n"_s));
    // A local industry typed into a spare row.
    CHECK(data.contains(u"371302,兰山区,2026,物流仓储,7,6,400,380,1,\r\n"_s));
    const CliResult f =
        box.run({u"export-annex"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2026"_s}, db);
    CHECK(f.outText().contains(u"填报人：王芳"_s));
    CHECK(f.outText().contains(u"联系电话：05398888888"_s));
    CHECK(f.outText().contains(u"填报日期：2027-01-15"_s));
}

TEST_CASE("The blank template comes from export-annex with --template and an xlsx output",
          "[cli][xlsx]") {
    CliSandbox box;
    const QString db = box.dbPath();
    mustRun(box, {u"init"_s}, db);
    const QStringList base = {u"export-annex"_s, u"--unit"_s, u"371302"_s,
                              u"--year"_s,       u"2026"_s,   u"--template"_s};
    CHECK(box.run(base, db).exitCode == 2); // no -o FILE.xlsx
    CHECK(box.run(base + QStringList{u"-o"_s, box.filePath(u"t.csv"_s)}, db).exitCode == 2);
    mustRun(box, base + QStringList{u"-o"_s, box.filePath(u"t.xlsx"_s)}, db);
    const CsvDocument doc = readCsvDocument(box.read(u"t.xlsx"_s), u"t.xlsx"_s);
    REQUIRE(doc.records.size() > 6);
    CHECK(doc.records[0].at(0) == u"附件"_s);
    CHECK(doc.records[2].at(0) == u"填报单位：临沂市兰山区人力资源和社会保障局"_s);
    // Unfilled, it imports as the unit's blank form: nothing is refused.
    const CliResult r = box.run({u"import-annex"_s, box.filePath(u"t.xlsx"_s)}, db);
    INFO(r.describe());
    CHECK(r.exitCode == 0);
}

TEST_CASE("Every other CSV export writes a workbook when -o names an xlsx", "[cli][xlsx]") {
    CliSandbox box;
    const QString db = box.dbPath();
    mustRun(box, {u"init"_s}, db);
    mustRun(box, {u"import-annex"_s, fixture(u"annex_data.csv"_s)}, db);
    mustRun(box, {u"import-register"_s, fixture(u"register.csv"_s)}, db);
    const QList<QStringList> commands = {
        {u"progress"_s, u"--unit"_s, u"371302"_s},
        {u"indicators"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2021"_s},
        {u"returns"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2021"_s},
        {u"audit"_s},
        {u"matrix"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2021"_s, u"--measure"_s,
         u"accident_rate"_s},
        {u"tasks"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2021"_s},
        {u"uninsured"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2023"_s},
        {u"float"_s, fixture(u"float.csv"_s)},
    };
    int n = 0;
    for (const QStringList& args : commands) {
        const QString name = u"out%1.xlsx"_s.arg(++n);
        const CliResult r = box.run(args + QStringList{u"-o"_s, box.filePath(name)}, db);
        INFO(args.join(u' ').toStdString() << "\n" << r.describe());
        REQUIRE(r.exitCode == 0);
        const CliResult csv = box.run(args, db);
        const CsvDocument fromXlsx = readCsvDocument(box.read(name), name);
        const CsvDocument fromCsv = readCsvDocument(csv.out, u"out.csv"_s);
        CHECK(fromXlsx.encoding.startsWith(u"Excel .xlsx"_s));
        // The same rows, and the same first cell of each.
        REQUIRE(fromXlsx.records.size() == fromCsv.records.size());
        for (qsizetype i = 0; i < fromCsv.records.size(); ++i)
            CHECK(fromXlsx.records[i].at(0) == fromCsv.records[i].at(0));
    }
}

TEST_CASE("export-form writes the official sheet and blank template of any form", "[cli][xlsx]") {
    CliSandbox box;
    const QString a = box.dbPath(u"a.sqlite"_s);
    mustRun(box, {u"init"_s}, a);
    for (const auto& [command, file] :
         QList<std::pair<QString, QString>>{{u"import-units"_s, u"units.csv"_s},
                                            {u"import-annex"_s, u"annex_form.csv"_s},
                                            {u"import-training"_s, u"training.csv"_s},
                                            {u"import-disease"_s, u"disease.csv"_s}})
        mustRun(box, {command, fixture(file)}, a);
    const auto exportForm = [&box](const QString& form, const QString& layout, const QString& out) {
        return QStringList{u"export-form"_s, u"--form"_s, form,          u"--unit"_s, u"371302"_s,
                           u"--year"_s,      u"2023"_s,   u"--layout"_s, layout,      u"-o"_s,
                           box.filePath(out)};
    };
    mustRun(box, exportForm(u"training"_s, u"sheet"_s, u"training.xlsx"_s), a);
    mustRun(box, exportForm(u"disease"_s, u"sheet"_s, u"disease.xlsx"_s), a);
    QStringList blankForm = exportForm(u"training"_s, u"template"_s, u"training-blank.xlsx"_s);
    blankForm[6] = u"2024"_s; // a year nothing is stored for
    mustRun(box, blankForm, a);

    // The sheet is the official form: the print title over the table, 填报单位 the bureau.
    const CsvDocument sheet = readCsvDocument(box.read(u"training.xlsx"_s), u"training.xlsx"_s);
    REQUIRE(sheet.records.size() > 4);
    CHECK(sheet.records[0].at(0).endsWith(u"》重点行业企业重点人员工伤预防培训情况表"_s));
    CHECK(sheet.records[1].at(0) == u"填报单位：临沂市兰山区人力资源和社会保障局"_s);

    // Into a fresh database (the annex first: it names the local industries), the same tables.
    const QString b = box.dbPath(u"b.sqlite"_s);
    mustRun(box, {u"init"_s}, b);
    mustRun(box, {u"import-units"_s, fixture(u"units.csv"_s)}, b);
    mustRun(box, {u"import-annex"_s, fixture(u"annex_form.csv"_s)}, b);
    mustRun(box, {u"import-form"_s, u"--form"_s, u"training"_s, box.filePath(u"training.xlsx"_s)},
            b);
    mustRun(box, {u"import-form"_s, u"--form"_s, u"disease"_s, box.filePath(u"disease.xlsx"_s)}, b);
    for (const QString command : {u"export-training"_s, u"export-disease"_s}) {
        const QStringList args{command, u"--unit"_s, u"371302"_s, u"--year"_s, u"2023"_s};
        const CliResult x = box.run(args, a);
        const CliResult y = box.run(args, b);
        REQUIRE(x.exitCode == 0);
        CHECK(y.outText() == x.outText());
    }
    // The blank template imports as it is: a form with nothing filled in, nobody's name.
    const CliResult blank = box.run(
        {u"import-form"_s, u"--form"_s, u"training"_s, box.filePath(u"training-blank.xlsx"_s)}, b);
    INFO(blank.describe());
    CHECK(blank.exitCode == 0);
    const CliResult empty =
        box.run({u"export-training"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2024"_s}, b);
    CHECK(empty.outText().contains(u"填报人：\r\n"_s));

    // export-annex's official sheet is export-form's of the form annex.
    mustRun(box,
            {u"export-annex"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2023"_s, u"-o"_s,
             box.filePath(u"annex.xlsx"_s)},
            a);
    mustRun(box, exportForm(u"annex"_s, u"sheet"_s, u"annex-form.xlsx"_s), a);
    const auto cellsOf = [&box](const QString& name) {
        QList<QStringList> rows;
        for (const CsvRecord& r : readCsvDocument(box.read(name), name).records)
            rows << r.fields;
        return rows;
    };
    REQUIRE(cellsOf(u"annex.xlsx"_s).size() > 10);
    CHECK(cellsOf(u"annex.xlsx"_s) == cellsOf(u"annex-form.xlsx"_s));

    // sheet and template are workbooks only; other layouts stay refused.
    QStringList csv = exportForm(u"training"_s, u"sheet"_s, u"t.csv"_s);
    CHECK(box.run(csv, a).exitCode == 2);
    csv.removeLast();
    csv.removeLast();
    CHECK(box.run(csv, a).exitCode == 2); // standard output is no workbook
    CHECK(box.run(exportForm(u"training"_s, u"official"_s, u"t.xlsx"_s), a).exitCode == 2);
}
