// The safety net of moving the annex, training and disease tables onto the form engine
// (issue 13): DESIGN.md fixes their CSV contracts, so every export of a realistic Linyi subtree
// (both annex layouts, both encodings, own and consolidated tables, blank tables), the printed
// annex as pdftotext reads it, and the progress, indicator and matrix CSVs built on those
// figures must stay byte for byte what the release before the move wrote.
//
// The fixture files are tests/data/golden/input (made by make_inputs.py there); the expected
// outputs are tests/data/golden/expected, written by the release before the move with
// YUFANG_GOLDEN_UPDATE=1. Never regenerate them to make this test pass: a difference is a
// change of a fixed contract.
#include "cli_support.h"

#include <QDir>
#include <QFile>
#include <QProcess>

using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kGolden = QStringLiteral(YUFANG_TEST_DATA_DIR "/golden");

struct Fixture {
    CliSandbox box;

    // yufang-cli in the default language, Simplified Chinese, as the offices run it.
    CliResult run(const QStringList& args) const {
        return box.runRaw(box.databaseArguments() + QStringList{u"--lang"_s, u"zh_CN"_s} + args);
    }
    void mustRun(const QStringList& args) const {
        const CliResult r = run(args);
        INFO(r.describe());
        REQUIRE(r.exitCode == 0);
    }
};

// Imports every fixture file, in name order, as the offices would send them.
void load(const Fixture& f) {
    f.mustRun({u"init"_s});
    const QDir input(kGolden + u"/input"_s);
    const QStringList files = input.entryList({u"*.csv"_s}, QDir::Files, QDir::Name);
    REQUIRE(files.size() == 12);
    for (const QString& name : files) {
        const QString table = name.section(u'-', 0, 0);
        QStringList args{u"import-"_s + table, input.filePath(name)};
        if (table == u"annex"_s)
            args << u"--received"_s << u"2024-02-10"_s;
        f.mustRun(args);
    }
}

// Compares bytes with the expected file, or writes it under YUFANG_GOLDEN_UPDATE=1.
void compare(const QString& name, const QByteArray& actual) {
    const QString path = kGolden + u"/expected/"_s + name;
    INFO(path.toStdString());
    if (qEnvironmentVariableIntValue("YUFANG_GOLDEN_UPDATE") == 1) {
        QDir().mkpath(kGolden + u"/expected"_s);
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual);
        return;
    }
    const QByteArray expected = readBytes(path);
    if (actual != expected) {
        // Name the first line that differs, so a failure says what changed.
        const QList<QByteArray> a = actual.split('\n'), e = expected.split('\n');
        qsizetype line = 0;
        while (line < a.size() && line < e.size() && a.at(line) == e.at(line))
            ++line;
        INFO("first difference at line " << line + 1
                                         << "\n  expected: " << e.value(line).toStdString()
                                         << "\n  actual:   " << a.value(line).toStdString());
        CHECK(actual == expected);
    }
}

QString encodingName(bool gb) {
    return gb ? u"gb18030"_s : u"utf-8"_s;
}

std::optional<QByteArray> pdfText(const QString& path) {
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!p.waitForStarted(-1))
        return std::nullopt;
    p.waitForFinished(-1);
    return p.readAllStandardOutput();
}
} // namespace

TEST_CASE("Annex exports of every layout and encoding stay byte for byte as released",
          "[cli][golden]") {
    Fixture f;
    load(f);
    const QList<std::pair<QString, int>> targets = {
        {u"371302"_s, 2023}, {u"371302"_s, 2020}, {u"371311"_s, 2023}, {u"371312"_s, 2023},
        {u"371321"_s, 2023}, {u"371300"_s, 2023}, {u"371300"_s, 2020}, {u"370000"_s, 2023}};
    for (const auto& [unit, year] : targets)
        for (const QString layout : {u"form"_s, u"data"_s})
            for (const bool gb : {false, true}) {
                const CliResult r =
                    f.run({u"export-annex"_s, u"--unit"_s, unit, u"--year"_s, QString::number(year),
                           u"--layout"_s, layout, u"--encoding"_s, encodingName(gb)});
                INFO(r.describe());
                REQUIRE(r.exitCode == 0);
                compare(
                    u"annex-%1-%2-%3-%4.csv"_s.arg(unit).arg(year).arg(layout, encodingName(gb)),
                    r.out);
            }
}

// The form layout has no 年度 line: the engine's reader takes the year from the header
// (2023年工伤事故数量), so a released file imports with import-form as with import-annex.
TEST_CASE("A released annex form file imports through the form engine and exports back as it was",
          "[cli][golden]") {
    Fixture f;
    f.mustRun({u"init"_s});
    const QString expected = kGolden + u"/expected/annex-371302-2023-form-%1.csv"_s;
    f.mustRun({u"import-form"_s, expected.arg(u"gb18030"_s), u"--form"_s, u"annex"_s});
    const CliResult r = f.run({u"export-annex"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2023"_s,
                               u"--encoding"_s, u"utf-8"_s});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == readBytes(expected.arg(u"utf-8"_s)));
}

TEST_CASE("Training and disease exports of both encodings stay byte for byte as released",
          "[cli][golden]") {
    Fixture f;
    load(f);
    const QList<std::pair<QString, int>> targets = {
        {u"371302"_s, 2023}, {u"371302"_s, 2022}, {u"371302"_s, 2020}, {u"371311"_s, 2023},
        {u"371312"_s, 2023}, {u"371300"_s, 2023}, {u"371300"_s, 2020}, {u"370000"_s, 2023}};
    for (const QString table : {u"training"_s, u"disease"_s})
        for (const auto& [unit, year] : targets)
            for (const bool gb : {false, true}) {
                const CliResult r =
                    f.run({u"export-"_s + table, u"--unit"_s, unit, u"--year"_s,
                           QString::number(year), u"--encoding"_s, encodingName(gb)});
                INFO(r.describe());
                REQUIRE(r.exitCode == 0);
                compare(u"%1-%2-%3-%4.csv"_s.arg(table, unit).arg(year).arg(encodingName(gb)),
                        r.out);
            }
}

TEST_CASE("Progress indicators and matrix CSVs built on the tables stay as released",
          "[cli][golden]") {
    Fixture f;
    load(f);
    const QList<std::pair<QString, QStringList>> commands = {
        {u"progress-371300.csv"_s, {u"progress"_s, u"--unit"_s, u"371300"_s}},
        {u"progress-371302-2023.csv"_s,
         {u"progress"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2023"_s}},
        {u"indicators-371300-2023.csv"_s,
         {u"indicators"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2023"_s}},
        {u"indicators-371311-2023.csv"_s,
         {u"indicators"_s, u"--unit"_s, u"371311"_s, u"--year"_s, u"2023"_s}},
        {u"matrix-371300-2023-accident_rate.csv"_s,
         {u"matrix"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2023"_s, u"--measure"_s,
          u"accident_rate"_s}},
        {u"matrix-371300-2023-employees.csv"_s,
         {u"matrix"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2023"_s, u"--measure"_s,
          u"employees"_s}},
    };
    for (const auto& [name, args] : commands) {
        const CliResult r = f.run(args);
        INFO(r.describe());
        REQUIRE(r.exitCode == 0);
        compare(name, r.out);
    }
}

TEST_CASE("The printed annex reads as released", "[cli][golden][print]") {
    Fixture f;
    load(f);
    const QList<std::pair<QString, QStringList>> prints = {
        {u"print-annex-371302-2023.txt"_s, {u"--unit"_s, u"371302"_s, u"--year"_s, u"2023"_s}},
        {u"print-annex-371300-2023.txt"_s, {u"--unit"_s, u"371300"_s, u"--year"_s, u"2023"_s}},
        {u"print-annex-371300-2023-per-child.txt"_s,
         {u"--unit"_s, u"371300"_s, u"--year"_s, u"2023"_s, u"--per-child"_s}},
    };
    for (const auto& [name, args] : prints) {
        const QString pdf = f.box.filePath(name + u".pdf"_s);
        f.mustRun(QStringList{u"print-annex"_s} + args + QStringList{u"-o"_s, pdf});
        const auto text = pdfText(pdf);
        if (!text) {
            WARN("pdftotext is not installed: the printed annex is not compared");
            return;
        }
        compare(name, *text);
    }
}
