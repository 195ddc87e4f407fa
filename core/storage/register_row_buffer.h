#pragma once

#include "page_faulter.h"
#include "register_writer.h"

#include <QByteArray>
#include <QHash>
#include <QTemporaryFile>

#include <memory>
#include <utility>
#include <vector>

namespace yufang {

// Validated register rows held in memory and written in id order. Ids cluster a unit's year
// (register_layout.h), so rows written in the order of a file that is not grouped by unit and
// year land all over the table B-tree: each one seeks from the root, and a full page in the
// middle of the tree is split by redistributing it with its siblings, several times the cost of
// appending (docs/performance.md). Each unit-year's rows are listed as they come (the import
// numbers them in that order), so the batch is in id order when its unit-years are taken in
// order: no sort of the rows. Rows are copied compactly (the records' text points into the
// reader's buffer; the counts as variable-length integers, unit and year left to the id):
// about 85 bytes for a typical row with its place in the list, so the default budget holds a
// province's million rows and a shuffled file of that size is written in one pass from memory.
//
// A file larger than the budget is not written batch by batch when its batches overlap in ids
// (a shuffled file, one sorted by name or year by year): each full batch is sorted and set
// aside as a run in a temporary file, and flush() merges the runs with what is in memory, so
// the whole file is written in one pass in id order, appended to the B-tree however its rows
// came. A batch that came unit by unit from the last unit written on (a file grouped by
// county: by unit and year, by enterprise, by credit code) is written at once, as before.
//
// Memory is taken as needed (docs/performance.md, the fourth round): the buffer starts at
// kFirstBudget and grows to its budget only when a batch would otherwise be set aside, so
// a grouped file keeps a small working set (fewer page faults and cache misses than 48 MiB
// touched once), and a batch that appends keeps back the rows of its last unit, which the next
// batch may go on with, so that a county a batch boundary splits is not written into the
// middle of its years.
class RegisterRowBuffer {
public:
    // With the rest of the import (about 45 MiB: the credit-code hashes, SQLite's cache, the
    // reader) a full buffer stays under the 150 MiB of docs/performance.md.
    static constexpr qsizetype kDefaultBudget = qsizetype(92) << 20;
    static constexpr qsizetype kFirstBudget = qsizetype(8) << 20;

    explicit RegisterRowBuffer(qsizetype budget = kDefaultBudget);
    ~RegisterRowBuffer();

    // line: the file line, named when the row fails to insert.
    void add(const RegisterRecord& row, int line);
    bool isFull() const {
        return qsizetype(m_bytes.size() + m_rowCount * sizeof(quint32)) >= m_limit;
    }
    // Nothing held back, neither in memory nor set aside.
    bool isEmpty() const { return m_rowCount == 0 && m_runs.empty(); }
    // Makes room when full: writes the batch in id order if it appends, else sets it aside as a
    // sorted run (written by flush()). On failure returns false with the writer's error and the
    // line of the row that failed.
    bool hold(RegisterWriter& writer, QString* error, int* line);
    // Inserts every row held back in id order (the runs set aside merged with the rows in
    // memory), empties the buffer and has the writer finish (every row given is in: the
    // connection is free for other statements). On failure returns false with the writer's error
    // and the line of the row that failed.
    bool flush(RegisterWriter& writer, QString* error, int* line);
    // How many runs were set aside since the buffer was made (tests and measurements).
    int runsSetAside() const { return m_runsSetAside; }

private:
    // resize() without zeroing what is overwritten at once (a memset per row), in memory the
    // kernel may back with huge pages (one page fault per 2 MiB instead of per 4 KiB: a page
    // fault was a tenth of the import's time, docs/performance.md).
    static void* allocateLarge(size_t bytes);
    // The buffer's capacity made this many bytes, its new pages faulted in on another core
    // ahead of the rows (PageFaulter).
    void reserve(size_t bytes);
    static void freeLarge(void* p, size_t bytes);
    template <typename T> struct Uninitialised : std::allocator<T> {
        using value_type = T;
        template <typename U> struct rebind { using other = Uninitialised<U>; };
        Uninitialised() = default;
        template <typename U> Uninitialised(const Uninitialised<U>&) noexcept {}
        T* allocate(size_t n) { return static_cast<T*>(allocateLarge(n * sizeof(T))); }
        void deallocate(T* p, size_t n) noexcept { freeLarge(p, n * sizeof(T)); }
        template <typename U> void construct(U* p) noexcept { ::new (static_cast<void*>(p)) U; }
        template <typename U, typename... A> void construct(U* p, A&&... a) {
            ::new (static_cast<void*>(p)) U(std::forward<A>(a)...);
        }
    };
    using Bytes = std::vector<char, Uninitialised<char>>;
    struct Run {
        qint64 offset = 0; // in the temporary file
        qint64 size = 0;
    };
    // The rows of one unit and year (one id range) in the batch. Its rows are not listed as
    // they come (a store per row into one of a thousand lists missed the caches): they are
    // counted, and inIdOrder() places them by one sequential walk over the buffer.
    struct Group {
        qint64 key = 0;        // id >> kSeqBits: the unit's slot and the year
        qint64 lastId = 0;     // of the last row added
        quint32 count = 0;     // rows in the batch
        bool ascending = true; // sorted when not (should a caller ever number so)
    };
    class Merge;
    RegisterRecord decode(const char* row) const; // its line too
    static qint64 idOf(const char* row);
    static size_t rowSize(const char* row);
    // The offsets of the batch's rows in id order.
    std::vector<quint32> inIdOrder();
    bool writeBatch(RegisterWriter& writer, QString* error, int* line,
                    const std::vector<quint32>& order, size_t count);
    bool setAside(const std::vector<quint32>& order);
    void clearBatch();
    void addToGroup(qint64 id);
    size_t groupCell(qint64 key) const;
    quint32 unitNumber(const RegisterRecord& row);
    quint32 intern(std::vector<QByteArray>& names, QHash<QByteArray, quint32>& index, quint32& last,
                   QByteArrayView name);

    qsizetype m_budget;
    qsizetype m_limit; // full at this size: kFirstBudget, or m_budget once rows must be merged
    Bytes m_bytes;
    std::vector<Group> m_groups;
    // By the unit's number (m_units) · 2^kYearBits + the year's bits: the group's index + 1,
    // 0 for none in the batch.
    std::vector<quint32> m_groupOf;
    quint32 m_lastGroup = 0;
    size_t m_rowCount = 0;
    // Unit codes and industries repeat: a row holds their number.
    std::vector<QByteArray> m_units;
    std::vector<QByteArray> m_industries;
    static constexpr quint32 kNoUnit = ~quint32(0);
    std::vector<quint32> m_unitOfSlot; // by the unit's slot (register_layout.h): into m_units
    QHash<QByteArray, quint32> m_industryIndex;
    quint32 m_lastIndustry = 0;
    // Whether the batch's rows came in the order of their units' slots (a file grouped by
    // county), and the largest id written so far: a batch that came so from that id's unit on
    // is written at once.
    bool m_byUnit = true;
    quint64 m_lastSlot = 0;
    qint64 m_maxWritten = 0;
    // The runs set aside, one after the other in one temporary file.
    std::unique_ptr<QTemporaryFile> m_spill;
    std::vector<Run> m_runs;
    int m_runsSetAside = 0;
    PageFaulter m_faulter; // over m_bytes: stopped before they are freed or moved
};

} // namespace yufang
