#pragma once

#include "domain/unit.h"

#include <QAbstractItemModel>
#include <QList>

namespace yufang {

// The reporting units as a tree (province → cities → counties). Read-only.
class UnitTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, CodeColumn, ColumnCount };
    enum Role { CodeRole = Qt::UserRole + 1 };

    explicit UnitTreeModel(QObject* parent = nullptr);

    void setUnits(const QList<Unit>& units);
    QModelIndex indexOfCode(const QString& code) const;
    QString codeAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node {
        Unit unit;
        int parent = -1; // index into m_nodes
        int row = 0;     // position among its siblings
        QList<int> children;
    };
    QList<Node> m_nodes;
    QList<int> m_roots;
};

} // namespace yufang
