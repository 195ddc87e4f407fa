#include "form_csv_reader.h"

#include "cell_parsing.h"
#include "csv_reader.h"
#include "domain/input_text.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FormCsvReader)
};

constexpr int kIgnoredColumnsNamed = 3; // named one by one; the rest are counted

QString formHeaderKey(const QString& header) {
    QString h = headerKey(header);
    if (h.startsWith(QStringLiteral("其中:")))
        h = h.mid(3);
    return h;
}

// Header text → column spec. The names are normalised once, so matching a row costs one
// normalisation per cell however many names the columns have (a title row may be 100,000
// cells wide).
class ColumnMatcher {
public:
    explicit ColumnMatcher(const QList<FormColumnSpec>& columns) {
        for (const FormColumnSpec& c : columns) {
            // The first column to claim a name keeps it, as when the columns were tried in order.
            claim(c.key, &c);
            for (const QString& name : c.names)
                claim(formHeaderKey(name), &c);
            for (const QString& name : c.yearNames) {
                const qsizetype at = name.indexOf(QStringLiteral("{year}"));
                if (at < 0)
                    continue;
                const QString before = formHeaderKey(name.left(at));
                const QString after = formHeaderKey(name.mid(at + 6));
                m_yearNames.append({QRegularExpression(QStringLiteral("^%1(\\d{4})%2$")
                                                           .arg(QRegularExpression::escape(before),
                                                                QRegularExpression::escape(after))),
                                    &c});
            }
        }
    }
    // The column a header names; *year the year a name with "{year}" matched, else untouched.
    const FormColumnSpec* specFor(const QString& header, std::optional<int>* year = nullptr) const {
        const QString key = formHeaderKey(header);
        if (const FormColumnSpec* c = m_byName.value(key, nullptr))
            return c;
        for (const auto& [pattern, column] : m_yearNames)
            if (const QRegularExpressionMatch m = pattern.match(key); m.hasMatch()) {
                if (year)
                    *year = m.captured(1).toInt();
                return column;
            }
        return nullptr;
    }

private:
    void claim(const QString& name, const FormColumnSpec* column) {
        if (!m_byName.contains(name))
            m_byName.insert(name, column);
    }
    QHash<QString, const FormColumnSpec*> m_byName;
    QList<std::pair<QRegularExpression, const FormColumnSpec*>> m_yearNames;
};

// "填报单位：兰山区" in one cell, or the label followed by the value in the next cell.
std::optional<QString> labelValue(const CsvRecord& r, const QString& label) {
    for (int i = 0; i < r.fields.size(); ++i) {
        const QString cell = r.fields.at(i).trimmed();
        if (!normaliseLabel(cell).startsWith(label))
            continue;
        static const QRegularExpression colonPattern(QStringLiteral("[:：]"));
        const qsizetype colon = cell.indexOf(colonPattern);
        const QString rest = colon >= 0 ? cell.mid(colon + 1).trimmed() : QString();
        if (!rest.isEmpty())
            return rest;
        for (int j = i + 1; j < r.fields.size(); ++j) {
            const QString next = r.at(j).trimmed();
            if (next.isEmpty())
                continue;
            // The line's next label (填报人：, 联系电话： of an official sheet left empty): this
            // label has no value.
            if (next.endsWith(u'：') || next.endsWith(u':'))
                return QString();
            return r.at(j);
        }
        return QString();
    }
    return std::nullopt;
}

bool isTotalLabel(const QString& s) {
    const QString n = normaliseLabel(s);
    return n == QStringLiteral("合计") || n == QStringLiteral("总计") ||
           n.toLower() == QLatin1String("total");
}

class Reader {
public:
    Reader(ParsedForm& out, const QList<FormColumnSpec>& columns)
        : m_out(out), m_columns(columns), m_matcher(columns) {}
    const ColumnMatcher& matcher() const { return m_matcher; }

    void add(Severity s, int line, const QString& message, const QString& field = {}) {
        Diagnostic d;
        d.severity = s;
        d.file = m_out.file;
        d.line = line;
        d.field = field;
        d.message = message;
        m_out.diagnostics << d;
    }

    bool readHeader(const CsvRecord& r) {
        int ignored = 0;
        for (int i = 0; i < r.fields.size(); ++i) {
            if (r.at(i).isEmpty())
                continue;
            const FormColumnSpec* c = m_matcher.specFor(r.fields.at(i), &m_out.headerYear);
            if (!c) {
                if (++ignored <= kIgnoredColumnsNamed)
                    add(Severity::Warning, r.line,
                        Text::tr("column \"%1\" is not part of the table and was ignored")
                            .arg(excerpt(r.at(i))));
                continue;
            }
            if (m_index.contains(c->key)) {
                add(Severity::Error, r.line,
                    Text::tr("column \"%1\" appears twice").arg(excerpt(r.at(i))), c->key);
                continue;
            }
            m_index.insert(c->key, i);
        }
        if (ignored > kIgnoredColumnsNamed)
            add(Severity::Warning, r.line,
                Text::tr("%1 more columns are not part of the table and were ignored")
                    .arg(ignored - kIgnoredColumnsNamed));
        QStringList missing;
        for (const FormColumnSpec& c : m_columns)
            if (c.required && !m_index.contains(c.key))
                missing << c.names.value(0, c.key);
        if (!missing.isEmpty())
            add(Severity::Error, r.line,
                Text::tr("the header lacks the column(s) %1")
                    .arg(missing.join(QStringLiteral("、"))));
        return missing.isEmpty();
    }

    FormLine readLine(const CsvRecord& r) {
        FormLine line;
        line.line = r.line;
        QStringList labels;
        for (const FormColumnSpec& c : m_columns) {
            if (!m_index.contains(c.key))
                continue;
            const QString cell = r.at(m_index.value(c.key));
            if (c.kind == FormColumnSpec::Kind::Label) {
                if (const QString why = nameProblem(cell); !why.isEmpty())
                    add(Severity::Error, r.line,
                        Text::tr("%1: %2").arg(c.names.value(0, c.key), why), c.key);
                line.text.insert(c.key, cell.simplified());
                labels << excerpt(cell.simplified());
            } else if (c.kind != FormColumnSpec::Kind::Count &&
                       c.kind != FormColumnSpec::Kind::Decimal) {
                line.text.insert(c.key, cell);
            }
        }
        const QString where = labels.join(QStringLiteral(" · "));
        for (const FormColumnSpec& c : m_columns) {
            if ((c.kind != FormColumnSpec::Kind::Count &&
                 c.kind != FormColumnSpec::Kind::Decimal) ||
                !m_index.contains(c.key))
                continue;
            const QString cell = r.at(m_index.value(c.key));
            const ParsedCount p = c.kind == FormColumnSpec::Kind::Decimal
                                      ? parseDecimal(cell, c.decimals)
                                      : parseCount(cell);
            if (p.kind == ParsedCount::Kind::Invalid)
                add(Severity::Error, r.line,
                    Text::tr("%1, %2: %3").arg(where, c.names.value(0, c.key), p.problem), c.key);
            else if (p.kind == ParsedCount::Kind::Value)
                line.counts.insert(c.key, p.value);
        }
        return line;
    }

    int column(const QString& key) const { return m_index.value(key, -1); }
    QStringList keys() const { return m_index.keys(); }

private:
    ParsedForm& m_out;
    const QList<FormColumnSpec>& m_columns;
    ColumnMatcher m_matcher;
    QHash<QString, int> m_index;
};
} // namespace

ParsedForm readFormCsv(const QByteArray& bytes, const QString& fileName,
                       const QList<FormColumnSpec>& columns, const QString& labelKey,
                       const QStringList& extraLabels) {
    ParsedForm out;
    out.file = fileName;
    Reader reader(out, columns);
    QStringList sheetHints; // the sheet holding this form's header, in a workbook
    for (const FormColumnSpec& c : columns)
        sheetHints << c.names;
    CsvDocument doc = readCsvDocument(bytes, fileName, sheetHints);
    out.encoding = doc.encoding;
    if (hasErrors(doc.diagnostics)) {
        out.diagnostics << doc.diagnostics;
        return out;
    }
    const QList<CsvRecord>& records = doc.records;
    const FormColumnSpec* labelSpec = nullptr;
    for (const FormColumnSpec& c : columns)
        if (c.key == labelKey)
            labelSpec = &c;
    int headerAt = -1;
    for (int i = 0; i < records.size() && headerAt < 0 && labelSpec; ++i)
        for (const QString& f : records.at(i).fields)
            if (reader.matcher().specFor(f) == labelSpec)
                headerAt = i;
    if (headerAt < 0) {
        reader.add(Severity::Error, 0,
                   Text::tr("no header row with %1 was found; is this the right kind of file?")
                       .arg(labelSpec ? labelSpec->names.value(0) : labelKey));
        return out;
    }
    for (int i = 0; i < headerAt; ++i) {
        const CsvRecord& r = records.at(i);
        if (auto unit = labelValue(r, QStringLiteral("填报单位"))) {
            out.unitText = *unit;
            out.unitLine = r.line;
        }
        for (const QString& label : extraLabels)
            if (auto value = labelValue(r, normaliseLabel(label))) {
                out.labels.insert(label, *value);
                out.labelLines.insert(label, r.line);
                out.statedLabels.insert(label);
            }
        if (auto year = labelValue(r, QStringLiteral("年度"))) {
            out.yearLine = r.line;
            out.year = parseYear(*year);
            if (!out.year)
                reader.add(Severity::Error, r.line,
                           Text::tr("年度: \"%1\" is not a year").arg(excerpt(*year)),
                           QStringLiteral("year"));
        }
    }
    out.headerLine = records.at(headerAt).line;
    if (!reader.readHeader(records.at(headerAt)))
        return out;
    out.headerKeys = reader.keys();
    const int labelColumn = reader.column(labelKey);
    for (int i = headerAt + 1; i < records.size(); ++i) {
        const CsvRecord& r = records.at(i);
        if (r.isBlank())
            continue;
        if (auto v = labelValue(r, QStringLiteral("填报人"))) {
            out.preparer = *v;
            if (auto phone = labelValue(r, QStringLiteral("联系电话")))
                out.phone = *phone;
            break;
        }
        if (auto v = labelValue(r, QStringLiteral("联系电话"))) {
            out.phone = *v;
            break;
        }
        if (labelValue(r, QStringLiteral("填报日期")))
            break;
        const QString first = normaliseLabel(r.at(0));
        if (first.startsWith(QStringLiteral("备注:")) || first.startsWith(QStringLiteral("注:")))
            break;
        const QString label = r.at(labelColumn);
        if (normaliseLabel(label) == QStringLiteral("小计"))
            continue; // a subtotal a clerk added: it is recomputed anyway
        if (isTotalLabel(label)) {
            out.total = reader.readLine(r);
            continue;
        }
        out.rows << reader.readLine(r);
    }
    // 填报人 / 联系电话 may follow on separate lines after the table.
    for (int i = headerAt + 1; i < records.size(); ++i) {
        const CsvRecord& r = records.at(i);
        if (auto v = labelValue(r, QStringLiteral("填报人")); v && out.preparer.isEmpty())
            out.preparer = *v;
        if (auto v = labelValue(r, QStringLiteral("联系电话")); v && out.phone.isEmpty())
            out.phone = *v;
        if (auto v = labelValue(r, QStringLiteral("填报日期")); v && out.filledOn.isEmpty())
            out.filledOn = *v;
        for (const QString& label :
             {QStringLiteral("填报人"), QStringLiteral("联系电话"), QStringLiteral("填报日期")})
            if (labelValue(r, label))
                out.statedLabels.insert(label);
    }
    return out;
}

} // namespace yufang

namespace yufang {

namespace {
void fillRow(const FormDefinition& d, const FormLine& line, FormRow* row,
             QHash<QString, double>* stated) {
    for (const FormColumn& c : d.columns) {
        switch (c.type) {
        case FormColumnType::Count:
        case FormColumnType::Decimal:
            if (line.counts.contains(c.key))
                row->setNumber(c.key, line.counts.value(c.key));
            break;
        case FormColumnType::Text:
            row->setText(c.key, line.text.value(c.key).trimmed());
            break;
        case FormColumnType::Derived:
        case FormColumnType::Sum:
            if (const auto v = parseRate(line.text.value(c.key)); v && stated)
                stated->insert(c.key, *v);
            break;
        }
    }
}
} // namespace

QList<FormColumnSpec> formTableColumnSpecs(const FormDefinition& d) {
    using Kind = FormColumnSpec::Kind;
    QList<FormColumnSpec> specs;
    if (d.hasGroups())
        specs << FormColumnSpec{form_csv_keys::kGroup, QStringList{d.groupCaption} + d.groupAliases,
                                Kind::Label, true};
    specs << FormColumnSpec{form_csv_keys::kRow, QStringList{d.rowCaption} + d.rowAliases,
                            Kind::Label, true};
    specs << FormColumnSpec{form_csv_keys::kUnitCode, {QStringLiteral("单位代码")}, Kind::Text};
    specs << FormColumnSpec{form_csv_keys::kUnitName, {QStringLiteral("单位名称")}, Kind::Text};
    specs << FormColumnSpec{form_csv_keys::kYear, {QStringLiteral("年度")}, Kind::Text};
    for (const FormColumn& c : d.columns) {
        FormColumnSpec s{c.key, QStringList{c.caption, columnHeader(c)} + c.aliases, Kind::Text};
        if (!c.printedCaption.isEmpty())
            s.yearNames << c.printedCaption;
        switch (c.type) {
        case FormColumnType::Count:
            s.kind = Kind::Count;
            s.required = true;
            break;
        case FormColumnType::Decimal:
            s.kind = Kind::Decimal;
            s.decimals = c.decimals;
            s.required = true;
            break;
        case FormColumnType::Derived:
        case FormColumnType::Sum:
            s.kind = Kind::Rate;
            break;
        case FormColumnType::Text:
            break;
        }
        specs << s;
    }
    return specs;
}

FormCsvContent readFormTableCsv(const QByteArray& bytes, const QString& fileName,
                                const FormDefinition& d) {
    FormCsvContent out;
    out.file = fileName;
    QStringList labels;
    for (const FormField& f : d.headerFields)
        labels << f.caption;
    QList<FormColumnSpec> specs = formTableColumnSpecs(d);
    // 合计 stands in the column the definition's layout puts it in (training: the group's).
    const QString totalColumn = d.hasGroups() && d.totalLabel == FormTotalLabel::Group
                                    ? form_csv_keys::kGroup
                                    : form_csv_keys::kRow;
    const ParsedForm parsed = readFormCsv(bytes, fileName, specs, totalColumn, labels);
    out.encoding = parsed.encoding;
    out.diagnostics = parsed.diagnostics;
    if (hasErrors(out.diagnostics))
        return out;
    out.dataLayout = parsed.headerKeys.contains(QStringLiteral("unit_code")) ||
                     parsed.headerKeys.contains(QStringLiteral("unit_name"));

    const auto fieldFor = [&](const QString& caption) -> QString {
        for (const FormField& f : d.footerFields + d.headerFields)
            if (normaliseLabel(f.caption) == normaliseLabel(caption))
                return f.key;
        return {};
    };

    if (!out.dataLayout) {
        FormCsvTable t;
        t.unitText = parsed.unitText;
        t.unitLine = parsed.unitLine;
        t.year = parsed.year;
        t.yearLine = parsed.yearLine;
        // A form without a 年度 line states its year in a column's header (2023年工伤事故数量).
        if (parsed.headerYear && !parsed.year) {
            t.year = parsed.headerYear;
            t.yearLine = parsed.headerLine;
        } else if (parsed.headerYear && *parsed.headerYear != *parsed.year) {
            Diagnostic x;
            x.file = fileName;
            x.line = parsed.headerLine;
            x.field = QStringLiteral("year");
            x.message = Text::tr("the header names the year %1, but 年度 says %2")
                            .arg(*parsed.headerYear)
                            .arg(*parsed.year);
            out.diagnostics << x;
            return out;
        }
        t.table.formCode = d.code;
        const QHash<QString, QString> footer{{QStringLiteral("填报人"), parsed.preparer},
                                             {QStringLiteral("联系电话"), parsed.phone},
                                             {QStringLiteral("填报日期"), parsed.filledOn}};
        for (const QString& label : parsed.statedLabels) {
            const QString key = fieldFor(label);
            if (key.isEmpty())
                continue;
            const QString value = footer.contains(label) ? footer.value(label).trimmed()
                                                         : parsed.labels.value(label).trimmed();
            if (key == form_fields::kFilledOn && !value.isEmpty()) {
                const QDate date = parseDate(value);
                if (!date.isValid()) {
                    Diagnostic x;
                    x.file = fileName;
                    x.field = key;
                    x.message = Text::tr("填报日期: \"%1\" is not a date").arg(excerpt(value));
                    out.diagnostics << x;
                    continue;
                }
                t.table.fields.insert(key, date.toString(Qt::ISODate));
            } else {
                t.table.fields.insert(key, value);
            }
            t.statedFields.insert(key);
        }
        for (const FormLine& line : parsed.rows) {
            FormRow row;
            row.key = line.text.value(QStringLiteral("row"));
            row.group = line.text.value(QStringLiteral("group"));
            QHash<QString, double> stated;
            fillRow(d, line, &row, &stated);
            t.table.rows << row;
            t.rowLines << line.line;
            t.statedDerived << stated;
        }
        if (parsed.total) {
            FormRow total;
            fillRow(d, *parsed.total, &total, nullptr);
            t.statedTotal = total;
            t.totalLine = parsed.total->line;
        }
        out.tables << t;
        return out;
    }

    // data layout: one table per unit and year, in the order they first appear
    QHash<QString, int> tableOf;
    for (const FormLine& line : parsed.rows) {
        const QString code = line.text.value(QStringLiteral("unit_code")).trimmed();
        const QString name = line.text.value(QStringLiteral("unit_name")).trimmed();
        const QString yearText = line.text.value(QStringLiteral("year")).trimmed();
        const auto year = parseYear(yearText);
        if (!yearText.isEmpty() && !year) {
            Diagnostic x;
            x.file = fileName;
            x.line = line.line;
            x.field = QStringLiteral("year");
            x.message = Text::tr("年度: \"%1\" is not a year").arg(excerpt(yearText));
            out.diagnostics << x;
            continue;
        }
        const QString unit = code.isEmpty() ? name : code;
        const QString id = unit + QLatin1Char('\n') + yearText;
        if (!tableOf.contains(id)) {
            FormCsvTable t;
            t.unitText = unit;
            t.unitLine = line.line;
            t.year = year;
            t.yearLine = line.line;
            t.table.formCode = d.code;
            tableOf.insert(id, static_cast<int>(out.tables.size()));
            out.tables << t;
        }
        FormCsvTable& t = out.tables[tableOf.value(id)];
        FormRow row;
        row.key = line.text.value(QStringLiteral("row"));
        row.group = line.text.value(QStringLiteral("group"));
        QHash<QString, double> stated;
        fillRow(d, line, &row, &stated);
        t.table.rows << row;
        t.rowLines << line.line;
        t.statedDerived << stated;
    }
    if (parsed.total) {
        Diagnostic x;
        x.file = fileName;
        x.line = parsed.total->line;
        x.severity = Severity::Warning;
        x.message =
            Text::tr("the data layout has no 合计 row; it was ignored (totals are computed)");
        out.diagnostics << x;
    }
    return out;
}

} // namespace yufang
