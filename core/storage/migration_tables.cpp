#include "migrations.h"

namespace yufang {

namespace {
// The legacy occupational-disease table of a unit and year as a form of the form engine
// (docs/forms.md "The three tables on the engine"): one form_record (填报人, 联系电话, source,
// updated_at) and, per row, the row's marker (empty column key, so a row without figures keeps
// its place and position) and one form_value per filled number or non-empty remark. A row is
// local when the unit listed the industry as its own (local_industry), as the legacy table
// decided it. A unit and year that already had a `disease` form through import-form (two
// stores of the same table) keeps the legacy one: it is what the 职业病 tab and export-disease
// showed.
QStringList diseaseStatements() {
    const QString legacyKeys = QStringLiteral("SELECT unit_code, year FROM disease_meta"
                                              " UNION SELECT unit_code, year FROM disease_row");
    QStringList s;
    s << QStringLiteral("DELETE FROM form_value WHERE form_code = 'disease'"
                        " AND (unit_code, year) IN (%1)")
             .arg(legacyKeys);
    s << QStringLiteral("DELETE FROM form_record WHERE form_code = 'disease'"
                        " AND (unit_code, year) IN (%1)")
             .arg(legacyKeys);
    s << QStringLiteral(
        "INSERT INTO form_record (unit_code, form_code, year, preparer, phone, filled_on,"
        " header_fields, source, updated_at)"
        " SELECT unit_code, 'disease', year, preparer, phone, NULL, '{}', source, updated_at"
        " FROM disease_meta");
    // Rows were always saved with their footer, but a unit and year with rows only still counts.
    s << QStringLiteral(
        "INSERT INTO form_record (unit_code, form_code, year, preparer, phone, filled_on,"
        " header_fields, source, updated_at)"
        " SELECT DISTINCT r.unit_code, 'disease', r.year, '', '', NULL, '{}', '', ''"
        " FROM disease_row r WHERE NOT EXISTS (SELECT 1 FROM disease_meta m"
        " WHERE m.unit_code = r.unit_code AND m.year = r.year)");
    const QString insert = QStringLiteral(
        "INSERT INTO form_value (unit_code, form_code, year, row_position, row_group, row_key,"
        " local, column_key, number_value, text_value)"
        " SELECT r.unit_code, 'disease', r.year, r.position, '', r.industry,"
        " CASE WHEN EXISTS (SELECT 1 FROM local_industry li WHERE li.unit_code = r.unit_code"
        " AND li.name = r.industry) THEN 1 ELSE 0 END, %1 FROM disease_row r%2");
    s << insert.arg(QStringLiteral("'', NULL, ''"), QString());
    for (const QString column : {QStringLiteral("pneumoconiosis"), QStringLiteral("other_diseases"),
                                 QStringLiteral("dust_exposed")})
        s << insert.arg(QStringLiteral("'%1', r.%1, ''").arg(column),
                        QStringLiteral(" WHERE r.%1 IS NOT NULL").arg(column));
    s << insert.arg(QStringLiteral("'remark', NULL, r.remark"),
                    QStringLiteral(" WHERE r.remark <> ''"));
    // The revision an editor checks moves with the record (RecordKey::disease is now the
    // form's key), so a save still refuses to replace what it did not load.
    s << QStringLiteral("DELETE FROM record_revision WHERE kind = 'form' AND record_key IN"
                        " (SELECT 'disease/' || record_key FROM record_revision"
                        " WHERE kind = 'disease')");
    s << QStringLiteral("INSERT INTO record_revision (kind, record_key, revision, changed_at,"
                        " account) SELECT 'form', 'disease/' || record_key, revision,"
                        " changed_at, account FROM record_revision WHERE kind = 'disease'");
    s << QStringLiteral("DELETE FROM record_revision WHERE kind = 'disease'");
    s << QStringLiteral("DROP TABLE disease_row");
    s << QStringLiteral("DROP TABLE disease_meta");
    return s;
}
} // namespace

// Migration 12: the statistical tables of before the form engine move into its storage
// (form_record, form_value), so one store, one save path and one audit trail hold every form.
// Values are copied as they are (counts are whole numbers, which the engine keeps unscaled);
// nothing is recomputed.
Migration tablesMigration() {
    return Migration{12, diseaseStatements()};
}

} // namespace yufang
