#pragma once

#include "form_definition.h"
#include "rates.h"

#include <QMap>
#include <QString>

#include <optional>

namespace yufang {

// One cell of a form row. Numbers are kept exact as integers: a Count as it is, a Decimal
// scaled by 10^decimals of its column (12.34 with 2 decimals is 1234), so sums never round.
// Empty (no number, no text) means "not reported", which sums as nothing.
struct FormCell {
    std::optional<qint64> number;
    QString text;

    bool isEmpty() const { return !number && text.isEmpty(); }
    bool operator==(const FormCell&) const = default;
};

// One row: its key (the industry, the category, the enterprise's name…), for the
// IndustriesByKeyPersonnel kind also its group (the industry), whether the unit added it itself
// (local rows stay separate all the way up), and the cells of the stored columns by key
// (derived columns are never stored: they are computed from the row's numbers).
struct FormRow {
    QString key;
    QString group;
    bool local = false;
    QMap<QString, FormCell> cells;

    std::optional<qint64> number(const QString& columnKey) const;
    QString text(const QString& columnKey) const;
    void setNumber(const QString& columnKey, std::optional<qint64> value);
    void setText(const QString& columnKey, const QString& value);
    bool hasFigures() const; // any number filled in
    bool operator==(const FormRow&) const = default;
};

// A form of one unit and year: rows in the definition's order (plan rows first, local after),
// and the header and footer field values by key (form_fields::kPreparer, …; 填报日期 as an ISO
// date).
struct FormTable {
    QString formCode;
    QString unitCode;
    int year = 0;
    QList<FormRow> rows;
    QMap<QString, QString> fields;

    // The 合计 row: each number column summed over the rows that report it (empty when none
    // does); derived columns are then computed from these sums, never averaged.
    FormRow total(const FormDefinition& definition) const;
    bool hasFigures() const;
    const FormRow* find(const QString& key, const QString& group = {}) const;
    FormRow* find(const QString& key, const QString& group = {});
    QString field(const QString& key) const { return fields.value(key); }
    bool operator==(const FormTable&) const = default;
};

// A line of a form as it is shown and printed: a row of the table, a subtotal the definition
// asks for (FormSubtotals: a 小计 after each group's rows, then a 合计 per row key over every
// group), or the 合计 of everything. A computed line's figures are FormTable::total of its rows,
// so its derived columns come from the sums, never from an average of rates; none is stored.
struct FormTableLine {
    enum class Kind { Row, GroupSubtotal, KeySubtotal, Total };
    Kind kind = Kind::Row;
    int tableRow = -1; // Row: the index into FormTable::rows
    // The row itself, or the sums: a group's subtotal keeps the group (key empty), a row key's
    // subtotal keeps the key (group empty); the total's key is 合计.
    FormRow row;

    bool isComputed() const { return kind != Kind::Row; }
};

// The lines in order: the rows, each group closed by its subtotal (groups are the runs of
// rows with the same group), the per-key subtotals in the order the keys first appear, 合计.
// Subtotals come only with more than one row key (one category: none).
QList<FormTableLine> formTableLines(const FormDefinition& definition, const FormTable& table);

// A derived column of a row as an exact ratio already scaled to whole numbers of both columns'
// decimals; nullopt when the numerator or denominator is empty or the denominator is zero
// (not applicable, shown "—").
std::optional<rates::Ratio> derivedRatio(const FormDefinition& definition, const FormRow& row,
                                         const FormColumn& column);
// The derived value as a number in the column's scale (‰, %), nullopt when not applicable.
std::optional<double> derivedValue(const FormDefinition& definition, const FormRow& row,
                                   const FormColumn& column);

// A Sum column of a row: the sum of its summands that are filled in, nullopt when none is.
std::optional<qint64> sumValue(const FormRow& row, const FormColumn& column);

// A number as written with `decimals` digits: 1234 with 2 decimals is "12.34".
QString formatScaled(qint64 scaled, int decimals);

// The display text of any cell: counts and decimals as numbers, text as is, derived columns
// computed and rounded half-up to the column's decimals or "—"; empty cells are empty.
QString formatFormCell(const FormDefinition& definition, const FormRow& row,
                       const FormColumn& column);

} // namespace yufang
