#include "form_csv_reader.h"

#include "cell_parsing.h"
#include "csv_reader.h"
#include "domain/input_text.h"
#include "form_labels.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FormCsvReader)
};

using Kind = FormColumnSpec::Kind;
constexpr int kIgnoredColumnsNamed = 3; // named one by one; the rest are counted

QString formHeaderKey(const QString& header) {
    QString h = headerKey(header);
    if (h.startsWith(QStringLiteral("其中:")))
        h = h.mid(3);
    return h;
}

bool isNumber(const FormColumnSpec& c) {
    return c.kind == Kind::Count || c.kind == Kind::Decimal;
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
                const QString before = QRegularExpression::escape(formHeaderKey(name.left(at)));
                QString after = formHeaderKey(name.mid(at + 6));
                // 2020年工伤事故数量 is also written 2020年度工伤事故数量.
                after = after.startsWith(QStringLiteral("年"))
                            ? QStringLiteral("年度?") + QRegularExpression::escape(after.mid(1))
                            : QRegularExpression::escape(after);
                m_yearNames.append(
                    {QRegularExpression(QStringLiteral("^%1(\\d{4})%2$").arg(before, after)), &c});
                m_yearSuffixed.insert(formHeaderKey(c.names.value(0)), &c);
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
        // "工伤事故数量（2020年）" names the year in what would be the unit suffix.
        static const QRegularExpression suffix(QStringLiteral("^(.+)\\((\\d{4})年度?\\)$"));
        if (const auto m = suffix.match(normaliseLabel(header).toLower()); m.hasMatch())
            if (const FormColumnSpec* c = m_yearSuffixed.value(formHeaderKey(m.captured(1)))) {
                if (year)
                    *year = m.captured(2).toInt();
                return c;
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
    QHash<QString, const FormColumnSpec*> m_yearSuffixed;
};

// "填报单位：兰山区" in one cell, or the label followed by the value in the next cell: for the
// labels of a form's own header and footer fields.
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

struct Header {
    int line = 0;
    QHash<QString, int> index;
    std::optional<int> year; // from a "{year}" name
    int col(const QString& key) const { return index.value(key, -1); }
};

// A derived cell as the file states it, with the precision it shows.
std::optional<StatedValue> statedValue(const QString& cell) {
    const auto value = parseRate(cell);
    if (!value)
        return std::nullopt;
    StatedValue v;
    v.value = *value;
    v.text = cell;
    const QString n = normaliseLabel(cell);
    v.sign = n.contains(QLatin1Char('%')) || n.contains(QChar(0x2030));
    v.decimals = 0;
    if (const qsizetype dot = n.indexOf(QLatin1Char('.')); dot >= 0)
        for (qsizetype i = dot + 1; i < n.size() && n.at(i).isDigit(); ++i)
            ++v.decimals;
    return v;
}

// A 单位代码 as typed: "'371302" (kept as text), full-width digits.
QString unitCodeOf(const QString& cell) {
    QString code = normaliseLabel(cell);
    while (code.startsWith(QLatin1Char('\'')))
        code.remove(0, 1);
    return code;
}

class Reader {
public:
    Reader(FormCsvContent& out, const FormDefinition& d)
        : m_out(out), m_d(d), m_specs(formTableColumnSpecs(d)), m_matcher(m_specs) {}

    const QList<FormColumnSpec>& specs() const { return m_specs; }

    void add(Severity s, int line, const QString& message, const QString& field = {}) {
        Diagnostic x;
        x.severity = s;
        x.file = m_out.file;
        x.line = line;
        x.field = field;
        x.message = message;
        m_out.diagnostics << x;
    }

    bool isHeaderRecord(const CsvRecord& r) const {
        for (const QString& f : r.fields)
            if (const FormColumnSpec* c = m_matcher.specFor(f); c && c->kind == Kind::Label)
                return true;
        return false;
    }

    Header readHeader(const CsvRecord& r) {
        Header h;
        h.line = r.line;
        int ignored = 0;
        for (int i = 0; i < r.fields.size(); ++i) {
            if (r.at(i).isEmpty())
                continue;
            std::optional<int> year;
            const FormColumnSpec* c = m_matcher.specFor(r.fields.at(i), &year);
            if (!c) {
                // A few by name; a row of thousands of stray cells gives one more line, not
                // thousands.
                if (++ignored <= kIgnoredColumnsNamed)
                    add(Severity::Warning, r.line,
                        Text::tr("column \"%1\" is not part of the table and was ignored")
                            .arg(excerpt(r.at(i))));
                continue;
            }
            if (h.index.contains(c->key)) {
                add(Severity::Error, r.line,
                    Text::tr("column \"%1\" appears twice").arg(excerpt(r.at(i))), c->key);
                continue;
            }
            h.index.insert(c->key, i);
            if (year)
                h.year = year;
        }
        if (ignored > kIgnoredColumnsNamed)
            add(Severity::Warning, r.line,
                Text::tr("%1 more columns are not part of the table and were ignored")
                    .arg(ignored - kIgnoredColumnsNamed));
        QStringList missing;
        for (const FormColumnSpec& c : m_specs)
            if (c.required && !h.index.contains(c.key))
                missing << c.names.value(0, c.key);
        if (!missing.isEmpty())
            add(Severity::Error, r.line,
                Text::tr("the header lacks the column(s) %1")
                    .arg(missing.join(QStringLiteral("、"))));
        return h;
    }

    // The row's label cells (group, row) as written.
    QString labelsOf(const CsvRecord& r, const Header& h) const {
        QStringList labels;
        for (const QString& key : {form_csv_keys::kGroup, form_csv_keys::kRow})
            if (h.col(key) >= 0 && !r.at(h.col(key)).isEmpty())
                labels << excerpt(r.at(h.col(key)).simplified());
        return labels.join(QStringLiteral(" · "));
    }

    // Any number cell of the record filled (an unreadable one counts too: it is meant as a
    // figure).
    bool hasNumberCells(const CsvRecord& r, const Header& h) const {
        for (const FormColumnSpec& c : m_specs)
            if (isNumber(c) && h.col(c.key) >= 0 &&
                parseCount(r.at(h.col(c.key))).kind != ParsedCount::Kind::Empty)
                return true;
        return false;
    }

    // 合计 in a label column, or in a cell left of it (merged over 序号 and the label).
    bool isTotalRow(const CsvRecord& r, const Header& h) const {
        const int last = std::max(h.col(form_csv_keys::kRow), h.col(form_csv_keys::kGroup));
        for (int i = 0; i <= last; ++i)
            if (isTotalLabel(r.at(i)))
                return true;
        return false;
    }

    bool isSubtotalRow(const CsvRecord& r, const Header& h) const {
        for (const QString& key : {form_csv_keys::kGroup, form_csv_keys::kRow})
            if (h.col(key) >= 0 && normaliseLabel(r.at(h.col(key))) == QStringLiteral("小计"))
                return true;
        return false;
    }

    // One record into *row: labels, numbers, text; the derived values it states into *stated.
    // The number columns it could not read go to *unreadable. False when it has an error.
    bool readRow(const CsvRecord& r, const Header& h, const QString& where, FormRow* row,
                 QHash<QString, StatedValue>* stated, QSet<QString>* unreadable) {
        bool ok = true;
        for (const QString& key : {form_csv_keys::kGroup, form_csv_keys::kRow}) {
            if (h.col(key) < 0)
                continue;
            const QString cell = r.at(h.col(key));
            if (const QString why = nameProblem(cell); !why.isEmpty()) {
                add(Severity::Error, r.line,
                    Text::tr("%1: %2").arg(
                        key == form_csv_keys::kRow ? m_d.rowCaption : m_d.groupCaption, why),
                    key);
                ok = false;
            }
            (key == form_csv_keys::kRow ? row->key : row->group) = cell.simplified();
        }
        for (const FormColumn& c : m_d.columns) {
            if (h.col(c.key) < 0)
                continue;
            const QString cell = r.at(h.col(c.key));
            switch (c.type) {
            case FormColumnType::Count:
            case FormColumnType::Decimal: {
                const ParsedCount p = c.type == FormColumnType::Decimal
                                          ? parseDecimal(cell, c.decimals)
                                          : parseCount(cell);
                if (p.kind == ParsedCount::Kind::Invalid) {
                    add(Severity::Error, r.line,
                        Text::tr("%1, %2: %3").arg(where, c.caption, p.problem), c.key);
                    if (unreadable)
                        unreadable->insert(c.key);
                    ok = false;
                } else if (p.kind == ParsedCount::Kind::Value) {
                    row->setNumber(c.key, p.value);
                }
                break;
            }
            case FormColumnType::Text:
                row->setText(c.key, cell); // CsvRecord::at trimmed it: '\tx keeps its tab
                break;
            case FormColumnType::Derived:
            case FormColumnType::Sum:
                if (const auto v = statedValue(cell); v && stated)
                    stated->insert(c.key, *v);
                break;
            }
        }
        return ok;
    }

    void addRow(FormCsvTable* t, const CsvRecord& r, const Header& h) {
        FormRow row;
        QHash<QString, StatedValue> stated;
        const QString where = labelsOf(r, h);
        const bool ok = readRow(r, h, where.isEmpty() ? QStringLiteral("?") : where, &row, &stated,
                                &t->unreadableColumns);
        t->table.rows << row;
        t->rowLines << r.line;
        t->statedDerived << stated;
        t->rowUnreadable << !ok;
    }

    void readTotal(FormCsvTable* t, const CsvRecord& r, const Header& h) {
        FormRow total;
        if (readRow(r, h, QStringLiteral("合计"), &total, nullptr, nullptr)) {
            t->statedTotal = total;
            t->totalLine = r.line;
        }
    }

    // The labelled values of a line above or below a table into *t: 填报单位 (only where
    // `unit`), 年度, 填报人, 联系电话, 填报日期 and the definition's own header and footer fields.
    void applyLabels(const CsvRecord& r, FormCsvTable* t, bool unit) {
        for (const LabelledValue& v : labelledValues(r)) {
            switch (v.label) {
            case FormLabel::Unit:
                if (unit) {
                    t->unitText = v.value;
                    t->unitLine = r.line;
                }
                break;
            case FormLabel::Year:
                t->yearLine = r.line;
                t->year = parseYear(v.value);
                if (!t->year)
                    add(Severity::Error, r.line,
                        Text::tr("年度: \"%1\" is not a year").arg(excerpt(v.value)),
                        form_csv_keys::kYear);
                break;
            case FormLabel::Preparer:
                setField(t, form_fields::kPreparer, v.value, r.line);
                break;
            case FormLabel::Phone:
                setField(t, form_fields::kPhone, v.value, r.line);
                break;
            case FormLabel::Date:
                setField(t, form_fields::kFilledOn, v.value, r.line);
                break;
            case FormLabel::Other:
                break;
            }
        }
        for (const FormField& f : m_d.headerFields + m_d.footerFields) {
            if (f.key == form_fields::kPreparer || f.key == form_fields::kPhone ||
                f.key == form_fields::kFilledOn)
                continue;
            if (const auto value = labelValue(r, normaliseLabel(f.caption)))
                setField(t, f.key, *value, r.line);
        }
    }

    // A label line of a form's own header or footer fields, which the standard labels miss.
    bool startsWithOwnLabel(const CsvRecord& r) const {
        for (int i = 0; i < r.fields.size(); ++i) {
            const QString n = normaliseLabel(r.at(i));
            if (n.isEmpty())
                continue;
            for (const FormField& f : m_d.headerFields + m_d.footerFields)
                if (n.startsWith(normaliseLabel(f.caption) + QLatin1Char(':')))
                    return true;
            return false;
        }
        return false;
    }

private:
    void setField(FormCsvTable* t, const QString& key, const QString& value, int line) {
        bool known = false;
        for (const FormField& f : m_d.headerFields + m_d.footerFields)
            known = known || f.key == key;
        if (!known)
            return;
        const QString v = value.trimmed();
        if (key == form_fields::kFilledOn && !v.isEmpty()) {
            const QDate date = parseDate(v);
            if (!date.isValid()) {
                add(Severity::Error, line,
                    Text::tr("填报日期: \"%1\" is not a date").arg(excerpt(v)), key);
                return;
            }
            t->table.fields.insert(key, date.toString(Qt::ISODate));
        } else {
            t->table.fields.insert(key, v);
        }
        t->statedFields.insert(key);
    }

    FormCsvContent& m_out;
    const FormDefinition& m_d;
    QList<FormColumnSpec> m_specs;
    ColumnMatcher m_matcher;
};

// The form layout, as a small state machine over the records: lines before a header row
// (title, 填报单位, 年度), the table, and what follows 合计 (填报人, notes, 校核人, the issuer).
// A sheet may hold several forms one under the other; each header row starts the next one.
void readForm(const QList<CsvRecord>& records, Reader& reader, FormCsvContent& out) {
    enum class State { Before, Table, After } state = State::Before;
    Header h;
    FormCsvTable pending; // 填报单位, 年度 and 填报日期 seen before the next header
    bool afterTotal = false;
    auto current = [&]() -> FormCsvTable& { return out.tables.last(); };
    auto isLabelLine = [&](const CsvRecord& r) {
        return startsWithLabel(r) || reader.startsWithOwnLabel(r);
    };
    for (const CsvRecord& r : records) {
        if (r.isBlank())
            continue;
        if (reader.isHeaderRecord(r)) {
            const int errorsBefore = countOf(out.diagnostics, Severity::Error);
            h = reader.readHeader(r);
            if (countOf(out.diagnostics, Severity::Error) > errorsBefore)
                return; // without its columns no row of this form can be read
            FormCsvTable t = pending;
            // A form without a 年度 line states its year in a column's header (2023年工伤事故数量).
            if (h.year && !t.year) {
                t.year = h.year;
                t.yearLine = h.line;
            } else if (h.year && *h.year != *t.year) {
                reader.add(Severity::Error, h.line,
                           Text::tr("the header names the year %1, but 年度 says %2")
                               .arg(*h.year)
                               .arg(*t.year),
                           form_csv_keys::kYear);
                return;
            }
            out.tables << t;
            pending = FormCsvTable();
            state = State::Table;
            afterTotal = false;
            continue;
        }
        if (state == State::Before || (state == State::After && isLabelLine(r))) {
            // After a table a new 填报单位 starts the next form: the lines from it on are its.
            bool unit = false;
            for (const LabelledValue& v : labelledValues(r))
                unit = unit || v.label == FormLabel::Unit;
            const bool next = state == State::Before || unit || !pending.unitText.isEmpty();
            reader.applyLabels(r, next ? &pending : &current(), true);
            continue;
        }
        if (state == State::Table && isLabelLine(r)) {
            reader.applyLabels(r, &current(), false);
            state = State::After;
            continue;
        }
        if (state == State::Table && isNoteLine(r)) {
            state = State::After;
            continue;
        }
        if (state == State::After) {
            // Notes, the issuer and dates carry no figures; a row with figures down here would
            // be silently lost, so it is an error.
            const QString label = reader.labelsOf(r, h);
            if (!isNoteLine(r) && reader.hasNumberCells(r, h) && !label.isEmpty())
                reader.add(
                    Severity::Error, r.line,
                    Text::tr("%1: a row with figures below %2 is not part of the table; "
                             "move it above 合计")
                        .arg(label, afterTotal ? QStringLiteral("合计") : Text::tr("the notes")),
                    form_csv_keys::kRow);
            continue;
        }
        // State::Table
        if (reader.isSubtotalRow(r, h))
            continue; // a subtotal a clerk added: it is recomputed anyway
        if (reader.isTotalRow(r, h)) {
            reader.readTotal(&current(), r, h);
            state = State::After;
            afterTotal = true;
            continue;
        }
        if (reader.labelsOf(r, h).isEmpty() && (isUnitsRow(r) || !reader.hasNumberCells(r, h)))
            continue; // "（户）（人）" under the header, or a spare template row showing #DIV/0!
        reader.addRow(&current(), r, h);
    }
}

void readData(const QList<CsvRecord>& records, int headerAt, Reader& reader, FormCsvContent& out) {
    const Header h = reader.readHeader(records.at(headerAt));
    if (hasErrors(out.diagnostics))
        return;
    QHash<QString, int> tableOf; // unit + year → index in out.tables
    for (int i = headerAt + 1; i < records.size(); ++i) {
        const CsvRecord& r = records.at(i);
        if (r.isBlank())
            continue;
        const QString code = unitCodeOf(r.at(h.col(form_csv_keys::kUnitCode)));
        const QString name = r.at(h.col(form_csv_keys::kUnitName));
        QString why = nameProblem(r.at(h.col(form_csv_keys::kUnitCode)));
        if (why.isEmpty())
            why = nameProblem(name);
        if (!why.isEmpty()) {
            reader.add(Severity::Error, r.line, Text::tr("单位代码/单位名称: %1").arg(why),
                       QStringLiteral("unit"));
            continue;
        }
        const QString yearText = r.at(h.col(form_csv_keys::kYear));
        std::optional<int> year = h.year;
        if (!yearText.isEmpty()) {
            year = parseYear(yearText);
            if (!year) {
                reader.add(Severity::Error, r.line,
                           Text::tr("年度: \"%1\" is not a year").arg(excerpt(yearText)),
                           form_csv_keys::kYear);
                continue;
            }
        }
        const QString id = code + QLatin1Char('\x1f') + (code.isEmpty() ? name : QString()) +
                           QLatin1Char('\x1f') + (year ? QString::number(*year) : QString());
        if (!tableOf.contains(id)) {
            FormCsvTable t;
            t.unitCode = code;
            t.unitText = name;
            t.unitLine = r.line;
            t.year = year;
            t.yearLine = r.line;
            tableOf.insert(id, static_cast<int>(out.tables.size()));
            out.tables << t;
        }
        FormCsvTable& t = out.tables[tableOf.value(id)];
        if (reader.isTotalRow(r, h))
            reader.readTotal(&t, r, h);
        else
            reader.addRow(&t, r, h);
    }
}
} // namespace

QList<FormColumnSpec> formTableColumnSpecs(const FormDefinition& d) {
    using Kind = FormColumnSpec::Kind;
    QList<FormColumnSpec> specs;
    // An industry column is also recognised by its English key, as the data layout's English
    // headers write it (industry, unit_code, enterprises, …).
    const QStringList industry{QStringLiteral("industry")};
    if (d.hasGroups())
        specs << FormColumnSpec{form_csv_keys::kGroup,
                                QStringList{d.groupCaption} + d.groupAliases + industry,
                                Kind::Label, true};
    specs << FormColumnSpec{form_csv_keys::kRow,
                            QStringList{d.rowCaption} + d.rowAliases +
                                (d.rowKind == FormRowKind::Industries ? industry : QStringList()),
                            Kind::Label, true};
    specs << FormColumnSpec{form_csv_keys::kUnitCode, {QStringLiteral("单位代码")}, Kind::Text};
    specs << FormColumnSpec{form_csv_keys::kUnitName,
                            {QStringLiteral("单位名称"), QStringLiteral("填报单位")},
                            Kind::Text};
    specs << FormColumnSpec{form_csv_keys::kYear, {QStringLiteral("年度")}, Kind::Text};
    // Many sheets number their rows: read past silently.
    specs << FormColumnSpec{
        QStringLiteral("serial"), {QStringLiteral("序号"), QStringLiteral("no.")}, Kind::Ignored};
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
    Reader reader(out, d);
    // In a workbook, the sheet with the form's header (and title) is the one to read.
    QStringList sheetHints{d.title};
    for (const FormColumnSpec& c : reader.specs())
        if (c.kind != Kind::Ignored)
            sheetHints << c.names;
    CsvDocument doc = readCsvDocument(bytes, fileName, sheetHints);
    out.encoding = doc.encoding;
    if (hasErrors(doc.diagnostics)) {
        out.diagnostics << doc.diagnostics;
        return out;
    }
    const QList<CsvRecord>& records = doc.records;
    int headerAt = -1;
    for (int i = 0; i < records.size() && headerAt < 0; ++i)
        if (reader.isHeaderRecord(records.at(i)))
            headerAt = i;
    if (headerAt < 0) {
        reader.add(Severity::Error, 0,
                   Text::tr("no header row with %1 was found; is this the right kind of file?")
                       .arg(d.rowCaption));
        return out;
    }
    const Header first = reader.readHeader(records.at(headerAt));
    out.diagnostics.clear(); // read again below, by the layout's own reading
    out.dataLayout = first.col(form_csv_keys::kUnitCode) >= 0 ||
                     first.col(form_csv_keys::kYear) >= 0 ||
                     (first.col(form_csv_keys::kUnitName) >= 0 && headerAt == 0);
    if (out.dataLayout)
        readData(records, headerAt, reader, out);
    else
        readForm(records, reader, out);
    for (FormCsvTable& t : out.tables)
        t.table.formCode = d.code;
    return out;
}

} // namespace yufang
