#include "form_report.h"

#include "domain/training_coverage.h"

namespace yufang {

namespace {
// A ratio with its sign (99.62%); "—" and blank stay as they are.
QString withUnit(const QString& figure, const FormColumn& c) {
    return figure.isEmpty() || figure == rates::notApplicable() ? figure : figure + c.unit;
}

QStringList printedRow(const FormDefinition& d, const FormRow& row, const QString& label) {
    QStringList cells;
    if (d.hasGroups())
        cells << row.group;
    cells << label;
    // A row without any figure stays blank, as on the paper form; or its ratios say "—" (not
    // applicable) where the layout asks for it (the 培训 page).
    const bool blank = !row.hasFigures();
    for (const FormColumn& c : d.columns) {
        if (c.isComputed() && blank)
            cells << (d.print.blankRowDash && c.type == FormColumnType::Derived
                          ? rates::notApplicable()
                          : QString());
        else if (d.print.unitInCells && c.type == FormColumnType::Derived)
            cells << withUnit(formatFormCell(d, row, c), c);
        else
            cells << formatFormCell(d, row, c);
    }
    return cells;
}

// The DESIGN.md formulas a layout names (formFormulaKeys), in the UI language.
QStringList formulaLines(const QString& key, RateDenominator denominator) {
    if (key == QLatin1String("training_coverage"))
        return {rates::trainingCoverageDefinition()};
    if (key == QLatin1String("insurance_rates"))
        return rates::definitions(denominator);
    return {};
}

// The header cell of a printed column: the layout's own words ("\n" a line break within the
// cell, which stays one paragraph and so extracts as one cell), else the caption.
QString headerCell(const FormPrintLayout& layout, int index, const QString& caption, int year) {
    if (layout.columnHeaders.isEmpty())
        return caption;
    return withYear(layout.columnHeaders.at(index), year)
        .replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));
}

// One indicator as the layout's line: {name}, {value}, {expected}, {target}, {status}.
QString indicatorLine(const QString& pattern, const IndicatorResult& r) {
    const IndicatorDefinition& d = r.definition;
    const IndicatorFigure& f = r.total;
    QString line = pattern;
    line.replace(QStringLiteral("{name}"), d.name)
        .replace(QStringLiteral("{value}"), indicators::formatValue(d, f.value))
        .replace(QStringLiteral("{expected}"), indicators::formatTarget(d, f.expected))
        .replace(QStringLiteral("{target}"), indicators::formatTargetInWords(d, f.target))
        .replace(QStringLiteral("{status}"), glossary::officialName(f.status));
    return line;
}

// The footnote under a trend: the layout's note for a relative target ({baseline}, {target}: the
// fall in %), else its note for an indicator without a number.
QString trendNote(const FormTrendLayout& layout, const IndicatorTrend& trend) {
    const IndicatorDefinition& d = trend.definition;
    if (d.targetKind == IndicatorTargetKind::None)
        return layout.noTargetNote;
    QString note = layout.targetNote;
    const double size = d.targetKind == IndicatorTargetKind::Relative ? -d.target : d.target;
    return note.replace(QStringLiteral("{baseline}"), QString::number(trend.baselineYear))
        .replace(QStringLiteral("{target}"), QString::number(size * 100.0, 'f', 0));
}

// The printed rows in order (formTableLines): each group's rows followed by its 小计
// (subtotals.groups), then a 合计 per row key over every group (subtotals.rows), then the grand
// total, the computed ones bold.
void addRows(const FormDefinition& d, const FormTable& table, ReportTable* t) {
    for (const FormTableLine& line : formTableLines(d, table)) {
        if (!line.isComputed()) {
            t->rows << printedRow(d, line.row, line.row.key);
            continue;
        }
        t->boldRows << int(t->rows.size());
        if (line.kind == FormTableLine::Kind::GroupSubtotal) {
            t->rows << printedRow(d, line.row, QStringLiteral("小计"));
        } else if (line.kind == FormTableLine::Kind::KeySubtotal) {
            FormRow s = line.row;
            s.group = QStringLiteral("合计");
            t->rows << printedRow(d, s, s.key);
        } else {
            QStringList cells = printedRow(d, line.row, QStringLiteral("合计"));
            if (d.hasGroups()) {
                // where the definition puts the label (the training table: under 重点行业名称)
                cells[0] =
                    d.totalLabel == FormTotalLabel::Group ? QStringLiteral("合计") : QString();
                if (d.totalLabel == FormTotalLabel::Group)
                    cells[1] = QString();
            }
            t->rows << cells;
        }
    }
}
} // namespace

ReportTable formIndicatorsTable(const QList<IndicatorResult>& indicators) {
    ReportTable t;
    const int year = indicators.isEmpty() ? 0 : indicators.first().total.year;
    const int baseline = indicators.isEmpty() ? 0 : indicators.first().total.baselineYear;
    t.header = {QStringLiteral("指标"),
                QStringLiteral("%1年").arg(year),
                QStringLiteral("基期（%1年）").arg(baseline),
                QStringLiteral("较基期变化（%）"),
                QStringLiteral("目标"),
                QStringLiteral("本年应达"),
                QStringLiteral("报送情况"),
                QStringLiteral("状态")};
    t.numericColumns = {1, 2, 3, 4, 5};
    t.columnWeights = {22, 9, 10, 10, 9, 9, 19, 12};
    for (const IndicatorResult& r : indicators) {
        const IndicatorDefinition& d = r.definition;
        const IndicatorFigure& f = r.total;
        const QString name =
            d.unit.isEmpty() ? d.name : QStringLiteral("%1（%2）").arg(d.name, d.unit);
        // the status is measured like for like: its change is the one printed
        t.rows << QStringList{
            name,
            indicators::formatValue(d, f.value),
            indicators::formatValue(d, f.baselineValue),
            indicators::formatChange(f.matchedChange ? f.matchedChange : f.change),
            indicators::formatTarget(d, f.target),
            indicators::formatTarget(d, f.expected),
            f.reporting.officialText(),
            glossary::officialName(f.status)};
    }
    return t;
}

QStringList formDefinitionsText(const FormDefinition& d) {
    QStringList out;
    for (const FormColumn& c : d.columns) {
        if (c.type != FormColumnType::Derived)
            continue;
        const FormColumn* n = d.column(c.numeratorKey);
        const FormColumn* m = d.column(c.denominatorKey);
        QString line =
            QStringLiteral("%1 = %2 ÷ %3")
                .arg(c.caption, n ? n->caption : c.numeratorKey, m ? m->caption : c.denominatorKey);
        if (c.scale != 1)
            line += QStringLiteral(" × %1").arg(c.scale);
        if (!c.unit.isEmpty())
            line += QStringLiteral("（%1）").arg(c.unit);
        line += QStringLiteral("；合计行由汇总数重新计算，分母为0时记为“—”");
        out << line;
    }
    return out;
}

ReportTable formTrendTable(const FormTrendLayout& layout, const IndicatorTrend& trend) {
    const IndicatorDefinition& d = trend.definition;
    ReportTable t;
    t.header << QStringLiteral("年度")
             << (layout.valueCaption.isEmpty() ? d.name : layout.valueCaption);
    for (const FormTrendPart& part : layout.parts)
        t.header << part.caption;
    t.header << QStringLiteral("较%1年变化").arg(trend.baselineYear)
             << QStringLiteral("是否达到目标");
    for (int i = 1; i <= layout.parts.size() + 2; ++i)
        t.numericColumns << i;
    for (const IndicatorFigure& f : trend.points) {
        QStringList row{QString::number(f.year),
                        f.value ? indicators::formatValue(d, f.value) : QString()};
        for (const FormTrendPart& part : layout.parts) {
            std::optional<qint64> sum;
            for (const QString& key : part.columns)
                if (const auto it = f.sums.constFind(key); it != f.sums.cend())
                    sum = sum.value_or(0) + *it;
            row << (sum ? QString::number(*sum) : QString());
        }
        const auto reached = indicators::targetReached(d, f);
        row << indicators::formatDifference(d, f)
            << (reached ? (*reached ? QStringLiteral("是") : QStringLiteral("否"))
                        : rates::notApplicable());
        t.rows << row;
    }
    return t;
}

ReportDocument formReport(const FormDefinition& d, const FormTable& table,
                          const FormReportContext& c) {
    const FormPrintLayout& layout = d.print;
    const QString bureau = c.issuer.isEmpty() ? c.unitName : c.issuer;
    ReportDocument doc;
    doc.name = QStringLiteral("%1-%2-%3")
                   .arg(layout.documentName.isEmpty() ? d.title : layout.documentName, c.unitName)
                   .arg(table.year);
    doc.landscape = layout.orientation == FormOrientation::Auto
                        ? d.columns.size() > 6
                        : layout.orientation == FormOrientation::Landscape;
    // An empty title: the page's own title block (the print title) heads every page.
    doc.runningHeader = {bureau, layout.runningTitle == FormRunningTitle::PrintTitle
                                     ? QString()
                                     : QStringLiteral("%1（%2年）").arg(d.title).arg(table.year)};
    if (!layout.marker.isEmpty())
        doc.marker(layout.marker);
    doc.title(d.effectivePrintTitle());
    const QString year =
        QString::number(table.year) + (c.consolidated ? layout.consolidatedMark : QString());
    if (!d.yearLine)
        doc.subtitle(QStringLiteral("填报单位：%1").arg(bureau));
    else if (layout.headerOnOneLine)
        doc.paragraph(QStringLiteral("填报单位：%1　　年度：%2").arg(bureau, year));
    else {
        doc.subtitle(QStringLiteral("填报单位：%1").arg(bureau));
        doc.paragraph(QStringLiteral("年度：%1").arg(year));
    }
    for (const FormField& f : d.headerFields)
        doc.paragraph(QStringLiteral("%1：%2").arg(f.caption, table.field(f.key)));
    if (!c.statusNote.isEmpty())
        doc.paragraph(c.statusNote);

    ReportTable t;
    if (d.hasGroups())
        t.header << headerCell(layout, 0, d.groupCaption, table.year);
    const int first = d.hasGroups() ? 2 : 1;
    t.header << headerCell(layout, first - 1, d.rowCaption, table.year);
    for (int i = 0; i < d.columns.size(); ++i) {
        const FormColumn& col = d.columns.at(i);
        // The printed caption with its year where the definition has one (2023年工伤事故数量);
        // the unit in the cells instead where the layout puts it there.
        const QString caption =
            layout.unitInCells && col.type == FormColumnType::Derived
                ? withYear(col.printedCaption.isEmpty() ? col.caption : col.printedCaption,
                           table.year)
            : col.printedCaption.isEmpty() ? displayHeader(col)
                                           : printedHeader(col, table.year);
        t.header << headerCell(layout, first + i, caption, table.year);
        if (col.type != FormColumnType::Text)
            t.numericColumns << first + i;
    }
    t.columnWeights = layout.columnWidths;
    addRows(d, table, &t);
    doc.table(t);

    switch (layout.indicators) {
    case FormIndicatorPrint::Block:
        if (!c.indicators.isEmpty()) {
            doc.subtitle(QStringLiteral("本表指标"));
            doc.table(formIndicatorsTable(c.indicators));
        }
        break;
    case FormIndicatorPrint::Line:
        for (const IndicatorResult& r : c.indicators)
            doc.paragraph(indicatorLine(layout.indicatorLine, r));
        break;
    case FormIndicatorPrint::Trend:
        for (const IndicatorTrend& trend : c.trends)
            if (!trend.points.isEmpty()) {
                doc.subtitle(QStringLiteral("与%1年基线比较").arg(trend.baselineYear));
                doc.table(formTrendTable(layout.trend, trend));
            }
        break;
    case FormIndicatorPrint::None:
        break;
    }

    if (layout.footerOnOneLine && !d.footerFields.isEmpty()) {
        QStringList parts;
        for (const FormField& f : d.footerFields)
            parts << QStringLiteral("%1：%2").arg(f.caption, table.field(f.key));
        doc.paragraph(parts.join(QStringLiteral("　　")), true);
    } else {
        for (const FormField& f : d.footerFields)
            doc.paragraph(QStringLiteral("%1：%2").arg(f.caption, table.field(f.key)),
                          !layout.footerLeft);
        doc.keepTogether(int(d.footerFields.size())); // 填报人 / 联系电话 / 填报日期 on one page
    }
    if (layout.printNotes) {
        const QStringList notes = d.notesFor(table.year);
        // Paragraph notes stand aligned under the first, past its prefix (备注：).
        const QString indent(layout.notesPrefix.size(), QChar(0x3000));
        for (int i = 0; i < notes.size(); ++i) {
            if (layout.notesAsParagraphs)
                doc.paragraph((i == 0 ? layout.notesPrefix : indent) + notes.at(i));
            else
                doc.footnote((i == 0 ? layout.notesPrefix : QString()) + notes.at(i));
        }
    }
    if (layout.formulas.isEmpty())
        for (const QString& line : formDefinitionsText(d))
            doc.footnote(line);
    else
        for (const QString& key : layout.formulas)
            for (const QString& line : formulaLines(key, c.rateDenominator))
                doc.footnote(line);
    if (layout.indicators == FormIndicatorPrint::Trend)
        for (const IndicatorTrend& trend : c.trends)
            if (const QString note = trendNote(layout.trend, trend); !note.isEmpty())
                doc.footnote(note);
    return doc;
}

} // namespace yufang
