#include "returns_service.h"

#include "io/csv_writer.h"
#include "storage/audit_log.h"
#include "storage/database_account.h"
#include "storage/form_locks.h"
#include "storage/obligation_repository.h"
#include "storage/tracking_repository.h"
#include "storage/transaction.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>
#include <QSqlError>

#include <algorithm>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReturnsService)
};

ReturnStatus statusOf(const std::optional<ReturnRecord>& record, const QDate& due,
                      const QDate& today) {
    if (!record)
        return deadlines::isOverdue(due, today) ? ReturnStatus::Overdue
                                                : ReturnStatus::NotSubmitted;
    switch (record->state) {
    case ReturnRecord::State::Accepted:
        return ReturnStatus::Accepted;
    case ReturnRecord::State::Returned:
        return ReturnStatus::Returned;
    case ReturnRecord::State::Submitted:
        break;
    }
    return ReturnStatus::Submitted;
}

ReturnEntry makeEntry(const ReturnRepository& returns, const Unit& unit,
                      const ObligationRepository::Owed& owed, int periodYear, const QDate& due,
                      const QDate& today, const RecordRevisions& revisions) {
    ReturnEntry e;
    // Before the record: a change landing in between reads as a conflict, not as lost.
    e.revision =
        revisions.current(RecordKey::returnRecord(unit.code, owed.obligation.id, periodYear))
            .number;
    e.unit = unit;
    e.obligation = owed.obligation;
    e.plan = owed.plan;
    e.periodYear = periodYear;
    e.due = due;
    e.record = returns.find(unit.code, owed.obligation.id, periodYear);
    e.status = statusOf(e.record, due, today);
    e.late =
        e.record ? deadlines::isLate(due, e.record->receivedOn) : deadlines::isOverdue(due, today);
    e.daysLeft = deadlines::daysLeft(due, today);
    return e;
}

// Status text stored in the trail: the canonical key, so the trail reads the same in any language.
QString stateText(bool existed, const ReturnRecord& r) {
    return existed ? returnStateKey(r.state) : returnStatusKey(ReturnStatus::NotSubmitted);
}
} // namespace

QString returnStatusKey(ReturnStatus s) {
    switch (s) {
    case ReturnStatus::NotSubmitted:
        return QStringLiteral("not_submitted");
    case ReturnStatus::Submitted:
        return QStringLiteral("submitted");
    case ReturnStatus::Overdue:
        return QStringLiteral("overdue");
    case ReturnStatus::Accepted:
        return QStringLiteral("accepted");
    case ReturnStatus::Returned:
        break;
    }
    return QStringLiteral("returned");
}

QString returnStatusCaption(ReturnStatus s) {
    switch (s) {
    case ReturnStatus::NotSubmitted:
        return Text::tr("Not submitted");
    case ReturnStatus::Submitted:
        return Text::tr("Submitted");
    case ReturnStatus::Overdue:
        return Text::tr("Overdue");
    case ReturnStatus::Accepted:
        return Text::tr("Accepted");
    case ReturnStatus::Returned:
        break;
    }
    return Text::tr("Returned for correction");
}

QString returnStatusOfficialName(ReturnStatus s) {
    switch (s) {
    case ReturnStatus::NotSubmitted:
        return QStringLiteral("未报送");
    case ReturnStatus::Submitted:
        return QStringLiteral("已报送");
    case ReturnStatus::Overdue:
        return QStringLiteral("逾期");
    case ReturnStatus::Accepted:
        return QStringLiteral("已审核");
    case ReturnStatus::Returned:
        break;
    }
    return QStringLiteral("退回修改");
}

QString ReturnEntry::formCode() const {
    if (obligation.annexKind == AnnexKind::None)
        return {};
    return obligation.formCode.isEmpty() ? QStringLiteral("annex") : obligation.formCode;
}

int ReturnEntry::annexYear() const {
    return obligation.annexKind == AnnexKind::None
               ? 0
               : deadlines::annexYearOf(obligation, plan, periodYear);
}

QList<ReturnEntry> ReturnsService::board(const QString& parentCode, int year,
                                         const QDate& today) const {
    QList<ReturnEntry> out;
    const UnitRepository units(m_db);
    const ObligationRepository obligations(m_db);
    const ReturnRepository returns(m_db);
    auto add = [&](const Unit& unit, ObligationScope scope) {
        for (const ObligationRepository::Owed& owed : obligations.owedBy(unit.code)) {
            if (owed.obligation.scope != scope)
                continue;
            if (const auto due = deadlines::dueIn(owed.obligation, owed.plan, year))
                out << makeEntry(returns, unit, owed, year, *due, today, RecordRevisions(m_db));
        }
    };
    for (const Unit& child : units.children(parentCode))
        add(child, ObligationScope::Children);
    if (const auto self = units.find(parentCode))
        add(*self, ObligationScope::Self);
    return out;
}

QList<ReturnEntry> ReturnsService::outstanding(const QString& officeCode, const QDate& today,
                                               int horizonDays) const {
    QList<ReturnEntry> out;
    const UnitRepository units(m_db);
    const ObligationRepository obligations(m_db);
    const ReturnRepository returns(m_db);
    const QDate horizon = today.addDays(horizonDays);
    auto add = [&](const Unit& unit, ObligationScope scope) {
        for (const ObligationRepository::Owed& owed : obligations.owedBy(unit.code)) {
            if (owed.obligation.scope != scope)
                continue;
            for (int year : deadlines::periodYears(owed.obligation, owed.plan)) {
                const auto due = deadlines::dueIn(owed.obligation, owed.plan, year);
                if (!due || *due > horizon)
                    continue;
                const ReturnEntry e =
                    makeEntry(returns, unit, owed, year, *due, today, RecordRevisions(m_db));
                if (e.status == ReturnStatus::NotSubmitted || e.status == ReturnStatus::Overdue ||
                    e.status == ReturnStatus::Returned)
                    out << e;
            }
        }
    };
    for (const Unit& child : units.children(officeCode))
        add(child, ObligationScope::Children);
    if (const auto self = units.find(officeCode))
        add(*self, ObligationScope::Self);
    std::stable_sort(out.begin(), out.end(),
                     [](const ReturnEntry& a, const ReturnEntry& b) { return a.due < b.due; });
    return out;
}

std::optional<ReturnEntry> ReturnsService::entry(const QString& unitCode, qint64 obligationId,
                                                 int periodYear, const QDate& today) const {
    const auto unit = UnitRepository(m_db).find(unitCode);
    if (!unit)
        return std::nullopt;
    for (const ObligationRepository::Owed& owed : ObligationRepository(m_db).owedBy(unitCode)) {
        if (owed.obligation.id != obligationId)
            continue;
        const auto due = deadlines::dueIn(owed.obligation, owed.plan, periodYear);
        if (!due)
            return std::nullopt;
        return makeEntry(ReturnRepository(m_db), *unit, owed, periodYear, *due, today,
                         RecordRevisions(m_db));
    }
    return std::nullopt;
}

QList<ReturnEntry> ReturnsService::owedBy(const QString& unitCode, int year,
                                          const QDate& today) const {
    QList<ReturnEntry> out;
    const auto unit = UnitRepository(m_db).find(unitCode);
    if (!unit)
        return out;
    const ReturnRepository returns(m_db);
    // Children-scope obligations first (what goes up to the parent), then the unit's own.
    for (ObligationScope scope : {ObligationScope::Children, ObligationScope::Self}) {
        // A root unit owes no parent: its Children-scope obligations are its children's.
        if (scope == ObligationScope::Children && unit->parentCode.isEmpty())
            continue;
        for (const ObligationRepository::Owed& owed : ObligationRepository(m_db).owedBy(unitCode)) {
            if (owed.obligation.scope != scope)
                continue;
            if (const auto due = deadlines::dueIn(owed.obligation, owed.plan, year))
                out << makeEntry(returns, *unit, owed, year, *due, today, RecordRevisions(m_db));
        }
    }
    return out;
}

QList<ReturnEntry> ReturnsService::outstandingForOffice(const QString& officeCode,
                                                        const QDate& today, int horizonDays) const {
    QList<ReturnEntry> out = outstanding(officeCode, today, horizonDays);
    // Returns due before the office started tracking them here (启用日期, migration 15) are
    // history it never kept in Yufang, not its backlog.
    const std::optional<QDate> since = TrackingRepository(m_db).trackedSince(officeCode);
    if (since)
        out.removeIf([&](const ReturnEntry& e) { return e.due < *since; });
    const auto unit = UnitRepository(m_db).find(officeCode);
    if (!unit || unit->parentCode.isEmpty())
        return out; // the root owes no parent; its Self obligations are in outstanding()
    const QDate horizon = today.addDays(horizonDays);
    const ReturnRepository returns(m_db);
    for (const ObligationRepository::Owed& owed : ObligationRepository(m_db).owedBy(officeCode)) {
        if (owed.obligation.scope != ObligationScope::Children)
            continue;
        for (int year : deadlines::periodYears(owed.obligation, owed.plan)) {
            const auto due = deadlines::dueIn(owed.obligation, owed.plan, year);
            if (!due || *due > horizon || (since && *due < *since))
                continue;
            const ReturnEntry e =
                makeEntry(returns, *unit, owed, year, *due, today, RecordRevisions(m_db));
            if (e.status == ReturnStatus::NotSubmitted || e.status == ReturnStatus::Overdue ||
                e.status == ReturnStatus::Returned)
                out << e;
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ReturnEntry& a, const ReturnEntry& b) { return a.due < b.due; });
    return out;
}

bool ReturnsService::writeWithinTransaction(const ReturnRecord& before, bool existed,
                                            const ReturnRecord& after, const ReturnEntry& entry,
                                            const QString& reason, QString* error) {
    RevisionTicket ticket{entry.revision, {}};
    if (!ReturnRepository(m_db).upsert(after, error, &ticket))
        return false;
    AuditEvent e;
    e.action = audit::kReturnStatus;
    e.unitCode = after.unitCode;
    e.year = after.periodYear;
    e.entity = entry.obligation.code;
    e.field = QStringLiteral("status");
    e.oldValue = stateText(existed, before);
    e.newValue = returnStateKey(after.state);
    e.reason = reason;
    if (!AuditLog(m_db).append(e, error))
        return false;
    // The form the obligation names follows the return: accepted locks it, anything else
    // leaves it open.
    const int formYear = entry.annexYear();
    if (formYear == 0)
        return true;
    FormLocks locks(m_db);
    if (after.state == ReturnRecord::State::Accepted)
        return locks.lockWithinTransaction(
            entry.formCode(), after.unitCode, formYear,
            Text::tr("return accepted: %1").arg(entry.obligation.title), error);
    if (existed && before.state == ReturnRecord::State::Accepted)
        return locks.unlockWithinTransaction(entry.formCode(), after.unitCode, formYear, reason,
                                             error);
    return true;
}

bool ReturnsService::transition(
    const QString& unitCode, qint64 obligationId, int periodYear, QString* error,
    const std::function<bool(ReturnRecord&, const ReturnEntry&, QString*)>& change,
    const QString& reason) {
    auto current = entry(unitCode, obligationId, periodYear, QDate::currentDate());
    if (!current) {
        if (error)
            *error = Text::tr("%1 owes no such return for %2").arg(unitCode).arg(periodYear);
        return false;
    }
    // What the clerk saw, when the board told us; else what was just read.
    if (m_loadedRevision)
        current->revision = *m_loadedRevision;
    const bool existed = current->record.has_value();
    ReturnRecord before = existed ? *current->record : ReturnRecord{};
    ReturnRecord after = before;
    after.unitCode = unitCode;
    after.obligationId = obligationId;
    after.periodYear = periodYear;
    if (!change(after, *current, error))
        return false;
    if (!beginWrite(m_db, error))
        return false;
    if (!writeWithinTransaction(before, existed, after, *current, reason, error) ||
        !m_db.commit()) {
        if (error && error->isEmpty())
            *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

bool ReturnsService::markReceived(const QString& unitCode, qint64 obligationId, int periodYear,
                                  const QDate& receivedOn, const QString& note, QString* error) {
    return transition(
        unitCode, obligationId, periodYear, error,
        [&](ReturnRecord& r, const ReturnEntry& e, QString* why) {
            if (e.status == ReturnStatus::Accepted) {
                if (why)
                    *why =
                        Text::tr(
                            "%1 %2 is accepted already; unlock it before recording a new arrival")
                            .arg(e.unit.name, e.obligation.title);
                return false;
            }
            r.state = ReturnRecord::State::Submitted;
            r.receivedOn = receivedOn.isValid() ? receivedOn : QDate::currentDate();
            r.receivedBy = databaseAccount(m_db);
            r.sourceFile.clear();
            r.sha256.clear();
            r.note = note;
            return true;
        },
        note);
}

namespace {
// 已报送 → 已审核: the one rule of acceptance, for one return or many.
bool acceptChange(ReturnRecord& r, const ReturnEntry& e, const QString& account, QString* why) {
    if (e.status != ReturnStatus::Submitted) {
        if (why)
            *why = Text::tr("only a submitted return can be accepted (%1 %2 is %3)")
                       .arg(e.unit.name, e.obligation.title, returnStatusCaption(e.status));
        return false;
    }
    r.state = ReturnRecord::State::Accepted;
    r.acceptedBy = account;
    r.acceptedAt = QDateTime::currentDateTimeUtc();
    return true;
}
} // namespace

bool ReturnsService::accept(const QString& unitCode, qint64 obligationId, int periodYear,
                            QString* error) {
    const QString account = databaseAccount(m_db);
    return transition(unitCode, obligationId, periodYear, error,
                      [&](ReturnRecord& r, const ReturnEntry& e, QString* why) {
                          return acceptChange(r, e, account, why);
                      },
                      {});
}

bool ReturnsService::acceptAll(const QList<ReturnKey>& keys, const QString& reason,
                               QString* error) {
    const QString account = databaseAccount(m_db);
    return inTransaction(m_db, error, [&] {
        for (const ReturnKey& key : keys) {
            auto current =
                entry(key.unitCode, key.obligationId, key.periodYear, QDate::currentDate());
            if (current && key.loadedRevision)
                current->revision = *key.loadedRevision;
            if (!current) {
                if (error)
                    *error = Text::tr("%1 owes no such return for %2")
                                 .arg(key.unitCode)
                                 .arg(key.periodYear);
                return false;
            }
            const ReturnRecord before = current->record.value_or(ReturnRecord{});
            ReturnRecord after = before;
            if (!acceptChange(after, *current, account, error) ||
                !writeWithinTransaction(before, current->record.has_value(), after, *current,
                                        reason.trimmed(), error))
                return false;
        }
        return true;
    });
}

bool ReturnsService::correctReceivedOn(const ReturnKey& key, const QDate& receivedOn,
                                       const QString& reason, const QDate& today, QString* error) {
    const auto current = entry(key.unitCode, key.obligationId, key.periodYear, today);
    RevisionTicket ticket{current ? key.loadedRevision.value_or(current->revision) : 0, {}};
    auto refuse = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!current || !current->record)
        return refuse(Text::tr("nothing has been received for this return, so there is no "
                               "receipt date to correct"));
    if (!receivedOn.isValid() || receivedOn > today)
        return refuse(Text::tr("the receipt date %1 is after today (%2)")
                          .arg(receivedOn.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    if (reason.trimmed().isEmpty())
        return refuse(Text::tr("say why the receipt date is corrected"));
    ReturnRecord after = *current->record;
    if (after.receivedOn == receivedOn)
        return true;
    after.receivedOn = receivedOn;
    return inTransaction(m_db, error, [&] {
        AuditEvent e;
        e.action = audit::kReturnReceivedOn;
        e.unitCode = after.unitCode;
        e.year = after.periodYear;
        e.entity = current->obligation.code;
        e.field = QStringLiteral("received_on");
        e.oldValue = current->record->receivedOn.toString(Qt::ISODate);
        e.newValue = receivedOn.toString(Qt::ISODate);
        e.reason = reason.trimmed();
        return ReturnRepository(m_db).upsert(after, error, &ticket) &&
               AuditLog(m_db).append(e, error);
    });
}

bool ReturnsService::sendBack(const QString& unitCode, qint64 obligationId, int periodYear,
                              const QString& reason, QString* error) {
    return transition(
        unitCode, obligationId, periodYear, error,
        [&](ReturnRecord& r, const ReturnEntry& e, QString* why) {
            if (e.status != ReturnStatus::Submitted && e.status != ReturnStatus::Accepted) {
                if (why)
                    *why = Text::tr(
                               "only a submitted or accepted return can be sent back (%1 %2 is %3)")
                               .arg(e.unit.name, e.obligation.title, returnStatusCaption(e.status));
                return false;
            }
            if (reason.trimmed().isEmpty()) {
                if (why)
                    *why = Text::tr("say what needs correcting");
                return false;
            }
            r.state = ReturnRecord::State::Returned;
            r.note = reason.trimmed();
            r.acceptedBy.clear();
            r.acceptedAt = {};
            return true;
        },
        reason.trimmed());
}

bool ReturnsService::unlock(const QString& unitCode, qint64 obligationId, int periodYear,
                            const QString& reason, QString* error) {
    return transition(
        unitCode, obligationId, periodYear, error,
        [&](ReturnRecord& r, const ReturnEntry& e, QString* why) {
            if (e.status != ReturnStatus::Accepted) {
                if (why)
                    *why = Text::tr("%1 %2 is not accepted, so there is nothing to unlock")
                               .arg(e.unit.name, e.obligation.title);
                return false;
            }
            if (reason.trimmed().isEmpty()) {
                if (why)
                    *why = Text::tr("unlocking a form needs a reason");
                return false;
            }
            r.state = ReturnRecord::State::Submitted;
            r.acceptedBy.clear();
            r.acceptedAt = {};
            return true;
        },
        reason.trimmed());
}

bool ReturnsService::unlockForm(const QString& formCode, const QString& unitCode, int year,
                                const QString& reason, QString* error) {
    if (reason.trimmed().isEmpty()) {
        if (error)
            *error = Text::tr("unlocking a form needs a reason");
        return false;
    }
    // An accepted return of this form goes back to 已报送 (and unlocks the form with it).
    for (const ObligationRepository::Owed& owed : ObligationRepository(m_db).owedBy(unitCode)) {
        if (owed.obligation.annexKind == AnnexKind::None ||
            owed.obligation.formCode != obligationFormCode(formCode))
            continue;
        const auto period = deadlines::periodYearForAnnex(owed.obligation, owed.plan, year);
        if (!period)
            continue;
        const auto record = ReturnRepository(m_db).find(unitCode, owed.obligation.id, *period);
        if (record && record->state == ReturnRecord::State::Accepted)
            return unlock(unitCode, owed.obligation.id, *period, reason, error);
    }
    if (!beginWrite(m_db, error))
        return false;
    if (!FormLocks(m_db).unlockWithinTransaction(formCode, unitCode, year, reason.trimmed(),
                                                 error) ||
        !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    return true;
}

bool ReturnsService::importRecordsReturn(const QString& unitCode, const QString& formCode) const {
    const QString owedForm = obligationFormCode(formCode);
    for (const ObligationRepository::Owed& owed : ObligationRepository(m_db).owedBy(unitCode))
        if (owed.obligation.scope == ObligationScope::Children &&
            owed.obligation.annexKind != AnnexKind::None && owed.obligation.formCode == owedForm)
            return true;
    return false;
}

bool ReturnsService::recordFormImportWithinTransaction(const QString& unitCode,
                                                       const QString& formCode, int formYear,
                                                       const QString& file, const QString& sha256,
                                                       const QDate& receivedOn,
                                                       std::optional<Obligation>* recorded,
                                                       QString* error) {
    return recordImportWithinTransaction(unitCode, formCode, formYear, file, sha256, receivedOn,
                                         recorded, error);
}

bool ReturnsService::recordImportWithinTransaction(const QString& unitCode, const QString& formCode,
                                                   int annexYear, const QString& file,
                                                   const QString& sha256, const QDate& receivedOn,
                                                   std::optional<Obligation>* recorded,
                                                   QString* error) {
    if (recorded)
        recorded->reset();
    for (const ObligationRepository::Owed& owed : ObligationRepository(m_db).owedBy(unitCode)) {
        if (owed.obligation.scope != ObligationScope::Children ||
            owed.obligation.formCode != formCode)
            continue;
        const auto period = deadlines::periodYearForAnnex(owed.obligation, owed.plan, annexYear);
        if (!period)
            continue;
        const auto current = entry(unitCode, owed.obligation.id, *period, receivedOn);
        if (!current)
            continue;
        const bool existed = current->record.has_value();
        const ReturnRecord before = existed ? *current->record : ReturnRecord{};
        ReturnRecord after = before;
        after.unitCode = unitCode;
        after.obligationId = owed.obligation.id;
        after.periodYear = *period;
        after.state = ReturnRecord::State::Submitted;
        after.receivedOn = receivedOn;
        after.receivedBy = databaseAccount(m_db);
        after.sourceFile = file;
        after.sha256 = sha256;
        after.acceptedBy.clear();
        after.acceptedAt = {};
        if (!writeWithinTransaction(before, existed, after, *current,
                                    Text::tr("imported from %1").arg(file), error))
            return false;
        if (recorded)
            *recorded = owed.obligation;
        return true;
    }
    return true;
}

QStringList returnsCsvHeader() {
    return {QStringLiteral("单位代码"), QStringLiteral("单位名称"), QStringLiteral("报送事项"),
            QStringLiteral("报送对象"), QStringLiteral("截止日期"), QStringLiteral("状态"),
            QStringLiteral("逾期"),     QStringLiteral("接收日期"), QStringLiteral("接收人"),
            QStringLiteral("来源文件"), QStringLiteral("SHA-256"),  QStringLiteral("审核人"),
            QStringLiteral("审核时间"), QStringLiteral("备注")};
}

void writeReturns(TableSink& w, const QList<ReturnEntry>& entries) {
    w.addHeaderRow(returnsCsvHeader());
    for (const ReturnEntry& e : entries) {
        const ReturnRecord r = e.record.value_or(ReturnRecord{});
        w.addRow(
            {CsvField::str(e.unit.code), CsvField::str(e.unit.name),
             CsvField::str(e.obligation.title), CsvField::str(e.obligation.recipient),
             CsvField::day(e.due), CsvField::str(returnStatusOfficialName(e.status)),
             CsvField::str(e.late ? QStringLiteral("是") : QStringLiteral("否")),
             CsvField::day(r.receivedOn), CsvField::str(r.receivedBy), CsvField::str(r.sourceFile),
             CsvField::str(r.sha256), CsvField::str(r.acceptedBy),
             CsvField::str(r.acceptedAt.isValid() ? r.acceptedAt.toString(Qt::ISODate) : QString()),
             CsvField::str(r.note)});
    }
}

QString returnsCsv(const QList<ReturnEntry>& entries) {
    CsvWriter w;
    writeReturns(w, entries);
    return w.text();
}

} // namespace yufang
