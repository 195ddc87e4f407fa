#pragma once

#include "storage/audit_log.h"

#include <QAbstractTableModel>
#include <QHash>

namespace yufang {

// The audit trail as a read-only table (the trail has no edit path anywhere).
class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        AccountColumn,
        ActionColumn,
        UnitColumn,
        YearColumn,
        EntityColumn,
        FieldColumn,
        OldValueColumn,
        NewValueColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit AuditTableModel(QObject* parent = nullptr);

    // unitNames: code → name; entityNames: "unit/obligation code" → obligation title;
    // fieldNames: "form code/column or field key" → its caption in the form's definition (the
    // form.cell and form.field events of any form but the 基本情况表), for display.
    void setEvents(const QList<AuditEvent>& events, const QHash<QString, QString>& unitNames,
                   const QHash<QString, QString>& entityNames = {},
                   const QHash<QString, QString>& fieldNames = {});
    const QList<AuditEvent>& events() const { return m_events; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // The source key of a change ("manual", "import:FILE sha256:HASH") in the clerk's words.
    static QString sourceCaption(const QString& stored);
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditEvent> m_events;
    QHash<QString, QString> m_unitNames;
    QHash<QString, QString> m_entityNames;
    QHash<QString, QString> m_fieldNames;
};

} // namespace yufang
