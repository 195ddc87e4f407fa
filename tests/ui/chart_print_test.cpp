// Charts on paper (issue 18): a ChartSpec in a ReportDocument prints as vector lines and text on
// A4, laid out at the size it is printed, so no chart text is smaller than 8 pt (the PNGs the
// report used to scale down printed at about 4 pt). Measured on the PDF itself with poppler's
// pdftohtml (font size of every text run) and pdfimages (no raster image).
#include "chart_painter.h"
#include "report_renderer.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace yufang;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kZoom = 4; // pdftohtml rounds sizes to whole pixels: 4 px per point

const QStringList kCounties = {u"兰山区"_s,
                               u"罗庄区"_s,
                               u"河东区"_s,
                               u"沂南县"_s,
                               u"郯城县"_s,
                               u"沂水县"_s,
                               u"兰陵县"_s,
                               u"费县"_s,
                               u"平邑县"_s,
                               u"莒南县"_s,
                               u"蒙阴县"_s,
                               u"临沭县"_s,
                               u"临沂高新技术产业开发区"_s,
                               u"临沂经济技术开发区"_s};

ChartSeries series(const QString& key, const QString& label, ChartSeries::Role role,
                   const QList<QPointF>& points) {
    ChartSeries s;
    s.key = key;
    s.label = label;
    s.role = role;
    s.points = points;
    return s;
}

// A line chart like 趋势's: an industry with no figures for 2022-2023, the total, and the three
// reference lines that must be named on the chart.
ChartSpec lineChart() {
    ChartSpec spec;
    spec.key = u"accident_rate"_s;
    spec.title = u"临沂市：重点行业工伤事故发生率"_s;
    spec.xTitle = u"年度"_s;
    spec.yTitle = u"工伤事故发生率（‰）"_s;
    spec.series
        << series(u"危险化学品"_s, u"危险化学品"_s, ChartSeries::Role::Data,
                  {{2020, 3.1}, {2021, 2.9}, {2024, 2.5}, {2025, 2.4}})
        << series(u"total"_s, u"重点行业合计"_s, ChartSeries::Role::Total,
                  {{2020, 2.6}, {2021, 2.5}, {2022, 2.4}, {2023, 2.3}, {2024, 2.2}, {2025, 2.1}})
        << series(u"baseline"_s, u"基准 2020"_s, ChartSeries::Role::Reference,
                  {{2020, 2.6}, {2025, 2.6}})
        << series(
               u"glide_path"_s, u"预期路径"_s, ChartSeries::Role::Reference,
               {{2020, 2.6}, {2021, 2.5}, {2022, 2.39}, {2023, 2.29}, {2024, 2.18}, {2025, 2.08}})
        << series(u"target"_s, u"目标（−20%）"_s, ChartSeries::Role::Reference,
                  {{2020, 2.08}, {2025, 2.08}});
    return spec;
}

// 各下级单位 as bars: fourteen counties, one left out and named, values with three decimals in
// the data that must print with the tables' two.
ChartSpec barChart() {
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Bar;
    spec.key = u"children"_s;
    spec.title = u"临沂市各下级单位比较，2025"_s;
    spec.yTitle = u"降幅（%）"_s;
    spec.footnote = u"未显示，无同口径数据：临沂临港经济开发区"_s;
    spec.categories = kCounties;
    ChartSeries bars = series(u"reduction"_s, u"降幅"_s, ChartSeries::Role::Data, {});
    for (int i = 0; i < kCounties.size(); ++i)
        bars.points << QPointF(i, i == 0 ? 3.647 : 11.44 - i);
    bars.highlight = {0};
    spec.series << bars
                << series(u"target"_s, u"目标"_s, ChartSeries::Role::Reference,
                          {{-0.5, 20}, {kCounties.size() - 0.5, 20}});
    return spec;
}

// New disease cases: whole numbers, few of them.
ChartSpec countChart() {
    ChartSpec spec;
    spec.key = u"cases"_s;
    spec.title = u"职业病新发病例"_s;
    spec.xTitle = u"年度"_s;
    spec.yTitle = u"病例数（例）"_s;
    spec.countValues = true;
    spec.series << series(u"cases"_s, u"尘肺病"_s, ChartSeries::Role::Data,
                          {{2021, 0}, {2022, 1}, {2023, 0}});
    return spec;
}

struct PdfText {
    QString text;
    double points;
    bool pageFoot; // the page number QTextDocument::print adds, not the chart's
};

QList<PdfText> pdfTexts(const QString& pdf) {
    QProcess p;
    p.start(u"pdftohtml"_s,
            {u"-xml"_s, u"-i"_s, u"-q"_s, u"-stdout"_s, u"-zoom"_s, QString::number(kZoom), pdf});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    const QString xml = QString::fromUtf8(p.readAllStandardOutput());
    QHash<QString, double> sizes;
    static const QRegularExpression font(u"<fontspec id=\"(\\d+)\" size=\"(-?[\\d.]+)\""_s);
    for (auto it = font.globalMatch(xml); it.hasNext();) {
        const auto m = it.next();
        sizes.insert(m.captured(1), m.captured(2).toDouble() / kZoom);
    }
    static const QRegularExpression text(
        u"<page [^>]*height=\"(\\d+)\"|<text top=\"(-?\\d+)\"[^>]*font=\"(\\d+)\"[^>]*>(.*?)</text>"_s);
    static const QRegularExpression tags(u"<[^>]+>"_s);
    QList<PdfText> texts;
    double pageHeight = 0;
    for (auto it = text.globalMatch(xml); it.hasNext();) {
        const auto m = it.next();
        if (!m.captured(1).isEmpty()) {
            pageHeight = m.captured(1).toDouble();
            continue;
        }
        QString t = m.captured(4);
        t.remove(tags);
        t.replace(u"&amp;"_s, u"&"_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
        texts.append({t.trimmed(), sizes.value(m.captured(3), -1),
                      m.captured(2).toDouble() > pageHeight * 0.95});
    }
    return texts;
}

int pdfImages(const QString& pdf) {
    QProcess p;
    p.start(u"pdfimages"_s, {u"-list"_s, pdf});
    REQUIRE(p.waitForFinished(60000));
    // Two header lines, then one line per image.
    return int(QString::fromUtf8(p.readAllStandardOutput())
                   .split(u'\n', Qt::SkipEmptyParts)
                   .size()) -
           2;
}

QString joined(const QList<PdfText>& texts) {
    QString all;
    for (const PdfText& t : texts)
        all += t.text + u'\n';
    return all;
}

void checkPrintedCharts(const ReportDocument& doc) {
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"charts.pdf"_s);
    QString error;
    REQUIRE(ReportRenderer::writePdf(doc, pdf, &error));
    const QList<PdfText> texts = pdfTexts(pdf);
    const QString all = joined(texts);
    INFO(all.left(3000).toStdString());
    // Vector: the chart's words are text in the PDF, and there is no picture of it.
    CHECK(pdfImages(pdf) == 0);
    for (const QString& word : {u"重点行业工伤事故发生率"_s, u"年度"_s, u"2023"_s})
        CHECK(all.contains(word));
    // The value axis' title runs upwards: pdftohtml gives it a character a line.
    CHECK(QString(all).remove(u'\n').contains(u"工伤事故发生率（‰）"_s));
    // Baseline, glide path and target are named on the chart itself.
    for (const QString& label : {u"基准 2020"_s, u"预期路径"_s, u"目标（−20%）"_s})
        CHECK(all.contains(label));
    // Every county named in full, the one left out named, bar values with two decimals.
    for (const QString& county : kCounties)
        CHECK(all.contains(county));
    CHECK(all.contains(u"临沂临港经济开发区"_s));
    CHECK(all.contains(u"3.65"_s));
    CHECK_FALSE(all.contains(u"3.647"_s));
    CHECK(all.contains(u"10.44"_s));
    // Counts on an integer axis: 0, 1, 2 and never a half case; no axis below zero.
    QStringList runs;
    for (const PdfText& t : texts)
        runs << t.text;
    CHECK_FALSE(runs.contains(u"0.5"_s));
    CHECK_FALSE(runs.contains(u"-1"_s));
    CHECK(runs.contains(u"2"_s));
    // At least 8 pt, every run of text on every page, the charts' included. pdftohtml reads the
    // sizes of Qt's PDF text at 3/4 of their point size (a 9 pt table cell reads 6.75), so every
    // run is measured against the running header, which the paged layout paints at exactly 8 pt.
    double header = 1e9;
    for (const PdfText& t : texts)
        if (t.text == u"进度报告"_s)
            header = std::min(header, t.points);
    REQUIRE(header < 100);
    const double scale = header / 8.0;
    double smallest = 1e9;
    QString smallestText;
    for (const PdfText& t : texts) {
        if (t.text.isEmpty() || t.pageFoot)
            continue;
        const double points = t.points / scale;
        if (points < smallest) {
            smallest = points;
            smallestText = t.text;
        }
    }
    INFO("smallest: " << smallestText.toStdString() << " at " << smallest << " pt");
    CHECK(smallest >= ChartPainter::kSmallestPointSize - 0.26);
    CHECK(smallest < 100);
}

ReportDocument chartDocument(bool landscape) {
    ReportDocument doc;
    doc.name = u"charts"_s;
    doc.landscape = landscape;
    doc.title(u"进度报告"_s);
    doc.pageBreak();
    doc.chart(lineChart());
    doc.pageBreak();
    doc.chart(barChart());
    doc.pageBreak();
    doc.chart(countChart());
    return doc;
}
} // namespace

TEST_CASE("charts print on A4 as vectors with text of at least 8 pt", "[ui][charts][print]") {
    SECTION("landscape") {
        checkPrintedCharts(chartDocument(true));
    }
    SECTION("portrait") {
        checkPrintedCharts(chartDocument(false));
    }
    SECTION("a long report painted page by page") {
        ReportDocument doc = chartDocument(true);
        ReportTable t;
        t.header = {u"单位"_s, u"企业"_s};
        for (int i = 0; i < 320; ++i)
            t.rows << QStringList{u"兰山区"_s, QString::number(i)};
        doc.table(t);
        checkPrintedCharts(doc);
    }
}

TEST_CASE("a printed bar chart gives each county a row of at least 15 pt", "[ui][charts][print]") {
    QImage page(QSize(2480, 3508), QImage::Format_RGB32); // A4 at 300 dpi
    page.setDotsPerMeterX(11811);
    page.setDotsPerMeterY(11811);
    const ChartSpec spec = barChart();
    const qreal width = 2480 - 2 * 177; // 15 mm margins
    const qreal h = ChartPainter::heightFor(spec, width, &page);
    CHECK(h >= kCounties.size() * 15 * 300 / 72.0);
    CHECK(ChartPainter::heightFor(lineChart(), width, &page) == Approx(width / 2));
}
