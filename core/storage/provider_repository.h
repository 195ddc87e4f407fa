#pragma once

#include "domain/training_provider.h"

#include <QList>
#include <QSqlDatabase>

namespace yufang {

// The recommended training providers and online platforms (推荐清单): plain CRUD.
class ProviderRepository {
public:
    explicit ProviderRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<TrainingProvider> all() const; // by name
    // Inserts (id 0, sets *id of the stored row) or updates; refuses an invalid entry.
    bool save(TrainingProvider* provider, QString* error);
    bool remove(qint64 id, QString* error);

private:
    QSqlDatabase m_db;
};

} // namespace yufang
