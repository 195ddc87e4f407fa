#pragma once

#include "domain/annex.h"
#include "storage/record_revisions.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace yufang {

// One unit's annex as the register makes it, beside the annex stored for it now.
struct DerivedAnnex {
    QString unitCode;
    QString unitName;
    AnnexTable derived;
    // The stored annex when it was typed or imported (not itself derived from the register).
    std::optional<AnnexTable> existing;
    QString existingSource;
    // The form is locked (its return was accepted): apply() leaves it as it is.
    bool locked = false;
    // The stored form's revision when compute() read it: apply() refuses to replace a form
    // saved since (by another window or yufang-cli).
    RevisionTicket revision;

    // A typed or imported annex whose counts the register would change (empty counts as 0).
    bool differs() const;
};

struct RegisterDerivationPlan {
    QString unitCode;
    int year = 0;
    QList<DerivedAnnex> annexes; // units of the subtree that hold register rows for the year

    QList<const DerivedAnnex*> conflicts() const; // those that differ(), locked ones aside
    QList<const DerivedAnnex*> locked() const;
};

// Fills the annex from the register (摸底排查): for every unit of a subtree that holds register
// rows for the year, per industry, enterprises, insured enterprises (insured persons > 0),
// employees, insured persons and accidents. compute() reads only, so the caller can show both
// versions before apply() replaces anything.
class RegisterDerivation {
public:
    explicit RegisterDerivation(QSqlDatabase db) : m_db(std::move(db)) {}

    RegisterDerivationPlan compute(const QString& unitCode, int year,
                                   QString* error = nullptr) const;
    // Writes every derived annex in one transaction, skipping locked forms (accepted returns
    // are unlocked on purpose, with a reason, not by a derivation). Refuses (false, *error)
    // when a typed or imported annex differs and replace is false: nothing is written then.
    bool apply(const RegisterDerivationPlan& plan, bool replace, QString* error) const;

    static QString source(); // form_record.source of a derived annex: "derived from register"

private:
    mutable QSqlDatabase m_db; // transactions are not logical state
};

} // namespace yufang
