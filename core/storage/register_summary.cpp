#include "register_summary.h"

#include "register_layout.h"
#include "sqlite_register_writer.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace yufang {

namespace {
const char* const kRange = "SELECT industry, employees, insured_employees, accidents FROM "
                           "register_enterprise WHERE id BETWEEN ? AND ?";

// Adds one row to the unit's totals; a unit has a handful of industries, so a linear search
// over them beats any hash.
void add(RegisterUnitTotals& unit, QByteArrayView industry, qint64 employees, qint64 insured,
         qint64 accidents, QList<QByteArray>& names) {
    qsizetype i = 0;
    while (i < names.size() && QByteArrayView(names.at(i)) != industry)
        ++i;
    if (i == names.size()) {
        names << industry.toByteArray();
        unit.industries << RegisterIndustryTotals{QString::fromUtf8(industry),
                                                  AnnexCounts{0, 0, 0, 0, 0}};
    }
    AnnexCounts& c = unit.industries[i].counts;
    *c.enterprises += 1;
    *c.insuredEnterprises += insured > 0 ? 1 : 0;
    *c.employees += employees;
    *c.insuredPersons += insured;
    *c.accidents += accidents;
}
} // namespace

QList<RegisterUnitTotals> sumRegister(const QSqlDatabase& db,
                                      const QList<QPair<QString, qint64>>& unitSlots, int year,
                                      QString* error) {
    QList<RegisterUnitTotals> out;
    if (sqlite3* handle = sqliteHandle(db)) {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(handle, kRange, -1, &s, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
            return out;
        }
        for (const auto& [unit, slot] : unitSlots) {
            RegisterUnitTotals totals{unit, {}};
            QList<QByteArray> names;
            sqlite3_bind_int64(s, 1, register_layout::firstId(year, slot));
            sqlite3_bind_int64(s, 2, register_layout::lastId(year, slot));
            int rc;
            while ((rc = sqlite3_step(s)) == SQLITE_ROW)
                add(totals,
                    QByteArrayView(static_cast<const char*>(sqlite3_column_blob(s, 0)),
                                   sqlite3_column_bytes(s, 0)),
                    sqlite3_column_int64(s, 1), sqlite3_column_int64(s, 2),
                    sqlite3_column_int64(s, 3), names);
            sqlite3_reset(s);
            if (rc != SQLITE_DONE) {
                *error = QString::fromUtf8(sqlite3_errmsg(handle));
                break;
            }
            if (!totals.industries.isEmpty())
                out << totals;
        }
        sqlite3_finalize(s);
        return out;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(kRange));
    for (const auto& [unit, slot] : unitSlots) {
        RegisterUnitTotals totals{unit, {}};
        QList<QByteArray> names;
        q.addBindValue(register_layout::firstId(year, slot));
        q.addBindValue(register_layout::lastId(year, slot));
        if (!q.exec()) {
            *error = q.lastError().text();
            break;
        }
        while (q.next())
            add(totals, q.value(0).toString().toUtf8(), q.value(1).toLongLong(),
                q.value(2).toLongLong(), q.value(3).toLongLong(), names);
        if (!totals.industries.isEmpty())
            out << totals;
    }
    return out;
}

} // namespace yufang
