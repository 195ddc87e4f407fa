#pragma once

#include "register_writer.h"

#include <QByteArray>
#include <QHash>

#include <utility>
#include <vector>

namespace yufang {

// Validated register rows held in memory and written in id order. Ids cluster a unit's year
// (register_layout.h), so rows written in the order of a file that is not grouped by unit and
// year land all over the table B-tree: each one seeks from the root, and a full page in the
// middle of the tree is split by redistributing it with its siblings, several times the cost of
// appending (docs/performance.md). Sorted, a batch writes each unit-year's rows as one run, most
// of them appended. Rows are copied compactly (the records' text points into the reader's
// buffer): about 125 bytes for a typical row, so the default budget holds some 400,000 rows.
class RegisterRowBuffer {
public:
    static constexpr qsizetype kDefaultBudget = qsizetype(48) << 20;

    explicit RegisterRowBuffer(qsizetype budget = kDefaultBudget) : m_budget(budget) {}

    // line: the file line, named when the row fails to insert.
    void add(const RegisterRecord& row, int line);
    bool isFull() const {
        return qsizetype(m_bytes.size() + m_order.size() * sizeof(Entry)) >= m_budget;
    }
    bool isEmpty() const { return m_order.empty(); }
    // Inserts the rows in id order and empties the buffer. On failure returns false with the
    // writer's error and the line of the row that failed.
    bool flush(RegisterWriter& writer, QString* error, int* line);

private:
    using Entry = std::pair<qint64, quint32>; // id, offset of the row in m_bytes
    RegisterRecord decode(quint32 offset, int* line) const;
    void sortById();
    quint32 unitNumber(const RegisterRecord& row);
    quint32 intern(std::vector<QByteArray>& names, QHash<QByteArray, quint32>& index, quint32& last,
                   QByteArrayView name);

    qsizetype m_budget;
    std::vector<char> m_bytes;
    std::vector<Entry> m_order;
    // Unit codes and industries repeat: a row holds their number.
    std::vector<QByteArray> m_units;
    std::vector<QByteArray> m_industries;
    static constexpr quint32 kNoUnit = ~quint32(0);
    std::vector<quint32> m_unitOfSlot; // by the unit's slot (register_layout.h): into m_units
    QHash<QByteArray, quint32> m_industryIndex;
    quint32 m_lastIndustry = 0;
};

} // namespace yufang
