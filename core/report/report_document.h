#pragma once

#include "chart_spec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace yufang {

// A printable document as data: what a report says, not how it is painted. Core builds these
// (annex, forms, progress, checklists, evaluations); ui/print renders them to preview, printer
// or PDF, so the paging rules live in one place for every printed document: 第 x 页 共 N 页 at
// the foot, a running header (issuer and title) at the top, tables broken across pages with a
// closing rule, 续表 and the header row repeated, blocks kept together, and sections in A4
// portrait or landscape within one document.
struct ReportTable {
    QStringList header; // repeated, under 续表, at the top of every further page the table spans
    QList<QStringList> rows;
    QList<int> boldRows;       // e.g. the 合计 row
    QList<int> numericColumns; // right-aligned
    QList<int> columnWeights;  // relative widths; empty: equal
};

enum class PageOrientation { Portrait, Landscape };

// The line at the top of every page: who issues the document (the bureau) and its title. Empty
// title: the section's first Title block is used, so every printed document has one.
struct ReportRunningHeader {
    QString issuer;
    QString title;
    bool operator==(const ReportRunningHeader&) const = default;
};

struct ReportBlock {
    enum class Kind {
        Title,
        Subtitle,
        Paragraph,
        Table,
        Footnote,
        Image,
        PageBreak,
        Marker,  // 附件 above an annex's title: left, bold
        Section, // a new page in `orientation`, with `runningHeader` from here on
        Chart,   // painted as vector lines and text at the page width (ui/print/chart_painter)
    };
    Kind kind = Kind::Paragraph;
    QString text;            // Title, Subtitle, Paragraph, Footnote, Marker; Image: a path
    ReportTable table;       // Table
    bool alignRight = false; // Paragraph lines such as 填报人 / 联系电话 placed right
    // Never separated from the next block by a page break (Marker, Title and Subtitle always
    // are: a heading is never left alone at the foot of a page). A table as the next block
    // counts with its header and first row.
    bool keepWithNext = false;
    PageOrientation orientation = PageOrientation::Landscape; // Section
    ReportRunningHeader runningHeader;                        // Section
    ChartSpec chart;                                          // Chart
};

struct ReportDocument {
    QString name;          // window title and default file name
    bool landscape = true; // orientation of the first section (the annex is A4 landscape)
    ReportRunningHeader runningHeader; // of the first section
    QList<ReportBlock> blocks;

    ReportDocument& title(const QString& text);
    ReportDocument& subtitle(const QString& text);
    ReportDocument& paragraph(const QString& text, bool alignRight = false);
    ReportDocument& table(const ReportTable& table);
    ReportDocument& footnote(const QString& text);
    ReportDocument& image(const QString& path);
    ReportDocument& chart(const ChartSpec& spec);
    ReportDocument& pageBreak();
    // 附件 (or 附件1): the marker an official annex carries above its title.
    ReportDocument& marker(const QString& text);
    // Starts a new page in the given orientation; from there on pages carry `header` (empty:
    // the new section's own first title). Portrait text and landscape tables in one PDF.
    ReportDocument& section(PageOrientation orientation, const ReportRunningHeader& header = {});
    // The last `count` blocks print on one page (填报人 / 联系电话 / 填报日期), unless together
    // they are taller than a page.
    ReportDocument& keepTogether(int count);
    // Appends another document after a page break (one page per child unit): a new section in
    // the other's orientation and with its running header.
    ReportDocument& append(const ReportDocument& other);

    PageOrientation orientation() const {
        return landscape ? PageOrientation::Landscape : PageOrientation::Portrait;
    }
};

} // namespace yufang
