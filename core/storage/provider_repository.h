#pragma once

#include "domain/training_provider.h"
#include "record_revisions.h"

#include <QList>
#include <QSqlDatabase>

namespace yufang {

// The recommended training providers and online platforms (推荐清单): plain CRUD.
class ProviderRepository {
public:
    explicit ProviderRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<TrainingProvider> all() const; // by name
    // Inserts (id 0, sets *id of the stored row) or updates; refuses an invalid entry.
    // ticket: the entry's revision when it was loaded (RecordRevisions); nullptr: unchecked.
    bool save(TrainingProvider* provider, QString* error, RevisionTicket* ticket = nullptr);
    bool remove(qint64 id, QString* error, RevisionTicket* ticket = nullptr);

private:
    bool write(TrainingProvider* provider, QString* error);

    QSqlDatabase m_db;
};

} // namespace yufang
