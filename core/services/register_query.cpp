#include "register_query.h"

#include "storage/register_layout.h"
#include "storage/unit_repository.h"

#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>

namespace yufang {

namespace {
QString columnList() {
    QStringList names;
    for (int i = 0; i < kRegisterColumnCount; ++i)
        names << registerColumnKey(RegisterColumn(i));
    return names.join(QStringLiteral(", "));
}

RegisterEntry entryAt(const QSqlQuery& q) {
    RegisterEntry e;
    for (int i = 0; i < kRegisterColumnCount; ++i)
        e.values[size_t(i)] = q.value(i);
    return e;
}

bool exec(QSqlQuery& q, const QString& sql, const QVariantList& values) {
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant& v : values)
        q.addBindValue(v);
    return q.exec();
}
} // namespace

RegisterQuery::Where RegisterQuery::where(const RegisterFilter& filter) const {
    QStringList terms;
    Where w;
    if (!filter.unitCode.isEmpty()) {
        // The whole tree needs no condition; a subtree is a short list of codes, which SQLite
        // looks up in the (unit_code, year, credit_code) index.
        // A subtree is a few id ranges (register_layout.h), one per unit with register rows,
        // narrowed to one year when the filter names it.
        const UnitRepository units(m_db);
        const QStringList codes = units.subtreeCodes(filter.unitCode);
        if (codes.size() < units.all().size()) {
            QStringList ranges;
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("SELECT unit_code, slot FROM register_unit"));
            while (q.next()) {
                if (!codes.contains(q.value(0).toString()))
                    continue;
                const qint64 slot = q.value(1).toLongLong();
                ranges << QStringLiteral("id BETWEEN ? AND ?");
                if (filter.year && register_layout::validYear(*filter.year)) {
                    w.values << register_layout::firstId(*filter.year, slot)
                             << register_layout::lastId(*filter.year, slot);
                } else {
                    w.values << register_layout::firstId(register_layout::kFirstYear, slot)
                             << register_layout::firstId(register_layout::kFirstYear, slot + 1) - 1;
                }
            }
            terms << (ranges.isEmpty() ? QStringLiteral("0 = 1")
                                       : QLatin1Char('(') + ranges.join(QStringLiteral(" OR ")) +
                                             QLatin1Char(')'));
        }
    }
    if (filter.year) {
        terms << QStringLiteral("year = ?");
        w.values << *filter.year;
    }
    if (!filter.industry.isEmpty()) {
        terms << QStringLiteral("industry = ?");
        w.values << filter.industry;
    }
    if (filter.insured == RegisterFilter::Insured::Insured)
        terms << QStringLiteral("insured_employees > 0");
    else if (filter.insured == RegisterFilter::Insured::Uninsured)
        terms << QStringLiteral("insured_employees = 0");
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        QString escaped = search;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        terms << QStringLiteral(
            "(enterprise_name LIKE ? ESCAPE '\\' OR credit_code LIKE ? ESCAPE '\\')");
        w.values << QVariant(QString(QLatin1Char('%') + escaped + QLatin1Char('%')));
        w.values << QVariant(QString(escaped.toUpper() + QLatin1Char('%')));
    }
    if (!terms.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    return w;
}

QString RegisterQuery::select(const RegisterFilter& filter, int sortColumn, bool ascending,
                              Where* w) const {
    *w = where(filter);
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // The id breaks ties, so pages never overlap; alone it is the stored order (unit, year).
    const QString key = QStringLiteral("id %1").arg(direction);
    const QString order = sortColumn >= 0 && sortColumn < kRegisterColumnCount
                              ? QStringLiteral("%1 %2, ").arg(
                                    registerColumnKey(RegisterColumn(sortColumn)), direction) +
                                    key
                              : key;
    return QStringLiteral("SELECT %1 FROM register_enterprise%2 ORDER BY %3")
        .arg(columnList(), w->sql, order);
}

qint64 RegisterQuery::count(const RegisterFilter& filter) const {
    const Where w = where(filter);
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("SELECT COUNT(*) FROM register_enterprise") + w.sql, w.values) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QList<RegisterEntry> RegisterQuery::page(const RegisterFilter& filter, int sortColumn,
                                         bool ascending, qint64 offset, int limit) const {
    Where w;
    const QString sql =
        select(filter, sortColumn, ascending, &w) + QStringLiteral(" LIMIT ? OFFSET ?");
    w.values << limit << offset;
    QList<RegisterEntry> out;
    QSqlQuery q(m_db);
    if (!exec(q, sql, w.values))
        return out;
    out.reserve(limit);
    while (q.next())
        out << entryAt(q);
    return out;
}

QList<int> RegisterQuery::years() const {
    QList<int> out;
    QSqlQuery q(m_db);
    // One probe per possible year into the id ranges of the units: no table scan.
    QList<qint64> slots;
    q.exec(QStringLiteral("SELECT slot FROM register_unit"));
    while (q.next())
        slots << q.value(0).toLongLong();
    // Per unit, jump from one year's range to the next: a probe per year a unit has.
    q.prepare(QStringLiteral("SELECT MIN(id) FROM register_enterprise WHERE id BETWEEN ? AND ?"));
    QSet<int> found;
    for (qint64 slot : slots) {
        qint64 from = register_layout::firstId(register_layout::kFirstYear, slot);
        const qint64 to = register_layout::firstId(register_layout::kFirstYear, slot + 1) - 1;
        while (from <= to) {
            q.addBindValue(from);
            q.addBindValue(to);
            if (!q.exec() || !q.next() || q.value(0).isNull())
                break;
            const int year = register_layout::yearOf(q.value(0).toLongLong());
            found.insert(year);
            from = register_layout::firstId(year + 1, slot);
        }
    }
    out = found.values();
    std::sort(out.begin(), out.end());
    return out;
}

QStringList RegisterQuery::industries() const {
    QStringList out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral(
        "SELECT DISTINCT industry FROM annex_row UNION SELECT name FROM plan_industry"
        " UNION SELECT name FROM local_industry"));
    while (q.next())
        out << q.value(0).toString();
    // Industries only the register knows (its local ones), recorded by the import.
    q.exec(QStringLiteral("SELECT name FROM register_industry ORDER BY name"));
    while (q.next())
        if (!out.contains(q.value(0).toString()))
            out << q.value(0).toString();
    return out;
}

qint64 RegisterQuery::exportCsv(const RegisterFilter& filter, int sortColumn, bool ascending,
                                const QString& path, CsvEncoding encoding, QString* error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return -1;
    }
    QStringEncoder encoder =
        encoding == CsvEncoding::Gb18030
            ? QStringEncoder("GB18030")
            : QStringEncoder(QStringConverter::Utf8, QStringConverter::Flag::WriteBom);
    CsvWriter w;
    QStringList header;
    for (int i = 0; i < kRegisterColumnCount; ++i)
        header << registerColumnKey(RegisterColumn(i));
    w.addTextRow(header);
    Where where;
    const QString sql = select(filter, sortColumn, ascending, &where);
    QSqlQuery q(m_db);
    if (!exec(q, sql, where.values)) {
        *error = q.lastError().text();
        return -1;
    }
    qint64 rows = 0;
    auto flush = [&] {
        file.write(encoder.encode(w.text()));
        w = CsvWriter();
    };
    while (q.next()) {
        QList<CsvField> fields;
        for (int i = 0; i < kRegisterColumnCount; ++i) {
            const auto c = RegisterColumn(i);
            const QVariant v = q.value(i);
            const bool numeric = registerColumnIsCount(c) || c == RegisterColumn::Year ||
                                 c == RegisterColumn::Insured || c == RegisterColumn::RiskClass ||
                                 c == RegisterColumn::Payroll ||
                                 c == RegisterColumn::Contributions ||
                                 c == RegisterColumn::BenefitsPaid;
            fields << CsvField{v.isNull() ? QString() : v.toString(), numeric};
        }
        w.addRow(fields);
        if (++rows % 4096 == 0)
            flush();
    }
    flush();
    if (!file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return -1;
    }
    return rows;
}

} // namespace yufang
