#include "subtree_returns.h"

#include "annex_values.h"
#include "sql_values.h"
#include "unit_repository.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace yufang {

QList<UnitYear> subtreeReturns(const QSqlDatabase& db, const QString& unitCode, int year) {
    const UnitRepository units(db);
    const QList<Unit> all = units.all(); // parents before children: tree order
    QSet<QString> parents;
    for (const Unit& u : all)
        if (!u.parentCode.isEmpty())
            parents.insert(u.parentCode);
    const QStringList codes = units.subtreeCodes(unitCode);
    const QSet<QString> subtree(codes.cbegin(), codes.cend());
    QList<UnitYear> out;
    QHash<QString, int> index;
    for (const Unit& u : all) {
        if (!subtree.contains(u.code))
            continue;
        index.insert(u.code, int(out.size()));
        UnitYear uy;
        uy.code = u.code;
        uy.name = u.name;
        uy.hasChildren = parents.contains(u.code);
        uy.own.unitCode = u.code;
        uy.own.year = year;
        out << uy;
    }
    QSqlQuery q(db);
    q.prepare(subtreeCte() + QStringLiteral("SELECT v.unit_code, v.row_key, %1 FROM form_value v"
                                            " JOIN sub ON v.unit_code = sub.code"
                                            " WHERE v.form_code = :form AND v.year = :year"
                                            " GROUP BY v.unit_code, v.row_key"
                                            " ORDER BY v.unit_code, MIN(v.row_position)")
                                 .arg(annex_values::countSelect(QStringLiteral("MAX"))));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.bindValue(QStringLiteral(":form"), annex_values::formCode());
    q.bindValue(QStringLiteral(":year"), year);
    q.exec();
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toString());
        if (it == index.cend())
            continue;
        UnitYear& u = out[*it];
        AnnexRow row;
        row.industry = q.value(1).toString();
        row.counts.enterprises = countColumn(q, 2);
        row.counts.insuredEnterprises = countColumn(q, 3);
        row.counts.employees = countColumn(q, 4);
        row.counts.insuredPersons = countColumn(q, 5);
        row.counts.accidents = countColumn(q, 6);
        u.own.rows << row;
        u.hasForm = true;
    }
    q.prepare(subtreeCte() + QStringLiteral("SELECT m.unit_code FROM form_record m JOIN sub ON"
                                            " m.unit_code = sub.code WHERE m.form_code = :form"
                                            " AND m.year = :year"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.bindValue(QStringLiteral(":form"), annex_values::formCode());
    q.bindValue(QStringLiteral(":year"), year);
    q.exec();
    while (q.next())
        if (const auto it = index.constFind(q.value(0).toString()); it != index.cend())
            out[*it].hasForm = true;
    return out;
}

} // namespace yufang
