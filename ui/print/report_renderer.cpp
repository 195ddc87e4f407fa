#include "report_renderer.h"

#include "chart_painter.h"
#include "paged_painter.h"

#include "io/file_output.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QIODevice>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace yufang {

namespace {
QTextCharFormat charFormat(qreal pointSize, bool bold) {
    QTextCharFormat f;
    f.setFontFamilies({ReportRenderer::fontFamily()});
    f.setFontPointSize(pointSize);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return f;
}

void addText(QTextCursor& cursor, const QString& text, Qt::Alignment align, qreal size, bool bold,
             qreal spaceAfter = 4) {
    QTextBlockFormat block;
    block.setAlignment(align);
    block.setBottomMargin(spaceAfter);
    cursor.insertBlock(block, charFormat(size, bold));
    cursor.insertText(text);
}

void addTable(QTextCursor& cursor, const ReportTable& t) {
    const int columns = int(t.header.size());
    if (columns == 0)
        return;
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setBorder(0.8);
    format.setBorderBrush(Qt::black);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    int total = 0;
    for (int c = 0; c < columns; ++c)
        total += t.columnWeights.value(c, 1);
    for (int c = 0; c < columns; ++c)
        widths << QTextLength(QTextLength::PercentageLength,
                              100.0 * t.columnWeights.value(c, 1) / total);
    format.setColumnWidthConstraints(widths);
    QTextTable* table = cursor.insertTable(int(t.rows.size()) + 1, columns, format);
    auto fill = [&](int row, int column, const QString& text, bool bold, Qt::Alignment align) {
        QTextTableCell cell = table->cellAt(row, column);
        // With collapsed borders the grid comes from the cells: a printed form needs it.
        QTextTableCellFormat grid = cell.format().toTableCellFormat();
        grid.setBorder(0.8);
        grid.setBorderBrush(Qt::black);
        grid.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        cell.setFormat(grid);
        QTextCursor c = cell.firstCursorPosition();
        QTextBlockFormat b;
        b.setAlignment(align);
        c.setBlockFormat(b);
        c.insertText(text, charFormat(9, bold));
    };
    for (int c = 0; c < columns; ++c)
        fill(0, c, t.header.at(c), true, Qt::AlignCenter);
    for (int r = 0; r < t.rows.size(); ++r) {
        const bool bold = t.boldRows.contains(r);
        for (int c = 0; c < columns; ++c)
            fill(r + 1, c, t.rows.at(r).value(c), bold,
                 t.numericColumns.contains(c) ? Qt::AlignRight : Qt::AlignLeft);
    }
    cursor.movePosition(QTextCursor::End);
}
} // namespace

QString ReportRenderer::fontFamily() {
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const QString& preferred :
             {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
              QStringLiteral("Microsoft YaHei"), QStringLiteral("SimSun")})
            if (families.contains(preferred))
                return preferred;
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

std::unique_ptr<QTextDocument> ReportRenderer::layout(const ReportDocument& report) {
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(QFont(fontFamily(), 10));
    doc->setDocumentMargin(0);
    QTextCursor cursor(doc.get());
    // Charts are objects of the document painted as vectors at the width they print at.
    auto* charts = new ChartTextObject(doc.get());
    doc->documentLayout()->registerHandler(ChartTextObject::kType, charts);
    bool first = true;
    for (const ReportBlock& b : report.blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Title:
            addText(cursor, b.text, Qt::AlignHCenter, 15, true, 8);
            break;
        case ReportBlock::Kind::Subtitle:
            addText(cursor, b.text, Qt::AlignLeft, 11, false, 6);
            break;
        case ReportBlock::Kind::Paragraph:
            addText(cursor, b.text, b.alignRight ? Qt::AlignRight : Qt::AlignLeft, 10, false);
            break;
        case ReportBlock::Kind::Footnote:
            addText(cursor, b.text, Qt::AlignLeft, 8, false, 2);
            break;
        case ReportBlock::Kind::Table:
            if (first)
                addText(cursor, QString(), Qt::AlignLeft, 4, false, 0);
            addTable(cursor, b.table);
            break;
        case ReportBlock::Kind::Image: {
            QTextBlockFormat block;
            block.setAlignment(Qt::AlignHCenter);
            cursor.insertBlock(block);
            QTextImageFormat image;
            image.setName(b.text);
            image.setWidth(640);
            cursor.insertImage(image);
            break;
        }
        case ReportBlock::Kind::Chart: {
            QTextBlockFormat block;
            block.setAlignment(Qt::AlignHCenter);
            cursor.insertBlock(block);
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), charts->add(b.chart));
            break;
        }
        case ReportBlock::Kind::PageBreak: {
            QTextBlockFormat block;
            block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysAfter);
            cursor.insertBlock();
            cursor.setBlockFormat(block);
            break;
        }
        }
        first = false;
    }
    return doc;
}

void ReportRenderer::paint(const ReportDocument& report, QPagedPaintDevice* device) {
    if (PagedPainter::wanted(report)) {
        PagedPainter::paint(report, device);
        return;
    }
    std::unique_ptr<QTextDocument> doc = layout(report);
    // print() numbers the pages itself when the document has no page size of its own.
    doc->print(device);
}

bool ReportRenderer::writePdf(const ReportDocument& report, const QString& path, QString* error) {
    FileOutput file(path);
    if (!file.open(error))
        return false;
    {
        QPdfWriter writer(file.device());
        writer.setTitle(report.name);
        writer.setCreator(QStringLiteral("Yufang"));
        writer.setResolution(300);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4),
                        report.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                        QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        paint(report, &writer);
    }
    // A painter that could not begin writes nothing: an empty PDF is a failure, not a file.
    if (file.device()->pos() == 0) {
        if (error)
            *error =
                QCoreApplication::translate("ReportRenderer", "%1: cannot write the PDF").arg(path);
        return false;
    }
    return file.commit(error); // every write of the PDF engine is checked there
}

} // namespace yufang
