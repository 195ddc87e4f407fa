#pragma once

#include "domain/evaluation_document.h"
#include "record_revisions.h"

#include <QSqlDatabase>

namespace yufang {

// The narrative of a final evaluation or an annual report (主要做法和成效、存在的问题、下一步工作
// 打算, and the preparer on the cover), one per unit, plan, year and kind (migration 13).
class EvaluationNarrativeRepository {
public:
    explicit EvaluationNarrativeRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The stored narrative, or an empty one with the key filled in.
    EvaluationNarrative load(const QString& unitCode, qint64 planId, int year,
                             EvaluationKind kind) const;
    // The record every save claims: "UNIT/PLAN/YEAR/KIND" of kind "evaluation_narrative".
    static RecordKey recordKey(const EvaluationNarrative& n);
    // One transaction; ticket: the revision the editor loaded (RecordRevisions::ticket of
    // recordKey). Refused, changing nothing, when someone saved in between. nullptr replaces
    // whatever is stored (still bumping the revision, so open editors notice).
    bool save(const EvaluationNarrative& narrative, QString* error,
              RevisionTicket* ticket = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace yufang
