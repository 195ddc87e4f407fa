#pragma once

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace yufang {

// One thing an editor loads and saves as a whole: a unit's form for a year, a hazard, a plan...
// kind is a canonical key ("annex", "hazard", ...), key identifies the record within it.
struct RecordKey {
    QString kind;
    QString key;
    QString unitCode; // for the audit event of an overwrite; empty when not about one unit
    int year = 0;

    static RecordKey annex(const QString& unitCode, int year);
    static RecordKey training(const QString& unitCode, int year);
    static RecordKey disease(const QString& unitCode, int year);
    static RecordKey taskRecord(const QString& unitCode, qint64 obligationId, int year);
    static RecordKey hazard(qint64 id);
    static RecordKey feeBudget(const QString& unitCode, int year);
    static RecordKey feeProject(qint64 id);
    static RecordKey expert(qint64 id);
    static RecordKey plan(qint64 id);
    static RecordKey returnRecord(const QString& unitCode, qint64 obligationId, int periodYear);
    static RecordKey provider(qint64 id);
    static RecordKey rateScheme(); // the one set of rate-floating tables
    // A unit's form of a form definition (the form engine) for a year: "FORM/UNIT/YEAR".
    static RecordKey form(const QString& formCode, const QString& unitCode, int year);
    // A plan's form definition.
    static RecordKey formDefinition(qint64 planId, const QString& formCode);
};

// The stored revision of a record: 0 and no stamp when it was never written through here.
struct RevisionStamp {
    qint64 number = 0;
    QDateTime changedAt; // UTC
    QString account;
};

// What an editor loaded and hands back with its save (optimistic concurrency). On success the
// save moves `loaded` to the new revision, so the next save of the same editor is not refused.
// A clerk who chose to overwrite someone else's change sets `loaded` to the revision shown in
// the conflict and gives a reason; the reason is recorded in the audit trail with the save.
struct RevisionTicket {
    qint64 loaded = 0;
    QString overwriteReason;
};

// The one implementation of "no lost update": a revision counter per record, bumped by every
// write inside the write's own transaction. A save passes the revision its editor loaded; when
// the stored one differs, someone else saved in between and the save is refused, naming who and
// when. Every save path in storage goes through claim(); a read-only connection (a second copy
// of the app) is refused here too, whatever the caller's widgets allow.
class RecordRevisions {
public:
    explicit RecordRevisions(QSqlDatabase db) : m_db(std::move(db)) {}

    RevisionStamp current(const RecordKey& key) const;
    RevisionTicket ticket(const RecordKey& key) const { return {current(key).number, {}}; }
    // Every stored revision of one kind, by key: an editor listing many records (tasks,
    // hazards, projects, experts) takes it before reading them, then ticketIn() per record.
    QHash<QString, qint64> allOf(const QString& kind) const;
    static RevisionTicket ticketIn(const QHash<QString, qint64>& all, const RecordKey& key) {
        return {all.value(key.key, 0), {}};
    }

    // Inside the caller's write transaction. ticket == nullptr: a write that replaces whatever
    // is stored (a new record, or an import that checked what it replaces itself) still bumps
    // the revision, so editors holding the old one notice. Returns false and says why in
    // *error on a conflict, on a read-only connection or on a database error.
    bool claim(const RecordKey& key, RevisionTicket* ticket, QString* error) const;
    // A new record's first write (its id was just assigned; SQLite may reuse the id of a
    // removed one, so its revision need not start at 0): bumps and hands the ticket the result.
    bool claimNew(const RecordKey& key, RevisionTicket* ticket, QString* error) const;
    // For writes that add beside what is stored (evidence files) and so replace nothing: refused
    // only on a read-only connection.
    static bool refuseReadOnly(const QSqlDatabase& db, QString* error);

    // "The annex form 371302 2025 was changed by alice at 2026-12-02 10:15 …": the text a
    // refused save carries, for the GUI and the CLI alike.
    static QString conflictMessage(const RecordKey& key, qint64 loaded, const RevisionStamp& now);
    static bool isReadOnly(const QSqlDatabase& db);
    static QString readOnlyMessage();

private:
    QSqlDatabase m_db;
};

// Runs a save in its own transaction (inTransaction) and moves *ticket only when the
// transaction commits, so a rolled-back save can be retried with the same ticket. work gets the
// ticket to claim with (nullptr when ticket is nullptr).
bool inTransactionWithTicket(QSqlDatabase db, RevisionTicket* ticket, QString* error,
                             const std::function<bool(RevisionTicket*)>& work);

} // namespace yufang
