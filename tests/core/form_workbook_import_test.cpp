// The workbooks of tests/data/xlsx (written by Excel and WPS formats through LibreOffice, and
// by hand: shared and inline strings, a merged title, formulas with cached values, the form on
// the second sheet) through the form engine's importer directly: each gives the forms its CSV
// gives, for the 基本情况表 (form `annex`, both layouts), 培训 and 职业病.
#include "test_support.h"

#include "services/form_table_import.h"

#include <QFile>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QString fixture(const QString& name) {
    return QStringLiteral(YUFANG_TEST_DATA_DIR "/xlsx/") + name;
}

std::string describe(const Diagnostics& ds) {
    std::string out;
    for (const Diagnostic& d : ds)
        out += d.toString().toStdString() + "\n";
    return out;
}

// What the file would write: its tables, the fields and rows as prepared.
QList<FormTable> prepared(const TempDatabase& t, const QString& file, const QString& form) {
    const FormTableFileImport import =
        FormTableImporter(t.connection()).prepareFile(file, form, {});
    INFO(file.toStdString() << "\n" << describe(import.diagnostics));
    REQUIRE(import.acceptable());
    REQUIRE_FALSE(import.tables.isEmpty());
    return import.tables;
}
} // namespace

TEST_CASE("Workbooks from Excel WPS and LibreOffice import through the engine as their CSV",
          "[import][spreadsheet]") {
    TempDatabase t;
    const auto [stem, form] = GENERATE(table<QString, QString>({
        {u"annex_form"_s, u"annex"_s},
        {u"annex_data"_s, u"annex"_s},
        {u"training"_s, u"training"_s},
        {u"disease"_s, u"disease"_s},
    }));
    CAPTURE(stem);
    const QList<FormTable> fromCsv = prepared(t, fixture(stem + u".csv"_s), form);
    for (const QString& ext : {u".xlsx"_s, u".xls"_s, u"_gb18030.csv"_s}) {
        CAPTURE(ext);
        CHECK(prepared(t, fixture(stem + ext), form) == fromCsv);
    }
    if (stem == u"annex_form"_s) {
        // Made by hand (openpyxl) and saved again by LibreOffice.
        CHECK(prepared(t, fixture(u"annex_handmade.xlsx"_s), form) == fromCsv);
        CHECK(prepared(t, fixture(u"annex_handmade_libreoffice.xlsx"_s), form) == fromCsv);
    }
}

TEST_CASE("The filled official template imports through the engine from xlsx and xls alike",
          "[import][spreadsheet]") {
    TempDatabase t;
    const QList<FormTable> xlsx =
        prepared(t, fixture(u"annex_template_filled_libreoffice.xlsx"_s), u"annex"_s);
    REQUIRE(xlsx.size() == 1);
    CHECK(xlsx.first().unitCode == u"371302"_s);
    CHECK(xlsx.first().year == 2026);
    CHECK(xlsx.first().hasFigures());
    CHECK(prepared(t, fixture(u"annex_template_filled_libreoffice.xls"_s), u"annex"_s) == xlsx);
}
