#pragma once

#include <QByteArrayView>
#include <QVarLengthArray>

#include <cstdlib>
#include <memory>

namespace yufang {

// The credit codes one import has taken so far, per (unit, year) pair of its file: a hash of
// the pair and the code, and the row's place in the pair (its seq, register_layout.h), in one
// open-addressing table of 8-byte slots kept at most half full (16 MiB for a million rows).
// A row whose hash is there may repeat a code; the import confirms it on the earlier row by its
// id, so a hash collision never rejects a file. The check is one probe per row whatever the
// order of the file: a pair may come back any number of times.
class RegisterCreditCodes {
public:
    using Key = quint64;

    static Key key(int pair, QByteArrayView creditCode);
    // The seqs of the pair's earlier rows whose code hashes like this one: almost always none,
    // else the duplicate.
    QVarLengthArray<qint64, 2> candidates(Key key) const;
    void insert(Key key, qint64 seq);
    // Room for this many rows without growing (each growth copies the table into one twice
    // its size): the import guesses it from the file's size.
    void reserve(qsizetype rows);
    // Brings the key's slot towards the cache while the row is still being handled: the table
    // is far larger than the caches, and almost every probe of a new key misses them.
    void prefetch(Key key) const;

private:
    struct Free {
        void operator()(quint64* p) const { std::free(p); }
    };
    void resize(size_t slots);

    // 0: empty; else the key's high bits | seq. From calloc: a large table comes as pages the
    // system zeroes when first touched, not zeroed again by a memset.
    std::unique_ptr<quint64[], Free> m_slots;
    size_t m_size = 0; // a power of two, or 0
    qsizetype m_count = 0;
};

} // namespace yufang
