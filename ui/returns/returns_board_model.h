#pragma once

#include "services/returns_service.h"

#include <QAbstractTableModel>

namespace yufang {

// Rows of the returns board or of the deadline list: a unit against one deadline.
class ReturnsBoardModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        UnitColumn,
        ObligationColumn,
        DueColumn,
        StatusColumn,
        ReceivedOnColumn,
        ReceivedByColumn,
        SourceFileColumn,
        Sha256Column,
        AcceptedByColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole =
            Qt::UserRole + 1, // QDate for dates, int(ReturnStatus) for the status, text otherwise
        StatusRole,           // int(ReturnStatus)
    };

    explicit ReturnsBoardModel(QObject* parent = nullptr);

    void setEntries(const QList<ReturnEntry>& entries);
    // The unit's own view (what it sends upward): the first column names the recipient
    // (报送对象) instead of the unit, which is the same on every row.
    void setRecipientView(bool recipient) { m_recipientView = recipient; }
    const QList<ReturnEntry>& entries() const { return m_entries; }
    const ReturnEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ReturnEntry> m_entries;
    bool m_recipientView = false;
};

} // namespace yufang
