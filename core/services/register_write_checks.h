#pragma once

#include "register_credit_codes.h"
#include "storage/register_writer.h"

#include <QByteArray>
#include <QHash>
#include <QVarLengthArray>

#include <functional>
#include <vector>

namespace yufang {

class RegisterSummaryBuilder;

// What the import checks and sums per unit-year, done as the rows are written rather than as
// they are read: the credit-code check (RegisterCreditCodes) and the per-industry sums
// (RegisterSummaryBuilder). Rows are written in id order (storage/register_row_buffer.h), a
// unit-year's rows together whatever the order of the file, so the unit-year's hash table and
// summary lines stay in the caches for all its rows; read in a shuffled file's order, almost
// every row had gone to another unit-year's, missing the caches (docs/performance.md, the
// seventh round). A writer in front of the import's writer: every row handed to it is checked
// and summed, then passed on.
//
// A row whose code hashes like an earlier row's of its unit-year is confirmed on that row by
// its id once the rows handed over with it are in (a hash collision never rejects a file); a
// duplicate is handed to the import's report and written like any other row: the import
// rejects the file, so it is rolled back.
class RegisterWriteChecks final : public RegisterWriter {
public:
    struct Duplicate {
        int pair = 0; // as numbered by addPair()
        int line = 0;
        QByteArrayView creditCode; // valid during the call
    };
    using Report = std::function<void(const Duplicate&)>;

    RegisterWriteChecks(RegisterWriter& writer, RegisterSummaryBuilder& summary, Report report)
        : m_writer(writer), m_summary(summary), m_report(std::move(report)) {}

    // The unit-year whose id range starts at firstId is the summary's (and the import's) pair
    // number `pair`.
    void addPair(qint64 firstId, int pair);

    bool prepare(QString* error) override { return m_writer.prepare(error); }
    std::optional<qint64> maxId(qint64 first, qint64 last, QString* error) override {
        return m_writer.maxId(first, last, error);
    }
    bool deleteRange(qint64 first, qint64 last, QString* error) override {
        return m_writer.deleteRange(first, last, error);
    }
    std::optional<bool> hasCreditCode(qint64 id, QByteArrayView creditCode,
                                      QString* error) override {
        return m_writer.hasCreditCode(id, creditCode, error);
    }
    Outcome insert(const RegisterRecord& record, QString* error) override;
    bool insertMany(const RegisterRecord* records, qsizetype count, QString* error,
                    int* line) override;
    bool finish(QString* error, int* line) override { return m_writer.finish(error, line); }

private:
    // A row of the records handed over whose code hashed like earlier rows' of its pair.
    struct Suspect {
        qsizetype index = 0;
        int pair = 0;
        qint64 firstId = 0;                 // of the pair's id range
        QVarLengthArray<qint64, 2> earlier; // the seqs of those rows
    };
    void check(const RegisterRecord& row, qsizetype index);
    bool confirm(const RegisterRecord* records, QString* error, int* line);

    RegisterWriter& m_writer;
    RegisterSummaryBuilder& m_summary;
    RegisterCreditCodes m_codes;
    QHash<qint64, int> m_pairOfKey; // by id >> kSeqBits
    qint64 m_lastKey = -1;          // rows of one pair follow each other: looked up once
    int m_lastPair = 0;
    qint64 m_lastFirstId = 0;
    Report m_report;
    std::vector<Suspect> m_suspects; // of the records being handed over
};

} // namespace yufang
