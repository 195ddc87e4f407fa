#pragma once

#include "domain/annex.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace yufang {

// One saved state of a unit's annex for a year: every save (typed in, imported, derived) adds
// one, so a resubmission never overwrites the history the clerk may need to compare.
struct AnnexVersion {
    qint64 id = 0;
    QString unitCode;
    int year = 0;
    QDateTime savedAt; // UTC
    QString account;
    QString source;
    QString sha256; // of the imported file; empty when typed in
    AnnexTable table;
};

class AnnexVersionRepository {
public:
    explicit AnnexVersionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Inside the caller's transaction (AnnexRepository::saveWithinTransaction calls it).
    bool addWithinTransaction(const AnnexTable& table, const QString& source, const QString& sha256,
                              QString* error);
    // Oldest first; the last one is what is stored now.
    QList<AnnexVersion> versions(const QString& unitCode, int year) const;
    std::optional<AnnexVersion> find(qint64 id) const;

private:
    QSqlDatabase m_db;
};

} // namespace yufang
