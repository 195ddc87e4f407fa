#pragma once

#include "services/task_checklist.h"

#include <QAbstractTableModel>

namespace yufang {

// A unit's checklist for a year, one row per obligation. Read-only: the record is edited in
// the form beside it. Overdue rows are red and bold.
class TaskTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SectionColumn,
        ObligationColumn,
        RecurrenceColumn,
        DueColumn,
        StatusColumn,
        DoneOnColumn,
        DepartmentColumn,
        EvidenceColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // QDate for dates, int(TaskStatus) for status, else text
        OverdueRole,                     // bool
    };

    explicit TaskTableModel(QObject* parent = nullptr);

    void setChecklist(const Checklist& checklist);
    const Checklist& checklist() const { return m_checklist; }
    const ChecklistItem* itemAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Checklist m_checklist;
};

} // namespace yufang
