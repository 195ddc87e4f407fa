#pragma once

#include "plan.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace yufang {

// Who owes a return under a plan's obligation.
enum class ObligationScope {
    Children, // the units directly below a unit that follows the plan (各县区 → 市, 各市 → 省)
    Self, // the units that own the plan themselves (the province to the ministry)
};
enum class Recurrence { Once, Yearly };
// Which annex import counts as the return: the baseline year's form satisfies the baseline
// survey, a later year's form the annual report of that year; None for documents.
enum class AnnexKind { None, Baseline, Annual };

QString obligationScopeKey(ObligationScope s);
ObligationScope obligationScopeFromKey(const QString& key);
QString recurrenceKey(Recurrence r);
Recurrence recurrenceFromKey(const QString& key);
QString annexKindKey(AnnexKind k);
AnnexKind annexKindFromKey(const QString& key);

// The form code an obligation stores for a form of its plan (Obligation::formCode): the annex
// (definition code "annex") is the empty code, any other form its own code; the form engine's
// importer records a return under it (ReturnsService::recordFormImportWithinTransaction).
QString obligationFormCode(const QString& formDefinitionCode);

// A reporting obligation of a plan (报送要求), as data from the presets or typed in.
struct Obligation {
    qint64 id = 0;
    qint64 planId = 0;
    QString code;  // stable key within the plan: "local-plan", "baseline-survey", "annual-report"
    QString title; // 具体实施方案, 摸底情况, 年度工作情况报告
    ObligationScope scope = ObligationScope::Children;
    Recurrence recurrence = Recurrence::Once;
    QDate dueDate;     // Once
    int dueMonth = 12; // Yearly
    int dueDay = 31;
    QString recipient; // 市人力资源和社会保障局, 人力资源社会保障部, ...
    AnnexKind annexKind = AnnexKind::None;
    int position = 0;
    // With annexKind: the form (form engine) whose import counts as this return; empty: the
    // annex (重点行业企业基本情况表). Without annexKind no import counts, whatever it names.
    QString formCode;
    bool operator==(const Obligation&) const = default;
};

// Deadline arithmetic. Every function takes the dates it needs: no wall clock in here.
namespace deadlines {
// The deadline falling in `year`, if any: a Once obligation in the year of its date; a Yearly
// one in every year of the plan's period (start..end). 02-29 falls on 02-28 in common years.
std::optional<QDate> dueIn(const Obligation& o, const Plan& plan, int year);
// Years that carry a deadline, ascending.
QList<int> periodYears(const Obligation& o, const Plan& plan);
// Days from today to the deadline: negative once it has passed, 0 on the day itself.
qint64 daysLeft(const QDate& due, const QDate& today);
// Late means the day after the deadline: a return on the due day is on time.
bool isOverdue(const QDate& due, const QDate& today);
bool isLate(const QDate& due, const QDate& receivedOn);
// The form year an annex-kind obligation is about for a period year, and back.
int annexYearOf(const Obligation& o, const Plan& plan, int periodYear);
std::optional<int> periodYearForAnnex(const Obligation& o, const Plan& plan, int annexYear);
} // namespace deadlines

} // namespace yufang
