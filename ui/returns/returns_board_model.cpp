#include "returns_board_model.h"

#include "storage/database_account.h"

#include <QBrush>
#include <QColor>

namespace yufang {

ReturnsBoardModel::ReturnsBoardModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReturnsBoardModel::setEntries(const QList<ReturnEntry>& entries) {
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const ReturnEntry* ReturnsBoardModel::entryAt(int row) const {
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int ReturnsBoardModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ReturnsBoardModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReturnsBoardModel::data(const QModelIndex& index, int role) const {
    const ReturnEntry* e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e)
        return {};
    const ReturnRecord r = e->record.value_or(ReturnRecord{});
    if (role == StatusRole)
        return int(e->status);
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        switch (e->status) {
        case ReturnStatus::Overdue:
            return QBrush(QColor(0xB0, 0x1E, 0x1E));
        case ReturnStatus::Returned:
            return QBrush(QColor(0xA0, 0x60, 0x00));
        case ReturnStatus::Accepted:
            return QBrush(QColor(0x1E, 0x7A, 0x1E));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Sha256Column)
        return r.sha256;
    if (role == Qt::ToolTipRole && index.column() == DueColumn)
        return e->daysLeft >= 0 ? tr("%1 day(s) left").arg(e->daysLeft)
                                : tr("%1 day(s) past the deadline").arg(-e->daysLeft);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (index.column()) {
    case UnitColumn:
        if (m_recipientView)
            return e->obligation.recipient;
        return raw ? QVariant(e->unit.code) : QVariant(e->unit.name);
    case ObligationColumn:
        return raw ? QVariant(e->obligation.code) : QVariant(e->obligation.title);
    case DueColumn:
        return raw ? QVariant(e->due) : QVariant(e->due.toString(Qt::ISODate));
    case StatusColumn:
        if (raw)
            return int(e->status);
        // A late arrival still says so beside its status.
        return e->late && e->status != ReturnStatus::Overdue
                   ? tr("%1 (late)").arg(returnStatusCaption(e->status))
                   : returnStatusCaption(e->status);
    case ReceivedOnColumn:
        return raw ? QVariant(r.receivedOn) : QVariant(r.receivedOn.toString(Qt::ISODate));
    case ReceivedByColumn:
        return raw ? r.receivedBy : accountCaption(r.receivedBy);
    case SourceFileColumn:
        return r.sourceFile;
    case Sha256Column:
        return raw ? r.sha256 : r.sha256.left(12);
    case AcceptedByColumn:
        return raw ? r.acceptedBy : accountCaption(r.acceptedBy);
    case NoteColumn:
        return r.note;
    default:
        return {};
    }
}

QVariant ReturnsBoardModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UnitColumn:
        return m_recipientView ? tr("Send to") : tr("Unit");
    case ObligationColumn:
        return tr("Return");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case ReceivedOnColumn:
        return tr("Received on");
    case ReceivedByColumn:
        return tr("Received by");
    case SourceFileColumn:
        return tr("Source file");
    case Sha256Column:
        return tr("File checksum",
                  "SHA-256 of the received file"); // no "SHA-256" on a Chinese screen
    case AcceptedByColumn:
        return tr("Accepted by");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace yufang
