#include "annex_csv_writer.h"

#include "domain/rates.h"

namespace yufang {

namespace {
CsvField countField(const Count& c) {
    return c ? CsvField::num(*c) : CsvField::str({});
}

QList<CsvField> formRow(const QString& label, const AnnexCounts& c, RateDenominator d,
                        const QString& remark) {
    const auto coverage = rates::coverage(c);
    const auto accident = rates::accident(c, d);
    return {CsvField::str(label), countField(c.enterprises), countField(c.insuredEnterprises),
            countField(c.employees), countField(c.insuredPersons),
            // Plain numbers, the unit in the header, so a spreadsheet can sum and chart them.
            coverage ? CsvField::percent(coverage->format(100)) : CsvField::str({}),
            countField(c.accidents),
            accident ? CsvField::permille(accident->format(1000)) : CsvField::str({}),
            CsvField::str(remark)};
}
} // namespace

bool parseAnnexLayout(const QString& name, AnnexLayout* out) {
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("form")) {
        *out = AnnexLayout::Form;
        return true;
    }
    if (n == QLatin1String("data")) {
        *out = AnnexLayout::Data;
        return true;
    }
    return false;
}

QStringList annexFormHeader(int year) {
    return {QStringLiteral("重点行业名称"),
            countFieldCaption(CountField::Enterprises, year),
            countFieldCaption(CountField::InsuredEnterprises, year),
            countFieldCaption(CountField::Employees, year),
            countFieldCaption(CountField::InsuredPersons, year),
            QStringLiteral("工伤保险参保率（%）"),
            countFieldCaption(CountField::Accidents, year),
            QStringLiteral("工伤事故发生率（‰）"),
            QStringLiteral("备注")};
}

QString annexFormTitle(const Plan& plan) {
    return QStringLiteral("《%1》重点行业企业基本情况表").arg(plan.title);
}

QStringList annexFormNotes(const Plan& plan, int year) {
    QStringList notes = plan.annexNotes;
    if (!notes.isEmpty())
        notes[0].replace(QStringLiteral("%1年底").arg(plan.baselineYear),
                         QStringLiteral("%1年底").arg(year));
    return notes;
}

void writeAnnexForm(TableSink& w, const Plan& plan, const Unit& unit, const AnnexTable& table,
                    const QString& statusNote) {
    w.addTextLine(annexFormTitle(plan));
    w.addTextLine(QStringLiteral("填报单位：%1").arg(unit.name));
    if (!statusNote.isEmpty())
        w.addTextLine(statusNote);
    w.addHeaderRow(annexFormHeader(table.year));
    for (const AnnexRow& row : table.rows)
        w.addRow(formRow(row.industry, row.counts, plan.rateDenominator, row.remark));
    w.addTotalRow(formRow(QStringLiteral("合计"), table.total(), plan.rateDenominator, {}));
    w.addTextLine(QStringLiteral("填报人：%1").arg(table.meta.preparer));
    w.addTextLine(QStringLiteral("联系电话：%1").arg(table.meta.phone));
    w.addTextLine(QStringLiteral("填报日期：%1").arg(table.meta.filledOn.toString(Qt::ISODate)));
    const QStringList notes = annexFormNotes(plan, table.year);
    for (int i = 0; i < notes.size(); ++i)
        w.addTextLine((i == 0 ? QStringLiteral("备注：") : QString()) + notes.at(i));
}

QString annexFormCsv(const Plan& plan, const Unit& unit, const AnnexTable& table,
                     const QString& statusNote) {
    CsvWriter w;
    writeAnnexForm(w, plan, unit, table, statusNote);
    return w.text();
}

QStringList annexDataHeader() {
    return {QStringLiteral("单位代码"),     QStringLiteral("单位名称"),
            QStringLiteral("年度"),         QStringLiteral("重点行业名称"),
            QStringLiteral("企业户数"),     QStringLiteral("参保企业户数"),
            QStringLiteral("从业总人数"),   QStringLiteral("参加工伤保险人数"),
            QStringLiteral("工伤事故数量"), QStringLiteral("备注")};
}

void appendAnnexDataRows(TableSink& writer, const Unit& unit, const AnnexTable& table) {
    for (const AnnexRow& row : table.rows) {
        writer.addRow({CsvField::str(unit.code), CsvField::str(unit.name),
                       CsvField::num(table.year), CsvField::str(row.industry),
                       countField(row.counts.enterprises),
                       countField(row.counts.insuredEnterprises), countField(row.counts.employees),
                       countField(row.counts.insuredPersons), countField(row.counts.accidents),
                       CsvField::str(row.remark)});
    }
}

void writeAnnexData(TableSink& w, const Unit& unit, const AnnexTable& table) {
    w.addHeaderRow(annexDataHeader());
    appendAnnexDataRows(w, unit, table);
}

QString annexDataCsv(const Unit& unit, const AnnexTable& table) {
    CsvWriter w;
    writeAnnexData(w, unit, table);
    return w.text();
}

} // namespace yufang
