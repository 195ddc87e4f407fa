#include "form_validation.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FormValidation)
};

int decimalsOf(const FormColumn& column) {
    return column.type == FormColumnType::Decimal ? column.decimals : 0;
}

Diagnostic make(Severity severity, int row, const QString& field, const QString& message) {
    Diagnostic d;
    d.severity = severity;
    d.row = row;
    d.field = field;
    d.message = message;
    return d;
}
} // namespace

QString formRowLabel(const FormRow& row) {
    return row.group.isEmpty() ? row.key : row.group + QStringLiteral(" / ") + row.key;
}

Diagnostics validateFormRow(const FormDefinition& def, const FormRow& row, int rowIndex) {
    Diagnostics out;
    const QString label = formRowLabel(row);
    for (const FormColumn& column : def.columns) {
        if (!column.isNumber())
            continue;
        const auto v = row.number(column.key);
        if (v && *v < 0)
            out << make(Severity::Error, rowIndex, column.key,
                        Text::tr("%1: %2 must not be negative (found %3)")
                            .arg(label, column.caption, formatScaled(*v, decimalsOf(column))));
    }
    for (const FormRule& rule : def.rules) {
        const FormColumn* left = def.column(rule.leftKey);
        const FormColumn* right = def.column(rule.rightKey);
        if (!left || !right)
            continue; // validateFormDefinition reports it
        const auto l = row.number(left->key);
        const auto r = row.number(right->key);
        if (!l || !r || rule.holds(*l, decimalsOf(*left), *r, decimalsOf(*right)))
            continue;
        out << make(rule.severity, rowIndex, left->key,
                    Text::tr("%1: %2 (%3 %4, %5 %6)")
                        .arg(label, rule.message, left->caption,
                             formatScaled(*l, decimalsOf(*left)), right->caption,
                             formatScaled(*r, decimalsOf(*right))));
    }
    return out;
}

Diagnostics validateFormTable(const FormDefinition& def, const FormTable& table) {
    Diagnostics out;
    QSet<QPair<QString, QString>> seen;
    for (int i = 0; i < table.rows.size(); ++i) {
        const FormRow& row = table.rows.at(i);
        if (row.key.trimmed().isEmpty()) {
            out << make(
                Severity::Error, i, QStringLiteral("row"),
                Text::tr("row %1: %2 is empty")
                    .arg(i + 1)
                    .arg(def.rowCaption.isEmpty() ? Text::tr("the row name") : def.rowCaption));
            continue;
        }
        const QPair<QString, QString> id{row.group, row.key};
        if (seen.contains(id))
            out << make(Severity::Error, i, QStringLiteral("row"),
                        Text::tr("%1: the row appears more than once").arg(formRowLabel(row)));
        seen.insert(id);
        if (row.local && !def.localRowsAllowed)
            out << make(Severity::Error, i, QStringLiteral("row"),
                        Text::tr("%1: this form takes no rows of its own, only those the plan "
                                 "names")
                            .arg(formRowLabel(row)));
        out << validateFormRow(def, row, i);
    }
    return out;
}

std::optional<Diagnostic> checkStatedDerivedValue(const FormDefinition& def, const FormRow& row,
                                                  const FormColumn& column,
                                                  std::optional<StatedValue> stated, int rowIndex) {
    if (!column.isComputed() || !stated)
        return std::nullopt;
    const QString statedText = stated->text.isEmpty()
                                   ? QString::number(stated->value, 'f', column.decimals)
                                   : stated->text;
    if (column.type == FormColumnType::Sum) {
        const auto sum = sumValue(row, column);
        if (sum && static_cast<double>(*sum) == stated->value)
            return std::nullopt;
        return make(Severity::Warning, rowIndex, column.key,
                    Text::tr("%1: the file states %2 %3 but the figures give %4; the computed "
                             "value is used")
                        .arg(formRowLabel(row), column.caption,
                             stated->text.isEmpty() ? QString::number(stated->value) : stated->text,
                             sum ? QString::number(*sum) : rates::notApplicable()));
    }
    const QString computed = formatFormCell(def, row, column);
    const auto ratio = derivedRatio(def, row, column);
    // Half a unit of the last digit the file shows absorbs the file's own rounding.
    double tolerance = 0.5;
    for (int i = 0; i < (stated->decimals < 0 ? column.decimals : stated->decimals); ++i)
        tolerance /= 10.0;
    tolerance += 1e-9;
    const auto value = ratio ? ratio->value(column.scale) : std::nullopt;
    if (value && std::abs(*value - stated->value) <= tolerance)
        return std::nullopt;
    if (value && column.scale == 100 && !stated->sign && stated->decimals >= 0 &&
        std::abs(stated->value * 100.0 - *value) <= tolerance * 100.0)
        return std::nullopt;
    return make(Severity::Warning, rowIndex, column.key,
                Text::tr("%1: the file states %2 %3 but the figures give %4; the computed value "
                         "is used")
                    .arg(formRowLabel(row), column.caption, statedText, computed));
}

} // namespace yufang
