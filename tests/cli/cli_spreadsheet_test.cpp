// Workbooks in: every import of yufang-cli takes the .xlsx and .xls that LibreOffice saved from
// the same CSV, and the CSV LibreOffice saved from that workbook in GB18030 (tests/data/xlsx,
// made by make_fixtures.sh), and the database ends up the same;
// damaged, cut, encrypted and foreign files are refused with a FILE message and change nothing;
// a CSV whose Chinese arrived as '?' and a code destroyed into a number say what happened.
#include "cli_support.h"

#include <QDir>
#include <QFile>

using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QString fixture(const QString& name) {
    return QStringLiteral(YUFANG_TEST_DATA_DIR "/xlsx/") + name;
}

// Imports every fixture of one format (the file name's ending: ".xlsx", "_gb18030.csv") into a
// fresh database and returns everything the CLI exports from it: the database's content as a
// clerk sees it.
QByteArray importAllAndExport(const CliSandbox& box, const QString& ext) {
    const QString db = box.dbPath(u"db%1.sqlite"_s.arg(QString(ext).replace(u'.', u'-')));
    REQUIRE(box.run({u"init"_s}, db).exitCode == 0);
    const QList<QStringList> imports = {
        {u"import-units"_s, fixture(u"units"_s + ext)},
        {u"import-annex"_s, fixture(u"annex_form"_s + ext)},
        {u"import-annex"_s, fixture(u"annex_data"_s + ext)},
        {u"import-training"_s, fixture(u"training"_s + ext)},
        {u"import-disease"_s, fixture(u"disease"_s + ext)},
        {u"import-register"_s, fixture(u"register"_s + ext)},
    };
    for (const QStringList& args : imports) {
        const CliResult r = box.run(args, db);
        INFO(args.join(u' ').toStdString() << "\n" << r.describe());
        REQUIRE(r.exitCode == 0);
    }
    QByteArray all;
    const QList<QStringList> exports = {
        {u"units"_s},
        {u"export-annex"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2020"_s},
        {u"export-annex"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2021"_s, u"--layout"_s,
         u"data"_s},
        {u"export-training"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2023"_s},
        {u"export-disease"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2023"_s},
        {u"uninsured"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2023"_s},
        {u"derive-annex"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2023"_s},
        {u"export-annex"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2023"_s},
        {u"float"_s, fixture(u"float"_s + ext)},
    };
    for (const QStringList& args : exports) {
        const CliResult r = box.run(args, db);
        INFO(args.join(u' ').toStdString() << "\n" << r.describe());
        REQUIRE(r.exitCode == 0);
        all += r.out;
    }
    return all;
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

TEST_CASE("Every import takes the xlsx and xls and GB18030 forms of its CSV into the same "
          "database content",
          "[cli][spreadsheet]") {
    CliSandbox box;
    const QByteArray fromCsv = importAllAndExport(box, u".csv"_s);
    REQUIRE(fromCsv.contains("危险化学品"));
    REQUIRE(fromCsv.contains("371399"));             // the units file's county
    REQUIRE(fromCsv.contains("91371302MA3C000028")); // the register's uninsured enterprise
    REQUIRE(!fileBytes(fixture(u"register_gb18030.csv"_s)).contains("\xE5\x8D\xB1")); // not UTF-8
    for (const QString ext : {u".xlsx"_s, u".xls"_s, u"_gb18030.csv"_s}) {
        INFO(ext.toStdString());
        CHECK(importAllAndExport(box, ext) == fromCsv);
    }
}

TEST_CASE("A hand-made workbook and its LibreOffice re-save give the annex of the CSV",
          "[cli][spreadsheet]") {
    // Shared strings with rich text, inline strings, a merged title, formulas with cached
    // values, the form on the second sheet (found by its header).
    CliSandbox box;
    auto exported = [&](const QString& file) {
        const QString db = box.dbPath(QFileInfo(file).completeBaseName() + u".sqlite"_s);
        REQUIRE(box.run({u"init"_s}, db).exitCode == 0);
        const CliResult r = box.run({u"import-annex"_s, file}, db);
        INFO(r.describe());
        REQUIRE(r.exitCode == 0);
        return box.run({u"export-annex"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2020"_s}, db)
            .out;
    };
    const QByteArray fromCsv = exported(fixture(u"annex_form.csv"_s));
    REQUIRE(fromCsv.contains("按项目参保"));
    CHECK(exported(fixture(u"annex_handmade.xlsx"_s)) == fromCsv);
    CHECK(exported(fixture(u"annex_handmade_libreoffice.xlsx"_s)) == fromCsv);
}

TEST_CASE("A damaged or cut or encrypted or foreign file is refused as a FILE message and "
          "changes nothing",
          "[cli][spreadsheet]") {
    CliSandbox box;
    REQUIRE(box.run({u"init"_s}).exitCode == 0);
    const QByteArray good = fileBytes(fixture(u"annex_form.xlsx"_s));
    REQUIRE(good.startsWith("PK\x03\x04"));
    QByteArray flipped = good;
    const qsizetype sheet = flipped.indexOf("xl/worksheets/sheet1.xml");
    REQUIRE(sheet > 0);
    for (qsizetype i = sheet + 60; i < sheet + 100; ++i)
        flipped[i] = char(flipped[i] ^ 0x55);
    // An Excel workbook saved with a password is an OLE2 file holding an EncryptedPackage.
    QByteArray encrypted("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    encrypted += QByteArray(504, '\0');
    for (const char c : QByteArray("EncryptedPackage"))
        encrypted += QByteArray(1, c) + '\0';
    encrypted += QByteArray(1024, '\0');
    struct Case {
        QString name;
        QByteArray bytes;
        QString says;
    };
    const QList<Case> cases = {
        {u"cut.xlsx"_s, good.left(good.size() / 2), u"damaged or incomplete"_s},
        {u"flipped.xlsx"_s, flipped, u"damaged or incomplete"_s},
        {u"zip-password.xlsx"_s, fileBytes(fixture(u"units_zip_password.xlsx"_s)), u"password"_s},
        {u"encrypted.xlsx"_s, encrypted, u"password"_s},
        {u"units.ods"_s, fileBytes(fixture(u"units.ods"_s)), u"(.ods)"_s},
        {u"report.pdf"_s, QByteArray("%PDF-1.7\n") + QByteArray(3000, '\x01'), u"PDF"_s},
        {u"cut.xls"_s, fileBytes(fixture(u"annex_form.xls"_s)).left(1500),
         u"damaged or incomplete"_s},
    };
    const QByteArray before = box.databaseDigest();
    REQUIRE(!before.isEmpty());
    for (const Case& c : cases) {
        box.write(c.name, c.bytes);
        for (const QString command : {u"import-annex"_s, u"import-register"_s, u"import-units"_s,
                                      u"import-training"_s, u"import-disease"_s, u"float"_s}) {
            const CliResult r = box.run({command, box.filePath(c.name)});
            INFO(c.name.toStdString() << " " << command.toStdString() << "\n" << r.describe());
            CHECK(r.exitCode == 1);
            CHECK(r.errText().startsWith(box.filePath(c.name) + u":"_s));
            CHECK(r.errText().contains(c.says));
        }
    }
    CHECK(box.databaseDigest() == before);
}

TEST_CASE("A CSV whose Chinese arrived as question marks names the encoding as the cause",
          "[cli][spreadsheet]") {
    // LibreOffice saved each form as CSV with its default Western Europe character set.
    CliSandbox box;
    REQUIRE(box.run({u"init"_s}).exitCode == 0);
    const QList<QStringList> cases = {
        {u"import-annex"_s, u"annex_form"_s},
        {u"import-annex"_s, u"annex_data"_s},
        {u"import-register"_s, u"register"_s},
        {u"import-units"_s, u"units"_s},
        {u"import-training"_s, u"training"_s},
        {u"import-disease"_s, u"disease"_s},
        {u"float"_s, u"float"_s},
        {u"import-register"_s, u"annex_form"_s},
        {u"import-units"_s, u"annex_form"_s},
    };
    for (const QStringList& c : cases) {
        const QString file = fixture(c.at(1) + u"_saved_without_charset.csv"_s);
        REQUIRE(fileBytes(file).contains("??"));
        const CliResult r = box.run({c.at(0), file});
        INFO(c.join(u' ').toStdString() << "\n" << r.describe());
        CHECK(r.exitCode == 1);
        // The first line where Chinese should be: 1 for a Chinese header, 2 for an English one.
        CHECK((r.errText().contains(file + u":1: "_s) || r.errText().contains(file + u":2: "_s)));
        CHECK(r.errText().contains(u"arrived as '?'"_s));
        CHECK(r.errText().contains(u"UTF-8"_s));
    }
    // A file whose Chinese survived may hold a clerk's own question marks.
    box.write(u"ok.csv"_s, utf8WithBom(csvLines({u"code,name,level,parent_code"_s,
                                                 u"371397,测试区??,county,371300"_s,
                                                 u"371396,试验区??,county,371300"_s})));
    CHECK(box.run({u"import-units"_s, box.filePath(u"ok.csv"_s)}).exitCode == 0);
}

TEST_CASE("A credit code that a spreadsheet stored as a number is refused naming the cell",
          "[cli][spreadsheet]") {
    CliSandbox box;
    REQUIRE(box.run({u"init"_s}).exitCode == 0);
    for (const QString ext : {u"xlsx"_s, u"xls"_s}) {
        const QString file = fixture(u"register_numeric_code."_s + ext);
        const CliResult r = box.run({u"import-register"_s, file});
        INFO(r.describe());
        CHECK(r.exitCode == 1);
        CHECK(r.errText().contains(file + u":2: C2: "_s));
        CHECK(r.errText().contains(u"15"_s));
        // float, the other reader of credit codes, refuses it the same way and writes nothing.
        const QString employers = fixture(u"float_numeric_code."_s + ext);
        const CliResult f = box.run({u"float"_s, employers});
        INFO(f.describe());
        CHECK(f.exitCode == 1);
        CHECK(f.errText().contains(employers + u":2: "_s));
        CHECK(f.out.isEmpty());
    }
    // The code typed into a CSV in the exponent form a spreadsheet shows.
    box.write(u"exp.csv"_s,
              utf8WithBom(csvLines({u"单位名称,统一社会信用代码,风险类别,缴费工资总额,"
                                    u"缴费额,基金支付额,上年新发工伤人数"_s,
                                    u"甲化工,9.13713029458073E+17,5,1000000,11000,"
                                    u"5000,0"_s})));
    const CliResult e = box.run({u"float"_s, box.filePath(u"exp.csv"_s)});
    CHECK(e.exitCode == 1);
    CHECK(e.errText().contains(u"9.13713029458073E+17"_s));
    CHECK(e.errText().contains(u"credit_code"_s));
}
