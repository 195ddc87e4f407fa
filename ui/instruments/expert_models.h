#pragma once

#include "domain/expert.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>

namespace yufang {

// The expert pool as a table; experts whose appointment has lapsed are grey.
class ExpertTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        FieldColumn,
        LevelColumn,
        EmployerColumn,
        TitleColumn,
        ContactColumn,
        ValidUntilColumn,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1, IdRole };

    explicit ExpertTableModel(QObject* parent = nullptr);
    void setExperts(const QList<Expert>& experts, const QDate& today);
    const QList<Expert>& experts() const { return m_experts; }
    const Expert* expertAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Expert> m_experts;
    QDate m_today;
};

// Search text (name, employer, title, contact) and optional field and level filters.
class ExpertFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ExpertFilterModel(QObject* parent = nullptr);
    void setSearch(const QString& text);
    void setField(std::optional<ExpertField> field);
    void setLevel(std::optional<ExpertLevel> level);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
    std::optional<ExpertField> m_field;
    std::optional<ExpertLevel> m_level;
};

} // namespace yufang
