#pragma once

#include "form_definition.h"
#include "form_table.h"

#include <QList>
#include <QString>

namespace yufang {

// One difference between two states of a unit's form. The audit trail stores one event per
// change and the versions dialog shows the same list, so both speak the same language.
struct FormChange {
    enum class Kind { Cell, Field, RowAdded, RowRemoved };
    Kind kind = Kind::Cell;
    QString group;    // the row's group (grouped forms); empty for Field
    QString row;      // the row's key (the industry, the category…); empty for Field
    QString field;    // a column key, or a header/footer field key (preparer, phone, filled_on)
    QString oldValue; // "" for an empty cell; numbers as written (12.34)
    QString newValue;

    bool operator==(const FormChange&) const = default;
};

// Value by value, rows in the order of `after` then the removed ones, each row's columns in
// the definition's order (columns it does not know after, by key), then the fields (header,
// footer, then others by key). A row with nothing in it counts as absent (it shows blank
// either way), except a local row of a form whose local rows the unit names itself (the
// 基本情况表's local industries): such a row is there or not, so adding or removing it is one
// RowAdded or RowRemoved change whose value sums it up (formRowSummary), not a change per
// cell.
QList<FormChange> diffForms(const FormDefinition& definition, const FormTable& before,
                            const FormTable& after);

// How a change names its row: the key, or "group/key" in a grouped form.
QString formRowLabel(const QString& group, const QString& key);
// "企业户数=3；从业总人数=120；备注=…": the filled cells of a row, for added and removed rows.
QString formRowSummary(const FormDefinition& definition, const FormRow& row);
// The caption of a column or field key (企业户数, 备注, 填报人); the key when the definition
// has neither.
QString formFieldCaption(const FormDefinition& definition, const QString& key);

} // namespace yufang
