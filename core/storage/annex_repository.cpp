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
    // A unit without sub-units: its own form (read once), which it signs itself; like every
    // consolidated form, without the text of its cells.
    if (!UnitRepository(m_db).hasChildren(unitCode)) {
        AnnexTable own = load(unitCode, year);
        for (AnnexRow& row : own.rows)
            row.remark.clear();
        return own;
    }
    // A parent: the subtree's sums, signed by the parent (the engine's consolidated fields).
    return formTableAsAnnex(
        FormRepository(m_db).consolidated(annexStackDefinition(), unitCode, year));
}

bool AnnexRepository::hasData(const QString& unitCode, int year) const {
    return FormRepository(m_db).hasData(annex_values::formCode(), unitCode, year);
}

int AnnexRepository::unitsWithData(const QString& unitCode, int year) const {
    return FormRepository(m_db).unitsWithData(annex_values::formCode(), unitCode, year);
}

QList<int> AnnexRepository::years(const QString& unitCode) const {
    return FormRepository(m_db).years(annex_values::formCode(), unitCode);
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
