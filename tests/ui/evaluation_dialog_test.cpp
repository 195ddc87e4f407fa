// 报表 → 期末评估 (docs/evaluation.md): the narrative typed in the dialog is saved with the
// revision check, survives a restart, a figure is quoted through 插入数字, and the PDF (with the
// charts) is written.
#include <catch2/catch.hpp>

#include "../core/evaluation_example.h"
#include "window_fixture.h"

#include "evaluation/evaluation_dialog.h"
#include "feature_installer.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
bool reportsMenuHas(MainWindow& window, const QString& text) {
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction* a : menu->menu()->actions())
                if (a->text().remove(u'&') == text)
                    return true;
    return false;
}
} // namespace

TEST_CASE("evaluation dialog: the narrative is saved and quoted and kept over a restart",
          "[ui][evaluation]") {
    UiFixture f;
    addEvaluationExample(f.session->connection());
    REQUIRE(f.session->select(u"990100"_s, 2025));
    installFeatures(*f.window, *f.session, f.prompter);
    CHECK(reportsMenuHas(*f.window, EvaluationDialog::tr("&Final evaluation…").remove(u'&')));

    {
        EvaluationDialog dialog(*f.session, f.prompter, EvaluationKind::Final);
        dialog.section(0)->setPlainText(u"开展宣传。"_s);
        dialog.section(1)->setPlainText(u"部分县区迟报。"_s);
        dialog.preparerEdit()->setText(u"王芳"_s);
        CHECK(dialog.isModified());
        // 插入数字: the menu lists the document's figures; one is 甲市's 2025 accident rate.
        QMetaObject::invokeMethod(dialog.figuresMenu(), "aboutToShow");
        QAction* rate = nullptr;
        for (QAction* a : dialog.figuresMenu()->actions())
            if (a->toolTip().contains(u"6.50"_s))
                rate = a;
        REQUIRE(rate != nullptr);
        dialog.section(0)->setFocus();
        dialog.section(0)->moveCursor(QTextCursor::End);
        rate->trigger();
        CHECK(dialog.section(0)->toPlainText().contains(u"6.50"_s));
        QString error;
        INFO(error.toStdString());
        REQUIRE(dialog.save(&error));
        CHECK_FALSE(dialog.isModified());

        const QString pdf = f.dir.filePath(u"final.pdf"_s);
        REQUIRE(dialog.exportPdf(pdf, &error));
        QFile file(pdf);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(5) == "%PDF-");
        const QString csv = f.dir.filePath(u"csv"_s);
        REQUIRE(dialog.exportCsv(csv, &error));
        CHECK(QFile::exists(csv + u"/02_indicators.csv"_s));
        const QString xlsx = f.dir.filePath(u"final.xlsx"_s);
        REQUIRE(dialog.exportXlsx(xlsx, &error));
        QFile book(xlsx);
        REQUIRE(book.open(QIODevice::ReadOnly));
        CHECK(book.read(2) == "PK"); // a zip container: the workbook
    }

    f.reopen();
    REQUIRE(f.session->select(u"990100"_s, 2025));
    EvaluationDialog again(*f.session, f.prompter, EvaluationKind::Final);
    CHECK(again.section(0)->toPlainText().startsWith(u"开展宣传。"_s));
    CHECK(again.section(0)->toPlainText().contains(u"6.50"_s));
    CHECK(again.section(1)->toPlainText() == u"部分县区迟报。"_s);
    CHECK(again.preparerEdit()->text() == u"王芳"_s);
    CHECK_FALSE(again.isModified());
}
