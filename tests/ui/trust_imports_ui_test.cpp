// Issue 12, observations 4 to 7 in the window: the receipt date chosen at import, several
// returns accepted at once, the consolidated form's own 填报人, dialogs that fit a 1366×768
// screen, and messages that name the 替换 checkbox rather than a command-line option.
#include "annex_columns.h"
#include "forms/form_import_dialog.h"
#include "message_dialog.h"
#include "returns/returns_board_model.h"
#include "returns/returns_tab.h"
#include "unit_selector.h"
#include "window_fixture.h"

#include "services/returns_service.h"
#include "storage/audit_log.h"
#include "storage/form_signatures.h"
#include "storage/obligation_repository.h"
#include "storage/plan_repository.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kLinyi = u"371300"_s;
const QString kLanshan = u"371302"_s;
const QSize kSmallScreen(1366, 768);

QString writeForm(const UiFixture& f, const QString& name, const QString& bureau, int year,
                  const QString& footer = {}) {
    const QString path = f.dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(u"\uFEFF填报单位：%1\r\n"
               "重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤保险参保率,%"
               "2年工伤事故数量,工伤事故发生率,备注\r\n"
               "危险化学品,10,8,1000,800,,4,,\r\n"_s.arg(bureau)
                   .arg(year)
                   .toUtf8() +
               footer.toUtf8());
    return path;
}

ReturnEntry survey(const UiFixture& f, const QString& unit) {
    const QSqlDatabase db = f.session->connection();
    const qint64 plan = PlanRepository(db).findByCode(u"linyi-2021"_s)->id;
    const qint64 id = ObligationRepository(db).findByCode(plan, u"baseline-survey"_s)->id;
    const auto e = ReturnsService(db).entry(unit, id, 2021, QDate::currentDate());
    REQUIRE(e.has_value());
    return *e;
}

QStringList findings(const FormImportDialog& d) {
    QStringList out;
    auto* list = d.findChild<QListWidget*>(u"findings"_s);
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

// The widget lies wholly inside its window, and the window inside a 1366×768 screen less a
// taskbar and a title bar.
void checkFits(QWidget* window, QWidget* button) {
    CHECK(window->width() <= kSmallScreen.width());
    CHECK(window->height() <= kSmallScreen.height() - 70);
    CHECK(button->isVisibleTo(window));
    const QRect inWindow(button->mapTo(window, QPoint(0, 0)), button->size());
    CHECK(window->rect().contains(inWindow));
}
} // namespace

TEST_CASE("the import dialog records returns as received on the date the clerk chooses",
          "[ui][import][receipt]") {
    UiFixture f;
    const QString lanshan = writeForm(f, u"lanshan.csv"_s, u"临沂市兰山区人力资源和社会保障局"_s,
                                      2020, u"填报人：张三\r\n填报日期：2021-09-02\r\n"_s);
    const QString luozhuang =
        writeForm(f, u"luozhuang.csv"_s, u"临沂市罗庄区人力资源和社会保障局"_s, 2020);
    FormImportDialog dialog(f.session->connection(), u"annex"_s, {lanshan, luozhuang}, {},
                            f.window.get());
    CHECK(dialog.receivedOn(0) == QDate::currentDate()); // today by default

    dialog.setReceipt(FormImportDialog::Receipt::FileDate);
    CHECK(dialog.receivedOn(0) == QDate(2021, 9, 2)); // its 填报日期
    CHECK(dialog.receivedOn(1) == QFileInfo(luozhuang).lastModified().date());
    CHECK(dialog.findChild<QLabel*>(u"details"_s)->text().contains(u"2021-09-02"_s));

    dialog.setReceipt(FormImportDialog::Receipt::Chosen, QDate(2021, 9, 1));
    CHECK(dialog.receivedOn(0) == QDate(2021, 9, 1));
    CHECK(dialog.receivedOn(1) == QDate(2021, 9, 1));
    dialog.importAll();
    const ReturnEntry e = survey(f, kLanshan);
    CHECK(e.record->receivedOn == QDate(2021, 9, 1));
    CHECK_FALSE(e.late); // due 2021-09-10
    CHECK(e.record->sourceFile == u"lanshan.csv"_s);
}

TEST_CASE("the import dialog names its 替换 checkbox and never a command-line option",
          "[ui][import]") {
    UiFixture f;
    const QString path =
        writeForm(f, u"lanshan.csv"_s, u"临沂市兰山区人力资源和社会保障局"_s, 2020);
    {
        FormImportDialog first(f.session->connection(), u"annex"_s, {path}, {}, f.window.get());
        first.importAll();
    }
    FormImportDialog dialog(f.session->connection(), u"annex"_s, {path}, {}, f.window.get());
    const QString text = findings(dialog).join(u"\n"_s);
    CHECK(text.contains(u"already holds data"_s));
    CHECK(text.contains(dialog.replaceBox()->text()));
    CHECK_FALSE(text.contains(u"--"_s));
    dialog.replaceBox()->setChecked(true);
    dialog.importAll();
    CHECK_FALSE(dialog.summary().contains(u"--"_s));
}

TEST_CASE("a summary of a hundred lines scrolls in a dialog that fits a 1366x768 screen",
          "[ui][dialogs]") {
    QStringList lines;
    for (int i = 0; i < 100; ++i)
        lines << u"临沂市兰山区-20%1.csv: imported 1 form(s), 7 row(s) (UTF-8, 0 warning(s))"_s.arg(
            i);
    // What the summary was shown in before: a message box taller than the screen.
    QMessageBox box(QMessageBox::Information, u"Import"_s, lines.join(u"\n"_s));
    CHECK(box.sizeHint().height() > kSmallScreen.height());

    const auto dialog =
        makeMessageDialog(nullptr, QMessageBox::Information, u"Import"_s, lines.join(u"\n"_s));
    auto* longDialog = qobject_cast<LongMessageDialog*>(dialog.get());
    REQUIRE(longDialog);
    CHECK(longDialog->sizeHint().height() <= kSmallScreen.height() - 70);
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
    checkFits(dialog.get(), longDialog->okButton());
    CHECK(longDialog->textView()->toPlainText().count(u'\n') == 99);

    // A short message stays an ordinary message box.
    CHECK(qobject_cast<QMessageBox*>(
        makeMessageDialog(nullptr, QMessageBox::Information, u"Import"_s, u"one line"_s).get()));
}

TEST_CASE("the import preview of a hundred files fits a 1366x768 screen", "[ui][dialogs]") {
    UiFixture f;
    QStringList paths;
    for (int i = 0; i < 100; ++i)
        paths << writeForm(f, u"f%1.csv"_s.arg(i), u"临沂市兰山区人力资源和社会保障局"_s, 2020);
    FormImportDialog dialog(f.session->connection(), u"annex"_s, paths, {}, f.window.get());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    checkFits(&dialog, dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok));
}

TEST_CASE(
    "the city's own 填报人 联系电话 and 填报日期 are typed and saved on its consolidated form",
    "[ui][consolidation]") {
    UiFixture f;
    REQUIRE(f.window->unitSelector()->selectUnit(kLinyi, 2021));
    AnnexTab* editor = f.window->annexTab();
    REQUIRE(editor->model()->isReadOnly()); // the counts are summed from below
    QLineEdit* preparer = editor->editor()->fieldEdit(u"preparer"_s);
    REQUIRE(preparer);
    CHECK_FALSE(preparer->isReadOnly());
    QTest::keyClicks(preparer, u"Wang Wu"_s); // QTest types ASCII only
    QTest::keyClicks(editor->editor()->fieldEdit(u"phone"_s), u"0539-8000000"_s);
    editor->editor()->filledOnEdit()->setDate(QDate(2022, 2, 15));
    CHECK(editor->isModified());
    REQUIRE(editor->save());
    const auto stored = FormSignatures(f.session->connection()).load(u"annex"_s, kLinyi, 2021);
    CHECK(stored.value(u"preparer"_s) == u"Wang Wu"_s);
    CHECK(stored.value(u"phone"_s) == u"0539-8000000"_s);
    CHECK(stored.value(u"filled_on"_s) == u"2022-02-15"_s);
    CHECK(editor->editor()->fieldEdit(u"preparer"_s)->text() ==
          u"Wang Wu"_s); // reloaded from the database
    CHECK_FALSE(editor->isModified());
}

TEST_CASE("several selected returns are accepted at once with one note", "[ui][returns]") {
    UiFixture f;
    for (const auto& [name, bureau] :
         {std::pair{u"a.csv"_s, u"临沂市兰山区人力资源和社会保障局"_s},
          std::pair{u"b.csv"_s, u"临沂市罗庄区人力资源和社会保障局"_s}}) {
        FormImportDialog d(f.session->connection(), u"annex"_s, {writeForm(f, name, bureau, 2020)},
                           {}, f.window.get());
        d.setReceipt(FormImportDialog::Receipt::Chosen, QDate(2021, 9, 1));
        d.importAll();
    }
    ReturnsTab* tab = f.window->returnsTab();
    REQUIRE(f.window->unitSelector()->selectUnit(kLinyi, 2021));
    QList<int> rows;
    for (int r = 0; r < tab->boardModel()->rowCount(); ++r)
        if (tab->boardModel()->entryAt(r)->status == ReturnStatus::Submitted)
            rows << r;
    REQUIRE(rows.size() == 2);
    QItemSelectionModel* selection = tab->boardView()->selectionModel();
    for (int r : rows)
        selection->select(tab->boardModel()->index(r, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    f.prompter.texts.enqueue(u"两县核对无误"_s);
    tab->accept();
    CHECK(f.prompter.asked.last().contains(u"2"_s));
    for (int r : rows)
        CHECK(tab->boardModel()->entryAt(r)->status == ReturnStatus::Accepted);
    int noted = 0;
    for (const AuditEvent& e : AuditLog(f.session->connection()).events())
        noted += e.action == audit::kReturnStatus && e.reason == u"两县核对无误"_s ? 1 : 0;
    CHECK(noted == 2);
}
