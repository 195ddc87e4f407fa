#include "annex_report.h"

#include "domain/annex_form_text.h"
#include "domain/rates.h"

namespace yufang {

namespace {
QString countText(const Count& c) {
    return c ? QString::number(*c) : QString();
}

QStringList printedRow(const QString& label, const AnnexCounts& c, RateDenominator d,
                       const QString& remark) {
    const auto coverage = rates::coverage(c);
    const auto accident = rates::accident(c, d);
    // Rows without any figure stay blank, as on the paper form; a zero denominator prints "—".
    const bool blank = c.isEmpty();
    return {label,
            countText(c.enterprises),
            countText(c.insuredEnterprises),
            countText(c.employees),
            countText(c.insuredPersons),
            blank      ? QString()
            : coverage ? coverage->format(100) + QLatin1Char('%')
                       : rates::notApplicable(),
            countText(c.accidents),
            blank      ? QString()
            : accident ? accident->format(1000) + QStringLiteral("‰")
                       : rates::notApplicable(),
            remark};
}
} // namespace

namespace {
// The header as the seed prints it, each cell broken where the official form breaks it (a
// line separator, so the text stays one paragraph and extracts as one cell).
QStringList printedHeader(int year) {
    const QChar br(QChar::LineSeparator);
    return {QStringLiteral("重点行业名称"),
            QStringLiteral("企业户数"),
            QStringLiteral("参保企业") + br + QStringLiteral("户数"),
            QStringLiteral("从业总") + br + QStringLiteral("人数"),
            QStringLiteral("参加工伤保险") + br + QStringLiteral("人数"),
            QStringLiteral("工伤保险") + br + QStringLiteral("参保率"),
            QStringLiteral("%1年工伤").arg(year) + br + QStringLiteral("事故数量"),
            QStringLiteral("工伤事故") + br + QStringLiteral("发生率"),
            QStringLiteral("备注")};
}
} // namespace

ReportDocument annexReport(const Plan& plan, const Unit& unit, const AnnexTable& table,
                           const QString& statusNote, const QString& issuer) {
    const QString bureau = issuer.isEmpty() ? unit.name : issuer;
    ReportDocument doc;
    doc.name = QStringLiteral("重点行业企业基本情况表-%1-%2").arg(unit.name).arg(table.year);
    doc.landscape = true;
    doc.runningHeader = {bureau, QStringLiteral("重点行业企业基本情况表（%1年）").arg(table.year)};
    doc.marker(QStringLiteral("附件"));
    doc.title(annexFormTitle(plan));
    doc.subtitle(QStringLiteral("填报单位：%1").arg(bureau));
    if (!statusNote.isEmpty())
        doc.paragraph(statusNote);

    ReportTable t;
    t.header = printedHeader(table.year);
    for (const AnnexRow& row : table.rows)
        t.rows << printedRow(row.industry, row.counts, plan.rateDenominator, row.remark);
    t.rows << printedRow(QStringLiteral("合计"), table.total(), plan.rateDenominator, {});
    t.boldRows = {int(t.rows.size()) - 1};
    t.numericColumns = {1, 2, 3, 4, 5, 6, 7};
    t.columnWeights = {14, 9, 9, 9, 11, 9, 10, 9, 20};
    doc.table(t);

    doc.paragraph(QStringLiteral("填报人：%1").arg(table.meta.preparer));
    doc.paragraph(QStringLiteral("联系电话：%1").arg(table.meta.phone));
    doc.paragraph(QStringLiteral("填报日期：%1").arg(table.meta.filledOn.toString(Qt::ISODate)));
    doc.keepTogether(3); // 填报人 and 联系电话 never on different pages (issue 15)
    const QStringList notes = annexFormNotes(plan, table.year);
    for (int i = 0; i < notes.size(); ++i)
        doc.paragraph((i == 0 ? QStringLiteral("备注：") : QStringLiteral("　　　")) + notes.at(i));
    for (const QString& line : rates::definitions(plan.rateDenominator))
        doc.footnote(line);
    return doc;
}

} // namespace yufang
