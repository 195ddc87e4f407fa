#pragma once

#include "domain/register_columns.h"
#include "io/csv_writer.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <array>
#include <optional>

namespace yufang {

struct RegisterFilter {
    enum class Insured { Any, Insured, Uninsured };
    QString unitCode; // subtree root; empty: every unit
    std::optional<int> year;
    QString industry; // empty: every industry
    Insured insured = Insured::Any;
    QString search; // part of the enterprise name, or the start of the credit code

    bool operator==(const RegisterFilter&) const = default;
};

// One enterprise-year as stored; values indexed by RegisterColumn (null where not reported).
struct RegisterEntry {
    std::array<QVariant, kRegisterColumnCount> values;

    QVariant value(RegisterColumn c) const { return values[size_t(c)]; }
};

// Reads the register page by page for the 企业名录 tab and the CSV export: WHERE built from the
// filter, ORDER BY any column (ties broken by the key, so pages never overlap), LIMIT/OFFSET.
class RegisterQuery {
public:
    explicit RegisterQuery(QSqlDatabase db) : m_db(std::move(db)) {}

    qint64 count(const RegisterFilter& filter) const;
    // sortColumn < 0: key order (year, unit, credit code).
    QList<RegisterEntry> page(const RegisterFilter& filter, int sortColumn, bool ascending,
                              qint64 offset, int limit) const;
    // The ids of the filtered rows in the sort order, when there are at most `limit` of them
    // (else nullopt): a search scans the register once for both the count and the rows.
    std::optional<QList<qint64>> ids(const RegisterFilter& filter, int sortColumn, bool ascending,
                                     int limit) const;
    // The rows with these ids, in the order given.
    QList<RegisterEntry> rows(const QList<qint64>& ids) const;
    QList<int> years() const;
    QStringList industries() const;

    // Every filtered row as the register's columns (canonical English header, re-importable),
    // streamed to the file through io/file_output: an .xlsx workbook when `path` ends in .xlsx
    // (at most one sheet's rows), else a CSV in `encoding`. Returns the rows written, -1 on
    // failure with *error.
    qint64 exportTable(const RegisterFilter& filter, int sortColumn, bool ascending,
                       const QString& path, CsvEncoding encoding, QString* error) const;

private:
    struct Where {
        QString sql;
        QVariantList values;
    };
    Where where(const RegisterFilter& filter) const;
    QString select(const RegisterFilter& filter, int sortColumn, bool ascending, Where* w) const;

    QSqlDatabase m_db;
};

} // namespace yufang
