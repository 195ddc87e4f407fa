#pragma once

#include "chart_spec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace yufang {

// A printable document as data: what a report says, not how it is painted. Core builds these
// (annex, progress, checklists); ui/report_printer renders them to preview, printer or PDF, so
// the layout rules (repeated header rows, page numbers, fonts) live in one place.
struct ReportTable {
    QStringList header; // repeated at the top of every page the table spans
    QList<QStringList> rows;
    QList<int> boldRows;       // e.g. the 合计 row
    QList<int> numericColumns; // right-aligned
    QList<int> columnWeights;  // relative widths; empty: equal
};

struct ReportBlock {
    enum class Kind { Title, Subtitle, Paragraph, Table, Footnote, Image, PageBreak, Chart };
    Kind kind = Kind::Paragraph;
    QString text;            // Title, Subtitle, Paragraph, Footnote; Image: resource or file path
    ReportTable table;       // Table
    bool alignRight = false; // Paragraph lines such as 填报人 / 联系电话 placed right
    ChartSpec chart;         // Chart: painted as vector text and lines at the page width
};

struct ReportDocument {
    QString name;          // window title and default file name
    bool landscape = true; // the annex is A4 landscape
    QList<ReportBlock> blocks;

    ReportDocument& title(const QString& text);
    ReportDocument& subtitle(const QString& text);
    ReportDocument& paragraph(const QString& text, bool alignRight = false);
    ReportDocument& table(const ReportTable& table);
    ReportDocument& footnote(const QString& text);
    ReportDocument& image(const QString& path);
    ReportDocument& chart(const ChartSpec& spec);
    ReportDocument& pageBreak();
    // Appends another document's blocks after a page break (one page per child unit).
    ReportDocument& append(const ReportDocument& other);
};

} // namespace yufang
