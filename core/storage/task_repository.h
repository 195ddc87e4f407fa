#pragma once

#include "domain/hazard.h"
#include "domain/task_status.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace yufang {

// Units' records of their obligations (task_record, task_evidence) and their hazard lists.
class TaskRepository {
public:
    explicit TaskRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Records of a unit for a year, keyed by obligation id, with their evidence files.
    QHash<qint64, TaskRecord> records(const QString& unitCode, int year) const;
    // Upserts status, date done, department and note (the evidence list is kept as it is).
    bool saveRecord(const TaskRecord& record, QString* error) const;
    // Evidence rows; the files themselves are handled by EvidenceStore.
    bool addEvidence(const TaskRecord& key, const QString& storedPath, const QString& originalName,
                     QString* error) const;
    bool removeEvidence(const TaskRecord& key, const QString& storedPath, QString* error) const;

    // Hazards of a unit due in that year, plus older ones still not rectified.
    QList<Hazard> hazards(const QString& unitCode, int year) const;
    // Inserts when id is 0 (and sets it), updates otherwise. Validates first.
    bool saveHazard(Hazard& hazard, QString* error) const;
    bool removeHazard(qint64 id, QString* error) const;

private:
    QSqlDatabase m_db;
};

} // namespace yufang
