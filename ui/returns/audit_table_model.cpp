#include "audit_table_model.h"

#include "domain/annex_form_table.h"
#include "domain/form_diff.h"
#include "services/returns_service.h"
#include "storage/database_account.h"

namespace {
// Return statuses are stored as canonical keys; show them as the board does.
QString statusCaption(const QString& key) {
    using yufang::ReturnStatus;
    for (ReturnStatus s : {ReturnStatus::NotSubmitted, ReturnStatus::Submitted,
                           ReturnStatus::Overdue, ReturnStatus::Accepted, ReturnStatus::Returned})
        if (yufang::returnStatusKey(s) == key)
            return yufang::returnStatusCaption(s);
    return key;
}
} // namespace

namespace yufang {

// Where a change came from is stored as a key ("manual", "import:FILE sha256:HASH", "derived
// from register"); the Chinese screen said "manual" in the middle of Chinese text.
QString AuditTableModel::sourceCaption(const QString& stored) {
    if (stored == QLatin1String("manual"))
        return tr("entered by hand");
    if (stored == QLatin1String("derived from register"))
        return tr("derived from the enterprise register");
    if (stored.startsWith(QLatin1String("import:"))) {
        QString file = stored.mid(7);
        QString hash;
        if (const qsizetype at = file.lastIndexOf(QLatin1String(" sha256:")); at >= 0) {
            hash = file.mid(at + 8);
            file.truncate(at);
        }
        return hash.isEmpty() ? tr("imported from %1").arg(file)
                              : tr("imported from %1 (file checksum %2)").arg(file, hash.left(12));
    }
    return stored;
}

} // namespace yufang

namespace yufang {

AuditTableModel::AuditTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AuditTableModel::setEvents(const QList<AuditEvent>& events,
                                const QHash<QString, QString>& unitNames,
                                const QHash<QString, QString>& entityNames,
                                const QHash<QString, QString>& fieldNames) {
    beginResetModel();
    m_events = events;
    m_unitNames = unitNames;
    m_entityNames = entityNames;
    m_fieldNames = fieldNames;
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const AuditEvent& e = m_events.at(index.row());
    if (role == Qt::ToolTipRole &&
        (index.column() == OldValueColumn || index.column() == NewValueColumn ||
         index.column() == ReasonColumn))
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (index.column()) {
    case TimeColumn:
        // Shown in the clerk's local time; stored and exported in UTC.
        return raw ? QVariant(e.when)
                   : QVariant(e.when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    case AccountColumn:
        return raw ? e.account : accountCaption(e.account);
    case ActionColumn:
        return raw ? e.action : auditActionCaption(e.action);
    case UnitColumn:
        return raw ? e.unitCode : m_unitNames.value(e.unitCode, e.unitCode);
    case YearColumn:
        return e.year > 0 ? QVariant(e.year) : QVariant();
    case EntityColumn:
        return raw ? e.entity
                   : m_entityNames.value(e.unitCode + QLatin1Char('/') + e.entity, e.entity);
    case FieldColumn:
        if (raw)
            return e.field;
        if (e.action == audit::kReturnStatus)
            return tr("Status");
        if (e.action == audit::kReturnReceivedOn)
            return tr("Received on");
        if (e.action == audit::kAnnexLocked || e.action == audit::kAnnexUnlocked ||
            e.action == audit::kFormLocked || e.action == audit::kFormUnlocked)
            return tr("Locked");
        if (e.action == audit::kFormCell || e.action == audit::kFormField) {
            const QString key = e.entity.section(QLatin1Char('/'), 0, 0) + u'/' + e.field;
            if (const auto it = m_fieldNames.constFind(key); it != m_fieldNames.constEnd())
                return *it;
        }
        // The 基本情况表's words; 填报人, 联系电话 and 填报日期 read so on every form.
        return formFieldCaption(annexStackDefinition(), e.field);
    case OldValueColumn:
        return raw || e.action != audit::kReturnStatus ? e.oldValue : statusCaption(e.oldValue);
    case NewValueColumn:
        return raw || e.action != audit::kReturnStatus ? e.newValue : statusCaption(e.newValue);
    case ReasonColumn:
        return raw ? e.reason : sourceCaption(e.reason);
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AccountColumn:
        return tr("User account");
    case ActionColumn:
        return tr("Action");
    case UnitColumn:
        return tr("Unit");
    case YearColumn:
        return tr("Year");
    case EntityColumn:
        return tr("Item");
    case FieldColumn:
        return tr("Field");
    case OldValueColumn:
        return tr("Old value");
    case NewValueColumn:
        return tr("New value");
    case ReasonColumn:
        return tr("Reason or source");
    default:
        return {};
    }
}

} // namespace yufang
