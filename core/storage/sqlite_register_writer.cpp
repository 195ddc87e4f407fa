#include "sqlite_register_writer.h"

#include "sql_dialect.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <array>
#include <limits>

namespace yufang {

namespace {
constexpr int kColumns = 17;
// Rows per INSERT of insertMany: one statement step instead of 32 saves the per-statement
// work (a cursor opened and a seek from the root for each row, the halt): about 15 % of an
// insert's instructions (docs/performance.md).
constexpr int kRowsPerStatement = 32;

QByteArray insertSql(int rows) {
    QByteArray sql =
        "INSERT INTO register_enterprise (id, unit_code, year, credit_code, enterprise_name,"
        " industry, employees, insured_employees, insured, accidents, occupational_disease_cases,"
        " key_personnel, key_personnel_trained, risk_class, payroll, contributions, benefits_paid)"
        " VALUES ";
    for (int i = 0; i < rows; ++i)
        sql += i ? ",(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)" : "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    return sql;
}

class Statement {
public:
    ~Statement() { sqlite3_finalize(m_stmt); }
    bool prepare(sqlite3* db, const char* sql, QString* error) {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) ==
            SQLITE_OK)
            return true;
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    sqlite3_stmt* get() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

void bindText(sqlite3_stmt* s, int i, QByteArrayView v) {
    // SQLITE_STATIC: the record outlives the step; no copy per value.
    sqlite3_bind_text(s, i, v.data() ? v.data() : "", int(v.size()), SQLITE_STATIC);
}

// What one row's parameters of a statement hold from the row bound before: a parameter keeps
// its value across sqlite3_reset, and a value bound again costs a hundred instructions or more.
// Most of a row repeats the row before it in the same place (the unit, the year, the industry,
// the zeros, the empty optional columns), so only what differs is bound.
struct Bound {
    quint32 known = 0; // bit k: parameter first + 1 + k holds ints[k] / texts[k]
    std::array<qint64, kColumns> ints{};
    std::array<QByteArrayView, kColumns> texts{};
    quint8 optional = 0; // which optional columns hold a value (bit 0: risk_class, ...)
};

// What ints[0] holds while the id parameter is NULL (ids are positive).
constexpr qint64 kAutoId = std::numeric_limits<qint64>::min();

// The record's values from parameter first + 1 on. autoId: the id is bound as NULL, for SQLite
// to give the row the table's largest rowid + 1, which the caller knows to be the row's id.
void bind(sqlite3_stmt* s, int first, const RegisterRecord& r, Bound* b, bool autoId = false) {
    auto integer = [&](int k, qint64 v) {
        if ((b->known >> k & 1) && b->ints[size_t(k)] == v)
            return;
        sqlite3_bind_int64(s, first + 1 + k, v);
        b->ints[size_t(k)] = v;
        b->known |= 1u << k;
    };
    // The same bytes at the same place (SQLITE_STATIC: SQLite reads them when it steps).
    auto text = [&](int k, QByteArrayView v) {
        const QByteArrayView& was = b->texts[size_t(k)];
        if ((b->known >> k & 1) && was.data() == v.data() && was.size() == v.size())
            return;
        bindText(s, first + 1 + k, v);
        b->texts[size_t(k)] = v;
        b->known |= 1u << k;
    };
    if (autoId) {
        if (!(b->known & 1) || b->ints[0] != kAutoId) {
            sqlite3_bind_null(s, first + 1);
            b->ints[0] = kAutoId;
            b->known |= 1;
        }
    } else {
        integer(0, r.id);
    }
    text(1, r.unitCode);
    integer(2, r.year);
    text(3, r.creditCode);
    text(4, r.enterpriseName);
    text(5, r.industry);
    integer(6, r.employees);
    integer(7, r.insuredEmployees);
    integer(8, r.insured ? 1 : 0);
    integer(9, r.accidents);
    integer(10, r.occupationalDiseaseCases);
    integer(11, r.keyPersonnel);
    integer(12, r.keyPersonnelTrained);
    // The optional columns: a NULL is bound only where a value was.
    auto optional = [&](int column, quint8 bit, const auto& value, auto bindValue) {
        if (value) {
            bindValue(s, first + column, *value);
            b->optional |= bit;
        } else if (b->optional & bit) {
            sqlite3_bind_null(s, first + column);
            b->optional &= quint8(~bit);
        }
    };
    optional(14, 1, r.riskClass, sqlite3_bind_int);
    optional(15, 2, r.payroll, sqlite3_bind_double);
    optional(16, 4, r.contributions, sqlite3_bind_double);
    optional(17, 8, r.benefitsPaid, sqlite3_bind_double);
}

class SqliteRegisterWriter : public RegisterWriter {
public:
    explicit SqliteRegisterWriter(sqlite3* db) : m_db(db) {}
    ~SqliteRegisterWriter() override {
        if (m_savedCacheSize != 0)
            sqlite3_exec(m_db,
                         QByteArray("PRAGMA cache_size = " + QByteArray::number(m_savedCacheSize))
                             .constData(),
                         nullptr, nullptr, nullptr);
    }

    bool prepare(QString* error) override {
        // In WAL mode a larger page cache for the length of the import keeps SQLite from
        // spilling half-filled pages of the growing B-tree into the WAL (32 MiB, inside the
        // 150 MiB the import may use). With the rollback journal (storage/bulk_write_journal.h)
        // a spilled new page goes straight to its place in the database, once, and rows come in
        // id order, so a full leaf is not touched again: SQLite's default cache (2 MiB) does,
        // and its 30 MiB less were 8,000 page faults and mallocs (docs/performance.md).
        if (journalMode() == "wal") {
            Statement cacheSize;
            if (cacheSize.prepare(m_db, "PRAGMA cache_size", error) &&
                sqlite3_step(cacheSize.get()) == SQLITE_ROW)
                m_savedCacheSize = sqlite3_column_int(cacheSize.get(), 0);
            sqlite3_exec(m_db, "PRAGMA cache_size = -32768", nullptr, nullptr, nullptr);
        }
        return m_insert.prepare(m_db, insertSql(1).constData(), error) &&
               m_insertMany.prepare(m_db, insertSql(kRowsPerStatement).constData(), error) &&
               m_max.prepare(
                   m_db,
                   "SELECT COALESCE(MAX(id), 0) FROM register_enterprise WHERE id BETWEEN ? AND ?",
                   error) &&
               m_delete.prepare(m_db, "DELETE FROM register_enterprise WHERE id BETWEEN ? AND ?",
                                error) &&
               m_credit.prepare(
                   m_db, "SELECT 1 FROM register_enterprise WHERE id = ? AND credit_code = ?",
                   error) &&
               learnTableMax(error);
    }

    std::optional<qint64> maxId(qint64 first, qint64 last, QString* error) override {
        sqlite3_stmt* s = m_max.get();
        sqlite3_bind_int64(s, 1, first);
        sqlite3_bind_int64(s, 2, last);
        const int rc = sqlite3_step(s);
        const qint64 id = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
        sqlite3_reset(s);
        if (rc == SQLITE_ROW)
            return id;
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return std::nullopt;
    }

    bool deleteRange(qint64 first, qint64 last, QString* error) override {
        sqlite3_stmt* s = m_delete.get();
        sqlite3_bind_int64(s, 1, first);
        sqlite3_bind_int64(s, 2, last);
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        if (rc == SQLITE_DONE)
            return learnTableMax(error);
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }

    std::optional<bool> hasCreditCode(qint64 id, QByteArrayView creditCode,
                                      QString* error) override {
        sqlite3_stmt* s = m_credit.get();
        sqlite3_bind_int64(s, 1, id);
        bindText(s, 2, creditCode);
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        if (rc == SQLITE_ROW || rc == SQLITE_DONE)
            return rc == SQLITE_ROW;
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return std::nullopt;
    }

    Outcome insert(const RegisterRecord& r, QString* error) override {
        sqlite3_stmt* s = m_insert.get();
        bind(s, 0, r, &m_insertBound);
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        if (rc == SQLITE_DONE) {
            m_tableMax = std::max(m_tableMax, r.id);
            return Outcome::Inserted;
        }
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return Outcome::Failed;
    }

    bool insertMany(const RegisterRecord* records, qsizetype count, QString* error,
                    int* line) override {
        qsizetype i = 0;
        for (; i + kRowsPerStatement <= count; i += kRowsPerStatement) {
            sqlite3_stmt* s = m_insertMany.get();
            // A row whose id is the table's largest + 1 (every row but a unit-year's first when
            // rows come in id order: register_row_buffer.h) is bound with a NULL id. SQLite then
            // takes the rowid from the end of the table, where its cursor already is, as the
            // shell's .import does, instead of seeking the given id from the root of the B-tree
            // to check that it is free (a tenth of an import's instructions,
            // docs/performance.md). The id is the same either way.
            qint64 max = m_tableMax;
            for (int k = 0; k < kRowsPerStatement; ++k) {
                const RegisterRecord& r = records[i + k];
                bind(s, k * kColumns, r, &m_insertManyBound[size_t(k)], r.id == max + 1);
                max = std::max(max, r.id);
            }
            const int rc = sqlite3_step(s);
            sqlite3_reset(s);
            if (rc != SQLITE_DONE)
                break; // the statement's rows are backed out: find the one that fails below
            m_tableMax = max;
            // Never otherwise: the largest id is known (every row of the table is written
            // through this writer inside the import's transaction, learnTableMax).
            if (sqlite3_last_insert_rowid(m_db) != records[i + kRowsPerStatement - 1].id) {
                *error = QCoreApplication::translate(
                    "RegisterWriter", "an enterprise row was not stored under its own id");
                *line = records[i + kRowsPerStatement - 1].line;
                return false;
            }
        }
        return RegisterWriter::insertMany(records + i, count - i, error, line);
    }

private:
    QByteArray journalMode() {
        Statement mode;
        QString ignored;
        if (!mode.prepare(m_db, "PRAGMA journal_mode", &ignored) ||
            sqlite3_step(mode.get()) != SQLITE_ROW)
            return {};
        return QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(mode.get(), 0)))
            .toLower();
    }

    // The table's largest id, kept as rows are inserted (deleteRange asks again).
    bool learnTableMax(QString* error) {
        const std::optional<qint64> max = maxId(0, std::numeric_limits<qint64>::max(), error);
        m_tableMax = max.value_or(0);
        return max.has_value();
    }

    sqlite3* m_db;
    int m_savedCacheSize = 0;
    qint64 m_tableMax = 0;
    Statement m_insert;
    Statement m_insertMany;
    // Per row of each statement, what its parameters hold (bind()).
    Bound m_insertBound;
    std::array<Bound, kRowsPerStatement> m_insertManyBound{};
    Statement m_max;
    Statement m_delete;
    Statement m_credit;
};

} // namespace

// The driver hands out its sqlite3* as a QVariant typed "sqlite3*" (Qt's documented way).
// Debian's QSQLITE plugin links the system libsqlite3, as does this program; the version
// check below guards a build where Qt carries its own copy.
sqlite3* sqliteHandle(const QSqlDatabase& db) {
    if (!sql::isSqlite(db) || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3* handle = *static_cast<sqlite3* const*>(v.constData());
    if (!handle)
        return nullptr;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_version()")) || !q.next() ||
        q.value(0).toString() != QString::fromLatin1(sqlite3_libversion()))
        return nullptr;
    return handle;
}

std::unique_ptr<RegisterWriter> createSqliteRegisterWriter(const QSqlDatabase& db) {
    sqlite3* handle = sqliteHandle(db);
    if (!handle)
        return nullptr;
    return std::make_unique<SqliteRegisterWriter>(handle);
}

} // namespace yufang
