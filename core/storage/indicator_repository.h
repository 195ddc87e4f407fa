#pragma once

#include "domain/indicator_definition.h"
#include "record_revisions.h"

#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace yufang {

// A plan's indicators (indicator_definition, migration 11): the definition is stored as JSON
// text (io/indicator_definition_json), listed in the plan's order. The plan editor's and the
// CLI's operations: add, copy, edit (save), delete; every write is one transaction and checks
// the definition's revision, so an edit never replaces one it did not load.
class IndicatorRepository {
public:
    explicit IndicatorRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    static RecordKey recordKey(qint64 planId, const QString& code);

    // In the plan's order. A stored definition that no longer reads (edited by hand in SQL) is
    // left out and named in *problems ("code: field: message").
    QList<IndicatorDefinition> forPlan(qint64 planId, QStringList* problems = nullptr) const;
    std::optional<IndicatorDefinition> find(qint64 planId, const QString& code) const;

    // A new indicator at the end of the plan's list; refused when the code is taken.
    bool add(qint64 planId, const IndicatorDefinition& d, QString* error,
             RevisionTicket* ticket = nullptr);
    // Replaces the indicator with the same code (keeping its place), or adds it. ticket: the
    // revision the editor loaded; nullptr replaces whatever is stored.
    bool save(qint64 planId, const IndicatorDefinition& d, QString* error,
              RevisionTicket* ticket = nullptr);
    // The indicator `code` of fromPlan as `newCode` of toPlan (the same plan or another one).
    bool copy(qint64 fromPlan, const QString& code, qint64 toPlan, const QString& newCode,
              QString* error);
    bool remove(qint64 planId, const QString& code, QString* error,
                RevisionTicket* ticket = nullptr);
    // The plan's reduction target of occupational-disease cases: the relative target of its
    // disease-cases indicator (domain/plan_targets), a positive fraction (0.5: down 50 %); none
    // when that indicator has no number ("clearly down") or the plan no such indicator.
    std::optional<double> diseaseReductionTarget(qint64 planId) const;
    // Writes it into that indicator (none: no number), checked against the revision read just
    // before; refused when the plan has no disease-cases indicator.
    bool setDiseaseReductionTarget(qint64 planId, std::optional<double> reduction, QString* error);

    // Replaces (or adds) the indicator inside the caller's transaction: a plan save writing its
    // targets into the indicators that carry them (domain/plan_targets).
    bool saveWithinTransaction(qint64 planId, const IndicatorDefinition& d, QString* error);
    // Every indicator of one plan into another, inside the caller's transaction (a plan copy).
    bool copyAllWithinTransaction(qint64 fromPlan, qint64 toPlan, QString* error);

    // The "indicators" of each plan in presets.json, once per plan (a meta flag per plan code),
    // so databases made before indicators existed get them, and a plan shipped later too; an
    // office's own edits are never overwritten.
    static bool loadPresetsOnce(QSqlDatabase& db, const QJsonArray& plans, QString* error);

private:
    bool write(qint64 planId, const IndicatorDefinition& d, bool mustBeNew, QString* error,
               RevisionTicket* ticket);
    QSqlDatabase m_db;
};

} // namespace yufang
