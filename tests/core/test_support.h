#pragma once

// Shared helpers of the core tests: printable Qt types for Catch, byte helpers for the
// encodings staff files arrive in, and a database that lives in its own temporary folder.

#include <catch2/catch.hpp>

#include "domain/annex.h"
#include "domain/obligation.h"
#include "storage/database.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>
#include <optional>
#include <string>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList& l) {
        std::string out = "{";
        for (qsizetype i = 0; i < l.size(); ++i)
            out += (i ? ", \"" : "\"") + l.at(i).toStdString() + '"';
        return out + "}";
    }
};
template <> struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray& b) {
        return "QByteArray(" + std::to_string(b.size()) + " bytes: \"" +
               b.left(120).toPercentEncoding(" ,:;/\"'=+-_.\r\n\t").toStdString() + "\")";
    }
};
} // namespace Catch

namespace yufang::test {

QByteArray readBytes(const QString& path);
void writeBytes(const QString& path, const QByteArray& bytes);

QByteArray utf8WithBom(const QString& text);
QByteArray utf8(const QString& text);
QByteArray gb18030(const QString& text);
QByteArray utf16LeWithBom(const QString& text);

// Counts in printed order: enterprises, insured enterprises, employees, insured persons,
// accidents. -1 leaves a count empty.
AnnexCounts counts(qint64 enterprises, qint64 insuredEnterprises, qint64 employees,
                   qint64 insuredPersons, qint64 accidents);

// A database file of its own, opened (migrated, presets loaded) on construction.
class TempDatabase {
public:
    TempDatabase();
    ~TempDatabase();

    Database& db() { return *m_db; }
    QSqlDatabase connection() const { return m_db->connection(); }
    QString path() const { return m_path; }
    // A path beside the database, for files a test writes.
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    void close();
    void reopen(); // REQUIREs success
    // Closes the database and puts a copy of `fixture` (a file made by an earlier release) in
    // its place, writable; reopen() then migrates it.
    void replaceFile(const QString& fixture);

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

qint64 rowCount(const QSqlDatabase& db, const QString& table);
// Every row of a query, its columns joined by '|' (NULL as NULL): what a table holds, in the
// query's order, to compare before and after a migration.
QStringList queryRows(const QSqlDatabase& db, const QString& sql);
// Runs one statement with its values bound in order; fails the test, naming the SQL, if it fails.
void execute(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});
// Undoes migration 28 on a migrated database, for a test that rewinds it further to migrate it
// again: plan.annex_notes back, holding what a release before it kept there (each plan's annex
// notes with {year} as its baseline year, one a line), and 28 no longer applied (nor 29, which
// rewrites the remark 28 writes, nor 30).
void undoPlanNotesMigration(const QSqlDatabase& db);
// Undoes migration 30: consolidated_meta back with the annex's signatures, form_signature gone.
// undoPlanNotesMigration calls it (30 comes after 28).
void undoFormSignatureMigration(const QSqlDatabase& db);
// A snapshot of the annex as annex_version stored it before migration 25 (the annex's own
// JSON: rows with "industry" and the five counts, "meta"), written out here as the fixture.
QString releasedAnnexSnapshot(const AnnexTable& table);
// Takes a database back to before migration 25: the annex's versions and locks in its own
// annex_version (each snapshot as releasedAnnexSnapshot) and annex_lock, form_version and
// form_lock gone (no other form had versions or locks then), and version 25 unrecorded, so
// reopening runs it again. For the tests that take a database back to an older schema.
void undoFormHistoryMigration(const QSqlDatabase& db);
// The id of the plan with this code (a preset's, or one a test made); fails the test if none.
qint64 planIdByCode(const QSqlDatabase& db, const QString& code);
// The obligation with this code in the list, or nullptr.
const Obligation* obligationByCode(const QList<Obligation>& list, const QString& code);

// The register CSV header with the canonical keys of the required columns.
QString registerHeader();
// A valid unified social credit code (check character included) for enterprise n of a unit.
QString registerCreditCode(const QString& unitCode, int n);

} // namespace yufang::test
