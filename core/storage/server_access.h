#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Who may do what on a shared PostgreSQL server, enforced by the server itself (roles and
// row-level security), not only by the window: see docs/server.md, "Access". The policies are
// SQL the server keeps; this file writes them and manages the logins. Server only.
namespace yufang::server {

// The group role every unit login belongs to.
QString userRole();

// Roles, the login table (server_login: login → unit), the functions the policies call and
// the policies and grants on every table of the current schema. Idempotent: `server init` and
// `server migrate` run it after the migrations, so a table a new migration adds is covered.
// Needs the schema's owner (the administrator).
bool applyAccess(QSqlDatabase db, QString* error);

// A login of a unit: CREATE ROLE … LOGIN in userRole(), recorded in server_login. An empty
// password makes a login that authenticates some other way (peer, certificate).
bool addUser(QSqlDatabase db, const QString& login, const QString& unitCode,
             const QString& password, QString* error);
// NOLOGIN: the login's history (audit trail, versions) stays; it can no longer connect.
bool disableUser(QSqlDatabase db, const QString& login, QString* error);

struct ServerUser {
    QString login;
    QString unitCode;
    QString unitName;
    bool canLogin = false;
    QString createdAt;
};
std::optional<QList<ServerUser>> users(QSqlDatabase db, QString* error);

// What the connected login may do: its unit, empty for the administrator (who is not a unit
// login). nullopt on SQLite or when the server has no access setup yet.
struct LoginAccess {
    QString login;
    QString unitCode; // empty: administrator, writes everything
};
std::optional<LoginAccess> loginAccess(const QSqlDatabase& db);

// A message about to be shown, with the server's refusal of a write this login may not make
// (PostgreSQL's insufficient_privilege, 42501: a grant or a row-level security policy) said in
// words before it. Repositories pass the driver's text on; the CLI (Context::rejected), the
// window (DialogPrompter) and describeDatabaseError explain it here, once. Other messages come
// back unchanged.
QString explainServerRefusal(const QString& message);

} // namespace yufang::server
