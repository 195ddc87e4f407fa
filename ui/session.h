#pragma once

#include "domain/plan.h"
#include "domain/unit.h"
#include "storage/login_rights.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace yufang {

class Database;
class DatabaseLock;

// What every part of the window shares: the open database and the selected unit and year.
// Tabs listen to its signals instead of to each other, so a feature is added by adding a tab.
class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    // Takes ownership of an opened database and of the lock this copy holds on it (none when
    // it was opened read-only, or in tests); emits databaseChanged.
    void setDatabase(std::unique_ptr<Database> database, std::unique_ptr<DatabaseLock> lock);
    // The same without a lock (tests, a second connection): callers need not know the lock type.
    void setDatabase(std::unique_ptr<Database> database);
    bool hasDatabase() const { return m_database != nullptr; }
    // The selected unit's data cannot be changed here: the file is opened read-only because
    // another copy of the app edits it, or the server's login may not write that unit. Editors
    // show, never save.
    bool isReadOnly() const;
    // What the login may change (docs/server.md, "Access"): everything on a file; on a server
    // what its access rules allow, asked of the server when the database is set.
    const server::LoginRights& rights() const { return m_rights; }
    // For tests: rights given instead of the server's.
    void setRights(server::LoginRights rights) { m_rights = std::move(rights); }
    // Plans, forms' and indicators' definitions and obligations (the plan editor): the
    // administrator's, not a unit login's.
    bool mayEditPlans() const;
    // Accept or return the returns of unitCode (its own, or a child's for its parent).
    bool mayCollect(const QString& unitCode) const;
    Database* database() const { return m_database.get(); }
    QSqlDatabase connection() const;

    const QString& unitCode() const { return m_unitCode; }
    int year() const { return m_year; }
    std::optional<Unit> unit() const;
    std::optional<Plan> plan() const; // the selected unit's plan
    bool unitHasChildren() const;

    // Guards run before the selection or database changes (e.g. "save your changes?");
    // any guard returning false cancels the change.
    using Guard = std::function<bool()>;
    void addGuard(Guard guard) { m_guards << std::move(guard); }
    bool confirmLeave() const;

    // Returns false when a guard refused; the selection is then unchanged.
    bool select(const QString& unitCode, int year);

    // Called by whoever wrote figures of any form (a save, an import, the register's
    // derivation, an unlock) or changed the plan, so every view refreshes.
    void notifyFiguresChanged(const QString& unitCode, int year);

Q_SIGNALS:
    void databaseChanged();
    void selectionChanged(const QString& unitCode, int year);
    void figuresChanged(const QString& unitCode, int year);

private:
    // Declared first so that it is released after the database is closed.
    std::unique_ptr<DatabaseLock> m_lock;
    std::unique_ptr<Database> m_database;
    server::LoginRights m_rights;
    QString m_unitCode;
    int m_year = 0;
    QList<Guard> m_guards;
};

} // namespace yufang
