// ui/print/paged_painter.h: the one layout of every printed document, checked on its page model
// (what is placed on each page) and on the PDF it writes: 第 x 页 共 N 页 and the running header
// on every page, a table broken with a closing rule, 续表 and its header repeated, the footer
// block of the annex never split, portrait and landscape sections in one PDF.
#include "paged_painter.h"
#include "report_renderer.h"

#include "io/form_definition_json.h"
#include "report/form_report.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSizeF>
#include <QTemporaryDir>

using namespace yufang;
using namespace Qt::Literals::StringLiterals;

namespace {
using Item = PrintedItem::Kind;

ReportDocument listOf(int rows) {
    ReportDocument doc;
    doc.name = u"list"_s;
    doc.title(u"重点行业未参保企业名单"_s).subtitle(u"山东省 2023"_s);
    ReportTable t;
    t.header = {u"单位"_s, u"企业"_s, u"从业人数"_s};
    t.numericColumns = {2};
    t.columnWeights = {2, 5, 1};
    for (int i = 0; i < rows; ++i)
        t.rows << QStringList{u"兰山区"_s, u"企业%1号有限公司"_s.arg(i), QString::number(i)};
    doc.table(t);
    doc.footnote(u"按单位和行业排列。"_s);
    return doc;
}

// The 基本情况表 as the presets ship it (its printed layout is data of the definition).
FormDefinition annexDefinition() {
    QFile file(QStringLiteral(YUFANG_SOURCE_DIR "/resources/presets/presets.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject presets = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue& plan : presets.value(u"plans"_s).toArray())
        for (const QJsonValue& form : plan.toObject().value(u"forms"_s).toArray())
            if (form.toObject().value(u"code"_s).toString() == u"annex"_s) {
                Diagnostics problems;
                const auto d =
                    formDefinitionFromJsonObject(form.toObject(), u"presets.json"_s, &problems);
                REQUIRE(d);
                return *d;
            }
    FAIL("presets.json has no annex definition");
    return {};
}

// Linyi's annex with `local` local industries after the plan's seven: a long roll-up, printed
// by the form engine.
ReportDocument longAnnex(int local) {
    FormDefinition d = annexDefinition();
    d.printTitle = d.printTitleFor(u"临沂市工伤预防五年行动计划（2021-2025年）实施方案"_s);
    const QStringList industries = {u"危险化学品"_s, u"矿山"_s,     u"冶金"_s,    u"建材"_s,
                                    u"建筑施工"_s,   u"交通运输"_s, u"机械制造"_s};
    FormTable table;
    table.formCode = d.code;
    table.unitCode = u"371300"_s;
    table.year = 2023;
    const QStringList counts = {u"enterprises"_s, u"insured_enterprises"_s, u"employees"_s,
                                u"insured_persons"_s, u"accidents"_s};
    for (int i = 0; i < industries.size() + local; ++i) {
        FormRow row;
        row.key = i < industries.size() ? industries.at(i)
                                        : u"本地行业%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        row.local = i >= industries.size();
        const QList<qint64> values = {10 + i, 8 + i, 1000 + i, 800 + i, i % 5};
        for (int c = 0; c < counts.size(); ++c)
            row.setNumber(counts.at(c), values.at(c));
        table.rows << row;
    }
    table.fields = {{form_fields::kPreparer, u"张三"_s},
                    {form_fields::kPhone, u"0539-1234567"_s},
                    {form_fields::kFilledOn, u"2024-01-15"_s}};
    FormReportContext context;
    context.unitName = u"临沂市"_s;
    context.issuer = u"临沂市人力资源和社会保障局"_s;
    context.consolidated = true;
    return formReport(d, table, context);
}

int pageOf(const QList<PrintedPage>& pages, const QString& text) {
    for (int i = 0; i < pages.size(); ++i)
        if (pages.at(i).texts(Item::Text).contains(text))
            return i;
    return -1;
}

QList<QSizeF> mediaBoxes(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    REQUIRE(pdf.startsWith("%PDF-"));
    static const QRegularExpression box(
        u"/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*\\]"_s);
    QList<QSizeF> out;
    for (auto it = box.globalMatch(QString::fromLatin1(pdf)); it.hasNext();) {
        const auto m = it.next();
        out << QSizeF(qRound(m.captured(1).toDouble()), qRound(m.captured(2).toDouble()));
    }
    return out;
}
} // namespace

TEST_CASE("A long table is painted page by page on A4 landscape", "[ui][print]") {
    const ReportDocument doc = listOf(2000);
    QTemporaryDir dir;
    QString error;
    REQUIRE(ReportRenderer::writePdf(doc, dir.filePath(u"list.pdf"_s), &error));
    // One-line rows of 9 pt: about 30 to a landscape page, so 2,000 rows fill many pages,
    // every one A4 landscape.
    const QList<QSizeF> boxes = mediaBoxes(dir.filePath(u"list.pdf"_s));
    CHECK(boxes.size() > 2000 / 50);
    CHECK(boxes.size() < 2000 / 15);
    CHECK(boxes.count(QSizeF(842, 595)) == boxes.size());
    CHECK(int(ReportRenderer::pages(doc).size()) == boxes.size()); // the model is the PDF
}

TEST_CASE("Every page of a long annex is numbered and headed and its table continues",
          "[ui][print]") {
    const ReportDocument doc = longAnnex(120);
    const QList<PrintedPage> pages = ReportRenderer::pages(doc);
    const int n = int(pages.size());
    REQUIRE(n >= 3);
    const QStringList header = doc.blocks.at(3).table.header;
    REQUIRE(header.first() == u"重点行业名称"_s);
    for (int i = 0; i < n; ++i) {
        CAPTURE(i);
        const PrintedPage& page = pages.at(i);
        CHECK(page.orientation == PageOrientation::Landscape);
        CHECK(page.texts(Item::PageNumber) ==
              QStringList{u"第 %1 页 共 %2 页"_s.arg(i + 1).arg(n)});
        CHECK(page.texts(Item::RunningHeader) ==
              QStringList{u"临沂市人力资源和社会保障局"_s, u"重点行业企业基本情况表（2023年）"_s});
        const bool tableHere = !page.texts(Item::Cell).isEmpty();
        if (i == 0) {
            CHECK(page.texts(Item::Text).first() == u"附件"_s); // the marker above the title
            CHECK(page.texts(Item::Continued).isEmpty());
        } else if (tableHere) {
            CHECK(page.texts(Item::Continued) == QStringList{u"续表"_s});
            CHECK(page.texts(Item::HeaderCell) == header);
        }
        if (page.tableBreaksAfter) {
            // the closing rule lies on the bottom edge of the page's last row
            qreal lastRow = 0;
            QList<qreal> rules;
            for (const PrintedItem& item : page.items) {
                if (item.kind == Item::Cell)
                    lastRow = std::max(lastRow, item.rect.bottom());
                if (item.kind == Item::Rule)
                    rules << item.rect.top();
            }
            CHECK(rules.contains(lastRow));
        }
    }
    CHECK(pages.first().tableBreaksAfter);
}

TEST_CASE("The footer block of the annex is never split across pages", "[ui][print]") {
    // Over a range of lengths the footer falls at every position on the page, so some of them
    // would split it without the rule: it then moves whole to the next page.
    int moved = 0;
    for (int local = 20; local <= 60; ++local) {
        CAPTURE(local);
        const QList<PrintedPage> pages = ReportRenderer::pages(longAnnex(local));
        const int preparer = pageOf(pages, u"填报人：张三"_s);
        REQUIRE(preparer >= 0);
        CHECK(pageOf(pages, u"联系电话：0539-1234567"_s) == preparer);
        CHECK(pageOf(pages, u"填报日期：2024-01-15"_s) == preparer);
        const QStringList texts = pages.at(preparer).texts(Item::Text);
        if (texts.first() == u"填报人：张三"_s && pages.at(preparer).texts(Item::Cell).isEmpty())
            ++moved;
    }
    CHECK(moved > 0);
}

TEST_CASE("Portrait and landscape sections share one PDF", "[ui][print]") {
    ReportDocument doc;
    doc.name = u"评估"_s;
    doc.landscape = false;
    doc.runningHeader = {u"临沂市人力资源和社会保障局"_s, u"期末评估报告"_s};
    doc.title(u"期末评估报告"_s).paragraph(u"正文。"_s);
    doc.section(PageOrientation::Landscape,
                {u"临沂市人力资源和社会保障局"_s, u"附表1 重点行业情况"_s});
    ReportTable wide = listOf(80).blocks.at(2).table;
    doc.table(wide);
    doc.section(PageOrientation::Portrait);
    doc.title(u"结论"_s).paragraph(u"结论正文。"_s);

    const QList<PrintedPage> pages = ReportRenderer::pages(doc);
    REQUIRE(pages.size() >= 4);
    CHECK(pages.first().orientation == PageOrientation::Portrait);
    CHECK(pages.at(1).orientation == PageOrientation::Landscape);
    CHECK(pages.at(1).texts(Item::RunningHeader).last() == u"附表1 重点行业情况"_s);
    CHECK(pages.last().orientation == PageOrientation::Portrait);
    // a section without a header of its own is headed by its first title
    CHECK(pages.last().texts(Item::RunningHeader).last() == u"结论"_s);

    QTemporaryDir dir;
    QString error;
    REQUIRE(ReportRenderer::writePdf(doc, dir.filePath(u"mixed.pdf"_s), &error));
    const QList<QSizeF> boxes = mediaBoxes(dir.filePath(u"mixed.pdf"_s));
    REQUIRE(boxes.size() == pages.size());
    for (int i = 0; i < boxes.size(); ++i) {
        CAPTURE(i);
        CHECK(boxes.at(i) == (pages.at(i).orientation == PageOrientation::Landscape
                                  ? QSizeF(842, 595)
                                  : QSizeF(595, 842)));
    }
}

TEST_CASE("A heading is never left alone at the foot of a page", "[ui][print]") {
    // A subtitle and the table it introduces: wherever the text before them ends, the subtitle
    // stands on the page where the table's header and first row stand.
    for (int lines = 20; lines <= 40; ++lines) {
        CAPTURE(lines);
        ReportDocument doc;
        doc.landscape = false;
        for (int i = 0; i < lines; ++i)
            doc.paragraph(u"第%1段。"_s.arg(i));
        doc.subtitle(u"与2020年基线比较"_s);
        doc.table(listOf(5).blocks.at(2).table);
        const QList<PrintedPage> pages = ReportRenderer::pages(doc);
        const int subtitle = pageOf(pages, u"与2020年基线比较"_s);
        REQUIRE(subtitle >= 0);
        CHECK(pages.at(subtitle).texts(Item::HeaderCell).size() == 3);
        CHECK(pages.at(subtitle).texts(Item::Cell).size() >= 3);
    }
}
