#include "form_table.h"

namespace yufang {

namespace {
qint64 power10(int n) {
    qint64 p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}
} // namespace

std::optional<qint64> FormRow::number(const QString& columnKey) const {
    const auto it = cells.constFind(columnKey);
    return it == cells.constEnd() ? std::nullopt : it->number;
}

QString FormRow::text(const QString& columnKey) const {
    return cells.value(columnKey).text;
}

void FormRow::setNumber(const QString& columnKey, std::optional<qint64> value) {
    if (!value) {
        cells.remove(columnKey);
        return;
    }
    cells[columnKey] = FormCell{value, {}};
}

void FormRow::setText(const QString& columnKey, const QString& value) {
    if (value.isEmpty()) {
        cells.remove(columnKey);
        return;
    }
    cells[columnKey] = FormCell{std::nullopt, value};
}

bool FormRow::hasFigures() const {
    for (const FormCell& c : cells)
        if (c.number)
            return true;
    return false;
}

FormRow FormTable::total(const FormDefinition& definition) const {
    FormRow sum;
    sum.key = QStringLiteral("合计");
    for (const FormColumn& column : definition.columns) {
        if (!column.isNumber())
            continue;
        std::optional<qint64> s;
        for (const FormRow& row : rows)
            if (const auto v = row.number(column.key))
                s = s.value_or(0) + *v;
        sum.setNumber(column.key, s);
    }
    return sum;
}

QList<FormTableLine> formTableLines(const FormDefinition& definition, const FormTable& table) {
    QList<FormTableLine> out;
    const auto sumOf = [&](const QList<FormRow>& rows) {
        FormTable part;
        part.rows = rows;
        return part.total(definition);
    };
    // Subtotals only where they add up more than one row key: a grouped form with one category
    // has none, its 小计 would repeat the row (as the training table always did).
    QStringList keys;
    for (const FormRow& row : table.rows)
        if (!keys.contains(row.key))
            keys << row.key;
    const bool subtotals = keys.size() > 1;
    QList<FormRow> group;
    const auto closeGroup = [&] {
        if (subtotals && definition.subtotals.groups && !group.isEmpty()) {
            FormRow s = sumOf(group);
            s.key.clear();
            s.group = group.first().group;
            out << FormTableLine{FormTableLine::Kind::GroupSubtotal, -1, s};
        }
        group.clear();
    };
    for (int i = 0; i < table.rows.size(); ++i) {
        const FormRow& row = table.rows.at(i);
        if (!group.isEmpty() && row.group != group.first().group)
            closeGroup();
        group << row;
        out << FormTableLine{FormTableLine::Kind::Row, i, row};
    }
    closeGroup();
    if (subtotals && definition.subtotals.rows) {
        for (const QString& key : std::as_const(keys)) {
            QList<FormRow> rows;
            for (const FormRow& row : table.rows)
                if (row.key == key)
                    rows << row;
            FormRow s = sumOf(rows);
            s.key = key;
            out << FormTableLine{FormTableLine::Kind::KeySubtotal, -1, s};
        }
    }
    out << FormTableLine{FormTableLine::Kind::Total, -1, table.total(definition)};
    return out;
}

bool FormTable::hasFigures() const {
    for (const FormRow& row : rows)
        if (row.hasFigures())
            return true;
    return false;
}

const FormRow* FormTable::find(const QString& key, const QString& group) const {
    for (const FormRow& row : rows)
        if (row.key == key && row.group == group)
            return &row;
    return nullptr;
}

FormRow* FormTable::find(const QString& key, const QString& group) {
    for (FormRow& row : rows)
        if (row.key == key && row.group == group)
            return &row;
    return nullptr;
}

std::optional<rates::Ratio> derivedRatio(const FormDefinition& definition, const FormRow& row,
                                         const FormColumn& column) {
    if (column.type != FormColumnType::Derived)
        return std::nullopt;
    const FormColumn* num = definition.column(column.numeratorKey);
    const FormColumn* den = definition.column(column.denominatorKey);
    if (!num || !den)
        return std::nullopt;
    const auto n = row.number(num->key);
    const auto d = row.number(den->key);
    if (!n || !d || *d <= 0)
        return std::nullopt;
    // n/10^a ÷ d/10^b = n·10^b ÷ d·10^a: an exact ratio of whole numbers.
    const int a = num->type == FormColumnType::Decimal ? num->decimals : 0;
    const int b = den->type == FormColumnType::Decimal ? den->decimals : 0;
    return rates::Ratio{*n * power10(b), *d * power10(a)};
}

std::optional<double> derivedValue(const FormDefinition& definition, const FormRow& row,
                                   const FormColumn& column) {
    const auto r = derivedRatio(definition, row, column);
    return r ? r->value(column.scale) : std::nullopt;
}

std::optional<qint64> sumValue(const FormRow& row, const FormColumn& column) {
    std::optional<qint64> s;
    for (const QString& key : column.summands)
        if (const auto v = row.number(key))
            s = s.value_or(0) + *v;
    return s;
}

QString formatScaled(qint64 scaled, int decimals) {
    if (decimals <= 0)
        return QString::number(scaled);
    const qint64 unit = power10(decimals);
    const qint64 magnitude = scaled < 0 ? -scaled : scaled;
    return (scaled < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / unit) +
           QLatin1Char('.') +
           QStringLiteral("%1").arg(magnitude % unit, decimals, 10, QLatin1Char('0'));
}

QString formatFormCell(const FormDefinition& definition, const FormRow& row,
                       const FormColumn& column) {
    switch (column.type) {
    case FormColumnType::Count: {
        const auto v = row.number(column.key);
        return v ? QString::number(*v) : QString();
    }
    case FormColumnType::Decimal: {
        const auto v = row.number(column.key);
        return v ? formatScaled(*v, column.decimals) : QString();
    }
    case FormColumnType::Text:
        return row.text(column.key);
    case FormColumnType::Derived: {
        const auto r = derivedRatio(definition, row, column);
        return r ? r->format(column.scale, column.decimals) : rates::notApplicable();
    }
    case FormColumnType::Sum: {
        const auto v = sumValue(row, column);
        return v ? QString::number(*v) : QString();
    }
    }
    return {};
}

} // namespace yufang
