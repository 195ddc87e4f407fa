// Filling the annex from the register (services/register_derivation.h) against sums worked out
// by hand, and the uninsured list with its follow-up (services/uninsured_list.h).
#include "form_fixtures.h"
#include "test_support.h"

#include "services/register_derivation.h"
#include "services/register_figures.h"
#include "services/register_import.h"
#include "services/register_query.h"
#include "services/uninsured_list.h"
#include "storage/annex_repository.h"
#include "storage/form_locks.h"

#include <QBuffer>
#include <QFile>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QString code(const QString& unit, int n) {
    return registerCreditCode(unit, n);
}

// A small register: 兰山区 (371302) and 罗庄区 (371311), 2023, plus one 2024 row.
//  兰山区 危险化学品: A 100 emp / 90 ins / 2 acc;  B 40 / 0 / 1 (uninsured)
//  兰山区 建筑施工:   C 300 / 320 / 3;              D 0 / 0 / 0 (no employees: not on the list)
//  兰山区 烟花爆竹 (not a plan industry): E 20 / 0 / 0 (uninsured)
//  罗庄区 冶金:       F 50 / 50 / 1;               G 30 / 10 / 0
//  罗庄区 2024 冶金:  F 55 / 55 / 0
void importSmallRegister(const TempDatabase& t) {
    const QStringList rows{
        registerHeader(),
        u"371302,甲化工,%1,危险化学品,2023,100,90,1,2,0,5,5"_s.arg(code(u"371302"_s, 1)),
        u"371302,乙化工,%1,危险化学品,2023,40,0,0,1,0,3,1"_s.arg(code(u"371302"_s, 2)),
        u"371302,丙建设,%1,建筑施工,2023,300,320,1,3,1,6,6"_s.arg(code(u"371302"_s, 3)),
        u"371302,丁建设,%1,建筑施工,2023,0,0,0,0,0,0,0"_s.arg(code(u"371302"_s, 4)),
        u"371302,戊烟花,%1,烟花爆竹,2023,20,0,0,0,0,2,0"_s.arg(code(u"371302"_s, 5)),
        u"371311,己冶金,%1,冶金,2023,50,50,1,1,0,4,4"_s.arg(code(u"371311"_s, 6)),
        u"371311,庚冶金,%1,冶金,2023,30,10,1,0,0,2,2"_s.arg(code(u"371311"_s, 7)),
        u"371311,己冶金,%1,冶金,2024,55,55,1,0,0,4,4"_s.arg(code(u"371311"_s, 6)),
    };
    QBuffer buffer;
    buffer.setData(utf8(rows.join(u"\r\n"_s)));
    buffer.open(QIODevice::ReadOnly);
    const RegisterImportResult r =
        RegisterImport(t.connection()).importDevice(&buffer, u"small.csv"_s, {});
    REQUIRE(r.landed);
}

const AnnexRow& rowOf(const AnnexTable& table, const QString& industry) {
    const AnnexRow* row = table.find(industry);
    REQUIRE(row != nullptr);
    return *row;
}
} // namespace

TEST_CASE("derive-annex sums the register per unit and industry", "[register]") {
    TempDatabase t;
    importSmallRegister(t);
    const RegisterDerivation derivation(t.connection());
    const RegisterDerivationPlan plan = derivation.compute(u"371300"_s, 2023);
    REQUIRE(plan.annexes.size() == 2); // the two counties with rows; Linyi itself has none
    CHECK(plan.conflicts().isEmpty());
    QString error;
    REQUIRE(derivation.apply(plan, false, &error));

    const AnnexRepository annexes(t.connection());
    const AnnexTable lanshan = annexes.load(u"371302"_s, 2023);
    // enterprises, insured enterprises (insured persons > 0), employees, insured persons, accidents
    CHECK(rowOf(lanshan, u"危险化学品"_s).counts == counts(2, 1, 140, 90, 3));
    CHECK(rowOf(lanshan, u"建筑施工"_s).counts == counts(2, 1, 300, 320, 3));
    CHECK(rowOf(lanshan, u"矿山"_s).counts ==
          counts(0, 0, 0, 0, 0)); // a plan industry without enterprises
    CHECK(rowOf(lanshan, u"烟花爆竹"_s).counts == counts(1, 0, 20, 0, 0));
    CHECK(rowOf(lanshan, u"烟花爆竹"_s).local);
    const AnnexTable luozhuang = annexes.load(u"371311"_s, 2023);
    CHECK(rowOf(luozhuang, u"冶金"_s).counts == counts(2, 2, 80, 60, 1));
    // The city's consolidated view adds them up.
    const AnnexTable linyi = annexes.consolidated(u"371300"_s, 2023);
    CHECK(linyi.total() == counts(7, 4, 540, 470, 7));
    CHECK_FALSE(annexes.hasData(u"371311"_s, 2024)); // only the year asked for
}

TEST_CASE("derive-annex refuses to overwrite a typed annex that differs unless told to",
          "[register]") {
    TempDatabase t;
    importSmallRegister(t);
    AnnexRepository annexes(t.connection());
    AnnexTable typed = annexes.load(u"371311"_s, 2023);
    for (AnnexRow& row : typed.rows)
        if (row.industry == u"冶金"_s)
            row.counts = counts(2, 2, 80, 60, 4); // typed 4 accidents, the register says 1
    typed.meta.preparer = u"王"_s;
    QString error;
    REQUIRE(annexes.save(typed, u"typed"_s, &error));

    const RegisterDerivation derivation(t.connection());
    const RegisterDerivationPlan plan = derivation.compute(u"371300"_s, 2023);
    const auto conflicts = plan.conflicts();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts.first()->unitCode == u"371311"_s);
    CHECK_FALSE(derivation.apply(plan, false, &error));
    CHECK(error.contains(u"371311"_s));
    CHECK(rowOf(annexes.load(u"371311"_s, 2023), u"冶金"_s).counts.accidents == 4);
    CHECK_FALSE(annexes.hasData(u"371302"_s, 2023)); // nothing written at all

    REQUIRE(derivation.apply(plan, true, &error));
    const AnnexTable after = annexes.load(u"371311"_s, 2023);
    CHECK(rowOf(after, u"冶金"_s).counts.accidents == 1);
    CHECK(after.meta.preparer == u"王"_s); // the form's footer survives
    // Derived once, a second derivation replaces it without asking.
    CHECK(derivation.compute(u"371300"_s, 2023).conflicts().isEmpty());
}

TEST_CASE("The uninsured list holds enterprises with employees and no insured persons",
          "[register]") {
    TempDatabase t;
    importSmallRegister(t);
    const UninsuredList list(t.connection());
    QList<UninsuredEnterprise> l = list.list(u"371300"_s, 2023);
    REQUIRE(l.size() == 2);
    CHECK(l[0].enterpriseName == u"乙化工"_s); // by unit, then industry
    CHECK(l[0].employees == 40);
    CHECK(l[1].enterpriseName == u"戊烟花"_s);
    CHECK(l[1].followUp.status == FollowUpStatus::None);
    CHECK(list.list(u"371311"_s, 2023).isEmpty());

    QString error;
    CHECK_FALSE(list.setFollowUp(l[0].creditCode, l[0].unitCode,
                                 FollowUp{FollowUpStatus::Insured, {}, {}}, &error));
    REQUIRE(list.setFollowUp(l[0].creditCode, l[0].unitCode,
                             FollowUp{FollowUpStatus::Deadline, QDate(2024, 6, 30), u"整改"_s},
                             &error));
    l = list.list(u"371302"_s, 2023);
    CHECK(l[0].followUp.status == FollowUpStatus::Deadline);
    CHECK(l[0].followUp.date == QDate(2024, 6, 30));
    CHECK(l[0].followUp.note == u"整改"_s);

    const QByteArray csv = UninsuredList::csv(l, CsvEncoding::Utf8Bom);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(csv).contains(u"乙化工"_s));
    CHECK(QString::fromUtf8(csv).contains(u"限期,2024-06-30,整改"_s));
    const ReportDocument doc = UninsuredList::report(l, u"兰山区"_s, 2023);
    bool hasTable = false;
    for (const ReportBlock& b : doc.blocks)
        if (b.kind == ReportBlock::Kind::Table) {
            hasTable = true;
            CHECK(b.table.rows.size() == 2);
        }
    CHECK(hasTable);
}

TEST_CASE("Register queries filter by subtree year industry insurance and search", "[register]") {
    TempDatabase t;
    importSmallRegister(t);
    const RegisterQuery query(t.connection());
    RegisterFilter f;
    CHECK(query.count(f) == 8);
    f.unitCode = u"371302"_s;
    CHECK(query.count(f) == 5);
    f.unitCode = u"371311"_s;
    f.year = 2024;
    CHECK(query.count(f) == 1);
    f = RegisterFilter{};
    f.insured = RegisterFilter::Insured::Uninsured;
    CHECK(query.count(f) == 3); // 乙, 丁 (no employees at all), 戊
    f = RegisterFilter{};
    f.search = u"冶金"_s;
    CHECK(query.count(f) == 3);
    f.search = code(u"371311"_s, 6).left(17).toLower(); // 己冶金 in 2023 and 2024
    CHECK(query.count(f) == 2);
    f = RegisterFilter{};
    f.industry = u"建筑施工"_s;
    const auto page = query.page(f, int(RegisterColumn::Employees), false, 0, 10);
    REQUIRE(page.size() == 2);
    CHECK(page[0].value(RegisterColumn::Employees).toInt() == 300);
    CHECK(query.years() == QList<int>{2023, 2024});
    CHECK(query.industries().contains(u"烟花爆竹"_s));
    QString error;
    CHECK(query.exportTable(RegisterFilter{}, -1, true, t.filePath(u"out.csv"_s),
                            CsvEncoding::Utf8Bom, &error) == 8);
    // The export is register CSV again: it imports into a fresh database.
    TempDatabase other;
    const RegisterImportResult back =
        RegisterImport(other.connection()).importFile(t.filePath(u"out.csv"_s), {});
    CHECK(back.landed);
    CHECK(back.rows == 8);
    // And as a workbook (streamed, XlsxListWriter): the same rows come back from it.
    CHECK(query.exportTable(RegisterFilter{}, -1, true, t.filePath(u"out.xlsx"_s),
                            CsvEncoding::Utf8Bom, &error) == 8);
    INFO(error.toStdString());
    QFile book(t.filePath(u"out.xlsx"_s));
    REQUIRE(book.open(QIODevice::ReadOnly));
    REQUIRE(book.read(4) == QByteArray("PK\x03\x04"));
    TempDatabase third;
    const RegisterImportResult fromBook =
        RegisterImport(third.connection()).importFile(t.filePath(u"out.xlsx"_s), {});
    CHECK(fromBook.landed);
    CHECK(fromBook.rows == 8);
    QString again;
    CHECK(RegisterQuery(third.connection())
              .exportTable(RegisterFilter{}, -1, true, t.filePath(u"again.csv"_s),
                           CsvEncoding::Utf8Bom, &again) == 8);
    QFile a(t.filePath(u"out.csv"_s));
    QFile b(t.filePath(u"again.csv"_s));
    REQUIRE(a.open(QIODevice::ReadOnly));
    REQUIRE(b.open(QIODevice::ReadOnly));
    CHECK(a.readAll() == b.readAll()); // codes, names and counts survive the workbook
}

TEST_CASE("Training and occupational-disease figures come from the register per industry",
          "[register]") {
    TempDatabase t;
    importSmallRegister(t);
    const RegisterFiguresDerivation derivation(t.connection());
    const RegisterFiguresPlan plan = derivation.compute(u"371300"_s, 2023);
    REQUIRE(plan.units.size() == 2);
    CHECK(plan.conflicts().isEmpty());
    QString error;
    REQUIRE(derivation.apply(plan, false, &error));

    const QString all = RegisterFiguresDerivation::category();
    const TrainingTable lanshan = trainingTable(t.connection(), u"371302"_s, 2023);
    // key personnel and trained: 甲 5/5 + 乙 3/1; 丙 6/6 + 丁 0/0; 戊 2/0 (a local industry)
    const TrainingRow* chemicals = lanshan.find(u"危险化学品"_s, all);
    REQUIRE(chemicals);
    CHECK(chemicals->counts.keyPersonnel == 8);
    CHECK(chemicals->counts.trained == 6);
    CHECK_FALSE(chemicals->counts.sessions); // the register knows no sessions
    REQUIRE(lanshan.find(u"烟花爆竹"_s, all));
    CHECK(lanshan.find(u"烟花爆竹"_s, all)->counts.keyPersonnel == 2);
    CHECK(lanshan.find(u"矿山"_s, all)->counts.keyPersonnel == 0); // no enterprise: 0
    CHECK(lanshan.categories.contains(u"分管负责人"_s)); // the plan's categories stay, empty
    CHECK_FALSE(lanshan.find(u"危险化学品"_s, u"分管负责人"_s)->counts.keyPersonnel);
    // The city sums both counties: 8 + 6 + 2 + (己 4 + 庚 2) key personnel, 6 + 6 + 0 + 6 trained.
    const TrainingCounts city = trainingFigures(t.connection(), u"371300"_s, 2023).total();
    CHECK(city.keyPersonnel == 22);
    CHECK(city.trained == 18);

    const FormTable lanshanDisease = loadForm(t.connection(), u"disease"_s, u"371302"_s, 2023);
    const DiseaseCounts building = diseaseCounts(lanshanDisease, u"建筑施工"_s);
    CHECK(building.newCases() == 1);      // 丙建设
    CHECK_FALSE(building.pneumoconiosis); // not split by the register: not reported
    CHECK(lanshanDisease.find(u"建筑施工"_s)->text(u"remark"_s) ==
          RegisterFiguresDerivation::diseaseRemark());
    CHECK(diseaseTotal(formFigures(t.connection(), u"disease"_s, u"371300"_s, 2023)).newCases() ==
          1);
    // What the 职业病 tab says of a consolidated view: both counties' figures are the register's.
    CHECK(FormRepository(t.connection())
              .unitsWithSource(u"disease"_s, u"371300"_s, 2023,
                               RegisterFiguresDerivation::source()) == 2);
}

TEST_CASE("Register figures replace typed training only when told to", "[register]") {
    TempDatabase t;
    importSmallRegister(t);
    // Typed in the 培训 tab: saved through the form engine.
    FormTable typed = loadForm(t.connection(), u"training"_s, u"371311"_s, 2023);
    setCounts(formRow(typed, u"分管负责人"_s, u"冶金"_s), TrainingCounts{3, 1, 2, {}, {}, {}});
    storeForm(t.connection(), typed, u"typed"_s);
    QString error;

    const RegisterFiguresDerivation derivation(t.connection());
    const RegisterFiguresPlan plan = derivation.compute(u"371300"_s, 2023);
    REQUIRE(plan.conflicts().size() == 1);
    CHECK(plan.conflicts().first()->unitCode == u"371311"_s);
    const QString described = RegisterFiguresDerivation::describeConflicts(plan).join(u"\n"_s);
    CHECK(described.contains(u"冶金: key personnel 3 → 6, trained 1 → 6"_s));
    CHECK(described.contains(u"sessions (2)"_s));
    CHECK_FALSE(derivation.apply(plan, false, &error));
    CHECK(error.contains(u"371311"_s));
    CHECK(trainingTable(t.connection(), u"371311"_s, 2023).total().keyPersonnel == 3);
    // nothing written at all
    CHECK_FALSE(FormRepository(t.connection()).hasData(u"training"_s, u"371302"_s, 2023));

    REQUIRE(derivation.apply(plan, true, &error));
    CHECK(trainingTable(t.connection(), u"371311"_s, 2023).total().keyPersonnel == 6);
    CHECK_FALSE(trainingTable(t.connection(), u"371311"_s, 2023).total().sessions);
    // Derived once, a second derivation replaces it without asking.
    CHECK(derivation.compute(u"371300"_s, 2023).conflicts().isEmpty());
}

TEST_CASE("derive-annex leaves a locked form as it is and fills the others", "[register]") {
    TempDatabase t;
    importSmallRegister(t);
    QSqlDatabase db = t.connection();
    QString error;
    REQUIRE(db.transaction());
    REQUIRE(
        FormLocks(db).lockWithinTransaction(u"annex"_s, u"371311"_s, 2023, u"accepted"_s, &error));
    REQUIRE(db.commit());

    const RegisterDerivation derivation(db);
    const RegisterDerivationPlan plan = derivation.compute(u"371300"_s, 2023);
    REQUIRE(plan.locked().size() == 1);
    CHECK(plan.locked().first()->unitCode == u"371311"_s);
    REQUIRE(derivation.apply(plan, false, &error));
    const AnnexRepository annexes(db);
    CHECK(annexes.hasData(u"371302"_s, 2023));
    CHECK_FALSE(annexes.hasData(u"371311"_s, 2023)); // locked: untouched
}
