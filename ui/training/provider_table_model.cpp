#include "provider_table_model.h"

#include <QBrush>
#include <QColor>

namespace yufang {

ProviderTableModel::ProviderTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProviderTableModel::setProviders(const QList<TrainingProvider>& providers,
                                      const QDate& today) {
    beginResetModel();
    m_providers = providers;
    m_today = today;
    endResetModel();
}

int ProviderTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_providers.size());
}

int ProviderTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProviderTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_providers.size() || index.column() >= ColumnCount)
        return {};
    const TrainingProvider& p = m_providers.at(index.row());
    const bool expired = p.isExpired(m_today);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return p.name;
        case KindColumn:
            return providerKindLabel(p.kind);
        case QualificationColumn:
            return p.qualification;
        case RecommendedByColumn:
            return recommendingLevelLabel(p.recommendedBy);
        case ValidUntilColumn:
            return p.validUntil.isValid() ? p.validUntil.toString(Qt::ISODate) : tr("no end date");
        case RemarkColumn:
            return p.remark;
        default:
            return {};
        }
    case RawValueRole:
        switch (index.column()) {
        case KindColumn:
            return providerKindKey(p.kind);
        case RecommendedByColumn:
            return p.recommendedBy;
        case ValidUntilColumn:
            return p.validUntil;
        default:
            return data(index, Qt::DisplayRole);
        }
    case ExpiredRole:
        return expired;
    case Qt::ForegroundRole:
        return expired ? QVariant(QBrush(QColor(0x99, 0x99, 0x99))) : QVariant();
    case Qt::ToolTipRole:
        return expired ? QVariant(tr("The recommendation expired on %1")
                                      .arg(p.validUntil.toString(Qt::ISODate)))
                       : QVariant();
    default:
        return {};
    }
}

QVariant ProviderTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Type");
    case QualificationColumn:
        return tr("Qualification");
    case RecommendedByColumn:
        return tr("Recommended by");
    case ValidUntilColumn:
        return tr("Valid until");
    case RemarkColumn:
        return tr("Remark");
    default:
        return {};
    }
}

} // namespace yufang
