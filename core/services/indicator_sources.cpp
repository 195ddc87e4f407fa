#include "indicator_sources.h"

#include "storage/annex_repository.h"
#include "storage/disease_repository.h"
#include "storage/subtree_returns.h"
#include "storage/training_repository.h"
#include "storage/unit_plans.h"
#include "storage/unit_repository.h"

#include <QSet>

namespace yufang::indicator_sources {

namespace {
const QString kAnnex = QStringLiteral("annex");
const QString kTraining = QStringLiteral("training");
const QString kDisease = QStringLiteral("disease");

void put(ColumnSums& cells, const QString& key, const Count& value) {
    if (value)
        cells.insert(key, *value);
}

// The annex adapter: its five counts under the annex definition's column keys.
FormRowSums annexRow(const AnnexRow& row) {
    FormRowSums out{row.industry, row.local, {}};
    for (int f = 0; f < kCountFieldCount; ++f) {
        const auto field = static_cast<CountField>(f);
        put(out.cells, countFieldKey(field), countValue(row.counts, field));
    }
    return out;
}

QList<UnitFormYear> annexSubtree(const QSqlDatabase& db, const QString& unitCode, int year) {
    QList<UnitFormYear> out;
    UnitPlans plans(db);
    for (const UnitYear& u : subtreeReturns(db, unitCode, year)) {
        UnitFormYear f{like_for_like::returnOf(u), {}};
        // Local, as the annex editor shows it: not an industry of the plan the unit followed
        // that year.
        const QStringList& planIndustries = plans.planIndustriesOf(u.code, year);
        for (AnnexRow r : u.own.rows)
            if (!r.counts.isEmpty()) {
                r.local = !planIndustries.contains(r.industry);
                f.rows << annexRow(r);
            }
        out << f;
    }
    return out;
}

// The units of the subtree in tree order, each with whether it has sub-units.
QList<UnitReturn> subtreeUnits(const QSqlDatabase& db, const QString& unitCode) {
    const UnitRepository units(db);
    QSet<QString> parents;
    const QList<Unit> all = units.all();
    for (const Unit& u : all)
        if (!u.parentCode.isEmpty())
            parents.insert(u.parentCode);
    const QStringList codes = units.subtreeCodes(unitCode);
    const QSet<QString> inTree(codes.cbegin(), codes.cend());
    QList<UnitReturn> out;
    for (const Unit& u : all)
        if (inTree.contains(u.code))
            out << UnitReturn{u.code, u.name, parents.contains(u.code), false, false};
    return out;
}

// The training adapter: rows are key-personnel categories (the form's rows), each the sum of
// its industries, under trainingFieldKey's keys.
QList<UnitFormYear> trainingSubtree(const QSqlDatabase& db, const QString& unitCode, int year) {
    const TrainingRepository repo(db);
    QList<UnitFormYear> out;
    for (const UnitReturn& r : subtreeUnits(db, unitCode)) {
        UnitFormYear f{r, {}};
        f.unit.hasForm = repo.hasData(r.code, year);
        if (f.unit.hasForm) {
            const TrainingTable t = repo.load(r.code, year);
            f.unit.hasFigures = t.hasFigures();
            for (const QString& category : t.categories) {
                const TrainingCounts c = t.totalOfCategory(category);
                if (c.isEmpty())
                    continue;
                FormRowSums row{category, false, {}};
                for (int i = 0; i < kTrainingFieldCount; ++i) {
                    const auto field = static_cast<TrainingField>(i);
                    put(row.cells, trainingFieldKey(field), trainingValue(c, field));
                }
                f.rows << row;
            }
        }
        out << f;
    }
    return out;
}

// The disease adapter: rows are industries, under diseaseFieldKey's keys.
QList<UnitFormYear> diseaseSubtree(const QSqlDatabase& db, const QString& unitCode, int year) {
    const DiseaseRepository repo(db);
    QList<UnitFormYear> out;
    for (const UnitReturn& r : subtreeUnits(db, unitCode)) {
        UnitFormYear f{r, {}};
        f.unit.hasForm = repo.hasData(r.code, year);
        if (f.unit.hasForm) {
            const DiseaseTable t = repo.load(r.code, year);
            f.unit.hasFigures = t.hasFigures();
            for (const DiseaseRow& d : t.rows) {
                if (d.counts.isEmpty())
                    continue;
                FormRowSums row{d.industry, d.local, {}};
                for (int i = 0; i < kDiseaseFieldCount; ++i) {
                    const auto field = static_cast<DiseaseField>(i);
                    put(row.cells, diseaseFieldKey(field), diseaseValue(d.counts, field));
                }
                f.rows << row;
            }
        }
        out << f;
    }
    return out;
}
} // namespace

bool rowsAreIndustries(const QSqlDatabase& db, const QString& formCode) {
    Q_UNUSED(db);
    return formCode == kAnnex || formCode == kDisease;
}

std::optional<QList<UnitFormYear>> subtree(const QSqlDatabase& db, const QString& formCode,
                                           const QString& unitCode, int year) {
    if (formCode == kAnnex)
        return annexSubtree(db, unitCode, year);
    if (formCode == kTraining)
        return trainingSubtree(db, unitCode, year);
    if (formCode == kDisease)
        return diseaseSubtree(db, unitCode, year);
    return std::nullopt;
}

QList<int> years(const QSqlDatabase& db, const QString& formCode, const QString& unitCode) {
    if (formCode == kAnnex)
        return AnnexRepository(db).years(unitCode);
    QList<int> out;
    if (formCode == kTraining)
        out = TrainingRepository(db).history(unitCode).keys();
    else if (formCode == kDisease)
        out = DiseaseRepository(db).history(unitCode).keys();
    return out;
}

} // namespace yufang::indicator_sources
