#pragma once

#include "annex.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace yufang {

// One difference between two versions of a unit's annex form. The audit trail stores one event
// per change and the version comparison shows the same list, so both speak the same language.
struct AnnexChange {
    enum class Kind { Cell, Meta, RowAdded, RowRemoved };
    Kind kind = Kind::Cell;
    QString industry; // empty for Meta
    QString field;    // canonical key: countFieldKey(), "remark", "preparer", "phone", "filled_on"
    QString oldValue; // "" for an empty cell
    QString newValue;

    bool operator==(const AnnexChange&) const = default;
};

// Cell-by-cell differences, industries in the order of `after` then the removed ones.
// A plan-industry row with nothing in it counts as absent (the form shows it blank either
// way); a local industry row is there or not, so adding or removing one is one RowAdded or
// RowRemoved change whose value sums up the row, not one change per cell.
QList<AnnexChange> diffAnnex(const AnnexTable& before, const AnnexTable& after);

// "企业户数=3；从业总人数=120；备注=…": the filled cells of a row, for added and removed rows.
QString annexRowSummary(const AnnexRow& row);
// Caption of a field key for display: 企业户数, 备注, 填报人, 联系电话, 填报日期.
QString annexFieldCaption(const QString& key);

// The form as JSON (stored with every saved version) and back.
QJsonObject annexToJson(const AnnexTable& table);
AnnexTable annexFromJson(const QJsonObject& json);

} // namespace yufang
