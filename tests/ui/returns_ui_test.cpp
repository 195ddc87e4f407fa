// The 报送 and 审计记录 tabs, the lock in the annex editor and the versions dialog, driven
// through the real main window offscreen with scripted answers.
#include "annex_columns.h"
#include "forms/form_versions_dialog.h"
#include "returns/audit_table_model.h"
#include "returns/audit_view.h"
#include "returns/returns_board_model.h"
#include "returns/returns_tab.h"
#include "unit_selector.h"
#include "window_fixture.h"

#include "services/roll_up.h"
#include "storage/annex_repository.h"
#include "storage/audit_log.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

using namespace yufang;
using namespace yufang::test;

namespace {
const QString kLanshan = QStringLiteral("371302");
const QString kLinyi = QStringLiteral("371300");

void saveLanshan(const QSqlDatabase& db, int year, qint64 accidents) {
    AnnexTable t;
    t.unitCode = kLanshan;
    t.year = year;
    t.rows = {AnnexRow{QStringLiteral("危险化学品"), false, {10, 8, 1000, 800, accidents}, {}}};
    QString error;
    REQUIRE(AnnexRepository(db).save(t, QStringLiteral("manual"), &error));
}

int rowFor(ReturnsBoardModel* model, const QString& unit, const QString& obligation) {
    for (int r = 0; r < model->rowCount(); ++r) {
        const ReturnEntry* e = model->entryAt(r);
        if (e->unit.code == unit && e->obligation.code == obligation)
            return r;
    }
    return -1;
}

QString statusText(ReturnsBoardModel* model, int row) {
    return model->index(row, ReturnsBoardModel::StatusColumn).data().toString();
}
} // namespace

TEST_CASE("the returns tab shows the board and announces overdue returns without a dialog",
          "[ui][returns]") {
    UiFixture f;
    ReturnsTab* tab = f.window->returnsTab();
    REQUIRE(tab);
    QAbstractItemModelTester boardTester(tab->boardModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester deadlineTester(tab->deadlineModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    tab->setToday(QDate(2021, 11, 10));
    // The clerk works for 临沂市 (本单位): the tab title and the status bar count its returns.
    f.window->setHomeUnitChooser(
        [](const QList<Unit>&, const QString&) -> std::optional<QString> { return kLinyi; });
    REQUIRE(f.window->chooseHomeUnit());
    REQUIRE(f.window->unitSelector()->selectUnit(kLinyi, 2021));
    CHECK(tab->boardModel()->rowCount() == 45);
    CHECK(tab->deadlineModel()->rowCount() == 45);
    CHECK(tab->banner()->isVisibleTo(tab));
    CHECK(tab->banner()->text().contains(QStringLiteral("30")));
    CHECK(tab->banner()->text().contains(QStringLiteral("15")));
    // The office's count: the 30 overdue returns of the counties plus what 临沂市 itself owes
    // the province and has not sent.
    int officeOverdue = 0;
    for (const ReturnEntry& e :
         ReturnsService(f.session->connection()).outstandingForOffice(kLinyi, tab->today()))
        officeOverdue += e.due < tab->today();
    CHECK(officeOverdue >= 30);
    const int index = f.window->tabs()->indexOf(tab);
    CHECK(f.window->tabs()->tabText(index).contains(QString::number(officeOverdue)));
    CHECK(f.window->overdueLabel()->text().contains(QString::number(officeOverdue)));
    CHECK(f.prompter.messages.isEmpty()); // no modal box
    const int row = rowFor(tab->boardModel(), kLanshan, QStringLiteral("local-plan"));
    CHECK(tab->boardModel()
              ->index(row, ReturnsBoardModel::StatusColumn)
              .data(ReturnsBoardModel::StatusRole)
              .toInt() == int(ReturnStatus::Overdue));
    CHECK(tab->boardModel()
              ->index(row, ReturnsBoardModel::DueColumn)
              .data(ReturnsBoardModel::RawValueRole)
              .toDate() == QDate(2021, 7, 15));

    // Nothing outstanding before the first deadline comes near.
    tab->setToday(QDate(2021, 5, 1));
    CHECK_FALSE(tab->banner()->isVisibleTo(tab));
}

TEST_CASE("a clerk marks a return received and accepts it which locks the county's form",
          "[ui][returns][lock]") {
    UiFixture f;
    ReturnsTab* tab = f.window->returnsTab();
    saveLanshan(f.session->connection(), 2021, 4);
    tab->setToday(QDate(2021, 12, 1));
    REQUIRE(f.window->unitSelector()->selectUnit(kLinyi, 2021));
    const int row = rowFor(tab->boardModel(), kLanshan, QStringLiteral("annual-report"));
    REQUIRE(row >= 0);
    tab->boardView()->setCurrentIndex(tab->boardModel()->index(row, 0));
    tab->setReceivedOn(QDate(2021, 12, 1));
    f.prompter.texts.enqueue(QStringLiteral("邮件报送"));
    tab->markReceived();
    CHECK(tab->boardModel()->entryAt(row)->status == ReturnStatus::Submitted);
    CHECK(tab->boardModel()->index(row, ReturnsBoardModel::NoteColumn).data().toString() ==
          QStringLiteral("邮件报送"));

    f.prompter.texts.enqueue(QString());
    tab->accept();
    CHECK(tab->boardModel()->entryAt(row)->status == ReturnStatus::Accepted);
    CHECK(statusText(tab->boardModel(), row) == returnStatusCaption(ReturnStatus::Accepted));

    // The county's form is now read-only with an unlock action.
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2021));
    FormEditor* editor = f.window->annexTab()->editor();
    CHECK(editor->model()->isReadOnly());
    CHECK(editor->unlockButton()->isVisibleTo(editor));
    CHECK(editor->banner()->text().contains(QStringLiteral("已审核")));

    // Cancelling the reason leaves it locked; a reason unlocks it.
    f.prompter.texts.enqueue(std::nullopt);
    editor->unlockButton()->click();
    CHECK(editor->model()->isReadOnly());
    f.prompter.texts.enqueue(QStringLiteral("县里更正事故数"));
    editor->unlockButton()->click();
    CHECK(editor->unlockButton()->isHidden());
    CHECK_FALSE(editor->model()->isReadOnly());
    const QList<AuditEvent> events = AuditLog(f.session->connection()).events();
    REQUIRE_FALSE(events.isEmpty());
    CHECK(events.last().action == audit::kAnnexUnlocked);
    CHECK(events.last().reason == QStringLiteral("县里更正事故数"));
}

TEST_CASE("the consolidated form says how many units reported and that the total is partial",
          "[ui][rollup]") {
    UiFixture f;
    saveLanshan(f.session->connection(), 2021, 4);
    REQUIRE(f.window->unitSelector()->selectUnit(kLinyi, 2021));
    const QString banner = f.window->annexTab()->editor()->banner()->text();
    CHECK(banner.contains(QStringLiteral("1")));
    CHECK(banner.contains(QStringLiteral("15")));
    CHECK(banner.contains(QStringLiteral("河东区")));
}

TEST_CASE("the audit view lists changes with filters and exports CSV", "[ui][audit]") {
    UiFixture f;
    saveLanshan(f.session->connection(), 2021, 4);
    saveLanshan(f.session->connection(), 2021, 6);
    saveLanshan(f.session->connection(), 2022, 1);
    AuditView* view = f.window->auditView();
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2021));
    CHECK(view->model()->rowCount() == 11); // 5 + 1 + 5
    view->yearFilter()->setValue(2021);
    CHECK(view->model()->rowCount() == 6);
    const QModelIndex last = view->model()->index(5, AuditTableModel::NewValueColumn);
    CHECK(last.data().toString() == QStringLiteral("6"));
    CHECK(view->model()->index(5, AuditTableModel::OldValueColumn).data().toString() ==
          QStringLiteral("4"));
    CHECK(view->model()->index(5, AuditTableModel::FieldColumn).data().toString() ==
          QStringLiteral("工伤事故数量"));
    view->dateFilter()->setChecked(true);
    view->fromEdit()->setDate(QDate::currentDate().addDays(1));
    view->toEdit()->setDate(QDate::currentDate().addDays(2));
    CHECK(view->model()->rowCount() == 0);
    view->dateFilter()->setChecked(false);
    CHECK(view->model()->rowCount() == 6);
    // Another unit selected: its subtree only.
    REQUIRE(f.window->unitSelector()->selectUnit(QStringLiteral("371311"), 2021));
    CHECK(view->model()->rowCount() == 0);
    view->unitOnly()->setChecked(false);
    CHECK(view->model()->rowCount() == 6);

    const QString path = f.dir.filePath(QStringLiteral("audit.csv"));
    QString error;
    REQUIRE(view->exportCsv(path, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count("\r\n") == 7);
}

TEST_CASE("the versions dialog compares two saved versions cell by cell", "[ui][versions]") {
    UiFixture f;
    saveLanshan(f.session->connection(), 2021, 4);
    saveLanshan(f.session->connection(), 2021, 6);
    FormVersionsDialog dialog(f.session->connection(), QStringLiteral("annex"), kLanshan, 2021);
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(dialog.versionCount() == 2);
    REQUIRE(dialog.model()->rowCount() == 1);
    CHECK(dialog.model()->index(0, FormChangesModel::RowColumn).data().toString() ==
          QStringLiteral("危险化学品"));
    CHECK(dialog.model()->index(0, FormChangesModel::OldValueColumn).data().toString() ==
          QStringLiteral("4"));
    CHECK(dialog.model()->index(0, FormChangesModel::NewValueColumn).data().toString() ==
          QStringLiteral("6"));
    dialog.newerBox()->setCurrentIndex(0); // a version against itself
    CHECK(dialog.model()->rowCount() == 0);
}

TEST_CASE("the matrix exports from the returns tab as CSV and as a printable document",
          "[ui][matrix]") {
    UiFixture f;
    saveLanshan(f.session->connection(), 2021, 4);
    REQUIRE(f.window->unitSelector()->selectUnit(kLinyi, 2021));
    ReturnsTab* tab = f.window->returnsTab();
    tab->measureBox()->setCurrentIndex(int(MatrixMeasure::Accidents));
    const QString path = f.dir.filePath(QStringLiteral("matrix.csv"));
    QString error;
    REQUIRE(tab->exportMatrixCsv(path, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("371302,兰山区,4,,,,,,,4\r\n")));
    const ReportDocument doc = tab->matrixDocument();
    CHECK(doc.name == QStringLiteral("临沂市2021年重点行业工伤事故数量"));
}
