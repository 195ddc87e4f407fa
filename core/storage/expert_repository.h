#pragma once

#include "domain/expert.h"
#include "record_revisions.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace yufang {

class ExpertRepository {
public:
    explicit ExpertRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<Expert> all() const; // by level (province first), field, name
    std::optional<Expert> find(qint64 id) const;
    // Inserts (id 0; sets it) or updates. Refused without a name.
    // ticket: the expert's revision when it was loaded (RecordRevisions); a save over a newer
    // change is refused. nullptr: unchecked; a new expert's ticket receives its first revision.
    bool save(Expert& expert, QString* error, RevisionTicket* ticket = nullptr) const;
    bool remove(qint64 id, QString* error, RevisionTicket* ticket = nullptr) const;
    // Adds the experts in one transaction; all or nothing.
    bool addAll(QList<Expert>& experts, QString* error) const;

private:
    QSqlDatabase m_db;
};

} // namespace yufang
