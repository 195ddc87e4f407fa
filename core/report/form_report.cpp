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
} // namespace

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
                          const QString& statusNote, const QString& issuer) {
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
    for (const FormRow& row : table.rows)
        t.rows << printedRow(d, row, row.key);
    FormRow total = table.total(d);
    QStringList totalCells = printedRow(d, total, QStringLiteral("合计"));
    if (d.hasGroups())
        totalCells[0] = QString();
    t.rows << totalCells;
    t.boldRows = {int(t.rows.size()) - 1};
    doc.table(t);

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
