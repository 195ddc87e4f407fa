// Training CSV: round trips in both encodings, the blank table and its round trip, and the
// annex's rules for rejected files (FILE:LINE, nothing half-written).
#include "form_fixtures.h"
#include "test_support.h"

#include "domain/training_coverage.h"
#include "io/csv_writer.h"
#include "services/form_table_export.h"
#include "services/form_table_import.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kLanshan = u"371302"_s;

TrainingTable sample(const QSqlDatabase& db) {
    TrainingTable t = trainingTable(db, kLanshan, 2023);
    for (TrainingRow& r : t.rows) {
        if (r.industry == u"危险化学品"_s && r.category == u"分管负责人"_s)
            r.counts = {12, 9, 4, 3, 2, 16};
        if (r.industry == u"建筑施工"_s && r.category == u"一线班组长"_s) {
            r.counts = {1500, 1200, 10, 6, 4, 40};
            r.remark = u"=含项目班组长, \"按项目\""_s; // neutralised and quoted on the way out
        }
    }
    t.meta = TrainingMeta{u"张三"_s, u"0539-1234567"_s};
    return t;
}

// The sample as the 培训 tab saves it: the form engine's training form.
void storeSample(const QSqlDatabase& db) {
    const TrainingTable t = sample(db);
    FormTable form = loadForm(db, u"training"_s, kLanshan, 2023);
    for (const TrainingRow& r : t.rows) {
        FormRow& row = formRow(form, r.category, r.industry);
        setCounts(row, r.counts);
        row.setText(u"remark"_s, r.remark);
    }
    form.fields.insert(form_fields::kPreparer, t.meta.preparer);
    form.fields.insert(form_fields::kPhone, t.meta.phone);
    storeForm(db, form, u"t"_s);
}

FormTableFileImport importBytes(const QSqlDatabase& db, const QByteArray& bytes,
                                FormImportOptions options = {}) {
    const FormTableImporter importer(db);
    FormTableFileImport import = importer.prepare(bytes, u"training.csv"_s, u"training"_s, options);
    importer.commit(import);
    return import;
}

QString firstError(const FormTableFileImport& import) {
    for (const Diagnostic& d : import.diagnostics)
        if (d.severity == Severity::Error)
            return d.toString();
    return {};
}
} // namespace

TEST_CASE("Training CSV round trip in UTF-8 and GB18030", "[training][csv]") {
    TempDatabase source;
    QString error;
    storeSample(source.connection());
    const QString text = *FormTableExport(source.connection())
                              .csv(kLanshan, u"training"_s, 2023, CsvLayout::Form, &error);
    CHECK(text.contains(u"填报单位：兰山区\r\n年度：2023\r\n"_s));
    CHECK(text.contains(u"危险化学品,分管负责人,12,9,75.00%,4,3,2,16,\r\n"_s));
    CHECK(text.contains(u"\"'=含项目班组长, \"\"按项目\"\"\""_s));
    CHECK(text.contains(u"合计,,1512,1209,79.96%,14,9,6,56,\r\n"_s)); // 1209 / 1512 = 79.96 %
    for (CsvEncoding encoding : {CsvEncoding::Utf8Bom, CsvEncoding::Gb18030}) {
        const QByteArray bytes = encodeCsv(text, encoding);
        CHECK(bytes.startsWith("\xEF\xBB\xBF") == (encoding == CsvEncoding::Utf8Bom));
        TempDatabase target;
        const FormTableFileImport import = importBytes(target.connection(), bytes);
        INFO(firstError(import).toStdString());
        REQUIRE(import.landed);
        CHECK(trainingTable(target.connection(), kLanshan, 2023) == sample(source.connection()));
    }
}

TEST_CASE("A unit and year without data export the blank table which imports back once filled",
          "[training][csv]") {
    TempDatabase t;
    QString error;
    const QString blank = *FormTableExport(t.connection())
                               .csv(u"371311"_s, u"training"_s, 2024, CsvLayout::Form, &error);
    QStringList rows;
    for (const QString& line : blank.split(u"\r\n"_s))
        if (line.endsWith(u",,,,,,,,"_s) && !line.startsWith(u"合计"_s))
            rows << line;
    CHECK(rows.size() == 21); // every key industry × category, counts empty
    CHECK(blank.contains(u"合计,,,,,,,,,\r\n"_s));

    // the untouched blank imports too (a warning says nothing is filled in)
    FormTableFileImport empty = importBytes(t.connection(), utf8WithBom(blank));
    CHECK(empty.landed);
    CHECK(countOf(empty.diagnostics, Severity::Warning) == 1);

    QString filled = blank;
    filled.replace(u"矿山,一线班组长,,,,,,,,"_s, u"矿山,一线班组长,８０,６０,,2,1,1,6,井下班组"_s);
    FormTableFileImport import = importBytes(t.connection(), utf8WithBom(filled), {{}, {}, true});
    INFO(firstError(import).toStdString());
    REQUIRE(import.landed);
    CHECK(import.replacesExisting);
    const TrainingTable stored = trainingTable(t.connection(), u"371311"_s, 2024);
    const TrainingRow* row = stored.find(u"矿山"_s, u"一线班组长"_s);
    CHECK(row->counts == TrainingCounts{80, 60, 2, 1, 1, 6});
    CHECK(row->remark == u"井下班组"_s);
    CHECK(rates::formatTrainingCoverage(stored.total()) == u"75.00"_s);
}

TEST_CASE("Rejected training files name FILE:LINE and write nothing", "[training][csv]") {
    TempDatabase t;
    QString error;
    const QString blank = *FormTableExport(t.connection())
                               .csv(kLanshan, u"training"_s, 2023, CsvLayout::Form, &error);
    auto reject = [&](const QString& text, const QString& expected) {
        const FormTableFileImport import = importBytes(t.connection(), utf8WithBom(text));
        CHECK_FALSE(import.landed);
        CHECK(firstError(import).contains(expected));
        CHECK_FALSE(FormRepository(t.connection()).hasData(u"training"_s, kLanshan, 2023));
    };
    QString text = blank;
    text.replace(u"危险化学品,分管负责人,,,,,,,,"_s, u"危险化学品,分管负责人,5,6,,,,,,"_s);
    reject(text, u"training.csv:5: "_s); // header on line 4, first row on line 5

    text = blank;
    text.replace(u"危险化学品,分管负责人,,,,,,,,"_s, u"危险化学品,主要负责人,5,4,,,,,,"_s);
    reject(text, u"主要负责人 is not a key-personnel category"_s);

    text = blank;
    text.replace(u"危险化学品,分管负责人,,,,,,,,"_s, u"危险化学,分管负责人,5,4,,,,,,"_s);
    reject(text, u"危险化学 is not a key industry"_s);

    text = blank;
    text.replace(u"危险化学品,分管负责人,,,,,,,,"_s, u"危险化学品,分管负责人,5,4.5,,,,,,"_s);
    reject(text, u"not a whole number"_s);

    text = blank;
    text.replace(u"危险化学品,分管负责人,,,,,,,,"_s, u"危险化学品,分管负责人,5,4,,,,,,"_s);
    text.replace(u"合计,,,,,,,,,"_s, u"合计,,6,4,,,,,,"_s);
    reject(text, u"the rows sum to 5 but the total row says 6"_s);

    text = blank;
    text.replace(u"年度：2023"_s, u"年度：2022"_s);
    const FormTableFileImport conflict =
        FormTableImporter(t.connection())
            .prepare(utf8WithBom(text), u"f.csv"_s, u"training"_s, {{}, 2023, false});
    CHECK(firstError(conflict).contains(
        u"f.csv:3: the file is for the year 2022 but 2023 was chosen"_s));

    // data already there: refused unless replacing, which each front end phrases itself
    text = blank;
    text.replace(u"危险化学品,分管负责人,,,,,,,,"_s, u"危险化学品,分管负责人,5,4,,,,,,"_s);
    REQUIRE(importBytes(t.connection(), utf8WithBom(text)).landed);
    const FormTableFileImport again = importBytes(t.connection(), utf8WithBom(text));
    CHECK_FALSE(again.landed);
    CHECK(firstError(again).contains(u"already holds data"_s));
    CHECK_FALSE(firstError(again).contains(u"--"_s));
    bool replaceRemedy = false;
    for (const Diagnostic& d : again.diagnostics)
        replaceRemedy = replaceRemedy || d.remedy == Remedy::Replace;
    CHECK(replaceRemedy);
}
