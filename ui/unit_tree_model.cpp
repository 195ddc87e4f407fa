#include "unit_tree_model.h"

#include <QHash>

namespace yufang {

UnitTreeModel::UnitTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void UnitTreeModel::setUnits(const QList<Unit>& units) {
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    QHash<QString, int> byCode;
    for (const Unit& u : units) {
        byCode.insert(u.code, int(m_nodes.size()));
        m_nodes.append(Node{u, -1, 0, {}});
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        Node& n = m_nodes[i];
        const int parent = byCode.value(n.unit.parentCode, -1);
        QList<int>& siblings = parent >= 0 && parent != i ? m_nodes[parent].children : m_roots;
        n.parent = parent != i ? parent : -1;
        n.row = int(siblings.size());
        siblings.append(i);
    }
    endResetModel();
}

QModelIndex UnitTreeModel::indexOfCode(const QString& code) const {
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes.at(i).unit.code == code)
            return createIndex(m_nodes.at(i).row, 0, quintptr(i));
    return {};
}

QString UnitTreeModel::codeAt(const QModelIndex& index) const {
    return index.isValid() ? m_nodes.at(int(index.internalId())).unit.code : QString();
}

QModelIndex UnitTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QList<int>& siblings =
        parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_roots;
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex UnitTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    const int p = m_nodes.at(int(child.internalId())).parent;
    if (p < 0)
        return {};
    return createIndex(m_nodes.at(p).row, 0, quintptr(p));
}

int UnitTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int UnitTreeModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant UnitTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const Unit& u = m_nodes.at(int(index.internalId())).unit;
    if (role == CodeRole)
        return u.code;
    if (role == Qt::DisplayRole)
        return index.column() == NameColumn ? u.name : u.code;
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1 %2").arg(u.code, u.name);
    return {};
}

QVariant UnitTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Unit") : tr("Code");
}

} // namespace yufang
