#include "migrations.h"

namespace yufang {

namespace {
// A legacy per-table store (rows and a footer per unit and year) as a form of the form engine
// (docs/forms.md "The three tables on the engine"): one form_record (填报人, 联系电话, source,
// updated_at) per unit and year and, per row, the row's marker (empty column key, so a row
// without figures keeps its place and position) and one form_value per filled count or
// non-empty remark. The row's group is `groupColumn` (the training table's industry; none for
// the disease table), its key `keyColumn`; a row is local when the unit listed its industry as
// its own (local_industry), as the legacy tables decided it. A unit and year that already had
// the form through import-form (two stores of one table) keeps the legacy one: it is what the
// table's tab and its export showed. The record revisions move to the form's key, so an editor
// that loaded before the migration is still refused.
struct LegacyTable {
    QString form;        // training, disease
    QString rows;        // training_row
    QString meta;        // training_meta
    QString groupColumn; // industry, or empty
    QString keyColumn;   // category, industry
    QString industryColumn;
    QStringList counts; // the count columns, named as the form's column keys
};

QStringList statementsOf(const LegacyTable& t) {
    const QString legacyKeys = QStringLiteral("SELECT unit_code, year FROM %1"
                                              " UNION SELECT unit_code, year FROM %2")
                                   .arg(t.meta, t.rows);
    QStringList s;
    for (const QString table : {QStringLiteral("form_value"), QStringLiteral("form_record")})
        s << QStringLiteral("DELETE FROM %1 WHERE form_code = '%2' AND (unit_code, year) IN (%3)")
                 .arg(table, t.form, legacyKeys);
    s << QStringLiteral(
             "INSERT INTO form_record (unit_code, form_code, year, preparer, phone, filled_on,"
             " header_fields, source, updated_at)"
             " SELECT unit_code, '%1', year, preparer, phone, NULL, '{}', source, updated_at"
             " FROM %2")
             .arg(t.form, t.meta);
    // Rows were always saved with their footer, but a unit and year with rows only still counts.
    s << QStringLiteral(
             "INSERT INTO form_record (unit_code, form_code, year, preparer, phone, filled_on,"
             " header_fields, source, updated_at)"
             " SELECT DISTINCT r.unit_code, '%1', r.year, '', '', NULL, '{}', '', ''"
             " FROM %2 r WHERE NOT EXISTS (SELECT 1 FROM %3 m"
             " WHERE m.unit_code = r.unit_code AND m.year = r.year)")
             .arg(t.form, t.rows, t.meta);
    const QString insert =
        QStringLiteral(
            "INSERT INTO form_value (unit_code, form_code, year, row_position, row_group, row_key,"
            " local, column_key, number_value, text_value)"
            " SELECT r.unit_code, '%1', r.year, r.position, %2, r.%3,"
            " CASE WHEN EXISTS (SELECT 1 FROM local_industry li WHERE li.unit_code = r.unit_code"
            " AND li.name = r.%4) THEN 1 ELSE 0 END, ")
            .arg(t.form,
                 t.groupColumn.isEmpty() ? QStringLiteral("''")
                                         : QStringLiteral("r.") + t.groupColumn,
                 t.keyColumn, t.industryColumn) +
        QStringLiteral("%1 FROM %2 r%3");
    s << insert.arg(QStringLiteral("'', NULL, ''"), t.rows, QString());
    for (const QString& column : t.counts)
        s << insert.arg(QStringLiteral("'%1', r.%1, ''").arg(column), t.rows,
                        QStringLiteral(" WHERE r.%1 IS NOT NULL").arg(column));
    s << insert.arg(QStringLiteral("'remark', NULL, r.remark"), t.rows,
                    QStringLiteral(" WHERE r.remark <> ''"));
    s << QStringLiteral("DELETE FROM record_revision WHERE kind = 'form' AND record_key IN"
                        " (SELECT '%1/' || record_key FROM record_revision WHERE kind = '%1')")
             .arg(t.form);
    s << QStringLiteral("INSERT INTO record_revision (kind, record_key, revision, changed_at,"
                        " account) SELECT 'form', '%1/' || record_key, revision, changed_at,"
                        " account FROM record_revision WHERE kind = '%1'")
             .arg(t.form);
    s << QStringLiteral("DELETE FROM record_revision WHERE kind = '%1'").arg(t.form);
    s << QStringLiteral("DROP TABLE %1").arg(t.rows);
    s << QStringLiteral("DROP TABLE %1").arg(t.meta);
    return s;
}
} // namespace

// Migration 12: the statistical tables of before the form engine move into its storage
// (form_record, form_value), so one store, one save path and one audit trail hold every form.
// Values are copied as they are (counts are whole numbers, which the engine keeps unscaled);
// nothing is recomputed.
Migration tablesMigration() {
    const LegacyTable disease{QStringLiteral("disease"),
                              QStringLiteral("disease_row"),
                              QStringLiteral("disease_meta"),
                              {},
                              QStringLiteral("industry"),
                              QStringLiteral("industry"),
                              {QStringLiteral("pneumoconiosis"), QStringLiteral("other_diseases"),
                               QStringLiteral("dust_exposed")}};
    const LegacyTable training{QStringLiteral("training"),
                               QStringLiteral("training_row"),
                               QStringLiteral("training_meta"),
                               QStringLiteral("industry"),
                               QStringLiteral("category"),
                               QStringLiteral("industry"),
                               {QStringLiteral("key_personnel"), QStringLiteral("trained"),
                                QStringLiteral("sessions"), QStringLiteral("online_sessions"),
                                QStringLiteral("offline_sessions"), QStringLiteral("class_hours")}};
    return Migration{12, statementsOf(disease) + statementsOf(training)};
}

} // namespace yufang
