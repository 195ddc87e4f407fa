#include "form_repository.h"

#include "annex_repository.h"
#include "annex_values.h"
#include "annex_writer.h"
#include "audit_log.h"
#include "domain/annex_form_table.h"
#include "form_field_columns.h"
#include "form_history.h"
#include "form_signatures.h"
#include "plan_category_store.h"
#include "sql_values.h"
#include "unit_repository.h"

#include <algorithm>
#include <tuple>

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {
bool fail(const QSqlQuery& q, QString* error) {
    if (error)
        *error = q.lastError().text();
    return false;
}

FormRow& rowFor(FormTable& t, const QString& group, const QString& key, bool local) {
    if (FormRow* r = t.find(key, group))
        return *r;
    FormRow r;
    r.group = group;
    r.key = key;
    r.local = local;
    t.rows << r;
    return t.rows.last();
}

} // namespace

namespace {
// The template rows of a unit's form, or of its consolidated form (subtree): then the
// industries are the annex's consolidated ones, the plan's and every local industry of the
// subtree (分别列出), as the 基本情况表 lists them.
QList<FormRow> rowsOf(const QSqlDatabase& db, const FormDefinition& d, const QString& unitCode,
                      int year, bool subtree) {
    QList<FormRow> rows;
    const auto add = [&](const QString& group, const QString& key, bool local) {
        FormRow r;
        r.group = group;
        r.key = key;
        r.local = local;
        rows << r;
    };
    const AnnexRepository annexes(db);
    const auto industries = [&] {
        return subtree ? annexes.consolidatedIndustriesOf(unitCode, year)
                       : annexes.industriesOf(unitCode, year);
    };
    switch (d.rowKind) {
    case FormRowKind::Industries: {
        const QStringList plan = annexes.planIndustriesOf(unitCode, year);
        for (const QString& i : industries())
            add({}, i, !plan.contains(i));
        break;
    }
    case FormRowKind::KeyPersonnel:
        for (const QString& c : PlanCategoryStore(db).categoriesOf(unitCode, year))
            add({}, c, false);
        break;
    case FormRowKind::FixedList:
        for (const QString& r : d.fixedRows)
            add({}, r, false);
        break;
    case FormRowKind::Free:
        break;
    case FormRowKind::IndustriesByKeyPersonnel: {
        const QStringList plan = annexes.planIndustriesOf(unitCode, year);
        const QStringList categories = PlanCategoryStore(db).categoriesOf(unitCode, year);
        for (const QString& i : industries())
            for (const QString& c : categories)
                add(i, c, !plan.contains(i));
        break;
    }
    }
    return rows;
}
} // namespace

QList<FormRow> FormRepository::templateRows(const FormDefinition& d, const QString& unitCode,
                                            int year) const {
    return rowsOf(m_db, d, unitCode, year, false);
}

namespace {
// The stored rows (beyond those `t` holds already) with their values, and the fields.
void readStored(const QSqlDatabase& db, FormTable& t) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT row_group, row_key, local, column_key, number_value, text_value FROM form_value"
        " WHERE unit_code = ? AND form_code = ? AND year = ? ORDER BY row_position, column_key"));
    q.addBindValue(t.unitCode);
    q.addBindValue(t.formCode);
    q.addBindValue(t.year);
    q.exec();
    while (q.next()) {
        FormRow& r = rowFor(t, q.value(0).toString(), q.value(1).toString(), q.value(2).toBool());
        const QString column = q.value(3).toString();
        if (column.isEmpty())
            continue; // the row's own marker
        if (!q.value(4).isNull())
            r.setNumber(column, q.value(4).toLongLong());
        else
            r.setText(column, q.value(5).toString());
    }
    q.prepare(QStringLiteral("SELECT preparer, phone, filled_on, header_fields FROM form_record"
                             " WHERE unit_code = ? AND form_code = ? AND year = ?"));
    q.addBindValue(t.unitCode);
    q.addBindValue(t.formCode);
    q.addBindValue(t.year);
    if (q.exec() && q.next())
        t.fields.insert(form_field_columns::read(q, 0));
}
} // namespace

FormTable FormRepository::load(const FormDefinition& d, const QString& unitCode, int year) const {
    FormTable t;
    t.formCode = d.code;
    t.unitCode = unitCode;
    t.year = year;
    t.rows = templateRows(d, unitCode, year);
    readStored(m_db, t);
    return t;
}

FormTable FormRepository::consolidated(const FormDefinition& d, const QString& unitCode,
                                       int year) const {
    FormTable t;
    t.formCode = d.code;
    t.unitCode = unitCode;
    t.year = year;
    t.rows = rowsOf(m_db, d, unitCode, year, true);
    // One pass over the subtree's values: each row's sums, its first position and whether a
    // unit lists it as its own; rows the template lacks follow in the order units list them
    // (so a row that only some units list keeps its place).
    struct Extra {
        QString group, key;
        int position = 0;
        bool local = false;
    };
    struct Sum {
        QString group, key, column;
        qint64 value;
    };
    QList<Extra> extras;
    QHash<QString, int> extraIndex; // "group\x1fkey" → extras
    QList<Sum> sums;
    QSqlQuery q(m_db);
    q.prepare(subtreeCte() +
              QStringLiteral("SELECT v.row_group, v.row_key, v.column_key, SUM(v.number_value),"
                             " MAX(v.local), MIN(v.row_position)"
                             " FROM form_value v JOIN sub ON v.unit_code = sub.code"
                             " WHERE v.form_code = :form AND v.year = :year"
                             " GROUP BY v.row_group, v.row_key, v.column_key"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.bindValue(QStringLiteral(":form"), d.code);
    q.bindValue(QStringLiteral(":year"), year);
    q.exec();
    while (q.next()) {
        const QString group = q.value(0).toString();
        const QString key = q.value(1).toString();
        if (!t.find(key, group)) {
            const QString id = group + QChar(0x1f) + key;
            auto it = extraIndex.find(id);
            if (it == extraIndex.end()) {
                it = extraIndex.insert(id, int(extras.size()));
                extras << Extra{group, key, q.value(5).toInt(), q.value(4).toBool()};
            }
            Extra& e = extras[*it];
            e.position = std::min(e.position, q.value(5).toInt());
            e.local = e.local || q.value(4).toBool();
        }
        const FormColumn* c = d.column(q.value(2).toString());
        if (c && c->isNumber() && !q.value(3).isNull()) // not a column the definition dropped
            sums << Sum{group, key, c->key, q.value(3).toLongLong()};
    }
    std::sort(extras.begin(), extras.end(), [](const Extra& a, const Extra& b) {
        return std::tie(a.position, a.group, a.key) < std::tie(b.position, b.group, b.key);
    });
    for (const Extra& e : extras)
        rowFor(t, e.group, e.key, e.local);
    for (const Sum& sum : sums)
        rowFor(t, sum.group, sum.key, false).setNumber(sum.column, sum.value);
    // A parent signs the total it sends up (form_signature), so its CSV export, printed page
    // and official sheet carry the office's own 填报人, 联系电话 and 填报日期.
    t.fields = FormSignatures(m_db).load(d.code, unitCode, year);
    return t;
}

bool FormRepository::saveSignature(const FormTable& table, const QString& source, QString* error,
                                   RevisionTicket* ticket) {
    return FormSignatures(m_db).save(table, source, error, ticket);
}

FormTable FormRepository::figures(const FormDefinition& d, const QString& unitCode,
                                  int year) const {
    return UnitRepository(m_db).hasChildren(unitCode) ? consolidated(d, unitCode, year)
                                                      : load(d, unitCode, year);
}

bool FormRepository::hasData(const QString& formCode, const QString& unitCode, int year) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT 1 FROM form_record WHERE unit_code = ? AND form_code = ? AND year = ?"));
    q.addBindValue(unitCode);
    q.addBindValue(formCode);
    q.addBindValue(year);
    return q.exec() && q.next();
}

int FormRepository::unitsWithData(const QString& formCode, const QString& unitCode,
                                  int year) const {
    QSqlQuery q(m_db);
    q.prepare(subtreeCte() + QStringLiteral("SELECT COUNT(DISTINCT v.unit_code) FROM form_value v"
                                            " JOIN sub ON v.unit_code = sub.code"
                                            " WHERE v.form_code = :form AND v.year = :year"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.bindValue(QStringLiteral(":form"), formCode);
    q.bindValue(QStringLiteral(":year"), year);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int FormRepository::unitsWithSource(const QString& formCode, const QString& unitCode, int year,
                                    const QString& source) const {
    QSqlQuery q(m_db);
    q.prepare(subtreeCte() + QStringLiteral("SELECT COUNT(*) FROM form_record m"
                                            " JOIN sub ON m.unit_code = sub.code"
                                            " WHERE m.form_code = :form AND m.year = :year"
                                            " AND m.source = :source"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.bindValue(QStringLiteral(":form"), formCode);
    q.bindValue(QStringLiteral(":year"), year);
    q.bindValue(QStringLiteral(":source"), source);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<int> FormRepository::years(const QString& formCode, const QString& unitCode) const {
    QList<int> out;
    QSqlQuery q(m_db);
    q.prepare(subtreeCte() + QStringLiteral("SELECT DISTINCT v.year FROM form_value v"
                                            " JOIN sub ON v.unit_code = sub.code"
                                            " WHERE v.form_code = :form ORDER BY v.year"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.bindValue(QStringLiteral(":form"), formCode);
    if (q.exec())
        while (q.next())
            out << q.value(0).toInt();
    return out;
}

bool FormRepository::save(const FormTable& table, const QString& source, const QString& action,
                          QString* error, RevisionTicket* ticket, const QString& sha256) {
    return inTransactionWithTicket(m_db, ticket, error, [&](RevisionTicket* t) {
        return saveWithinTransaction(table, source, action, error, t, sha256);
    });
}

namespace {
// The audit event of a saved form: what was saved, by which action, from where.
AuditEvent savedEvent(const FormTable& table, const QString& action, const QString& source) {
    AuditEvent e;
    e.action = action;
    e.unitCode = table.unitCode;
    e.year = table.year;
    e.entity = table.formCode;
    e.newValue = source;
    return e;
}
} // namespace

bool FormRepository::saveWithinTransaction(const FormTable& table, const QString& source,
                                           const QString& action, QString* error,
                                           RevisionTicket* ticket, const QString& sha256) {
    // The annex's data is this storage (migration 20), but its own writer also keeps its local
    // industries; it refuses a lock, audits and versions as below.
    if (table.formCode == annex_values::formCode()) {
        return AnnexWriter(m_db).save(formTableAsAnnex(table), source, error, sha256, ticket) &&
               AuditLog(m_db).append(savedEvent(table, action, source), error);
    }
    FormHistory history(m_db);
    if (!history.checkUnlocked(table.formCode, table.unitCode, table.year, error))
        return false;
    if (!RecordRevisions(m_db).claim(RecordKey::form(table.formCode, table.unitCode, table.year),
                                     ticket, error))
        return false;
    // Exactly what is stored, no template rows: the "before" of the trail.
    FormTable before{table.formCode, table.unitCode, table.year, {}, {}};
    readStored(m_db, before);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "DELETE FROM form_value WHERE unit_code = ? AND form_code = ? AND year = ?"));
    q.addBindValue(table.unitCode);
    q.addBindValue(table.formCode);
    q.addBindValue(table.year);
    if (!q.exec())
        return fail(q, error);
    q.prepare(QStringLiteral(
        "INSERT INTO form_record (unit_code, form_code, year, preparer, phone, filled_on,"
        " header_fields, source, updated_at) VALUES (?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT (unit_code, form_code, year) DO UPDATE SET preparer = excluded.preparer,"
        " phone = excluded.phone, filled_on = excluded.filled_on,"
        " header_fields = excluded.header_fields, source = excluded.source,"
        " updated_at = excluded.updated_at"));
    q.addBindValue(table.unitCode);
    q.addBindValue(table.formCode);
    q.addBindValue(table.year);
    form_field_columns::bind(q, table.fields);
    q.addBindValue(notNullText(source));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return fail(q, error);
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO form_value (unit_code, form_code, year, row_position, row_group, row_key,"
        " local, column_key, number_value, text_value) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    const auto put = [&](int position, const FormRow& r, const QString& column,
                         const FormCell& cell) {
        insert.addBindValue(table.unitCode);
        insert.addBindValue(table.formCode);
        insert.addBindValue(table.year);
        insert.addBindValue(position);
        insert.addBindValue(notNullText(r.group));
        insert.addBindValue(notNullText(r.key));
        insert.addBindValue(r.local ? 1 : 0);
        insert.addBindValue(notNullText(column));
        insert.addBindValue(cell.number ? QVariant(*cell.number)
                                        : QVariant(QMetaType(QMetaType::LongLong)));
        insert.addBindValue(notNullText(cell.text));
        return insert.exec() || fail(insert, error);
    };
    for (int i = 0; i < table.rows.size(); ++i) {
        const FormRow& r = table.rows.at(i);
        if (!put(i, r, QString(), FormCell{}))
            return false;
        for (auto it = r.cells.begin(); it != r.cells.end(); ++it)
            if (!it.value().isEmpty() && !put(i, r, it.key(), it.value()))
                return false;
    }
    return AuditLog(m_db).append(savedEvent(table, action, source), error) &&
           history.record(before, table, source, sha256, error);
}

} // namespace yufang
