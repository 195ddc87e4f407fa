#include "obligation.h"

namespace yufang {

QString obligationScopeKey(ObligationScope s) {
    return s == ObligationScope::Self ? QStringLiteral("self") : QStringLiteral("children");
}
ObligationScope obligationScopeFromKey(const QString& key) {
    return key == QLatin1String("self") ? ObligationScope::Self : ObligationScope::Children;
}
QString recurrenceKey(Recurrence r) {
    return r == Recurrence::Yearly ? QStringLiteral("yearly") : QStringLiteral("once");
}
Recurrence recurrenceFromKey(const QString& key) {
    return key == QLatin1String("yearly") ? Recurrence::Yearly : Recurrence::Once;
}
QString annexKindKey(AnnexKind k) {
    switch (k) {
    case AnnexKind::Baseline:
        return QStringLiteral("baseline");
    case AnnexKind::Annual:
        return QStringLiteral("annual");
    case AnnexKind::None:
        break;
    }
    return {};
}
AnnexKind annexKindFromKey(const QString& key) {
    if (key == QLatin1String("baseline"))
        return AnnexKind::Baseline;
    if (key == QLatin1String("annual"))
        return AnnexKind::Annual;
    return AnnexKind::None;
}

QString obligationFormCode(const QString& formDefinitionCode) {
    return formDefinitionCode == QLatin1String("annex") ? QString() : formDefinitionCode;
}

namespace deadlines {

std::optional<QDate> dueIn(const Obligation& o, const Plan& plan, int year) {
    if (o.recurrence == Recurrence::Once) {
        if (o.dueDate.isValid() && o.dueDate.year() == year)
            return o.dueDate;
        return std::nullopt;
    }
    if (year < plan.startYear || year > plan.endYear || o.dueMonth < 1 || o.dueMonth > 12)
        return std::nullopt;
    const int day = qBound(1, o.dueDay, QDate(year, o.dueMonth, 1).daysInMonth());
    return QDate(year, o.dueMonth, day);
}

QList<int> periodYears(const Obligation& o, const Plan& plan) {
    QList<int> out;
    if (o.recurrence == Recurrence::Once) {
        if (o.dueDate.isValid())
            out << o.dueDate.year();
        return out;
    }
    for (int y = plan.startYear; y <= plan.endYear; ++y)
        out << y;
    return out;
}

qint64 daysLeft(const QDate& due, const QDate& today) {
    return today.daysTo(due);
}

bool isOverdue(const QDate& due, const QDate& today) {
    return due.isValid() && today > due;
}

bool isLate(const QDate& due, const QDate& receivedOn) {
    return due.isValid() && receivedOn.isValid() && receivedOn > due;
}

int annexYearOf(const Obligation& o, const Plan& plan, int periodYear) {
    return o.annexKind == AnnexKind::Baseline ? plan.baselineYear : periodYear;
}

std::optional<int> periodYearForAnnex(const Obligation& o, const Plan& plan, int annexYear) {
    switch (o.annexKind) {
    case AnnexKind::Baseline:
        if (annexYear == plan.baselineYear && !periodYears(o, plan).isEmpty())
            return periodYears(o, plan).first();
        return std::nullopt;
    case AnnexKind::Annual:
        if (annexYear != plan.baselineYear && dueIn(o, plan, annexYear))
            return annexYear;
        return std::nullopt;
    case AnnexKind::None:
        break;
    }
    return std::nullopt;
}

} // namespace deadlines
} // namespace yufang
