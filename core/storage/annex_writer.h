#pragma once

#include "domain/annex.h"
#include "form_history.h"
#include "record_revisions.h"
#include "unit_plans.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <array>
#include <map>
#include <optional>

namespace yufang {

// Saves annex forms inside a transaction the caller opened, by AnnexRepository::save's rules,
// into the form engine's storage (form_record, form_value of form `annex`; migration 20):
// a locked form is refused, local industries are registered, and every save records one audit
// event per changed value and keeps the new state as a version (FormHistory, as every form's
// save does). One writer saves any number of
// forms with its statements prepared once and each plan's industries read once: derive-annex
// saves the 160 forms of a province in one go (docs/performance.md).
class AnnexWriter {
public:
    explicit AnnexWriter(QSqlDatabase db);

    // ticket: the revision the caller loaded (RecordRevisions); a save of a form changed since
    // is refused. nullptr replaces whatever is stored (and still bumps the revision).
    bool save(const AnnexTable& table, const QString& source, QString* error,
              const QString& sha256 = {}, RevisionTicket* ticket = nullptr);
    // Exactly what is stored (no blank plan rows added): the "before" of a save.
    AnnexTable stored(const QString& unitCode, int year);

private:
    QSqlQuery& statement(int id, const char* sql);
    // The INSERT of a form's values for `rows` rows, prepared once per size.
    QSqlQuery& insertValues(int rows);

    QSqlDatabase m_db;
    FormHistory m_history;
    UnitPlans m_plans;
    // Prepared on first use, kept for the writer's life. Not a QHash: a reference to one
    // statement must survive preparing another.
    static constexpr int kStatementCount = 6;
    std::array<std::optional<QSqlQuery>, kStatementCount> m_statements;
    std::map<int, QSqlQuery> m_inserts;
};

} // namespace yufang
