#pragma once

#include "record_revisions.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace yufang {

// One row of the plan editor's key-personnel category list: the name it had when loaded
// (empty for a category added in the editor) and the name it has now.
struct PlanCategoryEdit {
    QString original;
    QString name;
    bool operator==(const PlanCategoryEdit&) const = default;
};

// A plan's key-personnel categories (重点人员类别), the rows of its training form in every
// industry: read, one added, or the list replaced with an edited one (added, removed, renamed
// and reordered in one transaction). Training rows are keyed by the category's name, so a
// rename carries the stored rows of every unit following the plan along; removing a category
// whose rows hold figures is refused rather than leaving figures no table shows.
class PlanCategoryStore {
public:
    explicit PlanCategoryStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // In the plan's order.
    QStringList categoriesOfPlan(qint64 planId) const;
    // Of the plan the unit follows in the year (0: now).
    QStringList categoriesOf(const QString& unitCode, int year = 0) const;
    // Adds a category at the end of the plan's list (the 2026-2030 plan adds 主要负责人).
    bool add(qint64 planId, const QString& name, QString* error) const;

    // Problems that stop the list from being saved (empty or duplicate names, none at all).
    static QStringList validate(const QList<PlanCategoryEdit>& edits);
    // ticket: the plan's revision when the editor loaded it (see PlanStore::save).
    bool save(qint64 planId, const QList<PlanCategoryEdit>& edits, QString* error,
              RevisionTicket* ticket = nullptr) const;
    // The same inside the caller's write transaction, which has claimed the plan's revision
    // (PlanStore::saveEdited saves a plan's fields, categories and returns as one).
    bool saveWithinTransaction(qint64 planId, const QList<PlanCategoryEdit>& edits,
                               QString* error) const;

private:
    bool write(qint64 planId, const QList<PlanCategoryEdit>& edits, QString* error) const;

    QSqlDatabase m_db;
};

} // namespace yufang
