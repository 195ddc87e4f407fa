#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace yufang {

// One enterprise-year of the register, validated, text as UTF-8 (views into the reader's
// record: valid only during the insert call).
struct RegisterRecord {
    qint64 id = 0; // see register_layout.h
    QByteArrayView unitCode;
    QByteArrayView enterpriseName;
    QByteArrayView creditCode;
    QByteArrayView industry;
    int year = 0;
    qint64 employees = 0;
    qint64 insuredEmployees = 0;
    bool insured = false;
    qint64 accidents = 0;
    qint64 occupationalDiseaseCases = 0;
    qint64 keyPersonnel = 0;
    qint64 keyPersonnelTrained = 0;
    std::optional<int> riskClass;
    std::optional<double> payroll;
    std::optional<double> contributions;
    std::optional<double> benefitsPaid;
    int line = 0; // in the file: a writer names it when the row fails
};

// Writes register rows inside a transaction the caller opened. Two implementations: the SQLite
// C API through the Qt driver's own handle (prepared statements, no QVariant per value: what
// makes a million rows load in about a second) and a portable QSqlQuery one for other drivers.
class RegisterWriter {
public:
    enum class Outcome { Inserted, Failed };

    virtual ~RegisterWriter() = default;
    virtual bool prepare(QString* error) = 0;
    // The largest id in [first, last], 0 when the range is empty; nullopt on failure.
    virtual std::optional<qint64> maxId(qint64 first, qint64 last, QString* error) = 0;
    virtual bool deleteRange(qint64 first, qint64 last, QString* error) = 0;
    // Whether the row with this id has the credit code (the import's check of a code its
    // in-memory hashes have seen before in the same unit and year).
    virtual std::optional<bool> hasCreditCode(qint64 id, QByteArrayView creditCode,
                                              QString* error) = 0;
    virtual Outcome insert(const RegisterRecord& record, QString* error) = 0;
    // The records in their order, several to a statement where the writer can. On failure
    // returns false with the error and the line of the record that failed (for a writer that
    // streams, perhaps one given in an earlier call: the caller rolls the file back anyway).
    // This one inserts them one by one.
    virtual bool insertMany(const RegisterRecord* records, qsizetype count, QString* error,
                            int* line);
    // Every record given is in, or the failure is known (a server's COPY, kept open across
    // insertMany calls, is ended): before the caller runs any other statement on the
    // connection, and before it commits. Fails as insertMany does.
    virtual bool finish(QString* error, int* line) {
        (void)error;
        *line = 0;
        return true;
    }

    // The fastest writer the connection's driver allows.
    static std::unique_ptr<RegisterWriter> create(const QSqlDatabase& db);
    // The QSqlQuery writer whatever the driver (tests compare both).
    static std::unique_ptr<RegisterWriter> createPortable(const QSqlDatabase& db);
};

} // namespace yufang
