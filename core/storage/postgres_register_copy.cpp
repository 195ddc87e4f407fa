#include "postgres_register_copy.h"

#include "postgres_handle.h"

#include <QRegularExpression>

// Without libpq (the Windows cross build, whose Qt has no QPSQL driver: docs/windows.md) there
// is never a server connection: copyRows and execParams only say so; the COPY text helpers stay.
#ifdef YUFANG_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

#include <memory>
#include <vector>

namespace yufang::sql {

namespace {
const char* const kCopy =
    "COPY register_enterprise (id, unit_code, year, credit_code, enterprise_name, industry,"
    " employees, insured_employees, insured, accidents, occupational_disease_cases, key_personnel,"
    " key_personnel_trained, risk_class, payroll, contributions, benefits_paid) FROM STDIN";

// COPY's text format: tab between columns, newline after a row, \N for NULL, and a backslash
// before the characters that would otherwise mean one of those.
void appendText(QByteArray& out, QByteArrayView v) {
    for (const char c : v) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
    out += '\t';
}

void appendNumber(QByteArray& out, qint64 v) {
    out += QByteArray::number(v);
    out += '\t';
}

template <typename T> void appendOptional(QByteArray& out, const std::optional<T>& v) {
    if (v)
        out += QByteArray::number(*v, 'g', 17);
    else
        out += "\\N";
    out += '\t';
}

void appendRow(QByteArray& out, const RegisterRecord& r) {
    appendNumber(out, r.id);
    appendText(out, r.unitCode);
    appendNumber(out, r.year);
    appendText(out, r.creditCode);
    appendText(out, r.enterpriseName);
    appendText(out, r.industry);
    appendNumber(out, r.employees);
    appendNumber(out, r.insuredEmployees);
    appendNumber(out, r.insured ? 1 : 0);
    appendNumber(out, r.accidents);
    appendNumber(out, r.occupationalDiseaseCases);
    appendNumber(out, r.keyPersonnel);
    appendNumber(out, r.keyPersonnelTrained);
    if (r.riskClass)
        appendNumber(out, *r.riskClass);
    else
        out += "\\N\t";
    appendOptional(out, r.payroll);
    appendOptional(out, r.contributions);
    appendOptional(out, r.benefitsPaid);
    out.back() = '\n';
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

// "COPY register_enterprise, line 17" in the error's context: the 17th row sent (0-based). The
// context may start with other lines (a trigger's "PL/pgSQL function … line 3 at RAISE").
qsizetype failedLine(const PGresult* result) {
    const char* context = result ? PQresultErrorField(result, PG_DIAG_CONTEXT) : nullptr;
    static const QRegularExpression line(QStringLiteral("COPY [^,\\n]+, line (\\d+)"));
    const auto m = line.match(QString::fromUtf8(context ? context : ""));
    return m.hasMatch() ? qMax<qsizetype>(0, m.captured(1).toLongLong() - 1) : 0;
}
#endif
} // namespace

bool copyRows(const QSqlDatabase& db, const char* copyStatement, const QByteArray& rows,
              QString* error, qsizetype* failedRow) {
    if (failedRow)
        *failedRow = 0;
#ifdef YUFANG_HAVE_LIBPQ
    PGconn* conn = postgresHandle(db);
    if (!conn) {
        *error = QStringLiteral("not a PostgreSQL connection");
        return false;
    }
    if (rows.isEmpty())
        return true;
    Result start(PQexec(conn, copyStatement));
    if (PQresultStatus(start.get()) != PGRES_COPY_IN) {
        *error = messageOf(conn, start.get());
        return false;
    }
    const bool sent = PQputCopyData(conn, rows.constData(), int(rows.size())) == 1;
    PQputCopyEnd(conn, sent ? nullptr : "the program could not send the rows");
    bool ok = sent;
    // Every result of the COPY is read, so the connection is ready for the next statement.
    while (Result result{PQgetResult(conn)}) {
        if (PQresultStatus(result.get()) != PGRES_COMMAND_OK && ok) {
            *error = messageOf(conn, result.get());
            if (failedRow)
                *failedRow = failedLine(result.get());
            ok = false;
        }
    }
    if (!sent && error->isEmpty())
        *error = messageOf(conn, nullptr);
    return ok;
#else
    (void)db, (void)copyStatement, (void)rows;
    *error = QStringLiteral("not a PostgreSQL connection");
    return false;
#endif
}

bool copyRegisterRows(const QSqlDatabase& db, const RegisterRecord* records, qsizetype count,
                      QString* error, qsizetype* failed) {
    *failed = 0;
    QByteArray rows;
    rows.reserve(count * 160);
    for (qsizetype i = 0; i < count; ++i)
        appendRow(rows, records[i]);
    qsizetype row = 0;
    if (copyRows(db, kCopy, rows, error, &row))
        return true;
    *failed = qBound<qsizetype>(0, row, qMax<qsizetype>(0, count - 1));
    return false;
}

void appendCopyText(QByteArray& out, QByteArrayView value) {
    appendText(out, value);
}

void appendCopyNumber(QByteArray& out, qint64 value) {
    appendNumber(out, value);
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
    PGconn* conn = postgresHandle(db);
    if (!conn) {
        *error = QStringLiteral("not a PostgreSQL connection");
        return false;
    }
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
