#pragma once

#include "io/csv_writer.h"
#include "report/report_document.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace yufang {

// Follow-up of one uninsured enterprise in the insurance-expansion campaign (专项扩面行动).
enum class FollowUpStatus { None, Notified, Deadline, Insured };

QString followUpStatusKey(FollowUpStatus status);     // "", "notified", "deadline", "insured"
QString followUpStatusCaption(FollowUpStatus status); // "", 已通知, 限期, 已参保
// Key or caption (any case); false when neither.
bool parseFollowUpStatus(const QString& text, FollowUpStatus* out);

struct FollowUp {
    FollowUpStatus status = FollowUpStatus::None;
    QDate date; // notified on, deadline, or insured on
    QString note;
};

struct UninsuredEnterprise {
    QString unitCode;
    QString unitName;
    QString industry;
    QString enterpriseName;
    QString creditCode;
    qint64 employees = 0;
    FollowUp followUp;
};

// Enterprises with employees and no insured persons in a subtree and year, by unit and
// industry, with their follow-up (stored per credit code and unit, across years).
class UninsuredList {
public:
    explicit UninsuredList(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<UninsuredEnterprise> list(const QString& unitCode, int year) const;
    // Insured needs a date; None removes the follow-up.
    bool setFollowUp(const QString& creditCode, const QString& unitCode, const FollowUp& followUp,
                     QString* error) const;

    static void write(TableSink& sink, const QList<UninsuredEnterprise>& list);
    static QByteArray csv(const QList<UninsuredEnterprise>& list, CsvEncoding encoding);
    static ReportDocument report(const QList<UninsuredEnterprise>& list, const QString& unitName,
                                 int year);

private:
    QSqlDatabase m_db;
};

} // namespace yufang
