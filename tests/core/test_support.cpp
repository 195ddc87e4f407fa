#include "test_support.h"

#include "../test_server.h"

#include "domain/annex_form_table.h"
#include "domain/credit_code.h"
#include "io/form_table_json.h"
#include "storage/migrations.h"
#include "storage/plan_repository.h"
#include "storage/sql_dialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>

namespace yufang::test {

QByteArray readBytes(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray utf8WithBom(const QString& text) {
    QStringEncoder e(QStringConverter::Utf8, QStringConverter::Flag::WriteBom);
    return e.encode(text);
}

QByteArray utf8(const QString& text) {
    return text.toUtf8();
}

QByteArray gb18030(const QString& text) {
    QStringEncoder e("GB18030");
    REQUIRE(e.isValid());
    QByteArray bytes = e.encode(text);
    REQUIRE_FALSE(e.hasError());
    return bytes;
}

QByteArray utf16LeWithBom(const QString& text) {
    QStringEncoder e(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    return e.encode(text);
}

AnnexCounts counts(qint64 enterprises, qint64 insuredEnterprises, qint64 employees,
                   qint64 insuredPersons, qint64 accidents) {
    auto c = [](qint64 v) { return v < 0 ? Count() : Count(v); };
    return AnnexCounts{c(enterprises), c(insuredEnterprises), c(employees), c(insuredPersons),
                       c(accidents)};
}

TempDatabase::TempDatabase() {
    REQUIRE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("yufang.sqlite"));
    // On the server pass the "path" is the address of a fresh schema (the password comes
    // from PGPASSWORD), so the class looks the same to every test.
    if (const auto server = freshTestSchema())
        m_path = server->url(false);
    reopen();
}

TempDatabase::~TempDatabase() {
    close();
    // On the server pass the schema goes with the test, so the server's catalogue stays small.
    if (isServerAddress(m_path)) {
        QString why;
        const auto server = ServerConnection::fromUrl(m_path, &why);
        const QString name = QStringLiteral("drop-") + server->schema;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(server->host);
            db.setPort(server->port);
            db.setDatabaseName(server->database);
            db.setUserName(server->user);
            if (db.open())
                QSqlQuery(db).exec(
                    QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(server->schema));
        }
        QSqlDatabase::removeDatabase(name);
    }
}

void TempDatabase::close() {
    m_db.reset();
}

void TempDatabase::reopen() {
    close();
    m_db = std::make_unique<Database>(m_path);
    QString error;
    const bool opened = m_db->open(&error);
    INFO("Database::open: " << error.toStdString());
    REQUIRE(opened);
}

void TempDatabase::replaceFile(const QString& fixture) {
    close();
    QFile::remove(m_path);
    REQUIRE(QFile::copy(fixture, m_path));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
}

qint64 rowCount(const QSqlDatabase& db, const QString& table) {
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QString registerHeader() {
    return QStringLiteral(
        "unit_code,enterprise_name,credit_code,industry,year,employees,insured_employees,insured,"
        "accidents,occupational_disease_cases,key_personnel,key_personnel_trained");
}

QString registerCreditCode(const QString& unitCode, int n) {
    const QString first17 =
        QStringLiteral("91") + unitCode + QStringLiteral("MA%1").arg(n, 7, 10, QLatin1Char('0'));
    return first17 + QLatin1Char(creditCodeCheckCharacter(first17.toLatin1()));
}

QStringList queryRows(const QSqlDatabase& db, const QString& sql) {
    QStringList out;
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
        out << cells.join(u'|');
    }
    return out;
}

void execute(const QSqlDatabase& db, const QString& sql, const QVariantList& values) {
    QSqlQuery q(db);
    if (values.isEmpty()) {
        // PostgreSQL prepares no DDL (ALTER TABLE …): a statement without values runs as it is.
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        return;
    }
    REQUIRE(q.prepare(sql));
    for (const QVariant& v : values)
        q.addBindValue(v);
    INFO(sql.toStdString());
    REQUIRE(q.exec());
}

void undoFormSignatureMigration(const QSqlDatabase& db) {
    execute(db, QStringLiteral("CREATE TABLE consolidated_meta ("
                               " unit_code TEXT NOT NULL REFERENCES unit(code),"
                               " year INTEGER NOT NULL, preparer TEXT NOT NULL DEFAULT '',"
                               " phone TEXT NOT NULL DEFAULT '', filled_on TEXT,"
                               " updated_at TEXT NOT NULL, PRIMARY KEY (unit_code, year))"));
    execute(db, QStringLiteral("INSERT INTO consolidated_meta (unit_code, year, preparer, phone,"
                               " filled_on, updated_at) SELECT unit_code, year, preparer, phone,"
                               " filled_on, updated_at FROM form_signature"
                               " WHERE form_code = 'annex'"));
    execute(db, QStringLiteral("DROP TABLE form_signature"));
    execute(db, QStringLiteral("DELETE FROM schema_migration WHERE version = 30"));
}

void undoPlanNotesMigration(const QSqlDatabase& db) {
    undoFormSignatureMigration(db); // a later step: undone first
    execute(db, QStringLiteral("ALTER TABLE plan ADD COLUMN annex_notes TEXT NOT NULL DEFAULT ''"));
    QSqlQuery q(db);
    REQUIRE(
        q.exec(QStringLiteral("SELECT p.id, p.baseline_year, f.definition FROM plan p"
                              " JOIN form_definition f ON f.plan_id = p.id AND f.code = 'annex'")));
    QList<std::pair<qint64, QString>> notes;
    while (q.next()) {
        QStringList lines;
        const QJsonObject d = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        for (const QJsonValue& n : d.value(QStringLiteral("notes")).toArray())
            lines << n.toString().replace(QStringLiteral("{year}"), q.value(1).toString());
        notes.append({q.value(0).toLongLong(), lines.join(QLatin1Char('\n'))});
    }
    for (const auto& [planId, text] : notes)
        execute(db, QStringLiteral("UPDATE plan SET annex_notes = ? WHERE id = ?"), {text, planId});
    // 29 rewrites the remark 28 writes: it runs again after it.
    execute(db, QStringLiteral("DELETE FROM schema_migration WHERE version IN (28, 29)"));
}

QString releasedAnnexSnapshot(const AnnexTable& t) {
    QJsonArray rows;
    for (const AnnexRow& r : t.rows) {
        QJsonObject row{{QStringLiteral("industry"), r.industry},
                        {QStringLiteral("local"), r.local},
                        {QStringLiteral("remark"), r.remark}};
        for (int f = 0; f < kCountFieldCount; ++f) {
            const Count c = countValue(r.counts, CountField(f));
            row.insert(countFieldKey(CountField(f)), c ? QJsonValue(double(*c)) : QJsonValue());
        }
        rows.append(row);
    }
    const QJsonObject meta{{QStringLiteral("preparer"), t.meta.preparer},
                           {QStringLiteral("phone"), t.meta.phone},
                           {QStringLiteral("filled_on"), t.meta.filledOn.toString(Qt::ISODate)}};
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("unit_code"), t.unitCode},
                                                       {QStringLiteral("year"), t.year},
                                                       {QStringLiteral("rows"), rows},
                                                       {QStringLiteral("meta"), meta}})
                                 .toJson(QJsonDocument::Compact));
}

void undoFormHistoryMigration(const QSqlDatabase& db) {
    // Statements that take no values run unprepared: PostgreSQL prepares no DDL.
    QSqlQuery q(db);
    const auto run = [&](const QString& sql) {
        INFO(sql.toStdString());
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
    };
    for (const Migration& m : migrations())
        if (m.version == 2)
            for (const QString& s : m.statements)
                if (s.startsWith(QLatin1String("CREATE TABLE annex_")) ||
                    s.startsWith(QLatin1String("CREATE INDEX annex_version")))
                    run(sql::expandDialect(db, s));
    run(QStringLiteral("INSERT INTO annex_lock (unit_code, year, locked_at, locked_by, reason)"
                       " SELECT unit_code, year, locked_at, locked_by, reason FROM form_lock"
                       " WHERE form_code = 'annex'"));
    QList<QVariantList> versions;
    run(QStringLiteral("SELECT id, unit_code, year, saved_at, account, source, sha256, snapshot"
                       " FROM form_version WHERE form_code = 'annex' ORDER BY id"));
    while (q.next()) {
        const FormTable table =
            formTableFromJson(QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object());
        versions << QVariantList{
            q.value(0).toLongLong(), q.value(1).toString(),
            q.value(2).toInt(),      q.value(3).toString(),
            q.value(4).toString(),   q.value(5).toString(),
            q.value(6).toString(),   releasedAnnexSnapshot(formTableAsAnnex(table))};
    }
    q.finish();
    for (const QVariantList& v : versions)
        execute(db,
                QStringLiteral("INSERT INTO annex_version (id, unit_code, year, saved_at, account,"
                               " source, sha256, snapshot) VALUES (?,?,?,?,?,?,?,?)"),
                v);
    run(QStringLiteral("DROP TABLE form_lock"));
    run(QStringLiteral("DROP TABLE form_version"));
    run(QStringLiteral("DELETE FROM schema_migration WHERE version = 25"));
}

qint64 planIdByCode(const QSqlDatabase& db, const QString& code) {
    const auto plan = PlanRepository(db).findByCode(code);
    REQUIRE(plan.has_value());
    return plan->id;
}

const Obligation* obligationByCode(const QList<Obligation>& list, const QString& code) {
    for (const Obligation& o : list)
        if (o.code == code)
            return &o;
    return nullptr;
}

} // namespace yufang::test
