// The final evaluation's data model on the hand-computed three-level example
// (evaluation_example.h), its tables and CSV folder, and the narrative's storage.
#include "test_support.h"

#include "evaluation_example.h"

#include "report/evaluation_csv.h"
#include "report/evaluation_report.h"
#include "services/evaluation_service.h"
#include "storage/evaluation_narrative_repository.h"
#include "storage/plan_repository.h"
#include "storage/unit_repository.h"

#include <QDir>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QDate kToday(2026, 3, 1);

EvaluationDocument build(const QSqlDatabase& db, const QString& unit, int year = 0,
                         EvaluationKind kind = EvaluationKind::Final) {
    QString error;
    const auto d =
        EvaluationService(db).build(EvaluationRequest{unit, 0, year, kind, kToday}, &error);
    INFO(error.toStdString());
    REQUIRE(d.has_value());
    return *d;
}

QString value(const EvaluationIndicator& i, const IndicatorFigure& f) {
    return indicators::formatValue(i.definition, f.value);
}

const IndicatorFigure& yearOf(const EvaluationSeries& s, int year) {
    for (const IndicatorFigure& f : s.years)
        if (f.year == year)
            return f;
    FAIL("no figure for " << year);
    return s.years.first();
}

const EvaluationSeries& rowOf(const EvaluationIndicator& i, const QString& row) {
    for (const EvaluationSeries& s : i.rows)
        if (s.row == row)
            return s;
    FAIL("no row " << row.toStdString());
    return i.total;
}
} // namespace

TEST_CASE("evaluation: the province's final evaluation holds the hand-computed figures",
          "[evaluation]") {
    TempDatabase t;
    addEvaluationExample(t.connection());
    const EvaluationDocument d = build(t.connection(), u"990000"_s);

    CHECK(d.years == QList<int>{2020, 2021, 2022, 2023, 2024, 2025});
    CHECK(d.cover.unitName == u"测试省"_s);
    CHECK(d.cover.bureauName == u"测试省人力资源和社会保障厅"_s);
    CHECK(d.cover.documentNumber == u"鲁人社字〔2021〕73号"_s);
    CHECK(d.cover.year == 2025);
    CHECK(d.cover.date == kToday);

    // Completeness: four counties expected each year, 乙二县 missing in 2023 only.
    REQUIRE(d.completeness.size() == 6);
    for (const EvaluationYearCoverage& c : d.completeness) {
        INFO(c.year);
        CHECK(c.expected == 4);
        CHECK(c.reported == (c.year == 2023 ? 3 : 4));
        CHECK(c.missing == (c.year == 2023 ? QStringList{u"乙二县"_s} : QStringList{}));
    }

    const EvaluationIndicator* rate = d.indicator(u"accident-rate"_s);
    REQUIRE(rate != nullptr);
    CHECK(rate->section == EvaluationSection::Indicators);
    CHECK(value(*rate, yearOf(rate->total, 2020)) == u"7.00"_s);
    CHECK(value(*rate, yearOf(rate->total, 2022)) == u"6.50"_s);
    CHECK(value(*rate, yearOf(rate->total, 2024)) == u"6.00"_s);
    const IndicatorFigure& y2023 = yearOf(rate->total, 2023);
    CHECK(value(*rate, y2023) == u"7.00"_s); // 21 ÷ 3000 of the three that reported
    CHECK(indicators::formatChange(y2023.matchedChange) ==
          indicators::formatChange(rates::Ratio{-1, 8}));
    CHECK(y2023.status == glossary::Term::LowCoverage);
    const IndicatorFigure& last = *rate->total.finalFigure();
    CHECK(last.year == 2025);
    CHECK(value(*rate, last) == u"5.50"_s);
    REQUIRE(last.matchedChange.has_value());
    CHECK(last.matchedChange->format(100) == rates::Ratio{-3, 14}.format(100)); // −21.43
    CHECK(last.status == glossary::Term::Met);
    CHECK(value(*rate, yearOf(rowOf(*rate, u"危险化学品"_s), 2025)) == u"5.50"_s);
    CHECK_FALSE(yearOf(rowOf(*rate, u"矿山"_s), 2025).value.has_value());

    // The cities ranked: 乙市 (−25.00 %, met) before 甲市 (−18.75 %, behind).
    REQUIRE(rate->children.size() == 2);
    CHECK(rate->children[0].name == u"乙市"_s);
    CHECK(rate->children[0].figure.matchedChange->format(100) == rates::Ratio{-1, 4}.format(100));
    CHECK(rate->children[0].figure.status == glossary::Term::Met);
    CHECK(rate->children[1].name == u"甲市"_s);
    CHECK(value(*rate, rate->children[1].figure) == u"6.50"_s);
    CHECK(rate->children[1].figure.status == glossary::Term::Behind);
    CHECK(rate->childrenWithoutData.isEmpty());

    const QList<const EvaluationIndicator*> insurance = d.inSection(EvaluationSection::Insurance);
    REQUIRE(insurance.size() == 1);
    CHECK(value(*insurance[0], *insurance[0]->total.finalFigure()) == u"80.00"_s);
    CHECK(d.inSection(EvaluationSection::Training).size() == 1);
    CHECK(d.inSection(EvaluationSection::Disease).size() == 1);

    // The obligations of the period are listed, none done on this database.
    CHECK_FALSE(d.obligations.isEmpty());
    for (const EvaluationObligation& o : d.obligations)
        CHECK_FALSE(o.done);
}

TEST_CASE("evaluation: an annual report names the units below without data", "[evaluation]") {
    TempDatabase t;
    addEvaluationExample(t.connection());
    const EvaluationDocument d = build(t.connection(), u"990200"_s, 2023, EvaluationKind::Annual);
    CHECK(d.years == QList<int>{2020, 2021, 2022, 2023});
    const EvaluationIndicator* rate = d.indicator(u"accident-rate"_s);
    REQUIRE(rate != nullptr);
    CHECK(rate->childrenWithoutData == QStringList{u"乙二县"_s});
    REQUIRE(rate->children.size() == 2);
    CHECK(rate->children.last().name == u"乙二县"_s);             // no data: last
    CHECK(value(*rate, *rate->total.finalFigure()) == u"7.00"_s); // 7 ÷ 1000
    for (const EvaluationObligation& o : d.obligations)
        CHECK(o.year == 2023);
}

TEST_CASE("evaluation: the tables and the CSV folder carry the same figures", "[evaluation]") {
    TempDatabase t;
    addEvaluationExample(t.connection());
    const EvaluationDocument d = build(t.connection(), u"990000"_s);
    const QList<EvaluationTable> tables = evaluationTables(d);
    REQUIRE(tables.size() > 5);
    const ReportTable& summary = tables[1].table;
    REQUIRE_FALSE(summary.rows.isEmpty());
    CHECK(summary.rows[0].contains(u"7.00"_s));
    CHECK(summary.rows[0].contains(u"5.50"_s));

    QStringList written;
    QString error;
    const QString folder = t.filePath(u"csv"_s);
    REQUIRE(writeEvaluationCsvFolder(d, folder, CsvEncoding::Utf8Bom, &written, &error));
    CHECK(written.size() == tables.size() + 1);
    const QString indicatorsCsv =
        QString::fromUtf8(readBytes(QDir(folder).filePath(tables[1].fileName)));
    CHECK(indicatorsCsv.contains(u"5.50"_s));
    CHECK(indicatorsCsv.contains(u"-21.43"_s)); // a plain minus in the file
    CHECK_FALSE(indicatorsCsv.contains(QChar(0x2212)));
}

TEST_CASE("evaluation: the narrative survives a restart and a stale save is refused",
          "[evaluation]") {
    TempDatabase t;
    addEvaluationExample(t.connection());
    const qint64 planId = PlanRepository(t.connection()).findByCode(u"shandong-2021"_s)->id;
    EvaluationNarrative n;
    {
        EvaluationNarrativeRepository repo(t.connection());
        n = repo.load(u"990100"_s, planId, 2025, EvaluationKind::Final);
        CHECK(n.isEmpty());
        RevisionTicket mine =
            RecordRevisions(t.connection()).ticket(EvaluationNarrativeRepository::recordKey(n));
        RevisionTicket theirs = mine;
        n.achievements = u"一是扩面；二是培训。"_s;
        n.problems = u"部分县区数据迟报。"_s;
        n.nextSteps = u"推进新五年计划。"_s;
        n.preparer = u"王芳"_s;
        QString error;
        REQUIRE(repo.save(n, &error, &mine));
        EvaluationNarrative other = n;
        other.problems = u"覆盖"_s;
        CHECK_FALSE(repo.save(other, &error, &theirs)); // loaded before my save: refused
        CHECK_FALSE(error.isEmpty());
    }
    t.reopen();
    const EvaluationNarrative back = EvaluationNarrativeRepository(t.connection())
                                         .load(u"990100"_s, planId, 2025, EvaluationKind::Final);
    CHECK(back.achievements == n.achievements);
    CHECK(back.problems == n.problems);
    CHECK(back.nextSteps == n.nextSteps);
    CHECK(back.preparer == u"王芳"_s);
    CHECK(EvaluationNarrativeRepository(t.connection())
              .load(u"990100"_s, planId, 2025, EvaluationKind::Annual)
              .isEmpty());
    const EvaluationDocument d = build(t.connection(), u"990100"_s);
    CHECK(d.narrative.problems == n.problems);
    CHECK(d.cover.preparer == u"王芳"_s);
    bool quoted = false;
    for (const QuotableFigure& f : quotableFigures(d))
        quoted = quoted || f.text.contains(u"6.50"_s);
    CHECK(quoted);
}
