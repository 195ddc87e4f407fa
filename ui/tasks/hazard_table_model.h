#pragma once

#include "domain/hazard.h"

#include <QAbstractTableModel>
#include <QDate>

namespace yufang {

// The hazard-rectification list (隐患 / 限期整改) of a unit; overdue rows red and bold.
class HazardTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        EnterpriseColumn,
        ProblemColumn,
        DeadlineColumn,
        DepartmentColumn,
        StatusColumn,
        ClosedOnColumn,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1, OverdueRole };

    explicit HazardTableModel(QObject* parent = nullptr);

    void setHazards(const QList<Hazard>& hazards, const QDate& today);
    const Hazard* hazardAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Hazard> m_hazards;
    QDate m_today;
};

} // namespace yufang
