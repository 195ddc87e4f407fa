#pragma once

#include "domain/annex.h"
#include "record_revisions.h"

#include <QSqlDatabase>

namespace yufang {

// 填报人, 联系电话 and 填报日期 of a parent unit's consolidated annex form for a year: the
// people of the city or province office who sign the total they send up. The counts of that
// form are always summed from below; these details are the parent's own.
class ConsolidatedMetaRepository {
public:
    explicit ConsolidatedMetaRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    AnnexMeta load(const QString& unitCode, int year) const;
    // Stores the details in one transaction with one audit event per changed value. ticket:
    // the revision of the unit's form (RecordKey::annex) the editor loaded; a newer save by
    // someone else refuses this one (RecordRevisions). nullptr replaces whatever is stored.
    bool save(const QString& unitCode, int year, const AnnexMeta& meta, const QString& source,
              QString* error, RevisionTicket* ticket = nullptr);
    bool saveWithinTransaction(const QString& unitCode, int year, const AnnexMeta& meta,
                               const QString& source, QString* error);

private:
    QSqlDatabase m_db;
};

} // namespace yufang
