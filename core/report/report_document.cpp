#include "report_document.h"

#include <algorithm>

namespace yufang {

namespace {
ReportBlock block(ReportBlock::Kind kind, const QString& text, bool right = false) {
    ReportBlock b;
    b.kind = kind;
    b.text = text;
    b.alignRight = right;
    return b;
}
} // namespace

ReportDocument& ReportDocument::title(const QString& text) {
    blocks << block(ReportBlock::Kind::Title, text);
    return *this;
}

ReportDocument& ReportDocument::subtitle(const QString& text) {
    blocks << block(ReportBlock::Kind::Subtitle, text);
    return *this;
}

ReportDocument& ReportDocument::paragraph(const QString& text, bool alignRight) {
    blocks << block(ReportBlock::Kind::Paragraph, text, alignRight);
    return *this;
}

ReportDocument& ReportDocument::table(const ReportTable& t) {
    ReportBlock b;
    b.kind = ReportBlock::Kind::Table;
    b.table = t;
    blocks << b;
    return *this;
}

ReportDocument& ReportDocument::footnote(const QString& text) {
    blocks << block(ReportBlock::Kind::Footnote, text);
    return *this;
}

ReportDocument& ReportDocument::image(const QString& path) {
    blocks << block(ReportBlock::Kind::Image, path);
    return *this;
}

ReportDocument& ReportDocument::chart(const ChartSpec& spec) {
    ReportBlock b = block(ReportBlock::Kind::Chart, spec.title);
    b.chart = spec;
    blocks << b;
    return *this;
}

ReportDocument& ReportDocument::pageBreak() {
    blocks << block(ReportBlock::Kind::PageBreak, {});
    return *this;
}

ReportDocument& ReportDocument::marker(const QString& text) {
    blocks << block(ReportBlock::Kind::Marker, text);
    return *this;
}

ReportDocument& ReportDocument::section(PageOrientation orientation,
                                        const ReportRunningHeader& header) {
    ReportBlock b = block(ReportBlock::Kind::Section, {});
    b.orientation = orientation;
    b.runningHeader = header;
    blocks << b;
    return *this;
}

ReportDocument& ReportDocument::keepTogether(int count) {
    const int first = std::max(0, int(blocks.size()) - count);
    for (int i = first; i < int(blocks.size()) - 1; ++i)
        blocks[i].keepWithNext = true;
    return *this;
}

ReportDocument& ReportDocument::append(const ReportDocument& other) {
    if (blocks.isEmpty()) {
        // The first part sets the document's first section.
        landscape = other.landscape;
        runningHeader = other.runningHeader;
    } else {
        section(other.orientation(), other.runningHeader);
    }
    blocks << other.blocks;
    return *this;
}

} // namespace yufang
