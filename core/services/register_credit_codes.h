#pragma once

#include <QByteArrayView>
#include <QVarLengthArray>

#include <cstdlib>
#include <memory>
#include <vector>

namespace yufang {

// The credit codes one import has taken so far, per (unit, year) pair of its file: a hash of
// the code and the row's place in the pair (its seq, register_layout.h), in one small
// open-addressing table of 8-byte slots per pair, kept at most three quarters full (about 16 MiB
// for a million rows). A row whose hash is there may repeat a code; the import confirms it on
// the earlier row by its id, so a hash collision never rejects a file. The check is one probe
// per row whatever the order of the file: a pair may come back any number of times. A table
// per pair, not one for the file: filled as rows are written, in id order
// (register_write_checks.h), it probes one pair's table (tens of KiB, in the caches) row after
// row, where one table of 16 MiB missed the caches and the TLB on almost every row
// (docs/performance.md).
class RegisterCreditCodes {
public:
    struct Key {
        int pair = 0;
        quint64 bits = 0; // the code's hash, top bit set, the seq's bits clear
        bool operator==(const Key&) const = default;
    };

    static Key key(int pair, QByteArrayView creditCode);
    // The seqs of the pair's earlier rows whose code hashes like this one: almost always none,
    // else the duplicate.
    QVarLengthArray<qint64, 2> candidates(Key key) const;
    void insert(Key key, qint64 seq);

private:
    struct Free {
        void operator()(quint64* p) const { std::free(p); }
    };
    struct Table {
        std::unique_ptr<quint64[], Free> slots; // 0: empty; else the key's bits | seq
        size_t size = 0;                        // a power of two, or 0
        qsizetype count = 0;
    };
    static void resize(Table& table, size_t slots);

    std::vector<Table> m_tables; // by pair
};

} // namespace yufang
