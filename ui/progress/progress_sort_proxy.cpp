#include "progress_sort_proxy.h"

#include "progress_table_model.h"

namespace yufang {

ProgressSortProxy::ProgressSortProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(ProgressTableModel::RawValueRole);
}

bool ProgressSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const QVariant l = left.data(sortRole()), r = right.data(sortRole());
    if (l.isValid() != r.isValid())
        return l.isValid() == (sortOrder() == Qt::AscendingOrder); // invalid last either way
    if (!l.isValid())
        return left.row() < right.row();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace yufang
