#include "postgres_register_copy.h"

#include "postgres_handle.h"

#include <QRegularExpression>

// Without libpq (the Windows cross build, whose Qt has no QPSQL driver: docs/windows.md) there
// is never a server connection: copyRows, RegisterCopy and execParams only say so; the COPY text
// helpers stay.
#ifdef YUFANG_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

#include <charconv>
#include <memory>
#include <vector>

namespace yufang::sql {

namespace {
const char* const kCopy =
    "COPY register_enterprise (id, unit_code, year, credit_code, enterprise_name, industry,"
    " employees, insured_employees, insured, accidents, occupational_disease_cases, key_personnel,"
    " key_personnel_trained, risk_class, payroll, contributions, benefits_paid) FROM STDIN";
// Rows are sent in pieces of about this size: each PQputCopyData is a message the server reads
// on its own, and large ones keep the socket's writes few.
constexpr qsizetype kSendAt = qsizetype(256) << 10;

// COPY's text format: tab between columns, newline after a row, \N for NULL, and a backslash
// before the characters that would otherwise mean one of those. Written by plain stores into
// room the caller made (at most kMaxNumber, kMaxAmount or twice the text, and the tab): a
// QByteArray append per value and character and a QByteArray::number per value were a third of
// the program's time in a server import (perf).
constexpr size_t kMaxNumber = 20; // -9223372036854775808
constexpr size_t kMaxAmount = 32; // the shortest digits that read back as the same double: 24

char* putText(char* out, QByteArrayView v) {
    for (const char c : v) {
        if ((quint8(c) <= '\r' && (c == '\t' || c == '\n' || c == '\r')) || c == '\\')
            [[unlikely]] {
            *out++ = '\\';
            *out++ = c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\';
        } else {
            *out++ = c;
        }
    }
    *out++ = '\t';
    return out;
}

char* putNull(char* out) {
    *out++ = '\\';
    *out++ = 'N';
    *out++ = '\t';
    return out;
}

char* putNumber(char* out, qint64 v) {
    out = std::to_chars(out, out + kMaxNumber, v).ptr;
    *out++ = '\t';
    return out;
}

char* putAmount(char* out, const std::optional<double>& v) {
    if (!v)
        return putNull(out);
    out = std::to_chars(out, out + kMaxAmount, *v).ptr;
    *out++ = '\t';
    return out;
}

size_t mostBytes(const RegisterRecord& r) {
    constexpr size_t kNumbers = 10, kAmounts = 3;
    return 2 * size_t(r.unitCode.size() + r.creditCode.size() + r.enterpriseName.size() +
                      r.industry.size()) +
           4 + kNumbers * (kMaxNumber + 1) + kAmounts * (kMaxAmount + 1);
}

// At most mostBytes(r) from out on; returns the end.
char* putRow(char* out, const RegisterRecord& r) {
    out = putNumber(out, r.id);
    out = putText(out, r.unitCode);
    out = putNumber(out, r.year);
    out = putText(out, r.creditCode);
    out = putText(out, r.enterpriseName);
    out = putText(out, r.industry);
    for (const qint64 v : {r.employees, r.insuredEmployees, qint64(r.insured), r.accidents,
                           r.occupationalDiseaseCases, r.keyPersonnel, r.keyPersonnelTrained})
        out = putNumber(out, v);
    out = r.riskClass ? putNumber(out, *r.riskClass) : putNull(out);
    out = putAmount(out, r.payroll);
    out = putAmount(out, r.contributions);
    out = putAmount(out, r.benefitsPaid);
    out[-1] = '\n';
    return out;
}

// Room for at most `most` bytes at the end of out, filled by put, then out cut to what it wrote.
template <typename Put> void appendTo(QByteArray& out, size_t most, Put put) {
    const qsizetype at = out.size();
    out.resize(at + qsizetype(most)); // not zeroed; within the capacity, no allocation
    out.resize(put(out.data() + at) - out.constData());
}

#ifdef YUFANG_HAVE_LIBPQ
struct ResultDeleter {
    void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

QString messageOf(PGconn* conn, const PGresult* result) {
    const char* text = result ? PQresultErrorMessage(result) : PQerrorMessage(conn);
    return QString::fromUtf8(text).trimmed();
}

// "COPY register_enterprise, line 17" in the error's context: the 17th row sent (0-based),
// -1 when the context names none. The context may start with other lines (a trigger's
// "PL/pgSQL function … line 3 at RAISE").
qsizetype failedRow(const PGresult* result) {
    const char* context = result ? PQresultErrorField(result, PG_DIAG_CONTEXT) : nullptr;
    static const QRegularExpression line(QStringLiteral("COPY [^,\\n]+, line (\\d+)"));
    const auto m = line.match(QString::fromUtf8(context ? context : ""));
    return m.hasMatch() ? qMax<qsizetype>(0, m.captured(1).toLongLong() - 1) : -1;
}

PGconn* connectionOf(const QSqlDatabase& db, QString* error) {
    PGconn* conn = postgresHandle(db);
    if (!conn)
        *error = QStringLiteral("not a PostgreSQL connection");
    return conn;
}

bool startCopy(PGconn* conn, const char* copyStatement, QString* error) {
    Result start(PQexec(conn, copyStatement));
    if (PQresultStatus(start.get()) == PGRES_COPY_IN)
        return true;
    *error = messageOf(conn, start.get());
    return false;
}

// Ends the COPY (failed on purpose with the reason `abandon`, unless nullptr) and reads every
// result, so the connection is ready for the next statement. On failure: false with the
// server's message and in *row the 0-based row it named (-1: none).
bool endCopy(PGconn* conn, const char* abandon, QString* error, qsizetype* row) {
    *row = -1;
    PQputCopyEnd(conn, abandon);
    bool ok = true;
    while (Result result{PQgetResult(conn)}) {
        const ExecStatusType status = PQresultStatus(result.get());
        if (status != PGRES_COMMAND_OK && ok) {
            *error = messageOf(conn, result.get());
            *row = failedRow(result.get());
            ok = false;
        }
        if (status == PGRES_COPY_IN)
            break; // libpq could not end it (a lost connection): it would say so forever
    }
    if (abandon && ok) {
        *error = messageOf(conn, nullptr);
        ok = false;
    }
    return ok;
}
#endif
} // namespace

bool copyRows(const QSqlDatabase& db, const char* copyStatement, const QByteArray& rows,
              QString* error, qsizetype* failedRow) {
    if (failedRow)
        *failedRow = 0;
#ifdef YUFANG_HAVE_LIBPQ
    PGconn* conn = connectionOf(db, error);
    if (!conn)
        return false;
    if (rows.isEmpty())
        return true;
    if (!startCopy(conn, copyStatement, error))
        return false;
    const bool sent = PQputCopyData(conn, rows.constData(), int(rows.size())) == 1;
    qsizetype row = -1;
    const bool ok =
        endCopy(conn, sent ? nullptr : "the program could not send the rows", error, &row);
    if (failedRow)
        *failedRow = qMax<qsizetype>(0, row);
    return ok;
#else
    (void)db, (void)copyStatement, (void)rows;
    *error = QStringLiteral("not a PostgreSQL connection");
    return false;
#endif
}

RegisterCopy::RegisterCopy(const QSqlDatabase& db) : m_conn(postgresHandle(db)) {}

RegisterCopy::~RegisterCopy() {
    QString ignored;
    int line = 0;
    if (m_open) // the import stopped (cancelled, rejected): its transaction is rolled back
        end("the import stopped", &ignored, &line);
}

bool RegisterCopy::add(const RegisterRecord* records, qsizetype count, QString* error, int* line) {
    *line = 0;
#ifdef YUFANG_HAVE_LIBPQ
    if (!m_open) {
        if (!m_conn) {
            *error = QStringLiteral("not a PostgreSQL connection");
            return false;
        }
        if (count == 0 || !startCopy(m_conn, kCopy, error))
            return count == 0;
        m_open = true;
        m_text.reserve(kSendAt + kSendAt / 4);
    }
    for (qsizetype i = 0; i < count; ++i) {
        const RegisterRecord& r = records[i];
        appendTo(m_text, mostBytes(r), [&](char* out) { return putRow(out, r); });
        m_lines.push_back(r.line);
        if (m_text.size() >= kSendAt && !send())
            return end("the program could not send the rows", error, line);
    }
    return true;
#else
    (void)records, (void)count;
    *error = QStringLiteral("not a PostgreSQL connection");
    return false;
#endif
}

bool RegisterCopy::finish(QString* error, int* line) {
    *line = 0;
    if (!m_open)
        return true;
    return end(send() ? nullptr : "the program could not send the rows", error, line);
}

bool RegisterCopy::send() {
#ifdef YUFANG_HAVE_LIBPQ
    if (m_text.isEmpty())
        return true;
    const bool sent = PQputCopyData(m_conn, m_text.constData(), int(m_text.size())) == 1;
    m_text.resize(0); // keeps its capacity
    return sent;
#else
    return false;
#endif
}

bool RegisterCopy::end(const char* abandon, QString* error, int* line) {
    m_open = false;
    m_text.resize(0);
    bool ok = false;
#ifdef YUFANG_HAVE_LIBPQ
    qsizetype row = -1;
    ok = endCopy(m_conn, abandon, error, &row);
    *line = row >= 0 && row < qsizetype(m_lines.size()) ? m_lines[size_t(row)] : 0;
#else
    (void)abandon, (void)error, (void)line;
#endif
    m_lines.clear();
    return ok;
}

void appendCopyText(QByteArray& out, QByteArrayView value) {
    appendTo(out, 2 * size_t(value.size()) + 1, [&](char* at) { return putText(at, value); });
}

void appendCopyNumber(QByteArray& out, qint64 value) {
    appendTo(out, kMaxNumber + 1, [&](char* at) { return putNumber(at, value); });
}

QByteArray textArray(const QList<QByteArray>& values) {
    QByteArray out = "{";
    for (const QByteArray& v : values) {
        if (out.size() > 1)
            out += ',';
        out += '"';
        for (const char c : v) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    out += '}';
    return out;
}

bool execParams(const QSqlDatabase& db, const char* statement, const QList<QByteArray>& params,
                QString* error) {
#ifdef YUFANG_HAVE_LIBPQ
    PGconn* conn = connectionOf(db, error);
    if (!conn)
        return false;
    std::vector<const char*> values;
    for (const QByteArray& p : params)
        values.push_back(p.constData());
    Result result(PQexecParams(conn, statement, int(values.size()), nullptr, values.data(), nullptr,
                               nullptr, 0));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return true;
    *error = messageOf(conn, result.get());
    return false;
#else
    (void)db, (void)statement, (void)params;
    *error = QStringLiteral("not a PostgreSQL connection");
    return false;
#endif
}

} // namespace yufang::sql
