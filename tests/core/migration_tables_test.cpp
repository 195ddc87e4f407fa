// Migrations 12 and 20 (issue 13): a database made by the release before 12 (tests/data/golden/
// pre12.sqlite, made by make_pre12_db.sh there: the golden fixture in all three tables, drafts
// replaced with --replace so the annex holds versions, returns and audit events) opens with
// every value, version, revision and event it held; migration 12 moved the training and
// disease tables into the form engine's storage, migration 20 the annex. The legacy tables are read
// with plain SQL before the migration; afterwards the same values must come out of the form
// engine's storage and through the repositories the rest of the program uses.
#include "../test_server.h"
#include "form_fixtures.h"
#include "test_support.h"

#include "storage/annex_repository.h"
#include "storage/form_repository.h"
#include "storage/migrations.h"
#include "storage/record_revisions.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kPre12 = QStringLiteral(YUFANG_TEST_DATA_DIR "/golden/pre12.sqlite");

// Every row of a query, each as its columns' text joined with |, in the query's order.
QStringList rowsOf(const QSqlDatabase& db, const QString& sql) {
    QStringList out;
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << (q.value(i).isNull() ? u"<null>"_s : q.value(i).toString());
        out << cells.join(u'|');
    }
    return out;
}

// What the pre-12 file holds, read before anything migrates it.
struct Legacy {
    QStringList diseaseRows;      // unit|year|industry|pneumoconiosis|other|dust|remark
    QStringList diseaseMeta;      // unit|year|preparer|phone|source
    QStringList diseaseRevisions; // unit/year|revision|changed_at|account
    QStringList audit;            // every audit event
    QStringList annexVersions;    // every annex version
    QStringList annexRows;        // unit|year|industry|5 counts|remark
    QStringList annexMeta;        // unit|year|preparer|phone|filled_on|source|updated_at
    QStringList annexRevisions;   // unit/year|revision|changed_at|account
    QStringList annexLocks;
    QStringList localIndustries;
    QStringList trainingRows; // unit|year|industry|category|6 counts|remark
    QStringList trainingMeta; // unit|year|preparer|phone|source
    QStringList trainingRevisions;
    QStringList returns;
};

Legacy readLegacy(const QString& path) {
    Legacy l;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"pre12"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(rowsOf(db, u"SELECT MAX(version) FROM schema_migration"_s) == QStringList{u"11"_s});
        l.diseaseRows = rowsOf(db, u"SELECT unit_code, year, industry, pneumoconiosis,"
                                   " other_diseases, dust_exposed, remark FROM disease_row"
                                   " ORDER BY unit_code, year, position"_s);
        l.diseaseMeta = rowsOf(db, u"SELECT unit_code, year, preparer, phone, source"
                                   " FROM disease_meta ORDER BY unit_code, year"_s);
        l.diseaseRevisions = rowsOf(db, u"SELECT record_key, revision, changed_at, account"
                                        " FROM record_revision WHERE kind = 'disease'"
                                        " ORDER BY record_key"_s);
        l.audit = rowsOf(db, u"SELECT * FROM audit_event ORDER BY id"_s);
        // Without the snapshot, whose format migration 25 changed (migration_form_history_test
        // reads every value of it back).
        l.annexVersions = rowsOf(db, u"SELECT id, unit_code, year, saved_at, account, source,"
                                     " sha256 FROM annex_version ORDER BY id"_s);
        l.annexRows = rowsOf(db, u"SELECT unit_code, year, industry, enterprises,"
                                 " insured_enterprises, employees, insured_persons, accidents,"
                                 " remark FROM annex_row ORDER BY unit_code, year, position"_s);
        l.annexMeta = rowsOf(db, u"SELECT unit_code, year, preparer, phone, filled_on, source,"
                                 " updated_at FROM annex_meta ORDER BY unit_code, year"_s);
        l.annexRevisions = rowsOf(db, u"SELECT record_key, revision, changed_at, account"
                                      " FROM record_revision WHERE kind = 'annex'"
                                      " ORDER BY record_key"_s);
        l.annexLocks = rowsOf(db, u"SELECT * FROM annex_lock ORDER BY unit_code, year"_s);
        l.localIndustries = rowsOf(db, u"SELECT unit_code, name FROM local_industry"
                                       " ORDER BY unit_code, name"_s);
        l.trainingRows = rowsOf(db, u"SELECT unit_code, year, industry, category, key_personnel,"
                                    " trained, sessions, online_sessions, offline_sessions,"
                                    " class_hours, remark FROM training_row"
                                    " ORDER BY unit_code, year, position"_s);
        l.trainingMeta = rowsOf(db, u"SELECT unit_code, year, preparer, phone, source"
                                    " FROM training_meta ORDER BY unit_code, year"_s);
        l.trainingRevisions = rowsOf(db, u"SELECT record_key, revision, changed_at, account"
                                         " FROM record_revision WHERE kind = 'training'"
                                         " ORDER BY record_key"_s);
        l.returns = rowsOf(db, u"SELECT * FROM return_record ORDER BY unit_code, obligation_id,"
                               " period_year"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"pre12"_s);
    return l;
}

// Exactly what the engine stores of the form for the unit and year (no template rows).
FormTable storedForm(const QSqlDatabase& db, const QString& formCode, const QString& unitCode,
                     int year) {
    FormDefinition stored;
    stored.code = formCode;
    stored.rowKind = FormRowKind::Free;
    return FormRepository(db).load(stored, unitCode, year);
}

QString text(const Count& c) {
    return c ? QString::number(*c) : u"<null>"_s;
}

// Before migrating: the annex of 371302 for 2023 also filed through import-form (two stores
// of one table: the annex table's data must win), a form `annex` of a unit and year the annex
// table does not hold (kept as it is), and a lock on an accepted annex (not touched).
void addEngineAnnexAndLock(const QString& path) {
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"pre12edit"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString& sql :
             {u"INSERT INTO form_record (unit_code, form_code, year, preparer, phone, filled_on,"
              " header_fields, source, updated_at) VALUES ('371302', 'annex', 2023, '别人', '',"
              " NULL, '{}', 'import-form', '2026-12-01T00:00:00Z'),"
              " ('371312', 'annex', 2020, '孙丽', '', NULL, '{}', 'import-form',"
              " '2026-12-01T00:00:00Z')"_s,
              u"INSERT INTO form_value (unit_code, form_code, year, row_position, row_group,"
              " row_key, local, column_key, number_value, text_value) VALUES"
              " ('371302', 'annex', 2023, 0, '', '矿山', 0, '', NULL, ''),"
              " ('371302', 'annex', 2023, 0, '', '矿山', 0, 'enterprises', 999999, ''),"
              " ('371312', 'annex', 2020, 0, '', '矿山', 0, '', NULL, ''),"
              " ('371312', 'annex', 2020, 0, '', '矿山', 0, 'enterprises', 77, '')"_s,
              u"INSERT INTO annex_lock (unit_code, year, locked_at, locked_by, reason) VALUES"
              " ('371321', 2020, '2026-12-01T00:00:00Z', 'city', 'accepted')"_s}) {
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"pre12edit"_s);
}
} // namespace

TEST_CASE("Migrations 12 and 20 keep every value version revision and event of a pre-12 database",
          "[migrations][golden]") {
    YUFANG_SQLITE_ONLY(); // the fixture is a database file made by the release before 12
    TempDatabase t;
    t.replaceFile(kPre12);
    addEngineAnnexAndLock(t.path());
    const Legacy before = readLegacy(t.path());
    // The fixture is what make_pre12_db.sh made: all three tables filled, drafts replaced.
    REQUIRE(before.diseaseRows.size() == 32);
    REQUIRE(before.diseaseMeta.size() == 4);
    REQUIRE(before.diseaseRevisions.size() == 4);
    REQUIRE(before.trainingRows.size() == 72);
    REQUIRE(before.trainingMeta.size() == 3);
    REQUIRE(before.trainingRevisions.size() == 3);
    REQUIRE(before.annexVersions.size() == 7);
    REQUIRE(before.annexRows.size() == 44);
    REQUIRE(before.annexMeta.size() == 6);
    REQUIRE(before.annexRevisions.size() == 6);
    REQUIRE(before.annexLocks.size() == 1);
    REQUIRE(before.audit.size() == 231);

    t.reopen(); // migrates
    const QSqlDatabase db = t.connection();
    CHECK(currentSchemaVersion(db) == latestSchemaVersion());

    SECTION("nothing else is touched: audit trail, annex versions and locks, returns") {
        // The trail only grows: every event of before is there unchanged, in order.
        const QStringList audit = rowsOf(db, u"SELECT * FROM audit_event ORDER BY id"_s);
        REQUIRE(audit.size() >= before.audit.size());
        CHECK(audit.mid(0, before.audit.size()) == before.audit);
        // Migration 25 moved the annex's versions and locks into the tables of every form.
        CHECK(rowsOf(db, u"SELECT id, unit_code, year, saved_at, account, source, sha256"
                         " FROM form_version WHERE form_code = 'annex' ORDER BY id"_s) ==
              before.annexVersions);
        CHECK(rowsOf(db,
                     u"SELECT unit_code, year, locked_at, locked_by, reason FROM form_lock"
                     " WHERE form_code = 'annex' ORDER BY unit_code, year"_s) == before.annexLocks);
        CHECK(rowsOf(db, u"SELECT unit_code, name FROM local_industry"
                         " ORDER BY unit_code, name"_s) == before.localIndustries);
        CHECK(rowsOf(db, u"SELECT * FROM return_record ORDER BY unit_code, obligation_id,"
                         " period_year"_s) == before.returns);
    }

    SECTION("every disease value is in the form engine's storage, read back by the repository") {
        CHECK_FALSE(db.tables().contains(u"disease_row"_s));
        CHECK_FALSE(db.tables().contains(u"disease_meta"_s));
        const FormRepository repo(db);
        int checked = 0;
        for (const QString& line : before.diseaseRows) {
            const QStringList c = line.split(u'|');
            const FormTable table = storedForm(db, u"disease"_s, c.at(0), c.at(1).toInt());
            const FormRow* row = table.find(c.at(2));
            INFO(line.toStdString());
            REQUIRE(row);
            const DiseaseCounts counts = diseaseCountsOf(*row);
            CHECK(text(counts.pneumoconiosis) == c.at(3));
            CHECK(text(counts.otherDiseases) == c.at(4));
            CHECK(text(counts.dustExposed) == c.at(5));
            CHECK(row->text(u"remark"_s) == c.at(6));
            ++checked;
        }
        CHECK(checked == 32);
        // The rows keep their positions; one form_record per unit and year with the footer.
        CHECK(rowsOf(db, u"SELECT unit_code, year, row_key FROM form_value"
                         " WHERE form_code = 'disease' AND column_key = ''"
                         " ORDER BY unit_code, year, row_position"_s) == [&] {
            QStringList keys;
            for (const QString& line : before.diseaseRows)
                keys << line.section(u'|', 0, 2);
            return keys;
        }());
        for (const QString& line : before.diseaseMeta) {
            const QStringList c = line.split(u'|');
            const FormTable table = storedForm(db, u"disease"_s, c.at(0), c.at(1).toInt());
            INFO(line.toStdString());
            CHECK(table.field(form_fields::kPreparer) == c.at(2));
            CHECK(table.field(form_fields::kPhone) == c.at(3));
            CHECK(repo.unitsWithSource(u"disease"_s, c.at(0), c.at(1).toInt(), c.at(4)) == 1);
        }
    }

    SECTION("every training value is in the form engine's storage, read back by the repository") {
        CHECK_FALSE(db.tables().contains(u"training_row"_s));
        CHECK_FALSE(db.tables().contains(u"training_meta"_s));
        int checked = 0;
        for (const QString& line : before.trainingRows) {
            const QStringList c = line.split(u'|');
            const TrainingTable table =
                trainingTableOf(storedForm(db, u"training"_s, c.at(0), c.at(1).toInt()));
            INFO(line.toStdString());
            const TrainingRow* row = nullptr;
            for (const TrainingRow& r : table.rows)
                if (r.industry == c.at(2) && r.category == c.at(3))
                    row = &r;
            REQUIRE(row);
            for (int f = 0; f < kTrainingFieldCount; ++f)
                CHECK(text(trainingValue(row->counts, static_cast<TrainingField>(f))) ==
                      c.at(4 + f));
            CHECK(row->remark == c.at(10));
            ++checked;
        }
        CHECK(checked == 72);
        CHECK(rowsOf(db, u"SELECT unit_code, year, row_group, row_key FROM form_value"
                         " WHERE form_code = 'training' AND column_key = ''"
                         " ORDER BY unit_code, year, row_position"_s) == [&] {
            QStringList keys;
            for (const QString& line : before.trainingRows)
                keys << line.section(u'|', 0, 3);
            return keys;
        }());
        for (const QString& line : before.trainingMeta) {
            const QStringList c = line.split(u'|');
            const FormTable table = storedForm(db, u"training"_s, c.at(0), c.at(1).toInt());
            INFO(line.toStdString());
            CHECK(table.field(form_fields::kPreparer) == c.at(2));
            CHECK(table.field(form_fields::kPhone) == c.at(3));
        }
        const RecordRevisions revisions(db);
        for (const QString& line : before.trainingRevisions) {
            const QStringList c = line.split(u'|');
            INFO(line.toStdString());
            CHECK(revisions
                      .current(RecordKey::training(c.at(0).section(u'/', 0, 0),
                                                   c.at(0).section(u'/', 1, 1).toInt()))
                      .number == c.at(1).toLongLong());
        }
    }

    SECTION("every annex value remark and footer is in the form engine's storage") {
        CHECK_FALSE(db.tables().contains(u"annex_row"_s));
        CHECK_FALSE(db.tables().contains(u"annex_meta"_s));
        // The rows as they were, in their order, pivoted back out of form_value by plain SQL.
        CHECK(rowsOf(db, u"SELECT unit_code, year, row_key,"
                         " MAX(CASE WHEN column_key = 'enterprises' THEN number_value END),"
                         " MAX(CASE WHEN column_key = 'insured_enterprises' THEN number_value END),"
                         " MAX(CASE WHEN column_key = 'employees' THEN number_value END),"
                         " MAX(CASE WHEN column_key = 'insured_persons' THEN number_value END),"
                         " MAX(CASE WHEN column_key = 'accidents' THEN number_value END),"
                         " COALESCE(MAX(CASE WHEN column_key = 'remark' THEN text_value END), '')"
                         " FROM form_value WHERE form_code = 'annex'"
                         " AND NOT (unit_code = '371312' AND year = 2020)"
                         " GROUP BY unit_code, year, row_key"
                         " ORDER BY unit_code, year, MIN(row_position)"_s) == before.annexRows);
        // Nothing but the form's columns and the row markers, every row with its marker.
        CHECK(rowsOf(db, u"SELECT DISTINCT column_key FROM form_value WHERE form_code = 'annex'"
                         " ORDER BY 1"_s) == QStringList{u""_s, u"accidents"_s, u"employees"_s,
                                                         u"enterprises"_s, u"insured_enterprises"_s,
                                                         u"insured_persons"_s, u"remark"_s});
        // Local where the unit lists the industry as its own.
        CHECK(rowsOf(db, u"SELECT DISTINCT unit_code, row_key FROM form_value"
                         " WHERE form_code = 'annex' AND local = 1 ORDER BY 1, 2"_s) ==
              before.localIndustries);
        // The footer and where it came from; the unit and year the annex table did not hold
        // keeps its import-form record.
        QStringList meta = before.annexMeta;
        meta << u"371312|2020|孙丽||<null>|import-form|2026-12-01T00:00:00Z"_s;
        meta.sort();
        CHECK(rowsOf(db, u"SELECT unit_code, year, preparer, phone, filled_on, source, updated_at"
                         " FROM form_record WHERE form_code = 'annex'"
                         " ORDER BY unit_code, year"_s) == meta);
        CHECK(rowsOf(db, u"SELECT number_value FROM form_value WHERE form_code = 'annex'"
                         " AND unit_code = '371312' AND year = 2020"
                         " AND column_key = 'enterprises'"_s) == QStringList{u"77"_s});
        // And through the repository the tab, exports and returns use.
        const AnnexRepository repo(db);
        int checked = 0;
        for (const QString& line : before.annexRows) {
            const QStringList c = line.split(u'|');
            const AnnexTable table = repo.load(c.at(0), c.at(1).toInt());
            const AnnexRow* row = table.find(c.at(2));
            INFO(line.toStdString());
            REQUIRE(row);
            for (int f = 0; f < kCountFieldCount; ++f)
                CHECK(text(countValue(row->counts, CountField(f))) == c.at(3 + f));
            CHECK(row->remark == c.at(8));
            CHECK(repo.hasData(c.at(0), c.at(1).toInt()));
            ++checked;
        }
        CHECK(checked == 44);
        for (const QString& line : before.annexMeta) {
            const QStringList c = line.split(u'|');
            const AnnexTable table = repo.load(c.at(0), c.at(1).toInt());
            INFO(line.toStdString());
            CHECK(table.meta.preparer == c.at(2));
            CHECK(table.meta.phone == c.at(3));
            CHECK((table.meta.filledOn.isValid() ? table.meta.filledOn.toString(Qt::ISODate)
                                                 : u"<null>"_s) == c.at(4));
        }
    }

    SECTION("the annex revisions move to the form's key, so a stale annex editor is refused") {
        const RecordRevisions revisions(db);
        for (const QString& line : before.annexRevisions) {
            const QStringList c = line.split(u'|');
            const QString unit = c.at(0).section(u'/', 0, 0);
            const int year = c.at(0).section(u'/', 1, 1).toInt();
            INFO(line.toStdString());
            const RevisionStamp now = revisions.current(RecordKey::annex(unit, year));
            CHECK(now.number == c.at(1).toLongLong());
            CHECK(now.account == c.at(3));
            CHECK(rowsOf(db, u"SELECT revision, changed_at, account FROM record_revision"
                             " WHERE kind = 'form' AND record_key = 'annex/%1'"_s.arg(c.at(0))) ==
                  QStringList{c.mid(1).join(u'|')});
        }
        CHECK(rowsOf(db, u"SELECT COUNT(*) FROM record_revision WHERE kind = 'annex'"_s) ==
              QStringList{u"0"_s});
        // 371302 2023 was imported twice (revision 2): an editor holding revision 1 is refused
        // and writes nothing; one holding the current revision saves.
        AnnexRepository repo(db);
        const AnnexTable loaded = repo.load(u"371302"_s, 2023);
        AnnexTable changed = loaded;
        changed.rows.first().counts.enterprises = 12345;
        RevisionTicket stale{1, {}};
        QString error;
        CHECK_FALSE(repo.save(changed, u"manual"_s, &error, {}, &stale));
        CHECK(error.contains(u"371302/2023"_s));
        CHECK(repo.load(u"371302"_s, 2023).rows.first().counts.enterprises ==
              loaded.rows.first().counts.enterprises);
        RevisionTicket fresh = revisions.ticket(RecordKey::annex(u"371302"_s, 2023));
        CHECK(fresh.loaded == 2);
        REQUIRE(repo.save(changed, u"manual"_s, &error, {}, &fresh));
        CHECK(repo.load(u"371302"_s, 2023).rows.first().counts.enterprises == 12345);
        // The save wrote its audit event and its version as before.
        CHECK(rowsOf(db, u"SELECT COUNT(*) FROM form_version WHERE form_code = 'annex'"_s) ==
              QStringList{QString::number(before.annexVersions.size() + 1)});
        CHECK(rowsOf(db, u"SELECT field, new_value FROM audit_event WHERE action = 'annex.cell'"
                         " ORDER BY id DESC LIMIT 1"_s) == QStringList{u"enterprises|12345"_s});
        // A locked annex is still refused.
        RevisionTicket lockedTicket = revisions.ticket(RecordKey::annex(u"371321"_s, 2020));
        CHECK_FALSE(
            repo.save(repo.load(u"371321"_s, 2020), u"manual"_s, &error, {}, &lockedTicket));
    }

    SECTION("the revisions move with the records, so a stale editor is still refused") {
        const RecordRevisions revisions(db);
        for (const QString& line : before.diseaseRevisions) {
            const QStringList c = line.split(u'|');
            const QString unit = c.at(0).section(u'/', 0, 0);
            const int year = c.at(0).section(u'/', 1, 1).toInt();
            INFO(line.toStdString());
            const RevisionStamp now = revisions.current(RecordKey::disease(unit, year));
            CHECK(now.number == c.at(1).toLongLong());
            CHECK(now.account == c.at(3));
        }
        CHECK(rowsOf(db, u"SELECT COUNT(*) FROM record_revision WHERE kind = 'disease'"_s) ==
              QStringList{u"0"_s});
        // A save holding the revision of before the last import is refused (the 职业病 tab
        // saves through the form engine).
        const QString unit = before.diseaseRevisions.first().section(u'/', 0, 0);
        const int year =
            before.diseaseRevisions.first().section(u'|', 0, 0).section(u'/', 1).toInt();
        RevisionTicket stale{before.diseaseRevisions.first().section(u'|', 1, 1).toLongLong() - 1,
                             {}};
        QString error;
        CHECK_FALSE(
            saveForm(db, loadForm(db, u"disease"_s, unit, year), u"test"_s, &error, &stale));
        RevisionTicket fresh = revisions.ticket(RecordKey::disease(unit, year));
        CHECK(saveForm(db, loadForm(db, u"disease"_s, unit, year), u"test"_s, &error, &fresh));
    }
}
