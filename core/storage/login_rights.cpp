#include "login_rights.h"

#include "server_access.h"

#include <QSqlQuery>

namespace yufang::server {

namespace {
// The server's answers, asked once per unit (the window asks on every selection and repaint).
class ServerQuestions : public RightsQuestions {
public:
    ServerQuestions(QSqlDatabase db, LoginAccess access) : m_db(db), m_access(std::move(access)) {
        // The grants say who writes the shared tables: unit logins only read the plan.
        QSqlQuery q(m_db);
        m_shared = q.exec(QStringLiteral("SELECT has_table_privilege('plan', 'UPDATE')")) &&
                   q.next() && q.value(0).toBool();
    }
    QString login() const override { return m_access.login; }
    QString unitCode() const override { return m_access.unitCode; }
    bool mayWriteShared() const override { return m_shared; }
    bool mayWriteUnit(const QString& code) const override {
        return ask(m_write, QStringLiteral("yufang_may_write"), code);
    }
    bool mayCollectUnit(const QString& code) const override {
        return ask(m_collect, QStringLiteral("yufang_may_collect"), code);
    }

private:
    // The function the policies call, so the window and the server cannot disagree.
    bool ask(QHash<QString, bool>& cache, const QString& function, const QString& code) const {
        const auto known = cache.constFind(code);
        if (known != cache.constEnd())
            return *known;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT %1(?)").arg(function));
        q.addBindValue(code);
        const bool may = q.exec() && q.next() && q.value(0).toBool();
        cache.insert(code, may);
        return may;
    }

    QSqlDatabase m_db;
    LoginAccess m_access;
    bool m_shared = false;
    mutable QHash<QString, bool> m_write;
    mutable QHash<QString, bool> m_collect;
};
} // namespace

LoginRights::LoginRights(std::shared_ptr<const RightsQuestions> questions)
    : m_questions(std::move(questions)) {}

QString LoginRights::login() const {
    return m_questions ? m_questions->login() : QString();
}

QString LoginRights::unitCode() const {
    return m_questions ? m_questions->unitCode() : QString();
}

bool LoginRights::mayEditShared() const {
    return !m_questions || m_questions->mayWriteShared();
}

bool LoginRights::mayEditUnit(const QString& unitCode) const {
    return !m_questions || (!unitCode.isEmpty() && m_questions->mayWriteUnit(unitCode));
}

bool LoginRights::mayCollectUnit(const QString& unitCode) const {
    return !m_questions || (!unitCode.isEmpty() && m_questions->mayCollectUnit(unitCode));
}

LoginRights rightsOf(const QSqlDatabase& db) {
    const auto access = loginAccess(db);
    // The administrator owns the tables (row-level security does not apply to it).
    if (!access || access->unitCode.isEmpty())
        return LoginRights();
    return LoginRights(std::make_shared<ServerQuestions>(db, *access));
}

} // namespace yufang::server
