#include "indicator_sources.h"

#include "domain/annex_form_table.h"
#include "form_definitions.h"
#include "storage/form_repository.h"
#include "storage/subtree_returns.h"
#include "storage/unit_plans.h"
#include "storage/unit_repository.h"

#include <QSet>

namespace yufang::indicator_sources {

namespace {
const QString kAnnex = QStringLiteral("annex");
const QString kTraining = QStringLiteral("training");
const QString kDisease = QStringLiteral("disease");

// A form's rows as the engine sums them: rows with figures, their whole-number cells by
// column key (with a definition: its Count columns; Decimal cells are scaled integers and
// derived ones are computed, so neither is summed).
QList<FormRowSums> sumsOf(const FormTable& table, const FormDefinition* definition = nullptr) {
    QList<FormRowSums> out;
    for (const FormRow& r : table.rows) {
        FormRowSums row{r.key, r.local, {}};
        for (auto it = r.cells.cbegin(); it != r.cells.cend(); ++it) {
            if (!it->number)
                continue;
            if (definition) {
                const FormColumn* c = definition->column(it.key());
                if (!c || c->type != FormColumnType::Count)
                    continue;
            }
            row.cells.insert(it.key(), *it->number);
        }
        if (!row.cells.isEmpty())
            out << row;
    }
    return out;
}

QList<UnitFormYear> annexSubtree(const QSqlDatabase& db, const QString& unitCode, int year) {
    QList<UnitFormYear> out;
    UnitPlans plans(db);
    for (UnitYear u : subtreeReturns(db, unitCode, year)) {
        // Local, as the annex editor shows it: not an industry of the plan the unit followed
        // that year.
        const QStringList& planIndustries = plans.planIndustriesOf(u.code, year);
        for (AnnexRow& r : u.own.rows)
            r.local = !planIndustries.contains(r.industry);
        out << UnitFormYear{like_for_like::returnOf(u), sumsOf(annexAsFormTable(u.own))};
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

// Every unit's own rows of a form of the engine for the year. `definitionOf` gives the
// definition a unit's form is read with (its rows and which columns are summed).
template <typename DefinitionOf>
QList<UnitFormYear> engineSubtree(const QSqlDatabase& db, const QString& formCode,
                                  const QString& unitCode, int year,
                                  const DefinitionOf& definitionOf) {
    const FormRepository repo(db);
    UnitPlans plans(db);
    QList<UnitFormYear> out;
    for (const UnitReturn& r : subtreeUnits(db, unitCode)) {
        UnitFormYear f{r, {}};
        f.unit.hasForm = repo.hasData(formCode, r.code, year);
        if (f.unit.hasForm) {
            const FormDefinition definition = definitionOf(r.code);
            FormTable t = repo.load(definition, r.code, year);
            f.unit.hasFigures = t.hasFigures();
            for (FormRow& row : t.rows) {
                if (definition.hasGroups())
                    row.local = false; // the row is a category; a local industry only groups it
                else if (definition.rowKind == FormRowKind::Industries)
                    // Local, as for the annex: not an industry of the plan the unit followed
                    // that year.
                    row.local = !plans.planIndustriesOf(r.code, year).contains(row.key);
            }
            f.rows = sumsOf(t, definition.columns.isEmpty() ? nullptr : &definition);
        }
        out << f;
    }
    return out;
}

// The training and disease tables: each unit's form read with the definition of the plan it
// follows in the year, as its tab shows it. A unit whose plan has no such form still has its
// stored rows read in the table's row layout, every whole number of them summed.
QList<UnitFormYear> ownFormSubtree(const QSqlDatabase& db, const QString& formCode,
                                   const QString& unitCode, int year) {
    const FormDefinitions definitions(db);
    FormDefinition stored;
    stored.code = formCode;
    stored.rowKind =
        formCode == kTraining ? FormRowKind::IndustriesByKeyPersonnel : FormRowKind::Industries;
    return engineSubtree(db, formCode, unitCode, year, [&](const QString& code) {
        return definitions.forUnit(code, formCode, year).value_or(stored);
    });
}
} // namespace

bool rowsAreIndustries(const QSqlDatabase& db, const QString& formCode, qint64 planId) {
    if (formCode == kAnnex || formCode == kDisease)
        return true;
    if (formCode == kTraining)
        return false;
    const auto d = FormDefinitions(db).find(planId, formCode);
    return d && d->rowKind == FormRowKind::Industries;
}

std::optional<QList<UnitFormYear>> subtree(const QSqlDatabase& db, const QString& formCode,
                                           const QString& unitCode, int year, qint64 planId) {
    if (formCode == kAnnex)
        return annexSubtree(db, unitCode, year);
    if (formCode == kTraining || formCode == kDisease)
        return ownFormSubtree(db, formCode, unitCode, year);
    // A form of the form engine: the evaluated plan's definition of it, the values each unit
    // stored under that form code.
    const auto definition = FormDefinitions(db).find(planId, formCode);
    if (!definition)
        return std::nullopt;
    return engineSubtree(db, formCode, unitCode, year, [&](const QString&) { return *definition; });
}

QList<int> years(const QSqlDatabase& db, const QString& formCode, const QString& unitCode) {
    return FormRepository(db).years(formCode, unitCode); // the annex's too (migration 20)
}

} // namespace yufang::indicator_sources
