#include "form_csv_writer.h"

namespace yufang {

namespace {
QList<CsvField> cellsOf(const FormDefinition& d, const FormRow& row, bool withDerived) {
    QList<CsvField> out;
    for (const FormColumn& c : d.columns) {
        if (c.isComputed() && !withDerived)
            continue;
        const QString text = formatFormCell(d, row, c);
        if (c.type == FormColumnType::Text)
            out << CsvField::str(text);
        else if (c.type == FormColumnType::Derived && !derivedRatio(d, row, c))
            out << CsvField::str({}); // not applicable
        // The unit belongs in the header; a rate column without one (the training table's
        // 培训覆盖率) carries its sign in the cell instead: 70.27%.
        else if (c.type == FormColumnType::Derived && c.scale == 100 && c.unit.isEmpty())
            out << CsvField::num(text + QLatin1Char('%'));
        else if (c.type == FormColumnType::Derived && c.scale == 1000 && c.unit.isEmpty())
            out << CsvField::num(text + QStringLiteral("‰"));
        else if (c.type == FormColumnType::Derived && c.scale == 100)
            out << CsvField::percent(text);
        else if (c.type == FormColumnType::Derived && c.scale == 1000)
            out << CsvField::permille(text);
        else
            out << (text.isEmpty() ? CsvField::str({}) : CsvField::num(text));
    }
    return out;
}

QString fieldValue(const FormTable& table, const FormField& field) {
    return table.field(field.key);
}
} // namespace

bool parseCsvLayout(const QString& name, CsvLayout* out) {
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("form")) {
        *out = CsvLayout::Form;
        return true;
    }
    if (n == QLatin1String("data")) {
        *out = CsvLayout::Data;
        return true;
    }
    return false;
}

QStringList formLayoutHeader(const FormDefinition& d, int year) {
    QStringList h;
    if (d.hasGroups())
        h << d.groupCaption;
    h << d.rowCaption;
    for (const FormColumn& c : d.columns)
        h << printedHeader(c, year);
    return h;
}

void writeFormLayout(TableSink& w, const FormDefinition& d, const QString& unitName,
                     const FormTable& table, const QString& statusNote) {
    w.addTextLine(d.effectivePrintTitle());
    w.addTextLine(QStringLiteral("填报单位：%1").arg(unitName));
    if (d.yearLine)
        w.addTextLine(QStringLiteral("年度：%1").arg(table.year));
    for (const FormField& f : d.headerFields)
        w.addTextLine(QStringLiteral("%1：%2").arg(f.caption, fieldValue(table, f)));
    if (!statusNote.isEmpty())
        w.addTextLine(statusNote);
    w.addHeaderRow(formLayoutHeader(d, table.year));
    for (const FormRow& row : table.rows) {
        QList<CsvField> line;
        if (d.hasGroups())
            line << CsvField::str(row.group);
        line << CsvField::str(row.key);
        line << cellsOf(d, row, true);
        w.addRow(line);
    }
    // The reader finds 合计 in either label column.
    const CsvField totalLabel = CsvField::str(QStringLiteral("合计"));
    QList<CsvField> total;
    if (d.hasGroups() && d.totalLabel == FormTotalLabel::Group)
        total << totalLabel << CsvField::str({});
    else if (d.hasGroups())
        total << CsvField::str({}) << totalLabel;
    else
        total << totalLabel;
    total << cellsOf(d, table.total(d), true);
    w.addTotalRow(total);
    for (const FormField& f : d.footerFields)
        w.addTextLine(QStringLiteral("%1：%2").arg(f.caption, fieldValue(table, f)));
    const QStringList notes = d.notesFor(table.year);
    for (int i = 0; i < notes.size(); ++i)
        w.addTextLine((i == 0 ? QStringLiteral("备注：") : QString()) + notes.at(i));
}

QString formLayoutCsv(const FormDefinition& d, const QString& unitName, const FormTable& table,
                      const QString& statusNote) {
    CsvWriter w;
    writeFormLayout(w, d, unitName, table, statusNote);
    return w.text();
}

QStringList formDataHeader(const FormDefinition& d) {
    QStringList h{QStringLiteral("单位代码"), QStringLiteral("单位名称"), QStringLiteral("年度")};
    if (d.hasGroups())
        h << d.groupCaption;
    h << d.rowCaption;
    for (const FormColumn& c : d.columns)
        if (!c.isComputed())
            h << c.caption;
    return h;
}

void appendFormDataRows(TableSink& writer, const FormDefinition& d, const Unit& unit,
                        const FormTable& table) {
    for (const FormRow& row : table.rows) {
        QList<CsvField> line{CsvField::str(unit.code), CsvField::str(unit.name),
                             CsvField::num(table.year)};
        if (d.hasGroups())
            line << CsvField::str(row.group);
        line << CsvField::str(row.key);
        line << cellsOf(d, row, false);
        writer.addRow(line);
    }
}

void writeFormData(TableSink& w, const FormDefinition& d, const Unit& unit,
                   const FormTable& table) {
    w.addHeaderRow(formDataHeader(d));
    appendFormDataRows(w, d, unit, table);
}

QString formDataCsv(const FormDefinition& d, const Unit& unit, const FormTable& table) {
    CsvWriter w;
    writeFormData(w, d, unit, table);
    return w.text();
}

} // namespace yufang
