#pragma once

#include <QSortFilterProxyModel>

namespace yufang {

// Sorts progress tables on ProgressTableModel::RawValueRole and keeps "not applicable" rows
// (no baseline, no data) at the bottom in both directions: descending by reduction should
// start with the best figure, not with the industries nobody reported.
class ProgressSortProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ProgressSortProxy(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace yufang
