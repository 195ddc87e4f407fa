#include "task_table_model.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QFont>

namespace yufang {

TaskTableModel::TaskTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TaskTableModel::setChecklist(const Checklist& checklist) {
    beginResetModel();
    m_checklist = checklist;
    endResetModel();
}

const ChecklistItem* TaskTableModel::itemAt(int row) const {
    return row >= 0 && row < m_checklist.items.size() ? &m_checklist.items.at(row) : nullptr;
}

int TaskTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_checklist.items.size());
}

int TaskTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex& index, int role) const {
    const ChecklistItem* item = index.isValid() ? itemAt(index.row()) : nullptr;
    if (!item)
        return {};
    const bool overdue = item->status == TaskStatus::Overdue;
    if (role == OverdueRole)
        return overdue;
    if (role == Qt::ForegroundRole && overdue)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::BackgroundRole && overdue)
        return QBrush(QColor(0xfd, 0xe2, 0xe4));
    if (role == Qt::BackgroundRole && item->status == TaskStatus::Done)
        return QBrush(QColor(0xe6, 0xf4, 0xea));
    if (role == Qt::FontRole && overdue) {
        QFont f;
        f.setBold(true);
        return f;
    }
    const PlanTask& o = item->obligation;
    if (role == Qt::ToolTipRole) {
        if (index.column() == ObligationColumn && !o.detail.isEmpty())
            return o.detail;
        if (index.column() == DueColumn)
            return dueSourceLabel(o);
        if (index.column() == EvidenceColumn)
            return item->record.note;
        return {};
    }
    if (role == RawValueRole) {
        switch (index.column()) {
        case DueColumn:
            return item->due;
        case DoneOnColumn:
            return item->record.doneOn;
        case StatusColumn:
            return int(item->status);
        case EvidenceColumn:
            return int(item->record.files.size());
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case SectionColumn:
        return sectionLabel(o);
    case ObligationColumn:
        return o.detail.isEmpty() ? o.title : QStringLiteral("%1（%2）").arg(o.title, o.detail);
    case RecurrenceColumn:
        return recurrenceLabel(o);
    case DueColumn:
        return QString(item->due.toString(Qt::ISODate) +
                       (o.dueFromSeed ? QString() : tr(" (default)")));
    case StatusColumn:
        return taskStatusLabel(item->status);
    case DoneOnColumn:
        return item->record.doneOn.isValid() ? item->record.doneOn.toString(Qt::ISODate)
                                             : QString();
    case DepartmentColumn:
        return item->record.department;
    case EvidenceColumn: {
        QStringList names;
        for (const QString& f : item->record.files)
            names << QFileInfo(f).fileName();
        QString text = item->record.note;
        if (!names.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral(" · ")) +
                    tr("%1 file(s)").arg(names.size());
        return text;
    }
    default:
        return {};
    }
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SectionColumn:
        return tr("Task / safeguard");
    case ObligationColumn:
        return tr("Obligation");
    case RecurrenceColumn:
        return tr("Recurrence");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case DoneOnColumn:
        return tr("Done on");
    case DepartmentColumn:
        return tr("Department");
    case EvidenceColumn:
        return tr("Evidence");
    default:
        return {};
    }
}

} // namespace yufang
