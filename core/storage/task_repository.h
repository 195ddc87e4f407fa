#pragma once

#include "domain/hazard.h"
#include "domain/task_status.h"
#include "record_revisions.h"

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
    // ticket: the record's revision when it was loaded (RecordRevisions); nullptr: unchecked.
    bool saveRecord(const TaskRecord& record, QString* error,
                    RevisionTicket* ticket = nullptr) const;
    // The records of an imported checklist (yufang-cli import-tasks) in one transaction: all of
    // them or none. Each claims its revision, so an editor holding one is told on its save.
    bool saveRecords(const QList<TaskRecord>& records, QString* error) const;
    // Evidence rows; the files themselves are handled by EvidenceStore.
    bool addEvidence(const TaskRecord& key, const QString& storedPath, const QString& originalName,
                     QString* error) const;
    bool removeEvidence(const TaskRecord& key, const QString& storedPath, QString* error) const;

    // Hazards of a unit due in that year, plus older ones still not rectified.
    QList<Hazard> hazards(const QString& unitCode, int year) const;
    // Inserts when id is 0 (and sets it), updates otherwise. Validates first.
    // ticket: as for saveRecord; for a new hazard it receives the first revision.
    bool saveHazard(Hazard& hazard, QString* error, RevisionTicket* ticket = nullptr) const;
    // New hazards of an imported list (yufang-cli import-hazards) in one transaction; sets ids.
    bool addHazards(QList<Hazard>& hazards, QString* error) const;
    bool removeHazard(qint64 id, QString* error, RevisionTicket* ticket = nullptr) const;

private:
    bool writeRecord(const TaskRecord& record, QString* error) const;
    bool writeHazard(Hazard& hazard, QString* error) const;

    QSqlDatabase m_db;
};

} // namespace yufang
