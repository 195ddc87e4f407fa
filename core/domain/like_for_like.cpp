#include "like_for_like.h"

#include "status_glossary.h"

#include <QCoreApplication>
#include <QHash>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(LikeForLike)
};

bool reported(const UnitReturn& u) {
    return u.hasChildren ? u.hasFigures : u.hasForm;
}

void addRows(AnnexTable& sum, const AnnexTable& own) {
    for (const AnnexRow& row : own.rows) {
        if (row.counts.isEmpty())
            continue;
        AnnexRow* target = nullptr;
        for (AnnexRow& r : sum.rows)
            if (r.industry == row.industry)
                target = &r;
        if (!target) {
            sum.rows.append(AnnexRow{row.industry, row.local, {}, {}});
            target = &sum.rows.last();
        }
        target->counts += row.counts;
    }
}
} // namespace

bool ReportingCoverage::meets(int thresholdPercent) const {
    if (expected <= 0)
        return false;
    return qint64(matched) * 100 >= qint64(thresholdPercent) * expected;
}

QString ReportingCoverage::officialText() const {
    using namespace glossary;
    return QStringLiteral("%1%2，%3：%4年%5，%6年%7")
        .arg(officialName(Term::Expected))
        .arg(expected)
        .arg(officialName(Term::Reported))
        .arg(baselineYear)
        .arg(reportedBaseline)
        .arg(year)
        .arg(reportedYear);
}

QString ReportingCoverage::text() const {
    if (year == baselineYear)
        return Text::tr("%1 %2, %3 %4")
            .arg(glossary::label(glossary::Term::Expected))
            .arg(expected)
            .arg(glossary::label(glossary::Term::Reported))
            .arg(reportedYear);
    return Text::tr("%1 %2, %3: %4 in %5, %6 in %7")
        .arg(glossary::label(glossary::Term::Expected))
        .arg(expected)
        .arg(glossary::label(glossary::Term::Reported))
        .arg(reportedBaseline)
        .arg(baselineYear)
        .arg(reportedYear)
        .arg(year);
}

QString ReportingCoverage::matchedText() const {
    return QStringLiteral("%1/%2").arg(matched).arg(expected);
}

namespace like_for_like {

MatchedUnits match(const QList<UnitReturn>& baseline, const QList<UnitReturn>& year,
                   int baselineYear, int thisYear) {
    MatchedUnits out;
    ReportingCoverage& c = out.coverage;
    c.baselineYear = baselineYear;
    c.year = thisYear;
    QHash<QString, const UnitReturn*> inYear;
    for (const UnitReturn& u : year)
        inYear.insert(u.code, &u);
    for (const UnitReturn& b : baseline) {
        const UnitReturn* y = inYear.value(b.code);
        if (!y)
            continue;
        // A unit with sub-units reports for itself only with figures of its own, in either year.
        const bool expected = !b.hasChildren || b.hasFigures || y->hasFigures;
        if (!expected)
            continue;
        ++c.expected;
        const bool inBase = reported(b), inThis = reported(*y);
        c.reportedBaseline += inBase ? 1 : 0;
        c.reportedYear += inThis ? 1 : 0;
        if (!inBase)
            c.missingBaseline << b.name;
        if (!inThis)
            c.missingYear << b.name;
        if (inBase && inThis) {
            ++c.matched;
            out.codes << b.code;
        }
    }
    return out;
}

UnitReturn returnOf(const UnitYear& unit) {
    return UnitReturn{unit.code, unit.name, unit.hasChildren, unit.hasForm, unit.own.hasFigures()};
}

LikeForLike apply(const QList<UnitYear>& baseline, const QList<UnitYear>& year, int baselineYear,
                  int thisYear) {
    QList<UnitReturn> b, y;
    QHash<QString, const UnitYear*> ownBase, ownYear;
    for (const UnitYear& u : baseline) {
        b << returnOf(u);
        ownBase.insert(u.code, &u);
    }
    for (const UnitYear& u : year) {
        y << returnOf(u);
        ownYear.insert(u.code, &u);
    }
    const MatchedUnits m = match(b, y, baselineYear, thisYear);
    LikeForLike out;
    out.coverage = m.coverage;
    out.baseline.year = baselineYear;
    out.year.year = thisYear;
    for (const QString& code : m.codes) {
        addRows(out.baseline, ownBase.value(code)->own);
        addRows(out.year, ownYear.value(code)->own);
    }
    return out;
}

} // namespace like_for_like
} // namespace yufang
