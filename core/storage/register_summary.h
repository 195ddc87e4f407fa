#pragma once

#include "domain/annex.h"
#include "register_writer.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <vector>

struct sqlite3;

namespace yufang {

// Per-industry totals of one unit's register rows for a year: what derive-annex and the
// training and occupational-disease derivations read.
struct RegisterIndustryTotals {
    QString industry;
    AnnexCounts counts; // enterprises, insured enterprises (insured persons > 0), employees,
                        // insured persons, accidents
    qint64 occupationalDiseaseCases = 0;
    qint64 keyPersonnel = 0;
    qint64 keyPersonnelTrained = 0;
};

struct RegisterUnitTotals {
    QString unitCode;
    QList<RegisterIndustryTotals> industries; // in order of first appearance in the register
};

// Builds the table register_summary while the import streams its rows: one line per unit,
// year and industry with the sums derive-annex needs. The import replaces a (unit, year) pair
// as a whole, so the pair's totals are exactly its rows in the file, and write() replaces the
// pair's summary lines inside the import's transaction: the summary can never disagree with
// the rows (a test compares it with a GROUP BY). Reading a province's year is then a few
// hundred lines instead of 170,000 rows (docs/performance.md).
class RegisterSummaryBuilder {
public:
    // The totals of a new pair; add() its rows under the returned number.
    int beginPair(QByteArrayView unitCode, int year);
    void add(int pair, const RegisterRecord& row);
    bool write(const QSqlDatabase& db, QString* error) const;
    // Every industry the rows named (for register_industry).
    QSet<QByteArray> industries() const;

private:
    static const QString& deleteSql();
    static const QString& insertSql();
    bool writeSqlite(sqlite3* db, QString* error) const;
    bool writePostgres(const QSqlDatabase& db, QString* error) const;

    struct Line {
        QByteArray industry;
        qint64 firstId = 0; // the industry's first row: keeps the file's order
        qint64 enterprises = 0;
        qint64 insuredEnterprises = 0;
        qint64 employees = 0;
        qint64 insuredPersons = 0;
        qint64 accidents = 0;
        qint64 occupationalDiseaseCases = 0;
        qint64 keyPersonnel = 0;
        qint64 keyPersonnelTrained = 0;
        // first_id and the sums, in the order of the INSERT's columns.
        std::array<qint64, 9> values() const {
            return {firstId,
                    enterprises,
                    insuredEnterprises,
                    employees,
                    insuredPersons,
                    accidents,
                    occupationalDiseaseCases,
                    keyPersonnel,
                    keyPersonnelTrained};
        }
    };
    struct Pair {
        QByteArray unitCode;
        int year = 0;
        std::vector<Line> lines;
        size_t last = 0; // the line the previous row went to: rows of one industry often follow
    };
    std::vector<Pair> m_pairs;
};

// The summary lines of every unit of the subtree of rootCode for the year, by unit code (which
// follows the administrative tree), industries in the register's order.
QList<RegisterUnitTotals> readRegisterSummary(const QSqlDatabase& db, const QString& rootCode,
                                              int year, QString* error);

// The SQL that computes the summary lines from register_enterprise (used by the migration
// that introduced the table, and by tests to prove the import keeps them equal).
QString registerSummaryFromRowsSql();

} // namespace yufang
