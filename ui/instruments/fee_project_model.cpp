#include "fee_project_model.h"

#include <QFont>

namespace yufang {

FeeProjectModel::FeeProjectModel(QObject* parent) : QAbstractTableModel(parent) {}

void FeeProjectModel::setProjects(const QList<FeeProject>& projects,
                                  const QHash<qint64, QString>& expertNames) {
    beginResetModel();
    m_projects = projects;
    m_expertNames = expertNames;
    endResetModel();
}

const FeeProject* FeeProjectModel::projectAt(int row) const {
    return row >= 0 && row < m_projects.size() ? &m_projects.at(row) : nullptr;
}

int FeeProjectModel::rowOf(qint64 id) const {
    for (qsizetype i = 0; i < m_projects.size(); ++i)
        if (m_projects.at(i).id == id)
            return int(i);
    return -1;
}

int FeeProjectModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_projects.size());
}
int FeeProjectModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeeProjectModel::data(const QModelIndex& index, int role) const {
    const FeeProject* p = index.isValid() ? projectAt(index.row()) : nullptr;
    if (!p)
        return {};
    if (role == Qt::FontRole && p->committed()) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == RawValueRole) {
        switch (index.column()) {
        case KindColumn:
            return int(p->kind);
        case AmountColumn:
            return p->amountFen;
        case StageColumn:
            return int(p->stage);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return p->name;
    case KindColumn:
        return projectKindLabel(p->kind);
    case ProviderColumn:
        return p->provider;
    case AmountColumn:
        return yuanText(p->amountFen);
    case StageColumn:
        return projectStageLabel(p->stage);
    case ExpertsColumn: {
        QStringList names;
        for (qint64 id : p->expertIds)
            names << m_expertNames.value(id);
        return names.join(QStringLiteral("、"));
    }
    default:
        return {};
    }
}

QVariant FeeProjectModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Project");
    case KindColumn:
        return tr("Type");
    case ProviderColumn:
        return tr("Provider");
    case AmountColumn:
        return tr("Amount (yuan)");
    case StageColumn:
        return tr("Stage");
    case ExpertsColumn:
        return tr("Reviewing experts");
    default:
        return {};
    }
}

} // namespace yufang
