#include "unit_repository.h"

#include "domain/plan_assignment.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {
const QString kColumns = QStringLiteral("code, name, level, parent_code, plan_id");

Unit fromQuery(const QSqlQuery& q) {
    Unit u;
    u.code = q.value(0).toString();
    u.name = q.value(1).toString();
    u.level = unitLevelFromKey(q.value(2).toString());
    u.parentCode = q.value(3).toString();
    u.planId = q.value(4).toLongLong();
    return u;
}

// Words that name the bureau rather than the place, removed before matching.
const QStringList kBureauWords = {
    QStringLiteral("人力资源和社会保障局"),
    QStringLiteral("人力资源和社会保障厅"),
    QStringLiteral("人力资源社会保障局"),
    QStringLiteral("人力资源社会保障厅"),
    QStringLiteral("人社局"),
    QStringLiteral("人社厅"),
    QStringLiteral("社会保险事业中心"),
    QStringLiteral("社会保险中心"),
};

QString shortName(const QString& name) {
    static const QStringList suffixes = {QStringLiteral("省"), QStringLiteral("市"),
                                         QStringLiteral("区"), QStringLiteral("县")};
    for (const QString& s : suffixes)
        if (name.size() > 2 && name.endsWith(s))
            return name.chopped(1);
    return name;
}
} // namespace

QList<Unit> UnitRepository::all() const {
    QList<Unit> out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT %1 FROM unit ORDER BY position, code").arg(kColumns));
    while (q.next())
        out << fromQuery(q);
    return out;
}

std::optional<Unit> UnitRepository::find(const QString& code) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM unit WHERE code = ?").arg(kColumns));
    q.addBindValue(code);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QList<Unit> UnitRepository::children(const QString& code) const {
    QList<Unit> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM unit WHERE parent_code = ? ORDER BY position, code")
                  .arg(kColumns));
    q.addBindValue(code);
    q.exec();
    while (q.next())
        out << fromQuery(q);
    return out;
}

QString subtreeCte() {
    return QStringLiteral(
        "WITH RECURSIVE sub(code) AS (SELECT code FROM unit WHERE code = :unit"
        " UNION ALL SELECT u.code FROM unit u JOIN sub ON u.parent_code = sub.code) ");
}

QStringList UnitRepository::subtreeCodes(const QString& code) const {
    QStringList out;
    QSqlQuery q(m_db);
    q.prepare(subtreeCte() + QStringLiteral("SELECT code FROM sub"));
    q.bindValue(QStringLiteral(":unit"), code);
    q.exec();
    while (q.next())
        out << q.value(0).toString();
    return out;
}

bool UnitRepository::hasChildren(const QString& code) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM unit WHERE parent_code = ? LIMIT 1"));
    q.addBindValue(code);
    return q.exec() && q.next();
}

qint64 UnitRepository::effectivePlanId(const QString& code, int year) const {
    // Two small queries per level walked; the rule itself is plan_assignment's.
    QHash<QString, UnitPlanLinks> read;
    QSqlQuery q(m_db);
    return plan_assignment::effectivePlanId(
        code, year, [&](const QString& unitCode) -> const UnitPlanLinks* {
            q.prepare(QStringLiteral("SELECT parent_code, plan_id FROM unit WHERE code = ?"));
            q.addBindValue(unitCode);
            if (!q.exec() || !q.next())
                return nullptr;
            UnitPlanLinks links{q.value(0).toString(), q.value(1).toLongLong(), {}};
            q.prepare(QStringLiteral(
                "SELECT from_year, plan_id FROM unit_plan_period WHERE unit_code = ?"));
            q.addBindValue(unitCode);
            q.exec();
            while (q.next())
                links.fromYears.insert(q.value(0).toInt(), q.value(1).toLongLong());
            return &*read.insert(unitCode, links);
        });
}

QMap<int, qint64> UnitRepository::planPeriods(const QString& code) const {
    QMap<int, qint64> out;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT from_year, plan_id FROM unit_plan_period WHERE unit_code = ?"));
    q.addBindValue(code);
    q.exec();
    while (q.next())
        out.insert(q.value(0).toInt(), q.value(1).toLongLong());
    return out;
}

std::optional<Unit> UnitRepository::resolve(const QString& codeOrName) const {
    const QString key = codeOrName.trimmed();
    if (auto byCode = find(key))
        return byCode;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM unit WHERE name = ?").arg(kColumns));
    q.addBindValue(key);
    if (q.exec() && q.next()) {
        const Unit u = fromQuery(q);
        if (!q.next())
            return u; // an exact name shared by two units is not a resolution
    }
    return std::nullopt;
}

std::optional<Unit> UnitRepository::resolveReportingName(const QString& text,
                                                         QStringList* ambiguous) const {
    QString place = text;
    place.remove(QRegularExpression(QStringLiteral("\\s")));
    if (auto exact = resolve(place))
        return exact;
    for (const QString& word : kBureauWords)
        place.remove(word);
    if (place.isEmpty())
        return std::nullopt;
    if (auto exact = resolve(place))
        return exact;

    const QList<Unit> units = all();
    QHash<QString, Unit> byCode;
    QList<Unit> candidates;
    for (const Unit& u : units) {
        byCode.insert(u.code, u);
        if (place.contains(u.name) || place.contains(shortName(u.name)))
            candidates << u;
    }
    // 临沂市兰山区 names both 临沂市 and 兰山区: keep only the most specific, i.e. drop every
    // candidate that is an ancestor of another candidate.
    QSet<QString> ancestors;
    for (const Unit& c : candidates) {
        QString parent = c.parentCode;
        QSet<QString> seen;
        while (!parent.isEmpty() && !seen.contains(parent)) {
            seen.insert(parent);
            ancestors.insert(parent);
            parent = byCode.value(parent).parentCode;
        }
    }
    QList<Unit> specific;
    for (const Unit& c : candidates)
        if (!ancestors.contains(c.code))
            specific << c;
    if (specific.size() == 1)
        return specific.first();
    // 临沂市市本级 matches every 市本级: the one whose ancestors the text also names wins.
    QSet<QString> candidateCodes;
    for (const Unit& c : candidates)
        candidateCodes.insert(c.code);
    auto namedAncestors = [&](const Unit& u) {
        int n = 0;
        QString parent = u.parentCode;
        QSet<QString> seen;
        while (!parent.isEmpty() && !seen.contains(parent)) {
            seen.insert(parent);
            n += candidateCodes.contains(parent) ? 1 : 0;
            parent = byCode.value(parent).parentCode;
        }
        return n;
    };
    int best = 0;
    for (const Unit& c : specific)
        best = qMax(best, namedAncestors(c));
    if (best > 0) {
        QList<Unit> anchored;
        for (const Unit& c : specific)
            if (namedAncestors(c) == best)
                anchored << c;
        if (anchored.size() == 1)
            return anchored.first();
        specific = anchored;
    }
    // Prefer a full-name match over a match on the short name (兰山区 over 兰山).
    QList<Unit> fullMatches;
    for (const Unit& c : specific)
        if (place.contains(c.name))
            fullMatches << c;
    if (fullMatches.size() == 1)
        return fullMatches.first();
    if (ambiguous)
        for (const Unit& c : specific)
            *ambiguous << QStringLiteral("%1 %2").arg(c.code, c.name);
    return std::nullopt;
}

bool UnitRepository::add(const Unit& unit, QString* error) {
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO unit (code, name, level, parent_code, plan_id, position)"
                       " VALUES (?,?,?,?,?, (SELECT COALESCE(MAX(position), 0) + 1 FROM unit))"));
    q.addBindValue(unit.code);
    q.addBindValue(unit.name);
    q.addBindValue(unitLevelKey(unit.level));
    q.addBindValue(unit.parentCode.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                             : QVariant(unit.parentCode));
    q.addBindValue(unit.planId ? QVariant(unit.planId) : QVariant(QMetaType(QMetaType::LongLong)));
    if (q.exec())
        return true;
    if (error)
        *error = QCoreApplication::translate("UnitRepository", "cannot add unit %1 %2: %3")
                     .arg(unit.code, unit.name, q.lastError().text());
    return false;
}

} // namespace yufang
