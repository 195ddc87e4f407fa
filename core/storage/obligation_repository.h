#pragma once

#include "domain/obligation.h"
#include "record_revisions.h"

#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace yufang {

// Reporting obligations of plans (plan_obligation), and which of them a unit owes.
class ObligationRepository {
public:
    explicit ObligationRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<Obligation> ofPlan(qint64 planId) const;
    std::optional<Obligation> find(qint64 id) const;
    std::optional<Obligation> findByCode(qint64 planId, const QString& code) const;
    bool add(const Obligation& o, QString* error);

    // Problems that stop a plan's obligations from being saved (no title, a code twice, a due
    // day that is no date, a form that is not one of the plan's `formCodes`, a form without
    // its year), each naming the row; empty when fine. formCodes are Obligation::formCode
    // values (obligationFormCode): the annex, the empty code, is always one.
    static QStringList validate(const QList<Obligation>& obligations, const QStringList& formCodes);
    // The same against the forms the plan has (form_definition).
    QStringList validateForPlan(qint64 planId, const QList<Obligation>& obligations) const;
    // The plan editor's 报送义务 page, in one transaction guarded by the plan's revision (the
    // obligations are part of the plan, as its categories are): kept obligations (id set) are
    // updated in place so the returns recorded against them stay; new ones (id 0) are added
    // with a fresh code when they have none; the plan's others are removed, unless a return
    // was recorded against one (then nothing is saved and *error names it).
    bool saveForPlan(qint64 planId, const QList<Obligation>& obligations, QString* error,
                     RevisionTicket* ticket = nullptr) const;
    // The same inside the caller's write transaction, which has claimed the plan's revision.
    bool saveForPlanWithinTransaction(qint64 planId, const QList<Obligation>& obligations,
                                      QString* error) const;
    // Every obligation of fromPlanId added to toPlanId (PlanStore::copy), a one-off deadline
    // moved by the difference of the two plans' first years. Inside the caller's write
    // transaction, once both plans are stored.
    bool copyWithinTransaction(qint64 fromPlanId, qint64 toPlanId, QString* error) const;
    // The obligations of fromPlanId whose return is the import of its form `formCode` (a
    // definition code), added to toPlanId naming that form's copy `asCode` there, deadlines
    // moved as copyWithinTransaction moves them, a code the target uses already made free, at
    // the end of its list: a form copied from another plan (FormDefinitions::copy) brings its
    // returns. Nothing is added when toPlanId owes a return of `asCode` already. *copied gets
    // what was added. Inside the caller's write transaction.
    bool copyForFormWithinTransaction(qint64 fromPlanId, const QString& formCode, qint64 toPlanId,
                                      const QString& asCode, QList<Obligation>* copied,
                                      QString* error) const;

    // What `unitCode` owes: Children obligations of the plan its parent follows, and Self
    // obligations of the plan the unit owns itself. With the plan each belongs to.
    struct Owed {
        Obligation obligation;
        Plan plan;
    };
    QList<Owed> owedBy(const QString& unitCode) const;

    // Loads the obligations of the preset plans (presets.json "obligations") once per
    // database, keyed on its own meta flag, so a database created before obligations existed
    // gets them too. A plan the office deleted or an obligation it has already is left alone.
    static bool loadPresetsOnce(QSqlDatabase& db, const QJsonArray& plans, QString* error);

private:
    QSqlDatabase m_db;
};

} // namespace yufang
