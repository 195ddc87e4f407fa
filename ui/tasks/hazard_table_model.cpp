#include "hazard_table_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace yufang {

HazardTableModel::HazardTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void HazardTableModel::setHazards(const QList<Hazard>& hazards, const QDate& today) {
    beginResetModel();
    m_hazards = hazards;
    m_today = today;
    endResetModel();
}

const Hazard* HazardTableModel::hazardAt(int row) const {
    return row >= 0 && row < m_hazards.size() ? &m_hazards.at(row) : nullptr;
}

int HazardTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_hazards.size());
}

int HazardTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HazardTableModel::data(const QModelIndex& index, int role) const {
    const Hazard* h = index.isValid() ? hazardAt(index.row()) : nullptr;
    if (!h)
        return {};
    const bool overdue = h->isOverdue(m_today);
    switch (role) {
    case OverdueRole:
        return overdue;
    case Qt::ForegroundRole:
        return overdue ? QVariant(QBrush(QColor(0xb0, 0x00, 0x20))) : QVariant();
    case Qt::BackgroundRole:
        return overdue ? QVariant(QBrush(QColor(0xfd, 0xe2, 0xe4))) : QVariant();
    case Qt::FontRole:
        if (overdue) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        return h->note.isEmpty() ? QVariant() : QVariant(h->note);
    case RawValueRole:
        if (index.column() == DeadlineColumn)
            return h->deadline;
        if (index.column() == ClosedOnColumn)
            return h->closedOn;
        if (index.column() == StatusColumn)
            return int(h->status);
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case EnterpriseColumn:
        return h->enterprise;
    case ProblemColumn:
        return h->problem;
    case DeadlineColumn:
        return h->deadline.toString(Qt::ISODate);
    case DepartmentColumn:
        return h->department;
    case StatusColumn:
        return overdue ? tr("%1 (overdue)").arg(hazardStatusLabel(h->status))
                       : hazardStatusLabel(h->status);
    case ClosedOnColumn:
        return h->closedOn.isValid() ? h->closedOn.toString(Qt::ISODate) : QString();
    default:
        return {};
    }
}

QVariant HazardTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EnterpriseColumn:
        return tr("Enterprise");
    case ProblemColumn:
        return tr("Problem");
    case DeadlineColumn:
        return tr("Rectify by");
    case DepartmentColumn:
        return tr("Department");
    case StatusColumn:
        return tr("Status");
    case ClosedOnColumn:
        return tr("Closed on");
    default:
        return {};
    }
}

} // namespace yufang
