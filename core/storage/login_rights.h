#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <memory>

// What the connected login may change, as the server's own access rules answer it (docs/server.md,
// "Access"): the window asks here before it offers an editor, so it shows as read-only what the
// server would refuse. Nothing here is decided per unit or per level in the program: the answers
// come from the grants and the functions the row-level security policies call
// (storage/server_access). Read-only; a file, or the administrator, may change everything.
namespace yufang::server {

// The questions, one per kind of write; the server answers them (rightsOf) and tests fake them.
class RightsQuestions {
public:
    virtual ~RightsQuestions() = default;
    // The login and its unit ("" for the administrator, who is no unit's login).
    virtual QString login() const = 0;
    virtual QString unitCode() const = 0;
    // Plans, units, forms' and indicators' definitions, obligations: the shared tables.
    virtual bool mayWriteShared() const = 0;
    // A unit's own rows: its forms, returns, tasks, register, consolidated metadata.
    virtual bool mayWriteUnit(const QString& unitCode) const = 0;
    // A unit's return records and form locks: its own, or a child's (accept, return).
    virtual bool mayCollectUnit(const QString& unitCode) const = 0;
};

class LoginRights {
public:
    // Everything: a database file, or the administrator on a server.
    LoginRights() = default;
    explicit LoginRights(std::shared_ptr<const RightsQuestions> questions);

    // A unit's login on a server: what it may change is limited by the server.
    bool isLimited() const { return m_questions != nullptr; }
    QString login() const;
    QString unitCode() const;
    bool mayEditShared() const;
    bool mayEditUnit(const QString& unitCode) const;
    bool mayCollectUnit(const QString& unitCode) const;

private:
    std::shared_ptr<const RightsQuestions> m_questions;
};

// The connected login's rights: unlimited on SQLite, for the administrator and on a server
// without `server init`'s access setup; otherwise the server's answers, each asked once.
LoginRights rightsOf(const QSqlDatabase& db);

} // namespace yufang::server
