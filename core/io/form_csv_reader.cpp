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
        }
    }
    const FormColumnSpec* specFor(const QString& header) const {
        return m_byName.value(formHeaderKey(header), nullptr);
    }

private:
    void claim(const QString& name, const FormColumnSpec* column) {
        if (!m_byName.contains(name))
            m_byName.insert(name, column);
    }
    QHash<QString, const FormColumnSpec*> m_byName;
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
        for (int j = i + 1; j < r.fields.size(); ++j)
            if (!r.at(j).isEmpty())
                return r.at(j);
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
            const FormColumnSpec* c = m_matcher.specFor(r.fields.at(i));
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
            } else if (c.kind != FormColumnSpec::Kind::Count) {
                line.text.insert(c.key, cell);
            }
        }
        const QString where = labels.join(QStringLiteral(" · "));
        for (const FormColumnSpec& c : m_columns) {
            if (c.kind != FormColumnSpec::Kind::Count || !m_index.contains(c.key))
                continue;
            const ParsedCount p = parseCount(r.at(m_index.value(c.key)));
            if (p.kind == ParsedCount::Kind::Invalid)
                add(Severity::Error, r.line,
                    Text::tr("%1, %2: %3").arg(where, c.names.value(0, c.key), p.problem), c.key);
            else if (p.kind == ParsedCount::Kind::Value)
                line.counts.insert(c.key, p.value);
        }
        return line;
    }

    int column(const QString& key) const { return m_index.value(key, -1); }

private:
    ParsedForm& m_out;
    const QList<FormColumnSpec>& m_columns;
    ColumnMatcher m_matcher;
    QHash<QString, int> m_index;
};
} // namespace

ParsedForm readFormCsv(const QByteArray& bytes, const QString& fileName,
                       const QList<FormColumnSpec>& columns, const QString& labelKey) {
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
        if (auto year = labelValue(r, QStringLiteral("年度"))) {
            out.yearLine = r.line;
            out.year = parseYear(*year);
            if (!out.year)
                reader.add(Severity::Error, r.line,
                           Text::tr("年度: \"%1\" is not a year").arg(excerpt(*year)),
                           QStringLiteral("year"));
        }
    }
    if (!reader.readHeader(records.at(headerAt)))
        return out;
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
    }
    return out;
}

} // namespace yufang
