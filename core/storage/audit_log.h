#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace yufang {

// Canonical action keys of the trail (stored untranslated; auditActionCaption() for display).
namespace audit {
inline const QString kAnnexCell = QStringLiteral("annex.cell");
inline const QString kAnnexMeta = QStringLiteral("annex.meta");
inline const QString kAnnexRowAdded = QStringLiteral("annex.row_added");
inline const QString kAnnexRowRemoved = QStringLiteral("annex.row_removed");
inline const QString kReturnStatus = QStringLiteral("return.status");
inline const QString kReturnReceivedOn = QStringLiteral("return.received_on");
inline const QString kConsolidatedMeta = QStringLiteral("annex.consolidated_meta");
// A field of a parent's signature on its consolidated form (any form but the annex, whose
// events keep kConsolidatedMeta); entity: the form's code.
inline const QString kFormSignature = QStringLiteral("form.signature");
inline const QString kAnnexLocked = QStringLiteral("annex.locked");
inline const QString kAnnexUnlocked = QStringLiteral("annex.unlocked");
// A save that replaced a newer change on purpose (record_revisions.h); the reason says why.
inline const QString kRecordOverwritten = QStringLiteral("record.overwritten");
// The form engine: a unit's form saved or imported (entity: the form code), a plan's form
// definition added, changed or removed (entity: plan code/form code).
inline const QString kFormSaved = QStringLiteral("form.saved");
inline const QString kFormImported = QStringLiteral("form.imported");
inline const QString kFormDefinition = QStringLiteral("form.definition");
// Any form but the 基本情况表 (whose events keep their annex.* actions): one changed value, a
// changed header or footer field, a local row added or removed (entity: "FORM/ROW", or the form
// code for a field; FormHistory), and the form locked or unlocked (entity: the form code;
// FormLocks).
inline const QString kFormCell = QStringLiteral("form.cell");
inline const QString kFormField = QStringLiteral("form.field");
inline const QString kFormRowAdded = QStringLiteral("form.row_added");
inline const QString kFormRowRemoved = QStringLiteral("form.row_removed");
inline const QString kFormLocked = QStringLiteral("form.locked");
inline const QString kFormUnlocked = QStringLiteral("form.unlocked");
} // namespace audit

// One recorded change: when, who (databaseAccount(): the login on a server), what from what to
// what, why.
struct AuditEvent {
    qint64 id = 0;
    QDateTime when; // UTC
    QString account;
    QString action;
    QString unitCode;
    int year = 0;   // 0: not about one year
    QString entity; // the industry, obligation code, ...
    QString field;  // canonical key
    QString oldValue;
    QString newValue;
    QString reason;
};

struct AuditFilter {
    QString unitCode; // empty: every unit; otherwise the unit and everything below it
    int year = 0;     // 0: every year
    QDate from;       // local dates, inclusive; invalid: open
    QDate to;
};

QString auditActionCaption(const QString& action);

// The append-only audit trail. There is deliberately no update or delete here, and the schema
// refuses both with a trigger (sql_dialect): corrections are new events.
class AuditLog {
public:
    explicit AuditLog(QSqlDatabase db) : m_db(std::move(db)) {}

    // Appends in the caller's transaction, so the event lands with the change or not at all.
    // An empty `when` or `account` is filled with now and databaseAccount(). The INSERT is
    // prepared once per AuditLog: keep one for a batch (deriving a province's forms records
    // thousands of events).
    bool append(AuditEvent event, QString* error);
    bool append(const QList<AuditEvent>& events, QString* error);

    // Oldest first.
    QList<AuditEvent> events(const AuditFilter& filter = {}) const;

private:
    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_insert;
};

QStringList auditCsvHeader();
// CSV text (write with encodeCsv) with a header row: time (UTC), account, action, unit code,
// unit name, year, entity, field, old value, new value, reason.
class TableSink; // io/table_sink
void writeAudit(TableSink& sink, const QList<AuditEvent>& events, const QSqlDatabase& db);
QString auditCsv(const QList<AuditEvent>& events, const QSqlDatabase& db);

} // namespace yufang
