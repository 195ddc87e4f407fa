#include "register_query.h"

#include "io/cell_parsing.h"
#include "io/file_output.h"
#include "io/gb18030.h"
#include "io/table_output.h"
#include "io/xlsx_list_writer.h"
#include "storage/register_layout.h"
#include "storage/sql_dialect.h"
#include "storage/unit_repository.h"

#include <QHash>
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

namespace {
// Digits and capitals, at most 18: what a stored credit code starts with. Not only the GB 32100
// alphabet: a malformed code is stored with a warning and must be found too.
bool couldStartCreditCode(const QString& text) {
    if (text.size() > 18)
        return false;
    for (QChar c : text)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))))
            return false;
    return true;
}

bool hasAsciiLetter(const QString& text) {
    for (QChar c : text)
        if (c.unicode() < 128 && c.isLetter())
            return true;
    return false;
}
} // namespace

RegisterQuery::Where RegisterQuery::where(const RegisterFilter& filter) const {
    QStringList terms;
    Where w;
    // A subtree is a few id ranges (register_layout.h), one per unit with register rows,
    // narrowed to the year when the filter names it: SQLite looks each range up in the table's
    // B-tree, so a county reads just its rows. For the whole tree a year is a plain condition:
    // 160 ranges OR-ed together would be tested on every row of an ordered scan.
    if (!filter.unitCode.isEmpty()) {
        const UnitRepository units(m_db);
        const QStringList codes = units.subtreeCodes(filter.unitCode);
        if (codes.size() < units.all().size()) {
            QStringList ranges;
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("SELECT unit_code, slot FROM register_unit ORDER BY slot"));
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
        // instr() compares bytes, several times faster than LIKE's per-character matching over a
        // million names; LIKE stays for Latin letters, which it matches in either case.
        QStringList either;
        if (hasAsciiLetter(search)) {
            QString escaped = search;
            escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            // SQLite's LIKE matches Latin letters in either case; PostgreSQL's needs ILIKE.
            either << QStringLiteral("enterprise_name %1 ? ESCAPE '\\'")
                          .arg(sql::isSqlite(m_db) ? QStringLiteral("LIKE")
                                                   : QStringLiteral("ILIKE"));
            w.values << QVariant(QString(QLatin1Char('%') + escaped + QLatin1Char('%')));
        } else {
            either << sql::containsText(m_db, QStringLiteral("enterprise_name"));
            w.values << QVariant(search);
        }
        // The start of a credit code, where the text could be one; codes are stored half-width.
        const QString code = toHalfWidth(search).toUpper();
        if (couldStartCreditCode(code)) {
            either << QStringLiteral("substr(credit_code, 1, ?) = ?");
            w.values << QVariant(int(code.size())) << QVariant(code);
        }
        terms << QLatin1Char('(') + either.join(QStringLiteral(" OR ")) + QLatin1Char(')');
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
    QSqlQuery q(m_db);
    if (filter.search.trimmed().isEmpty()) {
        // Every other filter is a sum of register_summary lines (kept by the import).
        const QString what = filter.insured == RegisterFilter::Insured::Insured
                                 ? QStringLiteral("insured_enterprises")
                             : filter.insured == RegisterFilter::Insured::Uninsured
                                 ? QStringLiteral("enterprises - insured_enterprises")
                                 : QStringLiteral("enterprises");
        QString sql;
        if (!filter.unitCode.isEmpty())
            sql = subtreeCte();
        sql += QStringLiteral("SELECT COALESCE(SUM(%1), 0) FROM register_summary s").arg(what);
        if (!filter.unitCode.isEmpty())
            sql += QStringLiteral(" JOIN sub ON s.unit_code = sub.code");
        sql += QStringLiteral(" WHERE 1 = 1");
        if (filter.year)
            sql += QStringLiteral(" AND s.year = :year");
        if (!filter.industry.isEmpty())
            sql += QStringLiteral(" AND s.industry = :industry");
        q.setForwardOnly(true);
        q.prepare(sql);
        if (!filter.unitCode.isEmpty())
            q.bindValue(QStringLiteral(":unit"), filter.unitCode);
        if (filter.year)
            q.bindValue(QStringLiteral(":year"), *filter.year);
        if (!filter.industry.isEmpty())
            q.bindValue(QStringLiteral(":industry"), filter.industry);
        if (!q.exec() || !q.next())
            return 0;
        return q.value(0).toLongLong();
    }
    const Where w = where(filter);
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

std::optional<QList<qint64>> RegisterQuery::ids(const RegisterFilter& filter, int sortColumn,
                                                bool ascending, int limit) const {
    Where w;
    QString sql = select(filter, sortColumn, ascending, &w);
    sql.replace(sql.indexOf(columnList()), columnList().size(), QStringLiteral("id"));
    sql += QStringLiteral(" LIMIT ?");
    w.values << limit + 1;
    QSqlQuery q(m_db);
    if (!exec(q, sql, w.values))
        return std::nullopt;
    QList<qint64> out;
    while (q.next()) {
        if (out.size() == limit)
            return std::nullopt;
        out << q.value(0).toLongLong();
    }
    return out;
}

QList<RegisterEntry> RegisterQuery::rows(const QList<qint64>& ids) const {
    QList<RegisterEntry> out;
    if (ids.isEmpty())
        return out;
    QStringList marks;
    QVariantList values;
    for (qint64 id : ids) {
        marks << QStringLiteral("?");
        values << id;
    }
    QSqlQuery q(m_db);
    if (!exec(q,
              QStringLiteral("SELECT %1, id FROM register_enterprise WHERE id IN (%2)")
                  .arg(columnList(), marks.join(QLatin1Char(','))),
              values))
        return out;
    QHash<qint64, RegisterEntry> byId;
    while (q.next())
        byId.insert(q.value(kRegisterColumnCount).toLongLong(), entryAt(q));
    out.reserve(ids.size());
    for (qint64 id : ids)
        out << byId.value(id);
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
    q.exec(QStringLiteral("SELECT DISTINCT row_key FROM form_value WHERE form_code = 'annex'"
                          " UNION SELECT name FROM plan_industry"
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

qint64 RegisterQuery::exportTable(const RegisterFilter& filter, int sortColumn, bool ascending,
                                  const QString& path, CsvEncoding encoding, QString* error) const {
    const bool xlsx = tableFormatForPath(path) == TableFormat::Xlsx;
    FileOutput file(path);
    if (!file.open(error))
        return -1;
    // UTF-8's encoder writes the BOM once, before the first chunk.
    QStringEncoder utf8(QStringConverter::Utf8, QStringConverter::Flag::WriteBom);
    auto encode = [&](const QString& text) {
        return encoding == CsvEncoding::Gb18030 ? encodeGb18030(text)
                                                : QByteArray(utf8.encode(text));
    };
    // A CSV goes to the file in chunks; a workbook streams into libxlsxwriter's temporary file
    // and is saved at the end. Either way memory stays flat for a million rows.
    CsvWriter csv;
    XlsxListWriter book(QStringLiteral("企业名录"));
    TableSink& w = xlsx ? static_cast<TableSink&>(book) : csv;
    QStringList header;
    for (int i = 0; i < kRegisterColumnCount; ++i)
        header << registerColumnKey(RegisterColumn(i));
    w.addHeaderRow(header);
    Where where;
    const QString sql = select(filter, sortColumn, ascending, &where);
    QSqlQuery q(m_db);
    if (!exec(q, sql, where.values)) {
        *error = q.lastError().text();
        return -1;
    }
    qint64 rows = 0;
    auto flush = [&] {
        if (xlsx)
            return;
        file.write(encode(csv.text()));
        csv = CsvWriter();
    };
    QList<TableCell> cells;
    while (q.next()) {
        cells.clear();
        for (int i = 0; i < kRegisterColumnCount; ++i) {
            const auto c = RegisterColumn(i);
            const QVariant v = q.value(i);
            const bool numeric = registerColumnIsCount(c) || c == RegisterColumn::Year ||
                                 c == RegisterColumn::Insured || c == RegisterColumn::RiskClass ||
                                 c == RegisterColumn::Payroll ||
                                 c == RegisterColumn::Contributions ||
                                 c == RegisterColumn::BenefitsPaid;
            const QString text = v.isNull() ? QString() : v.toString();
            // The workbook's numbers are numbers; codes and credit codes stay text cells.
            cells << (xlsx && numeric ? TableCell::num(text) : TableCell{text, numeric});
        }
        w.addRow(cells);
        if (++rows % 4096 == 0)
            flush();
    }
    flush();
    if (xlsx) {
        QByteArray bytes;
        if (!book.finish(&bytes, error))
            return -1;
        file.write(bytes);
    }
    if (!file.commit(error)) // also reports a write that failed on the way
        return -1;
    return rows;
}

} // namespace yufang
