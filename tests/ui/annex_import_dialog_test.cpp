// 文件 → 导入基本情况表 driven offscreen, through the forms' import dialog (FormImportDialog of the
// form `annex`): the preview shows each file's encoding, unit, year,
// rows and errors before anything is written; Cancel writes nothing; Import writes the good
// files only; existing data is replaced only with "replace" ticked; views refresh afterwards.
#include "forms/annex_file_actions.h"
#include "forms/form_import_dialog.h"
#include "forms/form_import_model.h"
#include "window_fixture.h"

#include "services/form_definitions.h"

#include "storage/annex_repository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringEncoder>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kHeader =
    u"重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤保险参保率,2020年工伤事故数量,工伤事故发生率,备注"_s;

QString form(const QString& unit, const QStringList& rows) {
    return (QStringList{
                u"《临沂市工伤预防五年行动计划（2021-2025年）实施方案》重点行业企业基本情况表"_s,
                u"填报单位："_s + unit, kHeader} +
            rows)
               .join(u"\r\n"_s) +
           u"\r\n"_s;
}

QString write(const UiFixture& f, const QString& name, const QString& text, bool gb = false) {
    const QString path = f.dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QStringEncoder encoder =
        gb ? QStringEncoder("GB18030")
           : QStringEncoder(QStringConverter::Utf8, QStringConverter::Flag::WriteBom);
    file.write(encoder.encode(text));
    return path;
}

struct Files {
    QString good; // 兰山区, GB18030, two rows and a local industry
    QString bad;  // 罗庄区 with a 合计 that does not add up
};

Files twoFiles(const UiFixture& f) {
    return {write(f, u"lanshan.csv"_s,
                  form(u"临沂市兰山区人力资源和社会保障局"_s,
                       {u"危险化学品,10,8,1000,800,,4,,"_s, u"物流仓储,5,5,300,300,,1,,含快递"_s}),
                  true),
            write(f, u"luozhuang.csv"_s,
                  form(u"罗庄区"_s, {u"冶金,3,3,900,900,,3,,"_s, u"合计,4,3,900,900,,3,,"_s}))};
}

QStringList findings(const FormImportDialog& d) {
    QStringList out;
    auto* list = d.findChild<QListWidget*>(u"findings"_s);
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

QPushButton* importButton(const FormImportDialog& d) {
    return d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}
} // namespace

TEST_CASE("the import preview model lists the rows a file would write", "[ui][import]") {
    UiFixture f;
    const Files files = twoFiles(f);
    FormImportModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const FormTableFileImport import =
        FormTableImporter(f.session->connection()).prepareFile(files.good, u"annex"_s, {});
    const auto definition =
        FormDefinitions(f.session->connection()).forUnit(u"371302"_s, u"annex"_s, 2020);
    REQUIRE(definition.has_value());
    model.setImport(import, {*definition});
    const auto at = [&](int row, const QString& key) {
        return model.index(row, model.columnOf(key));
    };
    REQUIRE(model.rowCount() == 2);
    // unit, year, the industry, then the form's nine columns
    REQUIRE(model.columnCount() == 3 + int(definition->columns.size()));
    CHECK(at(0, u"unit"_s).data().toString() == u"兰山区"_s);
    CHECK(at(0, u"unit"_s).data(FormImportModel::RawValueRole).toString() == u"371302"_s);
    CHECK(at(0, u"employees"_s).data(FormImportModel::RawValueRole).toLongLong() == 1000);
    CHECK(at(0, u"coverage_rate"_s).data().toString() == u"80.00"_s);
    CHECK(at(0, u"accident_rate"_s).data().toString() == u"5.00"_s);
    CHECK(at(1, u"row"_s).data().toString() == u"物流仓储"_s);
    CHECK(at(1, u"row"_s).data(FormImportModel::LocalRowRole).toBool());
    model.setImport({}, {});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the import dialog previews every file and Cancel writes nothing", "[ui][import]") {
    UiFixture f;
    const Files files = twoFiles(f);
    FormImportDialog dialog(f.session->connection(), u"annex"_s, {files.good, files.bad}, {},
                            f.window.get());
    dialog.show();
    auto* list = dialog.findChild<QListWidget*>(u"files"_s);
    REQUIRE(list->count() == 2);

    list->setCurrentRow(0);
    const QString details = dialog.findChild<QLabel*>(u"details"_s)->text();
    CHECK(details.contains(u"GB18030"_s));
    CHECK(details.contains(u"兰山区 (371302)"_s));
    CHECK(details.contains(u"2020"_s));
    CHECK(dialog.model()->rowCount() == 2);
    CHECK(findings(dialog).join(u"\n"_s).contains(u"lanshan.csv:5: "_s)); // the local-industry note

    list->setCurrentRow(1);
    const QString errors = findings(dialog).join(u"\n"_s);
    CHECK(errors.contains(u"luozhuang.csv:5: "_s));
    CHECK(errors.contains(u"企业户数"_s));    // column, expected 3, found 4
    CHECK(importButton(dialog)->isEnabled()); // one of the two files is good

    dialog.reject();
    const AnnexRepository repo(f.session->connection());
    CHECK_FALSE(repo.hasData(u"371302"_s, 2020));
    CHECK_FALSE(repo.hasData(u"371311"_s, 2020));
}

TEST_CASE("Import writes the good files and rejects the bad with their errors", "[ui][import]") {
    UiFixture f;
    const Files files = twoFiles(f);
    FormImportDialog dialog(f.session->connection(), u"annex"_s, {files.good, files.bad}, {},
                            f.window.get());
    dialog.show();
    importButton(dialog)->click();
    CHECK(dialog.result() == QDialog::Accepted);
    const AnnexRepository repo(f.session->connection());
    CHECK(repo.load(u"371302"_s, 2020).total() == AnnexCounts{15, 13, 1300, 1100, 5});
    CHECK_FALSE(repo.hasData(u"371311"_s, 2020));
    const QString summary = dialog.summary();
    CHECK(summary.contains(u"lanshan.csv"_s));
    CHECK(summary.contains(u"luozhuang.csv: rejected"_s));
    CHECK(summary.contains(u"    luozhuang.csv:5: "_s));
}

TEST_CASE("existing data is replaced only once 'replace' is ticked", "[ui][import]") {
    UiFixture f;
    const Files files = twoFiles(f);
    {
        FormImportDialog first(f.session->connection(), u"annex"_s, {files.good}, {},
                               f.window.get());
        first.importAll();
    }
    const QString changed =
        write(f, u"lanshan2.csv"_s, form(u"兰山区"_s, {u"危险化学品,11,9,1100,900,,5,,"_s}));
    FormImportDialog dialog(f.session->connection(), u"annex"_s, {changed}, {}, f.window.get());
    auto* replace = dialog.findChild<QCheckBox*>(u"replace"_s);
    CHECK(replace->isEnabled());
    CHECK_FALSE(replace->isChecked());
    CHECK(findings(dialog).join(u"\n"_s).contains(u"already"_s));
    CHECK_FALSE(importButton(dialog)->isEnabled());

    replace->setChecked(true);
    CHECK_FALSE(findings(dialog).join(u"\n"_s).contains(u"already"_s));
    CHECK(dialog.findChild<QLabel*>(u"details"_s)->text().contains(u"replaces existing data"_s));
    REQUIRE(importButton(dialog)->isEnabled());
    importButton(dialog)->click();
    CHECK(AnnexRepository(f.session->connection()).load(u"371302"_s, 2020).total() ==
          AnnexCounts{11, 9, 1100, 900, 5});
}

TEST_CASE("File → Import refreshes the open form and reports per file", "[ui][import][window]") {
    UiFixture f;
    const Files files = twoFiles(f);
    auto* actions = f.window->findChild<AnnexFileActions*>();
    REQUIRE(actions);
    CHECK(actions->printAction()->shortcut() == QKeySequence(QKeySequence::Print));
    actions->chooseImportFiles = [&] { return QStringList{files.good, files.bad}; };
    actions->runImportDialog = [](FormImportDialog& d) {
        d.importAll();
        return true;
    };
    QSignalSpy changed(f.session.get(), &Session::figuresChanged);
    actions->importAction()->trigger();
    REQUIRE(changed.size() == 1);
    CHECK(changed[0][0].toString() == u"371302"_s);
    CHECK(changed[0][1].toInt() == 2020);
    REQUIRE(f.prompter.messages.size() == 1);
    CHECK(f.prompter.messages[0].contains(u"luozhuang.csv: rejected"_s));

    SECTION("cancelling the preview writes nothing and says nothing") {
        actions->runImportDialog = [](FormImportDialog&) { return false; };
        actions->chooseImportFiles = [&] { return QStringList{files.bad}; };
        actions->importAction()->trigger();
        CHECK(changed.size() == 1);
        CHECK(f.prompter.messages.size() == 1);
    }
}
