// Schema migrations: from nothing to the latest version, idempotent reopening, and refusal
// of a database written by a newer Yufang without touching it.
#include "../test_server.h"
#include "test_support.h"

#include "storage/migrations.h"
#include "storage/plan_repository.h"
#include "storage/preset_loader.h"
#include "storage/sql_dialect.h"
#include "storage/tracking_repository.h"
#include "storage/unit_repository.h"

#include <QSqlQuery>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
struct Counts {
    qint64 plans, industries, units, migrationsApplied;
    bool operator==(const Counts&) const = default;
};

Counts countsOf(const QSqlDatabase& db) {
    return {rowCount(db, u"plan"_s), rowCount(db, u"plan_industry"_s), rowCount(db, u"unit"_s),
            rowCount(db, u"schema_migration"_s)};
}

// A raw SQLite connection beside the Database class, for setting up odd files.
class RawConnection {
public:
    explicit RawConnection(const QString& path) {
        static int n = 0;
        m_name = u"raw-migrations-test-%1"_s.arg(++n);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~RawConnection() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    void exec(const QString& sql) {
        QSqlQuery q(db());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }

private:
    QString m_name;
};
} // namespace

TEST_CASE("Migrations are numbered upwards from 1", "[migrations]") {
    const QList<Migration>& list = migrations();
    REQUIRE_FALSE(list.isEmpty());
    CHECK(list.first().version == 1);
    // Strictly increasing. Each feature branch is assigned its own version, so a branch may lack
    // another branch's number until both are merged (feature/training has 1 and 3).
    for (qsizetype i = 1; i < list.size(); ++i)
        CHECK(list[i].version > list[i - 1].version);
    CHECK(latestSchemaVersion() == list.last().version);
}

TEST_CASE("An empty file is migrated to the latest schema version", "[migrations]") {
    YUFANG_SQLITE_ONLY();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"empty.sqlite"_s);
    {
        RawConnection raw(path);
        QSqlDatabase db = raw.db();
        CHECK(currentSchemaVersion(db) == 0);
        QString error;
        REQUIRE(migrate(db, &error));
        CHECK(error.isEmpty());
        CHECK(currentSchemaVersion(db) == latestSchemaVersion());
        const QStringList tables = db.tables();
        for (const QString& t : {u"schema_migration"_s, u"meta"_s, u"plan"_s, u"plan_industry"_s,
                                 u"unit"_s, u"local_industry"_s, u"form_record"_s, u"form_value"_s,
                                 u"form_version"_s, u"form_lock"_s}) {
            CAPTURE(t);
            CHECK(tables.contains(t));
        }
        CHECK(rowCount(db, u"schema_migration"_s) == migrations().size());
        // migrating again is a no-op
        REQUIRE(migrate(db, &error));
        CHECK(rowCount(db, u"schema_migration"_s) == migrations().size());
    }
}

TEST_CASE("Database::open creates - migrates and loads presets", "[migrations]") {
    YUFANG_SQLITE_ONLY();
    TempDatabase t;
    CHECK(QFile::exists(t.path()));
    CHECK(t.db().schemaVersion() == latestSchemaVersion());
    const Counts c = countsOf(t.connection());
    CHECK(c.plans == 3);       // shandong-2021, linyi-2021, national-2026
    CHECK(c.industries == 20); // 7 + 7 + 6
    CHECK(c.units == 32);
    CHECK(c.migrationsApplied == migrations().size());
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(u"SELECT value FROM meta WHERE key = 'preset_version'"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == PresetLoader::shippedVersion());
    CHECK(PresetLoader::shippedVersion() >= 1);
}

TEST_CASE("Database::open creates a missing folder", "[migrations]") {
    YUFANG_SQLITE_ONLY();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"a/b/c/yufang.sqlite"_s);
    Database db(path);
    QString error;
    REQUIRE(db.open(&error));
    CHECK(QFile::exists(path));
}

TEST_CASE("Reopening a database is idempotent", "[migrations]") {
    TempDatabase t;
    const Counts before = countsOf(t.connection());
    const int version = t.db().schemaVersion();
    for (int i = 0; i < 3; ++i) {
        t.reopen();
        CHECK(t.db().schemaVersion() == version);
        CHECK(countsOf(t.connection()) == before);
    }
    CHECK(rowCount(t.connection(), u"plan"_s) == 3);
    CHECK(rowCount(t.connection(), u"plan_industry"_s) == 20);
    CHECK(rowCount(t.connection(), u"unit"_s) == 32);
}

TEST_CASE("Reopening keeps the user's edits to presets and deleted units", "[migrations]") {
    TempDatabase t;
    {
        QSqlQuery q(t.connection());
        REQUIRE(q.exec(u"UPDATE plan SET title = '本局修订' WHERE code = 'linyi-2021'"_s));
        REQUIRE(q.exec(u"DELETE FROM unit WHERE code = '371373'"_s));
    }
    t.reopen();
    const auto plan = PlanRepository(t.connection()).findByCode(u"linyi-2021"_s);
    REQUIRE(plan.has_value());
    CHECK(plan->title == u"本局修订"_s);
    CHECK_FALSE(UnitRepository(t.connection()).find(u"371373"_s).has_value());
    CHECK(rowCount(t.connection(), u"unit"_s) == 31);
}

TEST_CASE("A database from a newer Yufang is refused and left byte-for-byte unchanged",
          "[migrations]") {
    YUFANG_SQLITE_ONLY();
    TempDatabase t;
    const int newer = latestSchemaVersion() + 1;
    t.close();
    {
        RawConnection raw(t.path());
        raw.exec(
            u"INSERT INTO schema_migration (version, applied_at) VALUES (%1, '2030-01-01T00:00:00Z')"_s
                .arg(newer));
    }
    const QByteArray before = readBytes(t.path());
    REQUIRE_FALSE(before.isEmpty());

    Database db(t.path());
    QString error;
    CHECK_FALSE(db.open(&error));
    CAPTURE(error);
    CHECK(error.contains(QString::number(newer)));
    CHECK(error.contains(QString::number(latestSchemaVersion())));
    CHECK(error.contains(u"newer"_s));
    CHECK(error.contains(t.path()));
    db.close();

    CHECK(readBytes(t.path()) == before);

    // and migrate() itself refuses on a raw connection, still without writing
    {
        RawConnection raw(t.path());
        QSqlDatabase rawDb = raw.db();
        QString why;
        CHECK_FALSE(migrate(rawDb, &why));
        CHECK_FALSE(why.isEmpty());
        CHECK(currentSchemaVersion(rawDb) == newer);
    }
    CHECK(readBytes(t.path()) == before);
}

TEST_CASE("A file that is not a database is refused and left unchanged", "[migrations]") {
    YUFANG_SQLITE_ONLY();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"notes.sqlite"_s);
    const QByteArray junk = "hello world, this is not a database\n";
    writeBytes(path, junk);
    Database db(path);
    QString error;
    CHECK_FALSE(db.open(&error));
    CHECK(error.startsWith(path));
    CHECK(readBytes(path) == junk);
}

namespace {
QStringList g_warnings;
void collectWarnings(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings << message;
}
} // namespace

TEST_CASE("Refusing a database releases its connection without Qt warnings", "[migrations][bug]") {
    YUFANG_SQLITE_ONLY();
    // Database::open() calls close() while its local QSqlDatabase handle is still alive, so Qt
    // prints "QSqlDatabasePrivate::removeDatabase: connection 'yufang-N' is still in use" to
    // stderr on every refused file (the CLI shows it above its own message).
    TempDatabase t;
    t.close();
    {
        RawConnection raw(t.path());
        raw.exec(u"INSERT INTO schema_migration (version, applied_at) VALUES (%1, 'x')"_s.arg(
            latestSchemaVersion() + 1));
    }
    g_warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    {
        Database db(t.path());
        QString error;
        const bool opened = db.open(&error);
        qInstallMessageHandler(previous);
        CHECK_FALSE(opened);
    }
    qInstallMessageHandler(previous);
    CAPTURE(g_warnings);
    CHECK(g_warnings.isEmpty());
}

TEST_CASE("A migration written for SQLite gets PostgreSQL's types outside quotes", "[migrations]") {
    // SQLite's INTEGER is 64-bit and REAL a double: on a server they must stay so.
    CHECK(sql::toServerTypes(u"CREATE TABLE t (a INTEGER NOT NULL, b REAL, c BLOB, d datetime,"
                             u" e integer primary key autoincrement, f TEXT DEFAULT 'REAL INTEGER',"
                             u" \"INTEGER\" TEXT)"_s) ==
          u"CREATE TABLE t (a BIGINT NOT NULL, b DOUBLE PRECISION, c BYTEA, d TEXT,"
          u" e BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, f TEXT DEFAULT 'REAL INTEGER',"
          u" \"INTEGER\" TEXT)"_s);
    CHECK(sql::toServerTypes(u"ALTER TABLE plan ADD COLUMN x_integer_count INTEGER"_s) ==
          u"ALTER TABLE plan ADD COLUMN x_integer_count BIGINT"_s);
}

TEST_CASE("Migration 15 keeps an office's tracked-since date per unit", "[migrations]") {
    // A database from before it holds no date: every obligation counts as before.
    TempDatabase t;
    TrackingRepository tracking(t.connection());
    CHECK_FALSE(tracking.trackedSince(u"371300"_s).has_value());
    QString error;
    REQUIRE(tracking.setTrackedSince(u"371300"_s, QDate(2026, 1, 1), &error));
    REQUIRE(tracking.setTrackedSince(u"371302"_s, QDate(2026, 3, 1), &error));
    REQUIRE(tracking.setTrackedSince(u"371300"_s, QDate(2026, 2, 1), &error)); // moved
    CHECK(tracking.trackedSince(u"371300"_s) == QDate(2026, 2, 1));
    CHECK(tracking.trackedSince(u"371302"_s) == QDate(2026, 3, 1));
    // Only units of the database: the date belongs to an office that exists.
    CHECK_FALSE(tracking.setTrackedSince(u"999999"_s, QDate(2026, 1, 1), &error));
    CHECK_FALSE(tracking.trackedSince(u"999999"_s).has_value());
}

TEST_CASE("Migration 19 adds the final evaluation to a database that lacks it once",
          "[migrations]") {
    // A database from before: its preset obligations were loaded without the final evaluation.
    TempDatabase t;
    QSqlDatabase db = t.connection();
    auto count = [&](const QString& code) {
        QSqlQuery q(db);
        q.prepare(u"SELECT COUNT(*) FROM plan_obligation o JOIN plan p ON p.id = o.plan_id"
                  u" WHERE o.code = ? AND p.code IN ('linyi-2021', 'shandong-2021')"_s);
        q.addBindValue(code);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    // New databases get the obligations from the presets.
    CHECK(count(u"final-evaluation"_s) == 2);
    CHECK(count(u"ministry-final-evaluation"_s) == 1);
    QSqlQuery q(db);
    REQUIRE(q.exec(u"DELETE FROM plan_obligation WHERE code IN ('final-evaluation',"
                   u" 'ministry-final-evaluation')"_s));
    for (int run = 0; run < 2; ++run) // twice: the second adds nothing
        for (const QString& statement : finalEvaluationMigration().statements) {
            INFO(statement.toStdString());
            REQUIRE(q.exec(sql::toServerTypes(statement)));
        }
    CHECK(count(u"final-evaluation"_s) == 2);
    CHECK(count(u"ministry-final-evaluation"_s) == 1);
    // After the plan's others, as the presets order it.
    REQUIRE(q.exec(u"SELECT o.position, (SELECT MAX(position) FROM plan_obligation x WHERE"
                   u" x.plan_id = o.plan_id AND x.code <> o.code) FROM plan_obligation o JOIN"
                   u" plan p ON p.id = o.plan_id WHERE p.code = 'linyi-2021' AND o.code ="
                   u" 'final-evaluation'"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() > q.value(1).toInt());
}
