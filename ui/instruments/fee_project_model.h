#pragma once

#include "domain/expert.h"
#include "domain/prevention_fee.h"

#include <QAbstractTableModel>
#include <QHash>

namespace yufang {

// A pooling unit's prevention-fee projects for a year; committed ones (立项 on) are bold.
class FeeProjectModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        KindColumn,
        ProviderColumn,
        AmountColumn,
        StageColumn,
        ExpertsColumn,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit FeeProjectModel(QObject* parent = nullptr);
    void setProjects(const QList<FeeProject>& projects, const QHash<qint64, QString>& expertNames);
    const QList<FeeProject>& projects() const { return m_projects; }
    const FeeProject* projectAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<FeeProject> m_projects;
    QHash<qint64, QString> m_expertNames;
};

} // namespace yufang
