#pragma once

#include "domain/training_provider.h"

#include <QAbstractTableModel>
#include <QDate>

namespace yufang {

// The recommended providers and platforms (推荐清单), read-only in the grid; edited through
// ProviderDialog. An entry past its end date shows greyed out with a note.
class ProviderTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        KindColumn,
        QualificationColumn,
        RecommendedByColumn,
        ValidUntilColumn,
        RemarkColumn,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1, ExpiredRole };

    explicit ProviderTableModel(QObject* parent = nullptr);

    void setProviders(const QList<TrainingProvider>& providers, const QDate& today);
    const QList<TrainingProvider>& providers() const { return m_providers; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<TrainingProvider> m_providers;
    QDate m_today;
};

} // namespace yufang
