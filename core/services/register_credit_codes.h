#pragma once

#include <QByteArrayView>
#include <QVarLengthArray>

#include <vector>

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

private:
    void grow();

    std::vector<quint64> m_slots; // 0: empty; else the key's high bits | seq
    qsizetype m_count = 0;
};

} // namespace yufang
