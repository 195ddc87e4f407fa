#include "server_sqlite_import.h"

#include "migrations.h"
#include "postgres_register_copy.h"
#include "sql_dialect.h"
#include "sqlite_register_writer.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

#include <sqlite3.h>

namespace yufang::server {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ServerSqliteImport)
};

// Tables a file has that are none of the office's data: SQLite's own, and the schema's
// version, which the server keeps for itself.
bool isFileData(const QString& table) {
    return !table.startsWith(QLatin1String("sqlite_")) &&
           table != QLatin1String("schema_migration");
}

QString quoted(const QString& name) {
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QStringList fileColumns(const QSqlDatabase& file, const QString& table) {
    QStringList columns;
    QSqlQuery q(file);
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)));
    while (q.next())
        columns << q.value(1).toString();
    return columns;
}

QSet<QString> serverColumns(const QSqlDatabase& server, const QString& table) {
    QSet<QString> columns;
    QSqlQuery q(server);
    q.prepare(QStringLiteral("SELECT attname FROM pg_attribute WHERE attrelid ="
                             " (quote_ident(current_schema()) || '.' || quote_ident(?))::regclass"
                             " AND attnum > 0 AND NOT attisdropped"));
    q.addBindValue(table);
    if (q.exec())
        while (q.next())
            columns.insert(q.value(0).toString());
    return columns;
}

// The tables in an order that inserts every referenced row before the rows referring to it
// (foreign keys are checked at the end of each COPY, so a table may refer to itself).
QStringList referencedFirst(const QSqlDatabase& server, const QStringList& tables) {
    QHash<QString, QSet<QString>> needs;
    QSqlQuery q(server);
    q.exec(QStringLiteral("SELECT c.conrelid::regclass::text, c.confrelid::regclass::text"
                          " FROM pg_constraint c WHERE c.contype = 'f'"
                          " AND c.connamespace = current_schema()::regnamespace"));
    while (q.next()) {
        // regclass::text is schema-qualified outside the search path; the schema is ours.
        const QString from = q.value(0).toString().section(QLatin1Char('.'), -1);
        const QString to = q.value(1).toString().section(QLatin1Char('.'), -1);
        if (from != to)
            needs[from].insert(to);
    }
    QStringList ordered;
    QSet<QString> placed;
    std::function<void(const QString&, int)> place = [&](const QString& table, int depth) {
        if (placed.contains(table) || depth > tables.size())
            return;
        for (const QString& other : needs.value(table))
            if (tables.contains(other))
                place(other, depth + 1);
        if (!placed.contains(table)) {
            placed.insert(table);
            ordered << table;
        }
    };
    for (const QString& table : tables)
        place(table, 0);
    return ordered;
}

// One SQLite value in COPY's text format.
void appendValue(QByteArray& out, sqlite3_stmt* s, int column) {
    switch (sqlite3_column_type(s, column)) {
    case SQLITE_NULL:
        out += "\\N\t";
        break;
    case SQLITE_INTEGER:
        sql::appendCopyNumber(out, sqlite3_column_int64(s, column));
        break;
    case SQLITE_FLOAT:
        out += QByteArray::number(sqlite3_column_double(s, column), 'g', 17);
        out += '\t';
        break;
    case SQLITE_BLOB: {
        // bytea's hex input, its backslash doubled for COPY's text format.
        const auto* data = static_cast<const char*>(sqlite3_column_blob(s, column));
        out += "\\\\x";
        out += QByteArray(data, sqlite3_column_bytes(s, column)).toHex();
        out += '\t';
        break;
    }
    default: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
        sql::appendCopyText(out, QByteArrayView(text, sqlite3_column_bytes(s, column)));
    }
    }
}

// Every row of the file's table in COPY's text format, in rowid order.
bool readTable(sqlite3* db, const QString& table, const QStringList& columns, QByteArray* rows,
               qint64* count, QString* error) {
    QStringList names;
    for (const QString& c : columns)
        names << quoted(c);
    const QByteArray select = QStringLiteral("SELECT %1 FROM %2")
                                  .arg(names.join(QLatin1Char(',')), quoted(table))
                                  .toUtf8();
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db, select.constData(), -1, &s, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        for (int i = 0; i < int(columns.size()); ++i)
            appendValue(*rows, s, i);
        rows->back() = '\n';
        ++*count;
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

bool run(QSqlQuery& q, const QString& statement, QString* error) {
    if (q.exec(statement))
        return true;
    *error = QStringLiteral("%1 (%2)").arg(q.lastError().databaseText(), statement.left(120));
    return false;
}

// The server's rows of unit data: "table: N row(s) (units …)" for each table that has any.
QStringList heldData(const QSqlDatabase& server, const QStringList& tables) {
    QStringList held;
    QSqlQuery q(server);
    for (const QString& table : tables) {
        if (!serverColumns(server, table).contains(QStringLiteral("unit_code")) ||
            table == QLatin1String("server_login"))
            continue;
        if (!q.exec(QStringLiteral("SELECT COUNT(*), string_agg(DISTINCT unit_code, ' ')"
                                   " FROM %1")
                        .arg(quoted(table))) ||
            !q.next() || q.value(0).toLongLong() == 0)
            continue;
        held << Text::tr("%1: %2 row(s) (units %3)")
                    .arg(table)
                    .arg(q.value(0).toLongLong())
                    .arg(q.value(1).toString().left(60));
    }
    return held;
}
} // namespace

bool importSqlite(QSqlDatabase server, QSqlDatabase file, bool replace, SqliteImportResult* result,
                  QString* error) {
    sqlite3* handle = sqliteHandle(file);
    if (!handle || sql::isSqlite(server)) {
        *error = Text::tr("import-sqlite moves an SQLite file into a PostgreSQL server");
        return false;
    }
    if (currentSchemaVersion(file) != currentSchemaVersion(server)) {
        *error = Text::tr("the file has schema version %1 and the server %2: run `server "
                          "migrate` with this version of Yufang first")
                     .arg(currentSchemaVersion(file))
                     .arg(currentSchemaVersion(server));
        return false;
    }
    QStringList tables;
    {
        QSqlQuery q(file);
        q.exec(sql::tableNamesQuery(file));
        while (q.next())
            if (isFileData(q.value(0).toString()))
                tables << q.value(0).toString();
    }
    QHash<QString, QStringList> columns;
    QSet<QString> onServer;
    {
        QSqlQuery q(server);
        q.exec(sql::tableNamesQuery(server));
        while (q.next())
            onServer.insert(q.value(0).toString());
    }
    for (const QString& table : std::as_const(tables)) {
        if (!onServer.contains(table)) {
            *error = Text::tr("the server has no table %1 of the file").arg(table);
            return false;
        }
        const QSet<QString> known = serverColumns(server, table);
        columns[table] = fileColumns(file, table);
        for (const QString& column : std::as_const(columns[table]))
            if (!known.contains(column)) {
                *error = Text::tr("the server's table %1 has no column %2 of the file")
                             .arg(table, column);
                return false;
            }
    }
    tables = referencedFirst(server, tables);

    if (!beginWrite(server, error))
        return false;
    QSqlQuery q(server);
    auto fail = [&](const QString& why) {
        *error = why;
        server.rollback();
        return false;
    };
    // Checked inside the transaction, which holds the writers' lock: nobody adds data between
    // the check and the import.
    const QStringList held = heldData(server, tables);
    if (!held.isEmpty() && !replace)
        return fail(Text::tr("the server already holds data (%1); nothing was imported. "
                             "--replace replaces all of the server's data with the file's")
                        .arg(held.join(QStringLiteral("; "))));
    // The logins stay; their units must come back with the file's units.
    const bool keepLogins = onServer.contains(QStringLiteral("server_login"));
    QStringList emptied;
    for (const QString& table : std::as_const(tables))
        emptied << quoted(table);
    if (keepLogins) {
        emptied << QStringLiteral("server_login");
        if (!run(q,
                 QStringLiteral("CREATE TEMP TABLE yufang_kept_login ON COMMIT DROP AS"
                                " SELECT * FROM server_login"),
                 error))
            return fail(*error);
    }
    // TRUNCATE: the audit trail refuses DELETE (append-only) even to the owner; replacing the
    // whole server is the administrator's explicit --replace.
    if (!run(q, QStringLiteral("TRUNCATE %1").arg(emptied.join(QStringLiteral(", "))), error))
        return fail(*error);
    for (const QString& table : std::as_const(tables)) {
        QByteArray rows;
        qint64 count = 0;
        QString why;
        if (!readTable(handle, table, columns[table], &rows, &count, &why))
            return fail(Text::tr("%1: table %2: %3").arg(file.databaseName(), table, why));
        QStringList names;
        for (const QString& c : std::as_const(columns[table]))
            names << quoted(c);
        // The file's rows as they are: user triggers (the audit trail's login stamp, append-
        // only guards) are off for this transaction; foreign keys and checks stay on.
        const QString copy =
            QStringLiteral("COPY %1 (%2) FROM STDIN").arg(quoted(table), names.join(u','));
        qsizetype failedRow = 0;
        if (!run(q, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(quoted(table)),
                 error) ||
            !sql::copyRows(server, copy.toUtf8().constData(), rows, &why, &failedRow) ||
            !run(q, QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(quoted(table)), &why))
            return fail(why.isEmpty() ? *error
                                      : Text::tr("table %1, row %2 of the file: %3")
                                            .arg(table)
                                            .arg(failedRow + 1)
                                            .arg(why));
        // Identity columns continue after the file's ids.
        if (columns[table].contains(QStringLiteral("id")) &&
            !run(q,
                 QStringLiteral("SELECT setval(s::regclass, GREATEST((SELECT MAX(id) FROM %1), 1),"
                                " (SELECT MAX(id) FROM %1) IS NOT NULL) FROM"
                                " pg_get_serial_sequence('%2', 'id') AS s WHERE s IS NOT NULL")
                     .arg(quoted(table),
                          QString(table).replace(QLatin1Char('\''), QStringLiteral("''"))),
                 error))
            return fail(*error);
        result->tables << SqliteImportTable{table, count};
    }
    if (keepLogins) {
        if (!q.exec(QStringLiteral("SELECT k.login, k.unit_code FROM yufang_kept_login k"
                                   " WHERE NOT EXISTS (SELECT 1 FROM unit u WHERE u.code ="
                                   " k.unit_code)")))
            return fail(q.lastError().databaseText());
        if (q.next())
            return fail(Text::tr("login %1 belongs to unit %2, which the file does not hold; "
                                 "nothing was imported")
                            .arg(q.value(0).toString(), q.value(1).toString()));
        if (!run(q, QStringLiteral("INSERT INTO server_login SELECT * FROM yufang_kept_login"),
                 error))
            return fail(*error);
    }
    return commitWrite(server, error);
}

} // namespace yufang::server
