#include "expert_models.h"

#include <QBrush>
#include <QColor>

namespace yufang {

ExpertTableModel::ExpertTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ExpertTableModel::setExperts(const QList<Expert>& experts, const QDate& today) {
    beginResetModel();
    m_experts = experts;
    m_today = today;
    endResetModel();
}

const Expert* ExpertTableModel::expertAt(int row) const {
    return row >= 0 && row < m_experts.size() ? &m_experts.at(row) : nullptr;
}

int ExpertTableModel::rowOf(qint64 id) const {
    for (qsizetype i = 0; i < m_experts.size(); ++i)
        if (m_experts.at(i).id == id)
            return int(i);
    return -1;
}

int ExpertTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_experts.size());
}
int ExpertTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExpertTableModel::data(const QModelIndex& index, int role) const {
    const Expert* e = index.isValid() ? expertAt(index.row()) : nullptr;
    if (!e)
        return {};
    if (role == IdRole)
        return e->id;
    if (role == Qt::ForegroundRole)
        return e->isValidOn(m_today) ? QVariant() : QVariant(QBrush(QColor(0x88, 0x88, 0x88)));
    if (role == RawValueRole) {
        switch (index.column()) {
        case FieldColumn:
            return int(e->field);
        case LevelColumn:
            return int(e->level);
        case ValidUntilColumn:
            return e->validUntil;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return e->name;
    case FieldColumn:
        return expertFieldLabel(e->field);
    case LevelColumn:
        return expertLevelLabel(e->level);
    case EmployerColumn:
        return e->employer;
    case TitleColumn:
        return e->title;
    case ContactColumn:
        return e->contact;
    case ValidUntilColumn:
        if (!e->validUntil.isValid())
            return QString();
        return e->isValidOn(m_today) ? e->validUntil.toString(Qt::ISODate)
                                     : tr("%1 (lapsed)").arg(e->validUntil.toString(Qt::ISODate));
    default:
        return {};
    }
}

QVariant ExpertTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Expert name");
    case FieldColumn:
        return tr("Expertise field");
    case LevelColumn:
        return tr("Level");
    case EmployerColumn:
        return tr("Employer");
    case TitleColumn:
        return tr("Title");
    case ContactColumn:
        return tr("Contact");
    case ValidUntilColumn:
        return tr("Valid until");
    default:
        return {};
    }
}

ExpertFilterModel::ExpertFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(ExpertTableModel::RawValueRole);
}

void ExpertFilterModel::setSearch(const QString& text) {
    m_search = text.trimmed();
    invalidateFilter();
}

void ExpertFilterModel::setField(std::optional<ExpertField> field) {
    m_field = field;
    invalidateFilter();
}

void ExpertFilterModel::setLevel(std::optional<ExpertLevel> level) {
    m_level = level;
    invalidateFilter();
}

bool ExpertFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const {
    const auto* model = qobject_cast<const ExpertTableModel*>(sourceModel());
    const Expert* e = model ? model->expertAt(sourceRow) : nullptr;
    if (!e)
        return false;
    if (m_field && e->field != *m_field)
        return false;
    if (m_level && e->level != *m_level)
        return false;
    if (m_search.isEmpty())
        return true;
    for (const QString& s : {e->name, e->employer, e->title, e->contact})
        if (s.contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace yufang
