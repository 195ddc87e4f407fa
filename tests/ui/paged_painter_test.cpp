// ui/print/paged_painter.h: a report with a long table is painted page by page.
#include "paged_painter.h"
#include "report_renderer.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace yufang;
using namespace Qt::Literals::StringLiterals;

namespace {
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

int pdfPages(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    REQUIRE(pdf.startsWith("%PDF-"));
    static const QRegularExpression box(
        u"/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*\\]"_s);
    int landscapeA4 = 0;
    for (auto it = box.globalMatch(QString::fromLatin1(pdf)); it.hasNext();) {
        const auto m = it.next();
        if (qRound(m.captured(1).toDouble()) == 842 && qRound(m.captured(2).toDouble()) == 595)
            ++landscapeA4;
    }
    return landscapeA4;
}
} // namespace

TEST_CASE("a report with a long table is painted page by page on A4 landscape", "[ui][print]") {
    CHECK_FALSE(PagedPainter::wanted(listOf(PagedPainter::kLongTableRows)));
    const ReportDocument doc = listOf(2000);
    REQUIRE(PagedPainter::wanted(doc));
    QTemporaryDir dir;
    QString error;
    REQUIRE(ReportRenderer::writePdf(doc, dir.filePath(u"list.pdf"_s), &error));
    // One-line rows of 9 pt: about 30 to a landscape page, so 2,000 rows fill many pages,
    // every one A4 landscape.
    const int pages = pdfPages(dir.filePath(u"list.pdf"_s));
    CHECK(pages > 2000 / 50);
    CHECK(pages < 2000 / 15);
}
