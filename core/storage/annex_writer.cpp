#include "annex_writer.h"

#include "annex_values.h"
#include "domain/annex_form_table.h"
#include "sql_values.h"

#include <QDateTime>

#include <QSqlError>
#include <algorithm>

namespace yufang {

namespace {
enum Statement {
    kSelectRows,
    kSelectMeta,
    kDeleteRows,
    kInsertLocal,
    kDeleteLocal,
    kUpsertMeta,
    kStatementEnd,
};

bool fail(const QSqlQuery& q, QString* error) {
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

AnnexWriter::AnnexWriter(QSqlDatabase db) : m_db(db), m_history(db), m_plans(db) {
    static_assert(kStatementEnd == kStatementCount);
}

QSqlQuery& AnnexWriter::statement(int id, const char* sql) {
    std::optional<QSqlQuery>& s = m_statements.at(size_t(id));
    if (!s) {
        s.emplace(m_db);
        s->prepare(QString::fromLatin1(sql));
    }
    return *s;
}

// INSERT … SELECT from a VALUES list of `rows` tuples (one per row of the form, typed by CAST
// so that PostgreSQL resolves them as SQLite does) crossed with the form's columns: one
// form_value for the row's marker (empty column key), one per filled count, one for a
// non-empty remark. A form costs one statement, not one per value.
QSqlQuery& AnnexWriter::insertValues(int rows) {
    auto it = m_inserts.find(rows);
    if (it != m_inserts.end())
        return it->second;
    const QStringList& counts = annex_values::countKeys();
    QStringList tuple{QStringLiteral("CAST(? AS INTEGER)"), QStringLiteral("CAST(? AS TEXT)"),
                      QStringLiteral("CAST(? AS INTEGER)")};
    for (int f = 0; f < kCountFieldCount; ++f)
        tuple << QStringLiteral("CAST(? AS BIGINT)");
    tuple << QStringLiteral("CAST(? AS TEXT)");
    const QString oneRow = u'(' + tuple.join(u',') + u')';
    QStringList tuples;
    for (int i = 0; i < rows; ++i)
        tuples << oneRow;
    // r.column1 position, column2 industry, column3 local, column4… counts, then the remark.
    const QString remarkColumn = QStringLiteral("r.column%1").arg(4 + kCountFieldCount);
    QStringList columns{QStringLiteral("('')")}, number, filled;
    for (int f = 0; f < kCountFieldCount; ++f) {
        columns << QStringLiteral("('%1')").arg(counts.at(f));
        number << QStringLiteral("WHEN '%1' THEN r.column%2").arg(counts.at(f)).arg(4 + f);
        filled << QStringLiteral("(c.column1 = '%1' AND r.column%2 IS NOT NULL)")
                      .arg(counts.at(f))
                      .arg(4 + f);
    }
    columns << QStringLiteral("('%1')").arg(annex_values::remarkKey());
    filled << QStringLiteral("(c.column1 = '%1' AND %2 <> '')")
                  .arg(annex_values::remarkKey(), remarkColumn);
    const QString sql =
        QStringLiteral(
            "INSERT INTO form_value (unit_code, form_code, year, row_position, row_group,"
            " row_key, local, column_key, number_value, text_value)"
            " SELECT CAST(? AS TEXT), 'annex', CAST(? AS INTEGER), r.column1, '', r.column2,"
            " r.column3, c.column1, CASE c.column1 %1 END,"
            " CASE WHEN c.column1 = '%2' THEN %3 ELSE '' END"
            " FROM (VALUES %4) r CROSS JOIN (VALUES %5) c WHERE c.column1 = '' OR %6")
            .arg(number.join(u' '), annex_values::remarkKey(), remarkColumn, tuples.join(u','),
                 columns.join(u','), filled.join(QStringLiteral(" OR ")));
    it = m_inserts.emplace(rows, QSqlQuery(m_db)).first;
    it->second.prepare(sql);
    return it->second;
}

AnnexTable AnnexWriter::stored(const QString& unitCode, int year) {
    const QStringList planIndustries = m_plans.planIndustriesOf(unitCode, year);
    AnnexTable table;
    table.unitCode = unitCode;
    table.year = year;
    static const QByteArray selectRows =
        QStringLiteral("SELECT v.row_key, %1, %2 FROM form_value v WHERE v.unit_code = ?"
                       " AND v.form_code = 'annex' AND v.year = ? GROUP BY v.row_key"
                       " ORDER BY MIN(v.row_position)")
            .arg(annex_values::countSelect(QStringLiteral("MAX")), annex_values::remarkSelect())
            .toLatin1();
    QSqlQuery& rows = statement(kSelectRows, selectRows.constData());
    rows.addBindValue(unitCode);
    rows.addBindValue(year);
    rows.exec();
    while (rows.next()) {
        AnnexRow row;
        row.industry = rows.value(0).toString();
        row.local = !planIndustries.contains(row.industry);
        row.counts = AnnexCounts{countColumn(rows, 1), countColumn(rows, 2), countColumn(rows, 3),
                                 countColumn(rows, 4), countColumn(rows, 5)};
        row.remark = rows.value(6).toString();
        table.rows << row;
    }
    rows.finish();
    QSqlQuery& meta = statement(
        kSelectMeta, "SELECT preparer, phone, filled_on FROM form_record WHERE unit_code = ?"
                     " AND form_code = 'annex' AND year = ?");
    meta.addBindValue(unitCode);
    meta.addBindValue(year);
    if (meta.exec() && meta.next()) {
        table.meta.preparer = meta.value(0).toString();
        table.meta.phone = meta.value(1).toString();
        table.meta.filledOn = QDate::fromString(meta.value(2).toString(), Qt::ISODate);
    }
    meta.finish();
    return table;
}

bool AnnexWriter::save(const AnnexTable& given, const QString& source, QString* error,
                       const QString& sha256, RevisionTicket* ticket) {
    const QStringList planIndustries = m_plans.planIndustriesOf(given.unitCode, given.year);
    if (!m_history.checkUnlocked(annex_values::formCode(), given.unitCode, given.year, error))
        return false;
    if (!RecordRevisions(m_db).claim(RecordKey::annex(given.unitCode, given.year), ticket, error))
        return false;
    // Whether a row is local follows the plan, whatever the caller's flags say.
    AnnexTable table = given;
    for (AnnexRow& row : table.rows)
        row.local = !planIndustries.contains(row.industry);
    const AnnexTable before = stored(table.unitCode, table.year);
    // The same rows as stored (derive-annex again on the same figures, an import of an unchanged
    // file): the values stay as they are; the footer, audit events and version are written.
    const bool sameRows = before.rows == table.rows;
    QSqlQuery& remove = statement(
        kDeleteRows,
        "DELETE FROM form_value WHERE unit_code = ? AND form_code = 'annex' AND year = ?");
    remove.addBindValue(table.unitCode);
    remove.addBindValue(table.year);
    if (!sameRows && !remove.exec())
        return fail(remove, error);
    // The record first: form_value's rows refer to it.
    QSqlQuery& meta = statement(
        kUpsertMeta,
        "INSERT INTO form_record (unit_code, form_code, year, preparer, phone, filled_on,"
        " header_fields, source, updated_at) VALUES (?,'annex',?,?,?,?,'{}',?,?)"
        " ON CONFLICT (unit_code, form_code, year) DO UPDATE SET"
        " preparer = excluded.preparer, phone = excluded.phone, filled_on = excluded.filled_on,"
        " source = excluded.source, updated_at = excluded.updated_at");
    meta.addBindValue(table.unitCode);
    meta.addBindValue(table.year);
    meta.addBindValue(notNullText(table.meta.preparer));
    meta.addBindValue(notNullText(table.meta.phone));
    meta.addBindValue(table.meta.filledOn.isValid()
                          ? QVariant(table.meta.filledOn.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString)));
    meta.addBindValue(notNullText(source));
    meta.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!meta.exec())
        return fail(meta, error);
    for (const AnnexRow& row : table.rows) {
        if (!row.local)
            continue;
        QSqlQuery& local = statement(
            kInsertLocal,
            "INSERT INTO local_industry (unit_code, name, position) VALUES (?, ?,"
            " (SELECT COALESCE(MAX(position), 0) + 1 FROM local_industry WHERE unit_code = ?))"
            " ON CONFLICT (unit_code, name) DO NOTHING");
        local.addBindValue(table.unitCode);
        local.addBindValue(row.industry);
        local.addBindValue(table.unitCode);
        if (!local.exec())
            return fail(local, error);
    }
    // Every value of the form in one statement per 500 rows (far below SQLite's and
    // PostgreSQL's limits on a statement's parameters): derive-annex and an import of many
    // forms pay one round trip per form.
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; !sameRows && from < table.rows.size(); from += kChunk) {
        const qsizetype n = std::min(kChunk, table.rows.size() - from);
        QSqlQuery& insert = insertValues(int(n));
        insert.addBindValue(table.unitCode);
        insert.addBindValue(table.year);
        for (qsizetype i = from; i < from + n; ++i) {
            const AnnexRow& row = table.rows.at(i);
            insert.addBindValue(int(i));
            insert.addBindValue(row.industry);
            insert.addBindValue(row.local ? 1 : 0);
            for (int f = 0; f < kCountFieldCount; ++f)
                insert.addBindValue(countParam(countValue(row.counts, CountField(f))));
            insert.addBindValue(notNullText(row.remark));
        }
        if (!insert.exec())
            return fail(insert, error);
    }
    // A local industry lives as long as some year's form of the unit still lists it.
    QSqlQuery& prune =
        statement(kDeleteLocal,
                  "DELETE FROM local_industry WHERE unit_code = ? AND name NOT IN"
                  " (SELECT row_key FROM form_value WHERE unit_code = ? AND form_code = 'annex')");
    prune.addBindValue(table.unitCode);
    prune.addBindValue(table.unitCode);
    if (!prune.exec())
        return fail(prune, error);
    // The annex's changes are described by its own columns (annexStackDefinition), so the
    // trail keeps the words and order it always had.
    return m_history.record(annexAsFormTable(before), annexAsFormTable(table), source, sha256,
                            error, &annexStackDefinition());
}

} // namespace yufang
