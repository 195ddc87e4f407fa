// Migration 12 (issue 13): a database made by the release before it (tests/data/golden/
// pre12.sqlite, made by make_pre12_db.sh there: the golden fixture in all three tables, drafts
// replaced with --replace so the annex holds versions, returns and audit events) opens with
// every value, version, revision and event it held. The legacy tables are read with plain SQL
// before the migration; afterwards the same values must come out of the form engine's storage
// and through the repositories the rest of the program uses.
#include "../test_server.h"
#include "test_support.h"

#include "storage/annex_repository.h"
#include "storage/disease_repository.h"
#include "storage/migrations.h"
#include "storage/record_revisions.h"
#include "storage/training_repository.h"

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
    QStringList annexRows;
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
        l.annexVersions = rowsOf(db, u"SELECT * FROM annex_version ORDER BY id"_s);
        l.annexRows = rowsOf(db, u"SELECT * FROM annex_row ORDER BY unit_code, year, position"_s);
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

QString text(const Count& c) {
    return c ? QString::number(*c) : u"<null>"_s;
}
} // namespace

TEST_CASE("Migration 12 keeps every value version revision and event of a pre-12 database",
          "[migrations][golden]") {
    YUFANG_SQLITE_ONLY(); // the fixture is a database file made by the release before 12
    TempDatabase t;
    t.close();
    QFile::remove(t.path());
    REQUIRE(QFile::copy(kPre12, t.path()));
    QFile::setPermissions(t.path(), QFile::ReadOwner | QFile::WriteOwner);
    const Legacy before = readLegacy(t.path());
    // The fixture is what make_pre12_db.sh made: all three tables filled, drafts replaced.
    REQUIRE(before.diseaseRows.size() == 32);
    REQUIRE(before.diseaseMeta.size() == 4);
    REQUIRE(before.diseaseRevisions.size() == 4);
    REQUIRE(before.trainingRows.size() == 72);
    REQUIRE(before.trainingMeta.size() == 3);
    REQUIRE(before.trainingRevisions.size() == 3);
    REQUIRE(before.annexVersions.size() == 7);
    REQUIRE(before.audit.size() == 231);

    t.reopen(); // migrates
    const QSqlDatabase db = t.connection();
    CHECK(currentSchemaVersion(db) == latestSchemaVersion());

    SECTION("nothing else is touched: audit trail, annex versions and rows, returns") {
        // The trail only grows: every event of before is there unchanged, in order.
        const QStringList audit = rowsOf(db, u"SELECT * FROM audit_event ORDER BY id"_s);
        REQUIRE(audit.size() >= before.audit.size());
        CHECK(audit.mid(0, before.audit.size()) == before.audit);
        CHECK(rowsOf(db, u"SELECT * FROM annex_version ORDER BY id"_s) == before.annexVersions);
        CHECK(rowsOf(db, u"SELECT * FROM annex_row ORDER BY unit_code, year, position"_s) ==
              before.annexRows);
        CHECK(rowsOf(db, u"SELECT * FROM return_record ORDER BY unit_code, obligation_id,"
                         " period_year"_s) == before.returns);
    }

    SECTION("every disease value is in the form engine's storage, read back by the repository") {
        CHECK_FALSE(db.tables().contains(u"disease_row"_s));
        CHECK_FALSE(db.tables().contains(u"disease_meta"_s));
        const DiseaseRepository repo(db);
        int checked = 0;
        for (const QString& line : before.diseaseRows) {
            const QStringList c = line.split(u'|');
            const DiseaseTable table = repo.load(c.at(0), c.at(1).toInt());
            const DiseaseRow* row = table.find(c.at(2));
            INFO(line.toStdString());
            REQUIRE(row);
            CHECK(text(row->counts.pneumoconiosis) == c.at(3));
            CHECK(text(row->counts.otherDiseases) == c.at(4));
            CHECK(text(row->counts.dustExposed) == c.at(5));
            CHECK(row->remark == c.at(6));
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
            const DiseaseTable table = repo.load(c.at(0), c.at(1).toInt());
            INFO(line.toStdString());
            CHECK(table.preparer == c.at(2));
            CHECK(table.phone == c.at(3));
            CHECK(repo.unitsWithSource(c.at(0), c.at(1).toInt(), c.at(4)) == 1);
        }
    }

    SECTION("every training value is in the form engine's storage, read back by the repository") {
        CHECK_FALSE(db.tables().contains(u"training_row"_s));
        CHECK_FALSE(db.tables().contains(u"training_meta"_s));
        const TrainingRepository repo(db);
        int checked = 0;
        for (const QString& line : before.trainingRows) {
            const QStringList c = line.split(u'|');
            const TrainingTable table = repo.load(c.at(0), c.at(1).toInt());
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
            const TrainingTable table = repo.load(c.at(0), c.at(1).toInt());
            INFO(line.toStdString());
            CHECK(table.meta.preparer == c.at(2));
            CHECK(table.meta.phone == c.at(3));
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
        // A save holding the revision of before the last import is refused.
        DiseaseRepository repo(db);
        const QString unit = before.diseaseRevisions.first().section(u'/', 0, 0);
        const int year =
            before.diseaseRevisions.first().section(u'|', 0, 0).section(u'/', 1).toInt();
        RevisionTicket stale{before.diseaseRevisions.first().section(u'|', 1, 1).toLongLong() - 1,
                             {}};
        QString error;
        CHECK_FALSE(repo.save(repo.load(unit, year), u"test"_s, &error, &stale));
        RevisionTicket fresh = revisions.ticket(RecordKey::disease(unit, year));
        CHECK(repo.save(repo.load(unit, year), u"test"_s, &error, &fresh));
    }
}
