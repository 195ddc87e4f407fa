#include "plan_category_store.h"

#include "transaction.h"
#include "unit_repository.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PlanCategoryStore)
};

bool run(QSqlQuery& q, QString* error) {
    if (q.exec())
        return true;
    if (error)
        *error =
            Text::tr("saving the key-personnel categories failed: %1").arg(q.lastError().text());
    return false;
}

// Units whose effective plan is `planId` (their own or inherited): the ones whose training
// rows use the plan's categories.
QStringList unitsFollowing(const QSqlDatabase& db, qint64 planId) {
    const UnitRepository units(db);
    QStringList out;
    for (const Unit& u : units.all())
        if (units.effectivePlanId(u.code) == planId)
            out << u.code;
    return out;
}
} // namespace

QStringList PlanCategoryStore::categoriesOfPlan(qint64 planId) const {
    QStringList out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT name FROM plan_personnel_category WHERE plan_id = ? ORDER BY position"));
    q.addBindValue(planId);
    q.exec();
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList PlanCategoryStore::categoriesOf(const QString& unitCode, int year) const {
    return categoriesOfPlan(UnitRepository(m_db).effectivePlanId(unitCode, year));
}

bool PlanCategoryStore::add(qint64 planId, const QString& name, QString* error) const {
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty() || categoriesOfPlan(planId).contains(trimmed)) {
        if (error)
            *error = trimmed.isEmpty()
                         ? Text::tr("the category name is empty")
                         : Text::tr("%1 is a category of the plan already").arg(trimmed);
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO plan_personnel_category (plan_id, name, position) VALUES (?, ?,"
                       " (SELECT COALESCE(MAX(position), -1) + 1 FROM plan_personnel_category "
                       "WHERE plan_id = ?))"));
    q.addBindValue(planId);
    q.addBindValue(trimmed);
    q.addBindValue(planId);
    return run(q, error);
}

QStringList PlanCategoryStore::validate(const QList<PlanCategoryEdit>& edits) {
    QStringList problems;
    QSet<QString> seen;
    for (const PlanCategoryEdit& e : edits) {
        const QString name = e.name.simplified();
        if (name.isEmpty())
            problems << Text::tr("a key-personnel category has no name");
        else if (seen.contains(name))
            problems << Text::tr("the key-personnel category %1 is listed twice").arg(name);
        seen.insert(name);
    }
    if (edits.isEmpty())
        problems << Text::tr("the plan needs at least one key-personnel category");
    return problems;
}

bool PlanCategoryStore::save(qint64 planId, const QList<PlanCategoryEdit>& edits, QString* error,
                             RevisionTicket* ticket) const {
    // The categories are part of the plan: the same revision guards both.
    return inTransactionWithTicket(m_db, ticket, error, [&](RevisionTicket* t) {
        return RecordRevisions(m_db).claim(RecordKey::plan(planId), t, error) &&
               saveWithinTransaction(planId, edits, error);
    });
}

bool PlanCategoryStore::saveWithinTransaction(qint64 planId, const QList<PlanCategoryEdit>& edits,
                                              QString* error) const {
    if (const QStringList problems = validate(edits); !problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    return write(planId, edits, error);
}

bool PlanCategoryStore::write(qint64 planId, const QList<PlanCategoryEdit>& edits,
                              QString* error) const {
    const QStringList before = categoriesOfPlan(planId);
    const QStringList units = unitsFollowing(m_db, planId);
    QSet<QString> kept;
    for (const PlanCategoryEdit& e : edits)
        if (!e.original.isEmpty())
            kept.insert(e.original);
    QSqlQuery q(m_db);
    for (const QString& removed : before) {
        if (kept.contains(removed))
            continue;
        for (const QString& unit : units) {
            // The training form of the engine (migration 12): the category is the row key, and
            // only filled cells are stored beside each row's marker (empty column key).
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM form_value WHERE form_code = 'training'"
                                     " AND unit_code = ? AND row_key = ? AND column_key <> ''"));
            q.addBindValue(unit);
            q.addBindValue(removed);
            if (!run(q, error))
                return false;
            if (q.next() && q.value(0).toLongLong() > 0) {
                if (error)
                    *error = Text::tr("%1 cannot be removed: unit %2 has training figures for it")
                                 .arg(removed, unit);
                return false;
            }
        }
        for (const QString& unit : units) {
            q.prepare(QStringLiteral("DELETE FROM form_value WHERE form_code = 'training'"
                                     " AND unit_code = ? AND row_key = ?"));
            q.addBindValue(unit);
            q.addBindValue(removed);
            if (!run(q, error))
                return false;
        }
    }
    for (const PlanCategoryEdit& e : edits) {
        const QString name = e.name.simplified();
        if (e.original.isEmpty() || e.original == name)
            continue;
        for (const QString& unit : units) {
            q.prepare(
                QStringLiteral("UPDATE form_value SET row_key = ? WHERE form_code = 'training'"
                               " AND unit_code = ? AND row_key = ?"));
            q.addBindValue(name);
            q.addBindValue(unit);
            q.addBindValue(e.original);
            if (!run(q, error))
                return false;
        }
    }
    q.prepare(QStringLiteral("DELETE FROM plan_personnel_category WHERE plan_id = ?"));
    q.addBindValue(planId);
    if (!run(q, error))
        return false;
    int position = 0;
    for (const PlanCategoryEdit& e : edits) {
        q.prepare(QStringLiteral(
            "INSERT INTO plan_personnel_category (plan_id, name, position) VALUES (?, ?, ?)"));
        q.addBindValue(planId);
        q.addBindValue(e.name.simplified());
        q.addBindValue(position++);
        if (!run(q, error))
            return false;
    }
    return true;
}

} // namespace yufang
