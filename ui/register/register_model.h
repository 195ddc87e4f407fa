#pragma once

#include "services/register_query.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace yufang {

// The 企业名录 table: a window on a register of a million rows. It knows the filtered row
// count and keeps a few pages of rows (LIMIT/OFFSET through RegisterQuery, or by id where it
// holds the ids in order: a search's matches, a view sorted by a column), fetching the page a
// view asks for and forgetting the least recently used one: never all rows in memory.
class RegisterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Columns are RegisterColumn values; kRegisterColumnCount of them.
    enum Role { RawRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 128;
    static constexpr int kMaxPages = 32;
    static constexpr int kMaxIds = 20000; // a search with more matches pages by LIMIT/OFFSET
    // Ids kept for a view sorted by a column: 8 bytes a row, 16 MiB at most.
    static constexpr int kMaxSortedIds = 2 * 1024 * 1024;

    explicit RegisterModel(QSqlDatabase db, QObject* parent = nullptr);

    void setFilter(const RegisterFilter& filter);
    const RegisterFilter& filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    bool sortAscending() const { return m_ascending; }
    // Forgets the cached pages and counts again (after an import).
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString columnTitle(RegisterColumn column);

private:
    const RegisterEntry* entry(int row) const;
    void refetch();

    RegisterQuery m_query;
    RegisterFilter m_filter;
    int m_sortColumn = -1;
    bool m_ascending = true;
    qint64 m_count = 0;
    std::optional<QList<qint64>> m_ids; // a search's matches in order, when few
    QHash<QString, QString> m_unitNames;
    mutable QHash<int, QList<RegisterEntry>> m_pages; // page number → rows
    mutable QList<int> m_recent;                      // page numbers, most recent last
};

} // namespace yufang
