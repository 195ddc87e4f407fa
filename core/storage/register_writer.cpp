#include "register_writer.h"

#include "postgres_handle.h"
#include "postgres_register_copy.h"
#include "register_layout.h"
#include "sqlite_register_writer.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace yufang {

namespace {
const char* const kInsert =
    "INSERT INTO register_enterprise (id, unit_code, year, credit_code, enterprise_name, industry,"
    " employees, insured_employees, insured, accidents, occupational_disease_cases, key_personnel,"
    " key_personnel_trained, risk_class, payroll, contributions, benefits_paid)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

QString text(QByteArrayView v) {
    return QString::fromUtf8(v);
}

template <typename T> QVariant optional(const std::optional<T>& v, QMetaType::Type type) {
    return v ? QVariant::fromValue(*v) : QVariant(QMetaType(type));
}

// QSqlQuery with bind and exec per row: about four times slower than the C API on SQLite, but
// it runs on every driver Qt has.
class PortableRegisterWriter : public RegisterWriter {
public:
    explicit PortableRegisterWriter(QSqlDatabase db)
        : m_db(std::move(db)), m_insert(m_db), m_maxId(m_db) {}

    bool prepare(QString* error) override {
        if (m_insert.prepare(QString::fromLatin1(kInsert)))
            return true;
        *error = m_insert.lastError().text();
        return false;
    }

    std::optional<qint64> maxId(qint64 first, qint64 last, QString* error) override {
        // Prepared once: on a server each prepare is a round trip of its own.
        if (!m_maxIdPrepared && !(m_maxIdPrepared = m_maxId.prepare(QStringLiteral(
                                      "SELECT COALESCE(MAX(id), 0) FROM register_enterprise WHERE "
                                      "id BETWEEN ? AND ?")))) {
            *error = m_maxId.lastError().text();
            return std::nullopt;
        }
        m_maxId.addBindValue(first);
        m_maxId.addBindValue(last);
        if (!m_maxId.exec() || !m_maxId.next()) {
            *error = m_maxId.lastError().text();
            return std::nullopt;
        }
        const qint64 id = m_maxId.value(0).toLongLong();
        m_maxId.finish();
        return id;
    }

    bool deleteRange(qint64 first, qint64 last, QString* error) override {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM register_enterprise WHERE id BETWEEN ? AND ?"));
        q.addBindValue(first);
        q.addBindValue(last);
        if (q.exec())
            return true;
        *error = q.lastError().text();
        return false;
    }

    std::optional<bool> hasCreditCode(qint64 id, QByteArrayView creditCode,
                                      QString* error) override {
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("SELECT 1 FROM register_enterprise WHERE id = ? AND credit_code = ?"));
        q.addBindValue(id);
        q.addBindValue(text(creditCode));
        if (!q.exec()) {
            *error = q.lastError().text();
            return std::nullopt;
        }
        return q.next();
    }

    Outcome insert(const RegisterRecord& r, QString* error) override {
        const QVariant values[] = {r.id,
                                   text(r.unitCode),
                                   r.year,
                                   text(r.creditCode),
                                   text(r.enterpriseName),
                                   text(r.industry),
                                   r.employees,
                                   r.insuredEmployees,
                                   int(r.insured),
                                   r.accidents,
                                   r.occupationalDiseaseCases,
                                   r.keyPersonnel,
                                   r.keyPersonnelTrained,
                                   optional(r.riskClass, QMetaType::Int),
                                   optional(r.payroll, QMetaType::Double),
                                   optional(r.contributions, QMetaType::Double),
                                   optional(r.benefitsPaid, QMetaType::Double)};
        for (int i = 0; i < int(std::size(values)); ++i)
            m_insert.bindValue(i, values[i]);
        if (m_insert.exec())
            return Outcome::Inserted;
        *error = m_insert.lastError().text();
        return Outcome::Failed;
    }

protected:
    QSqlDatabase m_db;

private:
    QSqlQuery m_insert;
    QSqlQuery m_maxId;
    bool m_maxIdPrepared = false;
};

// On a PostgreSQL server the rows go in by one COPY … FROM STDIN kept open for the whole file
// (postgres_register_copy.h); the few lookups stay QSqlQuery, each after the COPY is ended
// (the import calls finish() first to name a failed row's line; ended here too, should it not).
class ServerRegisterWriter : public PortableRegisterWriter {
public:
    explicit ServerRegisterWriter(const QSqlDatabase& db)
        : PortableRegisterWriter(db), m_copy(db) {}
    // The import looks up each unit-year of the file whose unit is already in the register (a
    // second year's file: all of them): a query each was a round trip and ended the COPY, so
    // that program and server took turns again. The largest id of every unit-year is read
    // instead at the first lookup of one, by a walk down the primary key (an index probe per
    // unit-year), and kept exact as rows are written and deleted.
    std::optional<qint64> maxId(qint64 first, qint64 last, QString* error) override {
        const qint64 key = first >> register_layout::kSeqBits;
        if (!isUnitYear(first, last))
            return ended(error) ? PortableRegisterWriter::maxId(first, last, error) : std::nullopt;
        if (!m_maxOf && !readMaxIds(error))
            return std::nullopt;
        return m_maxOf->value(key, 0);
    }
    bool deleteRange(qint64 first, qint64 last, QString* error) override {
        if (!ended(error) || !PortableRegisterWriter::deleteRange(first, last, error))
            return false;
        if (m_maxOf && isUnitYear(first, last))
            m_maxOf->remove(first >> register_layout::kSeqBits);
        else
            m_maxOf.reset(); // read again should it be asked
        return true;
    }
    std::optional<bool> hasCreditCode(qint64 id, QByteArrayView creditCode,
                                      QString* error) override {
        if (!ended(error))
            return std::nullopt;
        return PortableRegisterWriter::hasCreditCode(id, creditCode, error);
    }
    Outcome insert(const RegisterRecord& r, QString* error) override {
        int line = 0;
        return insertMany(&r, 1, error, &line) ? Outcome::Inserted : Outcome::Failed;
    }
    bool insertMany(const RegisterRecord* records, qsizetype count, QString* error,
                    int* line) override {
        if (m_maxOf)
            for (qsizetype i = 0; i < count; ++i) {
                qint64& max = (*m_maxOf)[records[i].id >> register_layout::kSeqBits];
                max = std::max(max, records[i].id);
            }
        return m_copy.add(records, count, error, line);
    }
    bool finish(QString* error, int* line) override { return m_copy.finish(error, line); }

private:
    bool ended(QString* error) {
        int line = 0;
        return m_copy.finish(error, &line);
    }
    static bool isUnitYear(qint64 first, qint64 last) {
        return (first & register_layout::kMaxSeq) == 0 &&
               last == (first | register_layout::kMaxSeq);
    }
    bool readMaxIds(QString* error) {
        if (!ended(error))
            return false;
        // From the largest id down: the largest id below the unit-year of the last one found.
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(
                QStringLiteral(
                    "WITH RECURSIVE k(id) AS (SELECT MAX(id) FROM register_enterprise UNION ALL"
                    " SELECT (SELECT MAX(e.id) FROM register_enterprise e WHERE e.id < ((k.id >> "
                    "%1)"
                    " << %1)) FROM k WHERE k.id IS NOT NULL) SELECT id FROM k WHERE id IS NOT NULL")
                    .arg(register_layout::kSeqBits))) {
            *error = q.lastError().text();
            return false;
        }
        m_maxOf.emplace();
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            m_maxOf->insert(id >> register_layout::kSeqBits, id);
        }
        return true;
    }
    sql::RegisterCopy m_copy;
    std::optional<QHash<qint64, qint64>> m_maxOf; // by id >> kSeqBits: the unit-year's largest
};
} // namespace

bool RegisterWriter::insertMany(const RegisterRecord* records, qsizetype count, QString* error,
                                int* line) {
    *line = 0;
    for (qsizetype i = 0; i < count; ++i)
        if (insert(records[i], error) != Outcome::Inserted) {
            *line = records[i].line;
            return false;
        }
    return true;
}

std::unique_ptr<RegisterWriter> RegisterWriter::createPortable(const QSqlDatabase& db) {
    return std::make_unique<PortableRegisterWriter>(db);
}

std::unique_ptr<RegisterWriter> RegisterWriter::create(const QSqlDatabase& db) {
    if (auto fast = createSqliteRegisterWriter(db))
        return fast;
    if (sql::postgresHandle(db))
        return std::make_unique<ServerRegisterWriter>(db);
    return createPortable(db);
}

} // namespace yufang
