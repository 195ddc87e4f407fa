#pragma once

#include "domain/form_table.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace yufang {

// One saved state of a unit's form for a year: every save (typed in, imported, derived) adds
// one, so a resubmission never overwrites the history the clerk may need to compare.
struct FormVersion {
    qint64 id = 0;
    QString formCode;
    QString unitCode;
    int year = 0;
    QDateTime savedAt; // UTC
    QString account;
    QString source;
    QString sha256; // of the imported file; empty when typed in
    FormTable table;
};

// form_version (migration 25; the 基本情况表's annex_version before it), the snapshot as
// io/form_table_json.
class FormVersions {
public:
    explicit FormVersions(QSqlDatabase db) : m_db(std::move(db)) {}

    // Inside the caller's transaction (FormHistory::record). The INSERT is prepared once per
    // FormVersions: derive-annex keeps one for its 160 forms.
    bool addWithinTransaction(const FormTable& table, const QString& source, const QString& sha256,
                              QString* error);
    // Oldest first; the last one is what is stored now.
    QList<FormVersion> versions(const QString& formCode, const QString& unitCode, int year) const;
    std::optional<FormVersion> find(qint64 id) const;

private:
    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_insert;
};

} // namespace yufang
