#include "postgres_register_copy.h"

#include "postgres_handle.h"

#include <QRegularExpression>

#include <libpq-fe.h>

#include <memory>

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

struct ResultDeleter {
    void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

QString messageOf(PGconn* conn, const PGresult* result) {
    const char* text = result ? PQresultErrorMessage(result) : PQerrorMessage(conn);
    return QString::fromUtf8(text).trimmed();
}

// "COPY register_enterprise, line 17" in the error's context: the 17th row sent.
qsizetype failedRow(const PGresult* result) {
    const char* context = result ? PQresultErrorField(result, PG_DIAG_CONTEXT) : nullptr;
    static const QRegularExpression line(QStringLiteral("line (\\d+)"));
    const auto m = line.match(QString::fromUtf8(context ? context : ""));
    return m.hasMatch() ? qMax<qsizetype>(0, m.captured(1).toLongLong() - 1) : 0;
}
} // namespace

bool copyRegisterRows(const QSqlDatabase& db, const RegisterRecord* records, qsizetype count,
                      QString* error, qsizetype* failed) {
    *failed = 0;
    PGconn* conn = postgresHandle(db);
    if (!conn) {
        *error = QStringLiteral("not a PostgreSQL connection");
        return false;
    }
    if (count == 0)
        return true;
    Result start(PQexec(conn, kCopy));
    if (PQresultStatus(start.get()) != PGRES_COPY_IN) {
        *error = messageOf(conn, start.get());
        return false;
    }
    QByteArray rows;
    rows.reserve(count * 160);
    for (qsizetype i = 0; i < count; ++i)
        appendRow(rows, records[i]);
    const bool sent = PQputCopyData(conn, rows.constData(), int(rows.size())) == 1;
    PQputCopyEnd(conn, sent ? nullptr : "the program could not send the rows");
    bool ok = sent;
    // Every result of the COPY is read, so the connection is ready for the next statement.
    while (Result result{PQgetResult(conn)}) {
        if (PQresultStatus(result.get()) != PGRES_COMMAND_OK && ok) {
            *error = messageOf(conn, result.get());
            *failed = qMin(failedRow(result.get()), count - 1);
            ok = false;
        }
    }
    if (!sent && error->isEmpty())
        *error = messageOf(conn, nullptr);
    return ok;
}

} // namespace yufang::sql
