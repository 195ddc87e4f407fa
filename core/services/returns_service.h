#pragma once

#include "domain/obligation.h"
#include "domain/plan.h"
#include "domain/unit.h"
#include "io/table_sink.h"
#include "storage/return_repository.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace yufang {

// The status shown on the board (未报送 / 已报送 / 逾期 / 已审核 / 退回修改).
enum class ReturnStatus { NotSubmitted, Submitted, Overdue, Accepted, Returned };
QString returnStatusKey(ReturnStatus s); // not_submitted, submitted, overdue, accepted, returned
QString returnStatusCaption(ReturnStatus s); // translated; Chinese: 未报送 ...
QString returnStatusOfficialName(
    ReturnStatus s); // always 未报送 ...: CSV reads the same in any UI language

// One cell of the returns board: a unit against one deadline of one obligation.
struct ReturnEntry {
    Unit unit;
    Obligation obligation;
    Plan plan;
    int periodYear = 0; // the year the deadline falls in
    QDate due;
    ReturnStatus status = ReturnStatus::NotSubmitted;
    bool late = false;   // received after the deadline, or nothing yet and the deadline passed
    qint64 daysLeft = 0; // negative once the deadline has passed
    std::optional<ReturnRecord> record;
    qint64 revision = 0; // of the return when read (RecordRevisions)

    // The year of the form an import of which counts as this return; 0 for documents.
    int annexYear() const;
    // That form's definition code ("annex" for the 基本情况表; Obligation::formCode is empty
    // for it); empty for documents. Accepting the return locks this form of annexYear().
    QString formCode() const;
};

// Which return: a unit, an obligation and the year its deadline falls in.
struct ReturnKey {
    QString unitCode;
    qint64 obligationId = 0;
    int periodYear = 0;
    // The return's revision as the board showed it: a change saved since then (another copy of
    // Yufang, yufang-cli) refuses the action. Unset: what is read when the action runs.
    std::optional<qint64> loadedRevision;
};

// Returns from lower levels against the plan's obligations: the board, the deadline list,
// and the status transitions, each in one transaction with its audit event. `today` is always
// a parameter (the caller's clock) so that tests and the CLI can fix it.
//
// Transitions: (none | 已报送 | 退回修改) --receive--> 已报送; 已报送 --accept--> 已审核 (locks the
// form the obligation names, of that year, for form obligations: FormLocks); 已报送 | 已审核 --send
// back--> 退回修改 (unlocks); 已审核 --unlock with a reason--> 已报送. Receiving over 已审核 is
// refused: unlock first.
class ReturnsService {
public:
    explicit ReturnsService(QSqlDatabase db) : m_db(std::move(db)) {}

    // The return's revision as the board showed it (ReturnEntry::revision): the transitions of
    // this service refuse, naming who changed it and when, when it changed since. Without it a
    // transition still refuses a change landing between its own read and write.
    void setLoadedRevision(qint64 revision) { m_loadedRevision = revision; }

    // Every child of parentCode (and parentCode's own Self obligations) against every deadline
    // falling in `year`, in unit then obligation order.
    QList<ReturnEntry> board(const QString& parentCode, int year, const QDate& today) const;
    // What the office collecting from officeCode still waits for: overdue, or due within
    // `horizonDays` from today. Nearest deadline first.
    QList<ReturnEntry> outstanding(const QString& officeCode, const QDate& today,
                                   int horizonDays = 30) const;
    std::optional<ReturnEntry> entry(const QString& unitCode, qint64 obligationId, int periodYear,
                                     const QDate& today) const;
    // What unitCode itself owes (its returns to its parent, and its own Self obligations) with
    // a deadline in `year`: the county's view of the same board row its city sees.
    QList<ReturnEntry> owedBy(const QString& unitCode, int year, const QDate& today) const;
    // The clerk's own office (本单位): what it still waits for from the units below (as
    // outstanding) plus what it owes itself, overdue or due within `horizonDays`. Nearest
    // deadline first. This is what the window's lasting overdue message counts, whatever
    // unit is selected.
    QList<ReturnEntry> outstandingForOffice(const QString& officeCode, const QDate& today,
                                            int horizonDays = 30) const;

    // By hand (a document that is not a table) or from an import.
    bool markReceived(const QString& unitCode, qint64 obligationId, int periodYear,
                      const QDate& receivedOn, const QString& note, QString* error);
    bool accept(const QString& unitCode, qint64 obligationId, int periodYear, QString* error);
    // 审核通过 of many returns in one transaction, each with the same reason in the trail: all
    // of them or, when one is not 已报送, none (the error names it).
    bool acceptAll(const QList<ReturnKey>& returns, const QString& reason, QString* error);
    // Corrects the receipt date of a return on file (an import stamped with the wrong day):
    // the state, the source file and its SHA-256 stay as they are; the trail records the old
    // and the new date with the reason. A date after today is refused.
    bool correctReceivedOn(const ReturnKey& key, const QDate& receivedOn, const QString& reason,
                           const QDate& today, QString* error);
    bool sendBack(const QString& unitCode, qint64 obligationId, int periodYear,
                  const QString& reason, QString* error);
    bool unlock(const QString& unitCode, qint64 obligationId, int periodYear, const QString& reason,
                QString* error);
    // A form editor's unlock (基本情况表, 培训, 职业病, 报表): removes the lock of the unit's form
    // (its definition code) for the year and puts an accepted return of that form back to
    // 已报送, with the reason in the trail.
    bool unlockForm(const QString& formCode, const QString& unitCode, int year,
                    const QString& reason, QString* error);

    // Whether an import of the form (its definition code) by the unit records a return: the
    // unit owes one under an obligation of its plan that names the form (报送义务). Then the
    // GUI asks the receipt date.
    bool importRecordsReturn(const QString& unitCode, const QString& formCode) const;

    // Inside the import's transaction: the form formCode of formYear for unitCode arrived from
    // file; formCode as the obligation names it (obligationFormCode: empty for the annex). The
    // baseline year's form is the baseline survey (摸底情况); a later year's form is the annual
    // report of that year. Sets *recorded to the obligation satisfied, if any; an import that
    // matches no obligation (a root unit, a year outside the plan) records nothing.
    bool recordFormImportWithinTransaction(const QString& unitCode, const QString& formCode,
                                           int formYear, const QString& file, const QString& sha256,
                                           const QDate& receivedOn,
                                           std::optional<Obligation>* recorded, QString* error);

private:
    bool recordImportWithinTransaction(const QString& unitCode, const QString& formCode,
                                       int formYear, const QString& file, const QString& sha256,
                                       const QDate& receivedOn, std::optional<Obligation>* recorded,
                                       QString* error);
    bool transition(const QString& unitCode, qint64 obligationId, int periodYear, QString* error,
                    const std::function<bool(ReturnRecord&, const ReturnEntry&, QString*)>& change,
                    const QString& reason);
    bool writeWithinTransaction(const ReturnRecord& before, bool existed, const ReturnRecord& after,
                                const ReturnEntry& entry, const QString& reason, QString* error);

    QSqlDatabase m_db;
    std::optional<qint64> m_loadedRevision;
};

QStringList returnsCsvHeader();
void writeReturns(TableSink& sink, const QList<ReturnEntry>& entries);
QString returnsCsv(const QList<ReturnEntry>& entries);

} // namespace yufang
