#pragma once

#include "domain/plan_task.h"

#include <QAbstractTableModel>

namespace yufang {

// A plan's obligations as an editable table in the plan editor. Cells take the keys the data
// uses (task/safeguard, once/yearly, MM-DD); a value that does not parse is refused.
class PlanTaskTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        SectionColumn,
        NumberColumn,
        SectionTitleColumn,
        TitleColumn,
        DetailColumn,
        RecurrenceColumn,
        FromYearColumn, // the year of a one-off obligation, the first year of a yearly one
        ToYearColumn,   // yearly only
        DueColumn,
        FromSeedColumn,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit PlanTaskTableModel(QObject* parent = nullptr);
    void setObligations(const QList<PlanTask>& list);
    const QList<PlanTask>& obligations() const { return m_list; }
    void insertObligation(int row, const PlanTask& o);
    void removeObligation(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void edited();

private:
    QList<PlanTask> m_list;
};

} // namespace yufang
