#include "form_report.h"

namespace yufang {

namespace {
QStringList printedRow(const FormDefinition& d, const FormRow& row, const QString& label) {
    QStringList cells;
    if (d.hasGroups())
        cells << row.group;
    cells << label;
    // A row without any figure stays blank, as on the paper form.
    const bool blank = !row.hasFigures();
    for (const FormColumn& c : d.columns) {
        if (c.isComputed() && blank)
            cells << QString();
        else
            cells << formatFormCell(d, row, c);
    }
    return cells;
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

ReportDocument formReport(const FormDefinition& d, const QString& unitName, const FormTable& table,
                          const QString& statusNote, const QString& issuer,
                          const QList<IndicatorResult>& indicators) {
    const QString bureau = issuer.isEmpty() ? unitName : issuer;
    ReportDocument doc;
    doc.name = QStringLiteral("%1-%2-%3").arg(d.title, unitName).arg(table.year);
    doc.landscape = d.columns.size() > 6;
    doc.runningHeader = {bureau, QStringLiteral("%1（%2年）").arg(d.title).arg(table.year)};
    doc.title(d.effectivePrintTitle());
    doc.subtitle(QStringLiteral("填报单位：%1").arg(bureau));
    doc.paragraph(QStringLiteral("年度：%1").arg(table.year));
    for (const FormField& f : d.headerFields)
        doc.paragraph(QStringLiteral("%1：%2").arg(f.caption, table.field(f.key)));
    if (!statusNote.isEmpty())
        doc.paragraph(statusNote);

    ReportTable t;
    if (d.hasGroups())
        t.header << d.groupCaption;
    t.header << d.rowCaption;
    const int first = d.hasGroups() ? 2 : 1;
    for (int i = 0; i < d.columns.size(); ++i) {
        const FormColumn& c = d.columns.at(i);
        t.header << columnHeader(c);
        if (c.type != FormColumnType::Text)
            t.numericColumns << first + i;
    }
    addRows(d, table, &t);
    doc.table(t);
    if (!indicators.isEmpty()) {
        doc.subtitle(QStringLiteral("本表指标"));
        doc.table(formIndicatorsTable(indicators));
    }

    for (const FormField& f : d.footerFields)
        doc.paragraph(QStringLiteral("%1：%2").arg(f.caption, table.field(f.key)), true);
    doc.keepTogether(int(d.footerFields.size())); // 填报人 / 联系电话 / 填报日期 on one page
    for (int i = 0; i < d.notes.size(); ++i)
        doc.footnote((i == 0 ? QStringLiteral("备注：") : QString()) + d.notes.at(i));
    for (const QString& line : formDefinitionsText(d))
        doc.footnote(line);
    return doc;
}

} // namespace yufang
