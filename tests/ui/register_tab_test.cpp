// The 企业名录 tab and its lazy model (ui/register): the model under QAbstractItemModelTester
// over more rows than its page cache holds, and the real tab in the main window importing in
// the background, searching, filling the form from the register and following up the uninsured.
#include "../core/form_fixtures.h"
#include "register_model.h"
#include "register_tab.h"
#include "uninsured_tab.h"
#include "unit_selector.h"
#include "window_fixture.h"

#include "domain/credit_code.h"
#include "services/register_import.h"
#include "storage/annex_repository.h"
#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
// n enterprises of 兰山区 in 2023: employees i % 97 + 1, every fifth one uninsured.
QByteArray registerCsv(int n, const QString& unit = u"371302"_s) {
    QByteArray out =
        "\xEF\xBB\xBF"
        "unit_code,enterprise_name,credit_code,industry,year,employees,insured_employees,insured,"
        "accidents,occupational_disease_cases,key_personnel,key_personnel_trained\r\n";
    for (int i = 0; i < n; ++i) {
        const QByteArray first17 =
            QString(u"91"_s + unit + u"MA"_s + QString::number(1000000 + i)).toLatin1();
        const QByteArray code = first17 + creditCodeCheckCharacter(first17);
        const int employees = i % 97 + 1;
        const int insured = i % 5 == 0 ? 0 : employees;
        out += QStringLiteral("%1,企业%2号,%3,%4,2023,%5,%6,%7,0,0,2,2\r\n")
                   .arg(unit)
                   .arg(i)
                   .arg(QString::fromLatin1(code), i % 2 ? u"建材"_s : u"冶金"_s)
                   .arg(employees)
                   .arg(insured)
                   .arg(insured ? 1 : 0)
                   .toUtf8();
    }
    return out;
}

QString writeFile(const UiFixture& f, const QString& name, const QByteArray& bytes) {
    const QString path = f.dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

template <typename T> T* tabOf(const UiFixture& f) {
    for (int i = 0; i < f.window->tabs()->count(); ++i)
        if (auto* t = qobject_cast<T*>(f.window->tabs()->widget(i)))
            return t;
    return nullptr;
}
} // namespace

TEST_CASE("the register model pages through more rows than it caches", "[ui][register]") {
    UiFixture f;
    const QString path = writeFile(f, u"reg.csv"_s, registerCsv(5000));
    REQUIRE(RegisterImport(f.session->connection()).importFile(path, {}).landed);

    RegisterModel model(f.session->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    RegisterFilter filter;
    filter.unitCode = u"371300"_s;
    model.setFilter(filter);
    REQUIRE(model.rowCount() == 5000);
    CHECK(model.columnCount() == kRegisterColumnCount);
    CHECK(model.index(0, int(RegisterColumn::EnterpriseName)).data().toString() == u"企业0号"_s);
    CHECK(model.index(4999, int(RegisterColumn::EnterpriseName)).data().toString() ==
          u"企业4999号"_s);
    CHECK(model.index(3, int(RegisterColumn::UnitCode)).data().toString() == u"兰山区"_s);
    CHECK(model.index(3, int(RegisterColumn::UnitCode)).data(RegisterModel::RawRole).toString() ==
          u"371302"_s);
    // Every row once: 40 pages through a cache of 32.
    for (int r = 0; r < model.rowCount(); r += 7)
        REQUIRE(model.index(r, int(RegisterColumn::Year)).data(RegisterModel::RawRole).toInt() ==
                2023);

    model.sort(int(RegisterColumn::Employees), Qt::DescendingOrder);
    CHECK(model.index(0, int(RegisterColumn::Employees)).data(RegisterModel::RawRole).toInt() ==
          97);
    CHECK(model.index(4999, int(RegisterColumn::Employees)).data(RegisterModel::RawRole).toInt() ==
          1);

    filter.insured = RegisterFilter::Insured::Uninsured;
    filter.search = u"企业1"_s;
    model.setFilter(filter);
    // 企业1…号: 1, 10-19, 100-199, 1000-1999; the uninsured (multiples of 5) among them:
    // 0 + 2 + 20 + 200 = 222.
    CHECK(model.rowCount() == 222);
    // A search keeps its matches' ids in the sort order; sorting again reorders them.
    model.sort(int(RegisterColumn::Employees), Qt::AscendingOrder);
    REQUIRE(model.rowCount() == 222);
    for (int r = 1; r < model.rowCount(); ++r)
        REQUIRE(
            model.index(r - 1, int(RegisterColumn::Employees))
                .data(RegisterModel::RawRole)
                .toInt() <=
            model.index(r, int(RegisterColumn::Employees)).data(RegisterModel::RawRole).toInt());
    CHECK(model.index(221, int(RegisterColumn::EnterpriseName))
              .data()
              .toString()
              .startsWith(u"企业1"_s));
    filter.unitCode = u"371311"_s;
    model.setFilter(filter);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the register tab imports in the background and searches", "[ui][register]") {
    UiFixture f;
    REQUIRE(f.window->unitSelector()->selectUnit(u"371300"_s, 2023));
    RegisterTab* tab = tabOf<RegisterTab>(f);
    REQUIRE(tab != nullptr);
    UninsuredTab* uninsured = tabOf<UninsuredTab>(f);
    REQUIRE(uninsured != nullptr);
    CHECK(uninsured->model()->rowCount() == 0);
    QSignalSpy done(tab, &RegisterTab::importFinished);
    tab->importFiles({writeFile(f, u"reg.csv"_s, registerCsv(300))}, false);
    REQUIRE(done.wait(20000));
    CHECK(f.prompter.messages.last().contains(u"300"_s));
    REQUIRE(tab->model()->rowCount() == 300);
    CHECK(uninsured->model()->rowCount() == 60); // every fifth: the list follows the import
    CHECK(tab->yearBox()->findData(2023) >= 0);

    tab->searchEdit()->setText(u"企业29"_s);
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 11, 5000); // 29, 290-299
    tab->searchEdit()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 300, 5000);

    REQUIRE(tab->exportTable(f.dir.filePath(u"out.csv"_s)));
    QFile out(f.dir.filePath(u"out.csv"_s));
    REQUIRE(out.open(QIODevice::ReadOnly));
    CHECK(out.readAll().count('\n') == 301);

    // Sorted by employees, a new import keeps the order the header shows.
    tab->view()->sortByColumn(int(RegisterColumn::Employees), Qt::DescendingOrder);
    tab->importFiles({writeFile(f, u"more.csv"_s, registerCsv(5, u"371311"_s))}, false);
    REQUIRE(done.wait(20000));
    REQUIRE(tab->model()->rowCount() == 305);
    CHECK(tab->model()
              ->index(0, int(RegisterColumn::Employees))
              .data(RegisterModel::RawRole)
              .toInt() == 97);
    tab->view()->sortByColumn(-1, Qt::AscendingOrder);

    // A file with an error: nothing lands, the warning names the line.
    QByteArray bad = registerCsv(3, u"371311"_s);
    bad.replace(",2023,", ",20x3,");
    tab->importFiles({writeFile(f, u"bad.csv"_s, bad)}, false);
    REQUIRE(done.wait(20000));
    CHECK(f.prompter.messages.last().contains(u"bad.csv:2:"_s));
    CHECK(tab->model()->rowCount() == 305);
}

TEST_CASE("filling the form from the register shows the difference before replacing",
          "[ui][register]") {
    UiFixture f;
    REQUIRE(RegisterImport(f.session->connection())
                .importFile(writeFile(f, u"reg.csv"_s, registerCsv(10)), {})
                .landed);
    AnnexRepository annexes(f.session->connection());
    AnnexTable typed = annexes.load(u"371302"_s, 2023);
    typed.rows.first().counts.enterprises = 99;
    QString error;
    REQUIRE(annexes.save(typed, u"typed"_s, &error));
    REQUIRE(f.window->unitSelector()->selectUnit(u"371300"_s, 2023));
    RegisterTab* tab = tabOf<RegisterTab>(f);
    REQUIRE(tab != nullptr);

    int asked = 0;
    tab->confirmReplace = [&](const RegisterDerivationPlan& plan) {
        ++asked;
        CHECK(plan.conflicts().size() == 1);
        return false;
    };
    CHECK_FALSE(tab->deriveAnnex());
    CHECK(asked == 1);
    CHECK(annexes.load(u"371302"_s, 2023).rows.first().counts.enterprises == 99);
    tab->confirmReplace = [&](const RegisterDerivationPlan&) { return true; };
    CHECK(tab->deriveAnnex());
    // 10 enterprises, odd ones 建材 and even ones 冶金; the first plan industry (危险化学品) has
    // none.
    const AnnexTable derived = annexes.load(u"371302"_s, 2023);
    CHECK(derived.rows.first().counts.enterprises == 0);
    CHECK(derived.find(u"冶金"_s)->counts.enterprises == 5);
    CHECK(derived.find(u"冶金"_s)->counts.insuredEnterprises == 4); // 0, 2, 4, 6, 8; 0 is uninsured
}

TEST_CASE("the insurance expansion tab records a follow-up per enterprise", "[ui][register]") {
    UiFixture f;
    REQUIRE(RegisterImport(f.session->connection())
                .importFile(writeFile(f, u"reg.csv"_s, registerCsv(10)), {})
                .landed);
    REQUIRE(f.window->unitSelector()->selectUnit(u"371302"_s, 2023));
    UninsuredTab* tab = tabOf<UninsuredTab>(f);
    REQUIRE(tab != nullptr);
    QAbstractItemModelTester tester(tab->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(tab->model()->rowCount() == 2); // 企业0号 and 企业5号
    CHECK_FALSE(tab->setStatus(FollowUpStatus::Notified, QDate(2024, 1, 5))); // nothing selected
    tab->view()->selectRow(0);
    REQUIRE(tab->setStatus(FollowUpStatus::Notified, QDate(2024, 1, 5), u"电话通知"_s));
    CHECK(tab->model()->index(0, UninsuredModel::Status).data().toString() == u"已通知"_s);
    CHECK(tab->model()->index(0, UninsuredModel::Date).data().toString() == u"2024-01-05"_s);
    REQUIRE(tab->exportCsv(f.dir.filePath(u"u.csv"_s)));
    CHECK(tab->report().blocks.size() >= 3);
}

TEST_CASE("filling training and disease from the register asks before replacing typed figures",
          "[ui][register]") {
    UiFixture f;
    REQUIRE(RegisterImport(f.session->connection())
                .importFile(writeFile(f, u"reg.csv"_s, registerCsv(10)), {})
                .landed);
    // Typed in the 培训 tab: saved through the form engine.
    FormTable typed = loadForm(f.session->connection(), u"training"_s, u"371302"_s, 2023);
    typed.rows.first().setNumber(u"key_personnel"_s, 7);
    storeForm(f.session->connection(), typed, u"typed"_s);
    REQUIRE(f.window->unitSelector()->selectUnit(u"371300"_s, 2023));
    RegisterTab* tab = tabOf<RegisterTab>(f);
    REQUIRE(tab != nullptr);

    f.prompter.answers.enqueue(QMessageBox::Cancel);
    CHECK_FALSE(tab->deriveFigures());
    REQUIRE_FALSE(f.prompter.asked.isEmpty());
    CHECK(f.prompter.asked.last().contains(u"371302"_s));
    CHECK(trainingTable(f.session->connection(), u"371302"_s, 2023).total().keyPersonnel == 7);

    f.prompter.answers.enqueue(QMessageBox::Yes);
    CHECK(tab->deriveFigures());
    // 10 enterprises with 2 key personnel each, all trained.
    const TrainingCounts total = trainingTable(f.session->connection(), u"371302"_s, 2023).total();
    CHECK(total.keyPersonnel == 20);
    CHECK(total.trained == 20);
}
