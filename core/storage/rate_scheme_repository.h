#pragma once

#include "domain/rate_floating.h"
#include "record_revisions.h"

#include <QSqlDatabase>

namespace yufang {

// The office's rate-floating tables (rate_class, rate_rule) and the scheme's label (meta).
class RateSchemeRepository {
public:
    explicit RateSchemeRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    RateScheme load() const;
    bool isEmpty() const;
    // Replaces both tables; validates first. Runs in the caller's transaction when there is one,
    // else in its own.
    // ticket: the tables' revision when the editor loaded them (RecordRevisions).
    bool save(const RateScheme& scheme, QString* error, RevisionTicket* ticket = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace yufang
