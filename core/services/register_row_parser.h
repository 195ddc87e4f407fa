#pragma once

#include "domain/diagnostic.h"
#include "domain/register_columns.h"
#include "io/csv_stream_reader.h"
#include "storage/register_writer.h"

#include <QByteArray>
#include <QSet>

#include <array>
#include <functional>

namespace yufang {

// Turns one register CSV record into a RegisterRecord, checking every field on the way. Kept
// allocation-free on the common path (ASCII digits, known unit, valid credit code): it runs a
// million times per import.
class RegisterRowParser {
public:
    using Report = std::function<void(Severity, int line, RegisterColumn, const QString&)>;

    RegisterRowParser(QSet<QByteArray> unitCodes, Report report);

    // Maps the header; reports missing required columns and returns false then.
    bool readHeader(const CsvByteRecord& header);
    // False when the row has an error (reported); warnings leave it true.
    bool parse(const CsvByteRecord& row, RegisterRecord* out);

    // The whole-number columns a total row is checked on, in this order.
    static constexpr std::array<RegisterColumn, 6> kTotalled = {
        RegisterColumn::Employees,    RegisterColumn::InsuredEmployees,
        RegisterColumn::Accidents,    RegisterColumn::OccupationalDiseaseCases,
        RegisterColumn::KeyPersonnel, RegisterColumn::KeyPersonnelTrained};
    using Totals = std::array<qint64, kTotalled.size()>;
    enum class TotalKind { None, Subtotal, Total };
    // A 合计 / 总计 (or 小计) row clerks add under the enterprises: it names no enterprise.
    TotalKind totalKind(const CsvByteRecord& row) const;
    // Compares the row's figures with the sums of the rows it totals (an empty cell is not
    // compared); reports each mismatch as an error and returns false then.
    bool checkTotal(const CsvByteRecord& row, const Totals& sums);
    static void add(Totals& sums, const RegisterRecord& row);

private:
    QByteArrayView field(const CsvByteRecord& row, RegisterColumn c) const {
        return row.at(m_index[int(c)]);
    }
    bool count(const CsvByteRecord& row, RegisterColumn c, qint64* out);
    bool money(const CsvByteRecord& row, RegisterColumn c, std::optional<double>* out);
    void report(Severity s, int line, RegisterColumn c, const QString& message) {
        m_report(s, line, c, message);
    }

    QSet<QByteArray> m_units;
    Report m_report;
    std::array<int, kRegisterColumnCount> m_index{};
    std::array<bool, kRegisterColumnCount> m_decorated{}; // matched by a decorated name
    QByteArray m_lastUnit; // rows come grouped by unit: skip the lookup when it repeats
    QByteArray m_creditCode;
};

} // namespace yufang
