#include "session.h"

#include "storage/database.h"
#include "storage/database_lock.h"
#include "storage/plan_repository.h"
#include "storage/unit_repository.h"

namespace yufang {

Session::Session(QObject* parent) : QObject(parent) {}

Session::~Session() = default;

void Session::setDatabase(std::unique_ptr<Database> database, std::unique_ptr<DatabaseLock> lock) {
    m_database = std::move(database);
    m_lock = std::move(lock);
    m_rights = m_database ? server::rightsOf(m_database->connection()) : server::LoginRights();
    m_unitCode.clear();
    Q_EMIT databaseChanged();
}

void Session::setDatabase(std::unique_ptr<Database> database) {
    setDatabase(std::move(database), nullptr);
}

bool Session::isReadOnly() const {
    if (!m_database)
        return false;
    if (m_database->isReadOnly())
        return true;
    // On a server a unit's login writes only what its access rules allow (docs/server.md,
    // "Access"): the window shows the rest read-only, as the server would refuse its saves.
    return !m_unitCode.isEmpty() && !m_rights.mayEditUnit(m_unitCode);
}

bool Session::mayEditPlans() const {
    return m_database && !m_database->isReadOnly() && m_rights.mayEditShared();
}

bool Session::mayCollect(const QString& unitCode) const {
    return m_database && !m_database->isReadOnly() && m_rights.mayCollectUnit(unitCode);
}

QSqlDatabase Session::connection() const {
    return m_database ? m_database->connection() : QSqlDatabase();
}

std::optional<Unit> Session::unit() const {
    if (!m_database || m_unitCode.isEmpty())
        return std::nullopt;
    return UnitRepository(connection()).find(m_unitCode);
}

std::optional<Plan> Session::plan() const {
    if (!m_database || m_unitCode.isEmpty())
        return std::nullopt;
    return PlanRepository(connection())
        .find(UnitRepository(connection()).effectivePlanId(m_unitCode));
}

bool Session::unitHasChildren() const {
    return m_database && UnitRepository(connection()).hasChildren(m_unitCode);
}

bool Session::confirmLeave() const {
    for (const Guard& g : m_guards)
        if (!g())
            return false;
    return true;
}

bool Session::select(const QString& unitCode, int year) {
    if (unitCode == m_unitCode && year == m_year)
        return true;
    if (!confirmLeave())
        return false;
    m_unitCode = unitCode;
    m_year = year;
    Q_EMIT selectionChanged(m_unitCode, m_year);
    return true;
}

void Session::notifyFiguresChanged(const QString& unitCode, int year) {
    Q_EMIT figuresChanged(unitCode, year);
}

} // namespace yufang
