#include "training_repository.h"

#include "annex_repository.h"
#include "sql_values.h"
#include "transaction.h"
#include "unit_repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {
const QString kSums =
    QStringLiteral("SUM(t.key_personnel), SUM(t.trained), SUM(t.sessions), SUM(t.online_sessions),"
                   " SUM(t.offline_sessions), SUM(t.class_hours)");

void fillCounts(TrainingCounts& c, const QSqlQuery& q, int first) {
    for (int f = 0; f < kTrainingFieldCount; ++f)
        trainingRef(c, static_cast<TrainingField>(f)) = countColumn(q, first + f);
}

bool fail(const QSqlQuery& q, QString* error) {
    if (error)
        *error = q.lastError().text();
    return false;
}

// Builds the empty grid and an index (industry, category) → row.
class Grid {
public:
    Grid(TrainingTable& table, const QStringList& planIndustries)
        : m_table(table), m_plan(planIndustries) {}

    void addIndustry(const QString& name) {
        if (m_table.industries.contains(name))
            return;
        m_table.industries << name;
        for (const QString& category : std::as_const(m_table.categories))
            append(name, category);
    }
    void addCategory(const QString& name) {
        if (m_table.categories.contains(name))
            return;
        m_table.categories << name;
        for (const QString& industry : std::as_const(m_table.industries))
            append(industry, name);
    }
    TrainingRow& at(const QString& industry, const QString& category) {
        addIndustry(industry);
        addCategory(category);
        return m_table.rows[m_index.value(key(industry, category))];
    }
    // Rows grouped by industry then category, in the lists' order.
    void sort() {
        std::stable_sort(m_table.rows.begin(), m_table.rows.end(),
                         [this](const TrainingRow& a, const TrainingRow& b) {
                             const auto ia = m_table.industries.indexOf(a.industry),
                                        ib = m_table.industries.indexOf(b.industry);
                             if (ia != ib)
                                 return ia < ib;
                             return m_table.categories.indexOf(a.category) <
                                    m_table.categories.indexOf(b.category);
                         });
    }

private:
    static QString key(const QString& i, const QString& c) { return i + QLatin1Char('\x1f') + c; }
    void append(const QString& industry, const QString& category) {
        m_index.insert(key(industry, category), int(m_table.rows.size()));
        m_table.rows.append(TrainingRow{industry, category, !m_plan.contains(industry), {}, {}});
    }
    TrainingTable& m_table;
    QStringList m_plan;
    QHash<QString, int> m_index;
};
} // namespace

QStringList TrainingRepository::categoriesOfPlan(qint64 planId) const {
    QStringList out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT name FROM plan_personnel_category WHERE plan_id = ? ORDER BY position"));
    q.addBindValue(planId);
    q.exec();
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList TrainingRepository::categoriesOf(const QString& unitCode, int year) const {
    return categoriesOfPlan(UnitRepository(m_db).effectivePlanId(unitCode, year));
}

bool TrainingRepository::addPlanCategory(qint64 planId, const QString& name, QString* error) {
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty() || categoriesOfPlan(planId).contains(trimmed)) {
        if (error)
            *error = trimmed.isEmpty()
                         ? QCoreApplication::translate("TrainingRepository",
                                                       "the category name is empty")
                         : QCoreApplication::translate("TrainingRepository",
                                                       "%1 is a category of the plan already")
                               .arg(trimmed);
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO plan_personnel_category (plan_id, name, position) VALUES (?, ?,"
                       " (SELECT COALESCE(MAX(position), -1) + 1 FROM plan_personnel_category "
                       "WHERE plan_id = ?))"));
    q.addBindValue(planId);
    q.addBindValue(trimmed);
    q.addBindValue(planId);
    return q.exec() || fail(q, error);
}

TrainingTable TrainingRepository::load(const QString& unitCode, int year) const {
    TrainingTable table;
    table.unitCode = unitCode;
    table.year = year;
    const AnnexRepository annexes(m_db);
    Grid grid(table, annexes.planIndustriesOf(unitCode, year));
    for (const QString& c : categoriesOf(unitCode, year))
        grid.addCategory(c);
    for (const QString& i : annexes.industriesOf(unitCode, year))
        grid.addIndustry(i);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT industry, category, key_personnel, trained, sessions, "
                             "online_sessions, offline_sessions,"
                             " class_hours, remark FROM training_row WHERE unit_code = ? AND year "
                             "= ? ORDER BY position"));
    q.addBindValue(unitCode);
    q.addBindValue(year);
    q.exec();
    while (q.next()) {
        TrainingRow& row = grid.at(q.value(0).toString(), q.value(1).toString());
        fillCounts(row.counts, q, 2);
        row.remark = q.value(8).toString();
    }
    grid.sort();
    q.prepare(QStringLiteral(
        "SELECT preparer, phone FROM training_meta WHERE unit_code = ? AND year = ?"));
    q.addBindValue(unitCode);
    q.addBindValue(year);
    if (q.exec() && q.next())
        table.meta = TrainingMeta{q.value(0).toString(), q.value(1).toString()};
    return table;
}

TrainingTable TrainingRepository::consolidated(const QString& unitCode, int year) const {
    TrainingTable table;
    table.unitCode = unitCode;
    table.year = year;
    const AnnexRepository annexes(m_db);
    const QStringList planIndustries = annexes.planIndustriesOf(unitCode, year);
    Grid grid(table, planIndustries);
    for (const QString& c : categoriesOf(unitCode, year))
        grid.addCategory(c);
    // The annex's consolidated rows carry the plan industries and every local one of the subtree.
    for (const AnnexRow& row : annexes.consolidated(unitCode, year).rows)
        grid.addIndustry(row.industry);
    QSqlQuery q(m_db);
    q.prepare(subtreeCte() + QStringLiteral("SELECT t.industry, t.category, ") + kSums +
              QStringLiteral(" FROM training_row t JOIN sub ON t.unit_code = sub.code"
                             " WHERE t.year = :year GROUP BY t.industry, t.category"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.bindValue(QStringLiteral(":year"), year);
    q.exec();
    while (q.next())
        fillCounts(grid.at(q.value(0).toString(), q.value(1).toString()).counts, q, 2);
    grid.sort();
    return table;
}

TrainingTable TrainingRepository::figures(const QString& unitCode, int year) const {
    return UnitRepository(m_db).hasChildren(unitCode) ? consolidated(unitCode, year)
                                                      : load(unitCode, year);
}

bool TrainingRepository::hasData(const QString& unitCode, int year) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM training_meta WHERE unit_code = ? AND year = ?"
                             " UNION SELECT 1 FROM training_row WHERE unit_code = ? AND year = ?"));
    q.addBindValue(unitCode);
    q.addBindValue(year);
    q.addBindValue(unitCode);
    q.addBindValue(year);
    return q.exec() && q.next();
}

int TrainingRepository::unitsWithData(const QString& unitCode, int year) const {
    QSqlQuery q(m_db);
    q.prepare(subtreeCte() +
              QStringLiteral("SELECT COUNT(DISTINCT t.unit_code) FROM training_row t"
                             " JOIN sub ON t.unit_code = sub.code WHERE t.year = :year"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.bindValue(QStringLiteral(":year"), year);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QMap<int, TrainingCounts> TrainingRepository::history(const QString& unitCode) const {
    QMap<int, TrainingCounts> out;
    QSqlQuery q(m_db);
    q.prepare(
        subtreeCte() + QStringLiteral("SELECT t.year, ") + kSums +
        QStringLiteral(" FROM training_row t JOIN sub ON t.unit_code = sub.code GROUP BY t.year"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.exec();
    while (q.next())
        fillCounts(out[q.value(0).toInt()], q, 1);
    return out;
}

bool TrainingRepository::save(const TrainingTable& table, const QString& source, QString* error,
                              RevisionTicket* ticket) {
    return inTransactionWithTicket(m_db, ticket, error, [&](RevisionTicket* t) {
        return saveWithinTransaction(table, source, error, t);
    });
}

bool TrainingRepository::saveWithinTransaction(const TrainingTable& table, const QString& source,
                                               QString* error, RevisionTicket* ticket) {
    if (!RecordRevisions(m_db).claim(RecordKey::training(table.unitCode, table.year), ticket,
                                     error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM training_row WHERE unit_code = ? AND year = ?"));
    q.addBindValue(table.unitCode);
    q.addBindValue(table.year);
    if (!q.exec())
        return fail(q, error);
    int position = 0;
    for (const TrainingRow& row : table.rows) {
        q.prepare(QStringLiteral(
            "INSERT INTO training_row (unit_code, year, industry, category, position, "
            "key_personnel,"
            " trained, sessions, online_sessions, offline_sessions, class_hours, remark)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
        q.addBindValue(table.unitCode);
        q.addBindValue(table.year);
        q.addBindValue(row.industry);
        q.addBindValue(row.category);
        q.addBindValue(position++);
        for (int f = 0; f < kTrainingFieldCount; ++f)
            q.addBindValue(countParam(trainingValue(row.counts, static_cast<TrainingField>(f))));
        q.addBindValue(notNullText(row.remark));
        if (!q.exec())
            return fail(q, error);
    }
    q.prepare(QStringLiteral(
        "INSERT INTO training_meta (unit_code, year, preparer, phone, source, updated_at)"
        " VALUES (?,?,?,?,?,?) ON CONFLICT (unit_code, year) DO UPDATE SET"
        " preparer = excluded.preparer, phone = excluded.phone, source = excluded.source,"
        " updated_at = excluded.updated_at"));
    q.addBindValue(table.unitCode);
    q.addBindValue(table.year);
    q.addBindValue(notNullText(table.meta.preparer));
    q.addBindValue(notNullText(table.meta.phone));
    q.addBindValue(notNullText(source));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return q.exec() || fail(q, error);
}

} // namespace yufang
