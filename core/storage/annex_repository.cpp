#include "annex_repository.h"

#include "annex_values.h"
#include "annex_writer.h"
#include "domain/annex_form_table.h"
#include "form_repository.h"
#include "sql_values.h"
#include "transaction.h"
#include "unit_repository.h"

#include <QSqlQuery>

namespace yufang {

QStringList AnnexRepository::planIndustriesOf(const QString& unitCode, int year) const {
    QStringList out;
    const qint64 planId = UnitRepository(m_db).effectivePlanId(unitCode, year);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM plan_industry WHERE plan_id = ? ORDER BY position"));
    q.addBindValue(planId);
    q.exec();
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList AnnexRepository::industriesOf(const QString& unitCode, int year) const {
    QStringList out = planIndustriesOf(unitCode, year);
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT name FROM local_industry WHERE unit_code = ? ORDER BY position"));
    q.addBindValue(unitCode);
    q.exec();
    while (q.next())
        if (!out.contains(q.value(0).toString()))
            out << q.value(0).toString();
    return out;
}

QStringList AnnexRepository::consolidatedIndustriesOf(const QString& unitCode, int year) const {
    QStringList out = planIndustriesOf(unitCode, year);
    // Local industries of the whole subtree, each once, in unit then list order. An industry a
    // unit stored that is neither (another plan's, kept for its year) follows as the engine
    // finds it (FormRepository::consolidated).
    QSqlQuery q(m_db);
    q.prepare(
        subtreeCte() +
        QStringLiteral("SELECT li.name FROM local_industry li JOIN sub ON li.unit_code = sub.code"
                       " JOIN unit u ON u.code = li.unit_code ORDER BY u.position, li.position"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.exec();
    while (q.next())
        if (!out.contains(q.value(0).toString()))
            out << q.value(0).toString();
    return out;
}

// Both read the form engine's `annex` form (its stored columns: annexStackDefinition) and lay
// it out as an AnnexTable, so the 基本情况表 is consolidated once, by the engine.
AnnexTable AnnexRepository::load(const QString& unitCode, int year) const {
    return formTableAsAnnex(FormRepository(m_db).load(annexStackDefinition(), unitCode, year));
}

AnnexTable AnnexRepository::consolidated(const QString& unitCode, int year) const {
    AnnexTable table =
        formTableAsAnnex(FormRepository(m_db).consolidated(annexStackDefinition(), unitCode, year));
    // A unit without sub-units signs its own form; a parent signs the total it sends up (the
    // engine's consolidated fields).
    if (!UnitRepository(m_db).hasChildren(unitCode))
        table.meta = load(unitCode, year).meta;
    return table;
}

bool AnnexRepository::hasData(const QString& unitCode, int year) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT 1 FROM form_record WHERE unit_code = ? AND form_code = ? AND year = ?"));
    q.addBindValue(unitCode);
    q.addBindValue(annex_values::formCode());
    q.addBindValue(year);
    return q.exec() && q.next();
}

int AnnexRepository::unitsWithData(const QString& unitCode, int year) const {
    QSqlQuery q(m_db);
    q.prepare(subtreeCte() + QStringLiteral("SELECT COUNT(DISTINCT v.unit_code) FROM form_value v"
                                            " JOIN sub ON v.unit_code = sub.code"
                                            " WHERE v.form_code = :form AND v.year = :year"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.bindValue(QStringLiteral(":form"), annex_values::formCode());
    q.bindValue(QStringLiteral(":year"), year);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<int> AnnexRepository::years(const QString& unitCode) const {
    QList<int> out;
    QSqlQuery q(m_db);
    q.prepare(subtreeCte() +
              QStringLiteral("SELECT DISTINCT v.year FROM form_value v JOIN sub ON v.unit_code ="
                             " sub.code WHERE v.form_code = :form ORDER BY v.year"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.bindValue(QStringLiteral(":form"), annex_values::formCode());
    q.exec();
    while (q.next())
        out << q.value(0).toInt();
    return out;
}

bool AnnexRepository::save(const AnnexTable& table, const QString& source, QString* error,
                           const QString& sha256, RevisionTicket* ticket) {
    return inTransactionWithTicket(m_db, ticket, error, [&](RevisionTicket* t) {
        return saveWithinTransaction(table, source, error, sha256, t);
    });
}

AnnexTable AnnexRepository::stored(const QString& unitCode, int year) const {
    return AnnexWriter(m_db).stored(unitCode, year);
}

bool AnnexRepository::saveWithinTransaction(const AnnexTable& table, const QString& source,
                                            QString* error, const QString& sha256,
                                            RevisionTicket* ticket) {
    return AnnexWriter(m_db).save(table, source, error, sha256, ticket);
}

} // namespace yufang
