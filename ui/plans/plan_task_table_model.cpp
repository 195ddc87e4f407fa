#include "plan_task_table_model.h"

namespace yufang {

PlanTaskTableModel::PlanTaskTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void PlanTaskTableModel::setObligations(const QList<PlanTask>& list) {
    beginResetModel();
    m_list = list;
    endResetModel();
}

void PlanTaskTableModel::insertObligation(int row, const PlanTask& o) {
    row = qBound(0, row, int(m_list.size()));
    beginInsertRows({}, row, row);
    m_list.insert(row, o);
    endInsertRows();
    Q_EMIT edited();
}

void PlanTaskTableModel::removeObligation(int row) {
    if (row < 0 || row >= m_list.size())
        return;
    beginRemoveRows({}, row, row);
    m_list.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
}

int PlanTaskTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_list.size());
}
int PlanTaskTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanTaskTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_list.size())
        return {};
    const PlanTask& o = m_list.at(index.row());
    const bool once = o.recurrence == TaskRecurrence::Once;
    if (index.column() == FromSeedColumn) {
        if (role == Qt::CheckStateRole)
            return o.dueFromSeed ? Qt::Checked : Qt::Unchecked;
        if (role == RawValueRole)
            return o.dueFromSeed;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case CodeColumn:
        return o.code;
    case SectionColumn:
        return planSectionKey(o.section);
    case NumberColumn:
        return o.sectionNumber;
    case SectionTitleColumn:
        return o.sectionTitle;
    case TitleColumn:
        return o.title;
    case DetailColumn:
        return o.detail;
    case RecurrenceColumn:
        return taskRecurrenceKey(o.recurrence);
    case FromYearColumn:
        return once ? o.dueYear : o.firstYear;
    case ToYearColumn:
        return once ? QVariant() : QVariant(o.lastYear);
    case DueColumn:
        return o.monthDay();
    default:
        return {};
    }
}

bool PlanTaskTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.row() >= m_list.size())
        return false;
    PlanTask& o = m_list[index.row()];
    if (index.column() == FromSeedColumn) {
        if (role != Qt::CheckStateRole)
            return false;
        o.dueFromSeed = value.toInt() == Qt::Checked;
    } else {
        if (role != Qt::EditRole)
            return false;
        const QString text = value.toString().trimmed();
        bool ok = true;
        switch (index.column()) {
        case CodeColumn:
            ok = !text.isEmpty();
            o.code = ok ? text : o.code;
            break;
        case SectionColumn:
            ok = text == QLatin1String("task") || text == QLatin1String("safeguard");
            if (ok)
                o.section = planSectionFromKey(text);
            break;
        case NumberColumn: {
            const int n = text.toInt(&ok);
            ok = ok && n > 0;
            if (ok)
                o.sectionNumber = n;
            break;
        }
        case SectionTitleColumn:
            o.sectionTitle = text;
            break;
        case TitleColumn:
            ok = !text.isEmpty();
            o.title = ok ? text : o.title;
            break;
        case DetailColumn:
            o.detail = text;
            break;
        case RecurrenceColumn: {
            TaskRecurrence r;
            ok = taskRecurrenceFromKey(text, &r);
            if (ok && r != o.recurrence) {
                // Keep the calendar meaningful when switching: a one-off year becomes the range.
                if (r == TaskRecurrence::Yearly) {
                    o.firstYear = o.lastYear = o.dueYear;
                } else {
                    o.dueYear = o.firstYear;
                }
                o.recurrence = r;
                Q_EMIT dataChanged(this->index(index.row(), 0),
                                   this->index(index.row(), ColumnCount - 1));
            }
            break;
        }
        case FromYearColumn:
        case ToYearColumn: {
            const int y = text.toInt(&ok);
            ok = ok && y >= 1900 && y <= 2200;
            if (!ok)
                break;
            if (o.recurrence == TaskRecurrence::Once) {
                ok = index.column() == FromYearColumn;
                if (ok)
                    o.dueYear = y;
            } else if (index.column() == FromYearColumn) {
                o.firstYear = y;
            } else {
                o.lastYear = y;
            }
            break;
        }
        case DueColumn:
            ok = o.setMonthDay(text);
            break;
        default:
            ok = false;
        }
        if (!ok)
            return false;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags PlanTaskTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.column() == FromSeedColumn)
        return f | Qt::ItemIsUserCheckable;
    if (index.column() == ToYearColumn && m_list.at(index.row()).recurrence == TaskRecurrence::Once)
        return f;
    return f | Qt::ItemIsEditable;
}

QVariant PlanTaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case SectionColumn:
        return tr("Part (task/safeguard)");
    case NumberColumn:
        return tr("No.");
    case SectionTitleColumn:
        return tr("Heading");
    case TitleColumn:
        return tr("Obligation");
    case DetailColumn:
        return tr("Detail");
    case RecurrenceColumn:
        return tr("Recurrence (once/yearly)");
    case FromYearColumn:
        return tr("Year / from");
    case ToYearColumn:
        return tr("To");
    case DueColumn:
        return tr("Due (MM-DD)");
    case FromSeedColumn:
        return tr("Date from plan text");
    default:
        return {};
    }
}

} // namespace yufang
