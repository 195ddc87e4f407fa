#include "server_access.h"

#include "sql_dialect.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang::server {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ServerAccess)
};

bool run(QSqlQuery& q, const QString& sql, QString* error) {
    if (q.exec(sql))
        return true;
    if (error)
        *error = QStringLiteral("%1 (%2)").arg(q.lastError().databaseText(), sql.left(100));
    return false;
}

// Tables whose rows belong to one unit: their unit_code column decides who reads and writes.
QStringList unitTables(QSqlDatabase db) {
    QStringList tables;
    QSqlQuery q(db);
    q.exec(
        QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_attribute a"
                       " ON a.attrelid = c.oid AND a.attname = 'unit_code' AND NOT a.attisdropped"
                       " WHERE c.relkind IN ('r', 'p')"
                       " AND c.relnamespace = current_schema()::regnamespace ORDER BY 1"));
    while (q.next())
        tables << q.value(0).toString();
    return tables;
}

QStringList allTables(QSqlDatabase db) {
    QStringList tables;
    QSqlQuery q(db);
    q.exec(sql::tableNamesQuery(db));
    while (q.next())
        tables << q.value(0).toString();
    return tables;
}

// A city accepts or returns its children's returns and locks their accepted forms: on these
// tables a row of a child unit may be written by its parent as well.
bool collectedByParent(const QString& table) {
    return table == QLatin1String("return_record") || table == QLatin1String("form_lock");
}

bool isPlainLogin(const QString& login) {
    static const QRegularExpression word(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return word.match(login).hasMatch();
}
} // namespace

QString userRole() {
    return QStringLiteral("yufang_user");
}

bool applyAccess(QSqlDatabase db, QString* error) {
    if (sql::isSqlite(db))
        return true;
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("SELECT quote_ident(current_schema())"), error) || !q.next()) {
        if (error && error->isEmpty())
            *error = Text::tr("the server has no current schema");
        return false;
    }
    const QString schema = q.value(0).toString();
    QStringList statements = {
        // The group role is the cluster's; logins are made per unit by addUser. Two databases
        // set up at once (the suite's server pass does) may both find it missing: the second
        // CREATE then fails on the unique role name, which means it is there.
        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname ="
                       " 'yufang_user') THEN CREATE ROLE yufang_user NOLOGIN; END IF;"
                       " EXCEPTION WHEN unique_violation OR duplicate_object THEN NULL; END $$"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS server_login ("
                       " login TEXT PRIMARY KEY,"
                       " unit_code TEXT NOT NULL REFERENCES unit(code),"
                       " created_at TEXT NOT NULL,"
                       " disabled_at TEXT)"),
        // The connected login's unit; NULL for anyone else (the administrator).
        // SECURITY DEFINER: the policies ask it whatever the caller may read.
        QStringLiteral("CREATE OR REPLACE FUNCTION yufang_login_unit() RETURNS text"
                       " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %1 AS $$"
                       " SELECT unit_code FROM server_login WHERE login = session_user $$")
            .arg(schema),
        // True when code is the login's unit or below it (the login reads its subtree; the
        // province, at the root, reads everything).
        QStringLiteral("CREATE OR REPLACE FUNCTION yufang_may_read(code text) RETURNS boolean"
                       " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %1 AS $$"
                       " WITH RECURSIVE up(c) AS (SELECT code UNION"
                       "  SELECT u.parent_code FROM unit u JOIN up ON u.code = up.c"
                       "  WHERE u.parent_code IS NOT NULL)"
                       " SELECT EXISTS (SELECT 1 FROM up WHERE c = yufang_login_unit()) $$")
            .arg(schema),
        QStringLiteral("CREATE OR REPLACE FUNCTION yufang_may_write(code text) RETURNS boolean"
                       " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %1 AS $$"
                       " SELECT code = yufang_login_unit() $$")
            .arg(schema),
        QStringLiteral("CREATE OR REPLACE FUNCTION yufang_may_collect(code text) RETURNS boolean"
                       " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %1 AS $$"
                       " SELECT code = yufang_login_unit() OR EXISTS (SELECT 1 FROM unit"
                       "  WHERE unit.code = yufang_may_collect.code"
                       "  AND unit.parent_code = yufang_login_unit()) $$")
            .arg(schema),
        // The same three questions as sets, for the policies: `unit_code IN (SELECT …)` is
        // answered once per statement (a hashed subplan), where a function of the row's
        // unit_code runs its query for every row: a county's 30,000-row COPY of the register
        // or a city's read of its subtree's rows would pay it row by row.
        QStringLiteral("CREATE OR REPLACE FUNCTION yufang_readable_units() RETURNS SETOF text"
                       " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %1 AS $$"
                       " WITH RECURSIVE down(c) AS (SELECT yufang_login_unit() UNION"
                       "  SELECT u.code FROM unit u JOIN down ON u.parent_code = down.c)"
                       " SELECT c FROM down WHERE c IS NOT NULL $$")
            .arg(schema),
        QStringLiteral("CREATE OR REPLACE FUNCTION yufang_collectable_units() RETURNS SETOF text"
                       " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %1 AS $$"
                       " SELECT yufang_login_unit() WHERE yufang_login_unit() IS NOT NULL UNION"
                       " SELECT code FROM unit WHERE parent_code = yufang_login_unit() $$")
            .arg(schema),
        // The audit trail records the database login, whatever the program says.
        QStringLiteral("CREATE OR REPLACE FUNCTION yufang_audit_login() RETURNS trigger"
                       " LANGUAGE plpgsql AS $$ BEGIN NEW.account := session_user;"
                       " RETURN NEW; END $$"),
        QStringLiteral("DROP TRIGGER IF EXISTS audit_event_login ON audit_event"),
        QStringLiteral("CREATE TRIGGER audit_event_login BEFORE INSERT ON audit_event"
                       " FOR EACH ROW EXECUTE FUNCTION yufang_audit_login()"),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO yufang_user").arg(schema),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO yufang_user")
            .arg(schema),
    };
    const QStringList units = unitTables(db);
    for (const QString& table : allTables(db)) {
        if (table == QLatin1String("server_login")) {
            statements << QStringLiteral("REVOKE ALL ON server_login FROM yufang_user");
            continue;
        }
        // Everyone reads the shared tables (plans, units, forms' definitions); only the
        // administrator changes them. record_revision and register_industry are written by
        // every save and register import.
        statements << QStringLiteral("GRANT SELECT ON %1 TO yufang_user").arg(table);
        if (table == QLatin1String("record_revision") ||
            table == QLatin1String("register_industry"))
            statements << QStringLiteral("GRANT INSERT, UPDATE ON %1 TO yufang_user").arg(table);
        if (!units.contains(table))
            continue;
        const QString write =
            collectedByParent(table)
                ? QStringLiteral("unit_code IN (SELECT yufang_collectable_units())")
                : QStringLiteral("unit_code = (SELECT yufang_login_unit())");
        const QString read = QStringLiteral("unit_code IN (SELECT yufang_readable_units())");
        statements << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table);
        for (const char* policy :
             {"yufang_read", "yufang_insert", "yufang_update", "yufang_delete"})
            statements << QStringLiteral("DROP POLICY IF EXISTS %1 ON %2")
                              .arg(QLatin1String(policy), table);
        if (table == QLatin1String("audit_event")) {
            // Append-only for everyone: no UPDATE or DELETE grant (and the triggers of
            // migration 2 refuse them even to the owner); an event about a unit the login
            // cannot see is refused too.
            statements << QStringLiteral("GRANT INSERT ON audit_event TO yufang_user")
                       << QStringLiteral("CREATE POLICY yufang_read ON audit_event FOR SELECT TO"
                                         " yufang_user USING (unit_code IS NULL OR %1)")
                              .arg(read)
                       << QStringLiteral("CREATE POLICY yufang_insert ON audit_event FOR INSERT"
                                         " TO yufang_user WITH CHECK (unit_code IS NULL OR %1)")
                              .arg(read);
            continue;
        }
        statements << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO yufang_user").arg(table)
                   << QStringLiteral("CREATE POLICY yufang_read ON %1 FOR SELECT TO yufang_user"
                                     " USING (%2)")
                          .arg(table, read)
                   << QStringLiteral("CREATE POLICY yufang_insert ON %1 FOR INSERT TO yufang_user"
                                     " WITH CHECK (%2)")
                          .arg(table, write)
                   << QStringLiteral("CREATE POLICY yufang_update ON %1 FOR UPDATE TO yufang_user"
                                     " USING (%2) WITH CHECK (%2)")
                          .arg(table, write)
                   << QStringLiteral("CREATE POLICY yufang_delete ON %1 FOR DELETE TO yufang_user"
                                     " USING (%2)")
                          .arg(table, write);
    }
    return inTransaction(db, error, [&] {
        for (const QString& statement : std::as_const(statements))
            if (!run(q, statement, error))
                return false;
        return true;
    });
}

bool addUser(QSqlDatabase db, const QString& login, const QString& unitCode,
             const QString& password, QString* error) {
    if (!isPlainLogin(login)) {
        *error = Text::tr("%1: a login is lower-case letters, digits and _ (at most 63), starting "
                          "with a letter")
                     .arg(login);
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM unit WHERE code = ?"));
    q.addBindValue(unitCode);
    if (!q.exec() || !q.next()) {
        *error = Text::tr("%1: no such unit").arg(unitCode);
        return false;
    }
    return inTransaction(db, error, [&] {
        // The statement is built by the server (format with %I and %L), so neither the login
        // nor the password is ever spliced into SQL by hand.
        q.prepare(QStringLiteral(
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)"
            " THEN format('ALTER ROLE %I LOGIN', ?::text)"
            " ELSE format('CREATE ROLE %I LOGIN', ?::text) END"
            " || CASE WHEN ?::text = '' THEN '' ELSE format(' PASSWORD %L', ?::text) END"));
        q.addBindValue(login);
        q.addBindValue(login);
        q.addBindValue(login);
        q.addBindValue(password);
        q.addBindValue(password);
        if (!q.exec() || !q.next()) {
            *error = q.lastError().databaseText();
            return false;
        }
        const QString create = q.value(0).toString();
        if (!run(q, create, error) ||
            !run(q, QStringLiteral("GRANT yufang_user TO %1").arg(login), error))
            return false;
        q.prepare(QStringLiteral("INSERT INTO server_login (login, unit_code, created_at)"
                                 " VALUES (?, ?, ?) ON CONFLICT (login) DO UPDATE SET"
                                 " unit_code = excluded.unit_code, disabled_at = NULL"));
        q.addBindValue(login);
        q.addBindValue(unitCode);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!q.exec()) {
            *error = q.lastError().databaseText();
            return false;
        }
        return true;
    });
}

bool disableUser(QSqlDatabase db, const QString& login, QString* error) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM server_login WHERE login = ?"));
    q.addBindValue(login);
    if (!isPlainLogin(login) || !q.exec() || !q.next()) {
        *error = Text::tr("%1: no such login of this database").arg(login);
        return false;
    }
    return inTransaction(db, error, [&] {
        if (!run(q, QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(login), error))
            return false;
        q.prepare(QStringLiteral("UPDATE server_login SET disabled_at = ? WHERE login = ?"));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        q.addBindValue(login);
        if (!q.exec()) {
            *error = q.lastError().databaseText();
            return false;
        }
        return true;
    });
}

std::optional<QList<ServerUser>> users(QSqlDatabase db, QString* error) {
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral("SELECT l.login, l.unit_code, u.name, COALESCE(r.rolcanlogin, false),"
                            " l.created_at FROM server_login l JOIN unit u ON u.code = l.unit_code"
                            " LEFT JOIN pg_roles r ON r.rolname = l.login ORDER BY l.unit_code,"
                            " l.login"),
             error))
        return std::nullopt;
    QList<ServerUser> list;
    while (q.next())
        list.append(ServerUser{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toBool(), q.value(4).toString()});
    return list;
}

std::optional<LoginAccess> loginAccess(const QSqlDatabase& db) {
    if (sql::isSqlite(db) || !sql::hasTable(db, QStringLiteral("server_login")))
        return std::nullopt;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT session_user, yufang_login_unit()")) || !q.next())
        return std::nullopt;
    return LoginAccess{q.value(0).toString(), q.value(1).toString()};
}

QString explainServerRefusal(const QString& message) {
    // QPSQL's error text carries the SQLSTATE in parentheses.
    if (!message.contains(QLatin1String("(42501)")))
        return message;
    const QString refused =
        Text::tr("the server refused this change: your login may not change these data (each "
                 "login writes only its own unit's forms, and the audit trail is append-only)");
    if (message.contains(refused))
        return message;
    return QStringLiteral("%1: %2").arg(refused, message);
}

} // namespace yufang::server
