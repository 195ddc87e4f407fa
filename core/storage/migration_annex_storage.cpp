#include "migrations.h"

namespace yufang {

namespace {
// The annex's count columns: annex_row's column names, which are the column keys of the
// `annex` definition (resources/presets/presets.json).
const QStringList kCounts{QStringLiteral("enterprises"), QStringLiteral("insured_enterprises"),
                          QStringLiteral("employees"), QStringLiteral("insured_persons"),
                          QStringLiteral("accidents")};

QString insertValues(const QString& value, const QString& where) {
    return QStringLiteral(
               "INSERT INTO form_value (unit_code, form_code, year, row_position, row_group,"
               " row_key, local, column_key, number_value, text_value)"
               " SELECT r.unit_code, 'annex', r.year, r.position, '', r.industry,"
               " CASE WHEN EXISTS (SELECT 1 FROM local_industry li WHERE li.unit_code ="
               " r.unit_code AND li.name = r.industry) THEN 1 ELSE 0 END, %1 FROM annex_row r%2")
        .arg(value, where);
}
} // namespace

// Migration 20: the 基本情况表's data moves into the form engine's storage, as migration 12 did
// for the training and disease tables (docs/forms.md "Migration 20"): one form_record of form
// `annex` per annex_meta row (填报人, 联系电话, 填报日期, source, updated_at; a unit and year with
// rows but no footer gets an empty one), per annex_row the row's marker (empty column key, so a
// row without figures keeps its place) and one form_value per filled count and per non-empty
// remark; a row is local when the unit lists its industry in local_industry. A unit and year
// that also had the form through import-form keeps the annex table's data: it is what the
// 基本情况表 tab, its exports, returns and versions showed. The record revisions move from kind
// `annex` to the engine's kind `form`, key `annex/UNIT/YEAR`, so an editor that loaded before
// the migration is still refused. annex_lock, annex_version and audit_event are not touched.
// Values are copied as they are; nothing is recomputed.
Migration annexStorageMigration() {
    const QString legacyKeys =
        QStringLiteral("SELECT unit_code, year FROM annex_meta UNION SELECT unit_code, year"
                       " FROM annex_row");
    QStringList s;
    for (const QString table : {QStringLiteral("form_value"), QStringLiteral("form_record")})
        s << QStringLiteral(
                 "DELETE FROM %1 WHERE form_code = 'annex' AND (unit_code, year) IN (%2)")
                 .arg(table, legacyKeys);
    s << QStringLiteral("INSERT INTO form_record (unit_code, form_code, year, preparer, phone,"
                        " filled_on, header_fields, source, updated_at)"
                        " SELECT unit_code, 'annex', year, preparer, phone, filled_on, '{}',"
                        " source, updated_at FROM annex_meta");
    s << QStringLiteral("INSERT INTO form_record (unit_code, form_code, year, preparer, phone,"
                        " filled_on, header_fields, source, updated_at)"
                        " SELECT DISTINCT r.unit_code, 'annex', r.year, '', '', NULL, '{}', '', ''"
                        " FROM annex_row r WHERE NOT EXISTS (SELECT 1 FROM annex_meta m"
                        " WHERE m.unit_code = r.unit_code AND m.year = r.year)");
    s << insertValues(QStringLiteral("'', NULL, ''"), QString());
    for (const QString& column : kCounts)
        s << insertValues(QStringLiteral("'%1', r.%1, ''").arg(column),
                          QStringLiteral(" WHERE r.%1 IS NOT NULL").arg(column));
    s << insertValues(QStringLiteral("'remark', NULL, r.remark"),
                      QStringLiteral(" WHERE r.remark <> ''"));
    s << QStringLiteral("DELETE FROM record_revision WHERE kind = 'form' AND record_key IN"
                        " (SELECT 'annex/' || record_key FROM record_revision"
                        " WHERE kind = 'annex')");
    s << QStringLiteral("INSERT INTO record_revision (kind, record_key, revision, changed_at,"
                        " account) SELECT 'form', 'annex/' || record_key, revision, changed_at,"
                        " account FROM record_revision WHERE kind = 'annex'");
    s << QStringLiteral("DELETE FROM record_revision WHERE kind = 'annex'");
    s << QStringLiteral("DROP TABLE annex_row");
    s << QStringLiteral("DROP TABLE annex_meta");
    return Migration{20, s};
}

} // namespace yufang
