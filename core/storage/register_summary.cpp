#include "register_summary.h"

#include "postgres_handle.h"
#include "postgres_register_copy.h"
#include "sqlite_register_writer.h"
#include "unit_repository.h"

#include "domain/same_bytes.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

#include <sqlite3.h>

namespace yufang {

namespace {

const QString kSumColumns =
    QStringLiteral("enterprises, insured_enterprises, employees, insured_persons, accidents,"
                   " occupational_disease_cases, key_personnel, key_personnel_trained");

bool fail(const QSqlQuery& q, QString* error) {
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

int RegisterSummaryBuilder::beginPair(QByteArrayView unitCode, int year) {
    m_pairs.push_back(Pair{unitCode.toByteArray(), year, {}, 0});
    return int(m_pairs.size() - 1);
}

void RegisterSummaryBuilder::add(int pair, const RegisterRecord& row) {
    Pair& p = m_pairs[size_t(pair)];
    // A unit has a handful of industries: a linear search beats any hash.
    size_t i = p.last;
    if (i >= p.lines.size() || !sameBytes(p.lines[i].industry, row.industry)) {
        i = 0;
        while (i < p.lines.size() && !sameBytes(p.lines[i].industry, row.industry))
            ++i;
        if (i == p.lines.size())
            p.lines.push_back(Line{row.industry.toByteArray(), row.id});
        p.last = i;
    }
    Line& l = p.lines[i];
    l.enterprises += 1;
    l.insuredEnterprises += row.insuredEmployees > 0 ? 1 : 0;
    l.employees += row.employees;
    l.insuredPersons += row.insuredEmployees;
    l.accidents += row.accidents;
    l.occupationalDiseaseCases += row.occupationalDiseaseCases;
    l.keyPersonnel += row.keyPersonnel;
    l.keyPersonnelTrained += row.keyPersonnelTrained;
}

const QString& RegisterSummaryBuilder::deleteSql() {
    static const QString sql =
        QStringLiteral("DELETE FROM register_summary WHERE unit_code = ? AND year = ?");
    return sql;
}

const QString& RegisterSummaryBuilder::insertSql() {
    static const QString sql = QStringLiteral("INSERT INTO register_summary (unit_code, year,"
                                              " industry, first_id, %1) VALUES "
                                              "(?,?,?,?,?,?,?,?,?,?,?,?)")
                                   .arg(kSumColumns);
    return sql;
}

bool RegisterSummaryBuilder::write(const QSqlDatabase& db, QString* error) const {
    // A province is some 8,000 lines: through QSqlQuery's positional binding (which names
    // every placeholder anew for each value) that was 17 % of a 100,000-row import's
    // instructions; the C API binds in a few dozen.
    if (sqlite3* handle = sqliteHandle(db))
        return writeSqlite(handle, error);
    if (sql::postgresHandle(db))
        return writePostgres(db, error);
    QSqlQuery remove(db);
    remove.prepare(deleteSql());
    QSqlQuery insert(db);
    insert.prepare(insertSql());
    for (const Pair& p : m_pairs) {
        const QString unitCode = QString::fromUtf8(p.unitCode);
        remove.addBindValue(unitCode);
        remove.addBindValue(p.year);
        if (!remove.exec())
            return fail(remove, error);
        for (const Line& l : p.lines) {
            insert.addBindValue(unitCode);
            insert.addBindValue(p.year);
            insert.addBindValue(QString::fromUtf8(l.industry));
            for (qint64 v : l.values())
                insert.addBindValue(v);
            if (!insert.exec())
                return fail(insert, error);
        }
    }
    return true;
}

bool RegisterSummaryBuilder::writeSqlite(sqlite3* db, QString* error) const {
    struct Statement {
        sqlite3_stmt* s = nullptr;
        ~Statement() { sqlite3_finalize(s); }
    } remove, insert;
    auto failed = [&] {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    };
    if (sqlite3_prepare_v2(db, deleteSql().toUtf8().constData(), -1, &remove.s, nullptr) !=
            SQLITE_OK ||
        sqlite3_prepare_v2(db, insertSql().toUtf8().constData(), -1, &insert.s, nullptr) !=
            SQLITE_OK)
        return failed();
    auto text = [](sqlite3_stmt* s, int i, const QByteArray& v) {
        sqlite3_bind_text(s, i, v.constData(), int(v.size()), SQLITE_STATIC);
    };
    for (const Pair& p : m_pairs) {
        text(remove.s, 1, p.unitCode);
        sqlite3_bind_int(remove.s, 2, p.year);
        const int rc = sqlite3_step(remove.s);
        sqlite3_reset(remove.s);
        if (rc != SQLITE_DONE)
            return failed();
        for (const Line& l : p.lines) {
            text(insert.s, 1, p.unitCode);
            sqlite3_bind_int(insert.s, 2, p.year);
            text(insert.s, 3, l.industry);
            int i = 4;
            for (qint64 v : l.values())
                sqlite3_bind_int64(insert.s, i++, v);
            const int rc = sqlite3_step(insert.s);
            sqlite3_reset(insert.s);
            if (rc != SQLITE_DONE)
                return failed();
        }
    }
    return true;
}

bool RegisterSummaryBuilder::writePostgres(const QSqlDatabase& db, QString* error) const {
    // On a server each statement is a round trip: a province file's 1,000 pairs and 8,000
    // lines one by one were most of a 30,000-row import (docs/server.md). One DELETE for every
    // pair (arrays of units and years) and one COPY of the lines instead.
    QList<QByteArray> units;
    QList<QByteArray> years;
    QByteArray lines;
    for (const Pair& p : m_pairs) {
        units << p.unitCode;
        years << QByteArray::number(p.year);
        for (const Line& l : p.lines) {
            sql::appendCopyText(lines, p.unitCode);
            sql::appendCopyNumber(lines, p.year);
            sql::appendCopyText(lines, l.industry);
            for (qint64 v : l.values())
                sql::appendCopyNumber(lines, v);
            lines.back() = '\n';
        }
    }
    if (m_pairs.empty())
        return true;
    QString why;
    const bool ok =
        sql::execParams(db,
                        "DELETE FROM register_summary s USING unnest($1::text[], $2::int[])"
                        " AS p(unit_code, year) WHERE s.unit_code = p.unit_code"
                        " AND s.year = p.year",
                        {sql::textArray(units), "{" + years.join(',') + "}"}, &why) &&
        sql::copyRows(db,
                      "COPY register_summary (unit_code, year, industry, first_id, enterprises,"
                      " insured_enterprises, employees, insured_persons, accidents,"
                      " occupational_disease_cases, key_personnel, key_personnel_trained)"
                      " FROM STDIN",
                      lines, &why);
    if (!ok && error)
        *error = why;
    return ok;
}

QSet<QByteArray> RegisterSummaryBuilder::industries() const {
    QSet<QByteArray> out;
    for (const Pair& p : m_pairs)
        for (const Line& l : p.lines)
            out.insert(l.industry);
    return out;
}

QList<RegisterUnitTotals> readRegisterSummary(const QSqlDatabase& db, const QString& rootCode,
                                              int year, QString* error) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(subtreeCte() + QStringLiteral("SELECT s.unit_code, s.industry, s.first_id, %1"
                                            " FROM sub JOIN register_summary s ON s.unit_code = "
                                            "sub.code AND s.year = :year"
                                            " ORDER BY s.unit_code, s.first_id")
                                 .arg(kSumColumns));
    q.bindValue(QStringLiteral(":unit"), rootCode);
    q.bindValue(QStringLiteral(":year"), year);
    QList<RegisterUnitTotals> out;
    if (!q.exec()) {
        fail(q, error);
        return out;
    }
    while (q.next()) {
        const QString unit = q.value(0).toString();
        if (out.isEmpty() || out.constLast().unitCode != unit)
            out << RegisterUnitTotals{unit, {}};
        RegisterIndustryTotals t;
        t.industry = q.value(1).toString();
        t.counts =
            AnnexCounts{q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                        q.value(6).toLongLong(), q.value(7).toLongLong()};
        t.occupationalDiseaseCases = q.value(8).toLongLong();
        t.keyPersonnel = q.value(9).toLongLong();
        t.keyPersonnelTrained = q.value(10).toLongLong();
        out.last().industries << t;
    }
    return out;
}

QString registerSummaryFromRowsSql() {
    return QStringLiteral(
        "SELECT unit_code, year, industry, MIN(id) AS first_id, COUNT(*) AS enterprises,"
        " SUM(CASE WHEN insured_employees > 0 THEN 1 ELSE 0 END) AS insured_enterprises,"
        " SUM(employees) AS employees, SUM(insured_employees) AS insured_persons,"
        " SUM(accidents) AS accidents,"
        " SUM(occupational_disease_cases) AS occupational_disease_cases,"
        " SUM(key_personnel) AS key_personnel, SUM(key_personnel_trained) AS key_personnel_trained"
        " FROM register_enterprise GROUP BY unit_code, year, industry");
}

} // namespace yufang
