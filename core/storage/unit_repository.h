#pragma once

#include "domain/unit.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace yufang {

// "WITH RECURSIVE sub(code) AS (…) ": the codes of the unit bound to :unit and of every unit
// below it, for a query that goes on to JOIN sub. Consolidation is one such query over counts.
QString subtreeCte();

class UnitRepository {
public:
    explicit UnitRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<Unit> all() const; // parents before children, in tree order of insertion
    std::optional<Unit> find(const QString& code) const;
    QList<Unit> children(const QString& code) const;
    // Codes of the unit and everything below it.
    QStringList subtreeCodes(const QString& code) const;
    bool hasChildren(const QString& code) const;
    // The plan the unit follows in the year: its own, else the nearest ancestor's, a plan it
    // follows from a year taking over from that year on (domain/plan_assignment); 0 when none.
    // year 0: the plan it follows now (its latest).
    qint64 effectivePlanId(const QString& code, int year = 0) const;
    // The plans the unit itself follows from a year on (from year → plan id).
    QMap<int, qint64> planPeriods(const QString& code) const;

    // A unit code or an exact unit name (the CLI's U); empty when neither.
    std::optional<Unit> resolve(const QString& codeOrName) const;

    // Resolves free text such as 填报单位 "临沂市兰山区人力资源和社会保障局" to 兰山区: the most
    // specific unit whose name (or name without its 省/市/区/县 suffix) the text names. Sets
    // *ambiguous with the candidates when more than one unit fits equally well.
    std::optional<Unit> resolveReportingName(const QString& text,
                                             QStringList* ambiguous = nullptr) const;

    bool add(const Unit& unit, QString* error);

private:
    QSqlDatabase m_db;
};

} // namespace yufang
