#include "register_write_checks.h"

#include "storage/register_layout.h"
#include "storage/register_summary.h"

namespace yufang {

void RegisterWriteChecks::addPair(qint64 firstId, int pair) {
    m_pairOfKey.insert(firstId >> register_layout::kSeqBits, pair);
}

void RegisterWriteChecks::check(const RegisterRecord& row, qsizetype index) {
    const qint64 key = row.id >> register_layout::kSeqBits;
    if (key != m_lastKey) {
        const auto it = m_pairOfKey.constFind(key);
        Q_ASSERT(it != m_pairOfKey.constEnd()); // the import numbers a pair before its rows
        m_lastKey = key;
        m_lastPair = *it;
        m_lastFirstId = key << register_layout::kSeqBits;
    }
    m_summary.add(m_lastPair, row);
    const RegisterCreditCodes::Key code = RegisterCreditCodes::key(m_lastPair, row.creditCode);
    if (auto earlier = m_codes.candidates(code); !earlier.isEmpty()) [[unlikely]]
        m_suspects.push_back(Suspect{index, m_lastPair, m_lastFirstId, std::move(earlier)});
    m_codes.insert(code, row.id - m_lastFirstId);
}

bool RegisterWriteChecks::confirm(const RegisterRecord* records, QString* error, int* line) {
    // The earlier rows are in (or, on a server, in once its COPY is ended by the query).
    for (const Suspect& s : m_suspects) {
        const RegisterRecord& row = records[s.index];
        for (const qint64 seq : s.earlier) {
            const std::optional<bool> same =
                m_writer.hasCreditCode(s.firstId + seq, row.creditCode, error);
            if (!same) {
                *line = row.line;
                m_suspects.clear();
                return false;
            }
            if (*same) {
                m_report(Duplicate{s.pair, row.line, row.creditCode});
                break;
            }
        }
    }
    m_suspects.clear();
    return true;
}

RegisterWriter::Outcome RegisterWriteChecks::insert(const RegisterRecord& record, QString* error) {
    int line = 0;
    return insertMany(&record, 1, error, &line) ? Outcome::Inserted : Outcome::Failed;
}

bool RegisterWriteChecks::insertMany(const RegisterRecord* records, qsizetype count, QString* error,
                                     int* line) {
    for (qsizetype i = 0; i < count; ++i)
        check(records[i], i);
    if (!m_writer.insertMany(records, count, error, line)) {
        m_suspects.clear();
        return false;
    }
    return m_suspects.empty() || confirm(records, error, line);
}

} // namespace yufang
