#include "training_repository.h"

#include "annex_repository.h"
#include "form_repository.h"
#include "plan_category_store.h"
#include "sql_values.h"
#include "unit_repository.h"

#include <QHash>
#include <QSqlQuery>

namespace yufang {

namespace {
// The table lives in the form engine's storage as the form `training` (migration 12): a row's
// group is the industry, its key the category; the columns are the keys the plans' `training`
// definitions use.
const QString kForm = QStringLiteral("training");
const QString kRemark = QStringLiteral("remark");

// What the adapter reads and writes: the stored columns without the plan's rows (Free), since
// the grid of the training table (industries of the year × categories) is laid out below.
FormDefinition storedColumns() {
    FormDefinition d;
    d.code = kForm;
    d.rowKind = FormRowKind::Free;
    for (int f = 0; f < kTrainingFieldCount; ++f) {
        const auto field = static_cast<TrainingField>(f);
        d.columns << FormColumn::count(trainingFieldKey(field), trainingFieldCaption(field), {});
    }
    d.columns << FormColumn::textColumn(kRemark, QStringLiteral("备注"));
    return d;
}

void fillCounts(TrainingCounts& c, const FormRow& stored) {
    for (int f = 0; f < kTrainingFieldCount; ++f) {
        const auto field = static_cast<TrainingField>(f);
        trainingRef(c, field) = stored.number(trainingFieldKey(field));
    }
}

FormTable toForm(const TrainingTable& table) {
    FormTable form;
    form.formCode = kForm;
    form.unitCode = table.unitCode;
    form.year = table.year;
    for (const TrainingRow& r : table.rows) {
        FormRow row;
        row.group = r.industry;
        row.key = r.category;
        row.local = r.local;
        for (int f = 0; f < kTrainingFieldCount; ++f) {
            const auto field = static_cast<TrainingField>(f);
            row.setNumber(trainingFieldKey(field), trainingValue(r.counts, field));
        }
        row.setText(kRemark, r.remark);
        form.rows << row;
    }
    if (!table.meta.preparer.isEmpty())
        form.fields.insert(form_fields::kPreparer, table.meta.preparer);
    if (!table.meta.phone.isEmpty())
        form.fields.insert(form_fields::kPhone, table.meta.phone);
    return form;
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

TrainingTable TrainingRepository::load(const QString& unitCode, int year) const {
    TrainingTable table;
    table.unitCode = unitCode;
    table.year = year;
    const AnnexRepository annexes(m_db);
    Grid grid(table, annexes.planIndustriesOf(unitCode, year));
    for (const QString& c : PlanCategoryStore(m_db).categoriesOf(unitCode, year))
        grid.addCategory(c);
    for (const QString& i : annexes.industriesOf(unitCode, year))
        grid.addIndustry(i);
    const FormTable form = FormRepository(m_db).load(storedColumns(), unitCode, year);
    for (const FormRow& stored : form.rows) {
        TrainingRow& row = grid.at(stored.group, stored.key);
        fillCounts(row.counts, stored);
        row.remark = stored.text(kRemark);
    }
    grid.sort();
    table.meta = TrainingMeta{form.field(form_fields::kPreparer), form.field(form_fields::kPhone)};
    return table;
}

TrainingTable TrainingRepository::consolidated(const QString& unitCode, int year) const {
    TrainingTable table;
    table.unitCode = unitCode;
    table.year = year;
    const AnnexRepository annexes(m_db);
    const QStringList planIndustries = annexes.planIndustriesOf(unitCode, year);
    Grid grid(table, planIndustries);
    for (const QString& c : PlanCategoryStore(m_db).categoriesOf(unitCode, year))
        grid.addCategory(c);
    // The annex's consolidated rows carry the plan industries and every local one of the subtree.
    for (const AnnexRow& row : annexes.consolidated(unitCode, year).rows)
        grid.addIndustry(row.industry);
    for (const FormRow& stored :
         FormRepository(m_db).consolidated(storedColumns(), unitCode, year).rows)
        fillCounts(grid.at(stored.group, stored.key).counts, stored);
    grid.sort();
    return table;
}

TrainingTable TrainingRepository::figures(const QString& unitCode, int year) const {
    return UnitRepository(m_db).hasChildren(unitCode) ? consolidated(unitCode, year)
                                                      : load(unitCode, year);
}

bool TrainingRepository::hasData(const QString& unitCode, int year) const {
    return FormRepository(m_db).hasData(kForm, unitCode, year);
}

bool TrainingRepository::saveWithinTransaction(const TrainingTable& table, const QString& source,
                                               QString* error, RevisionTicket* ticket,
                                               const QString& action) {
    return FormRepository(m_db).saveWithinTransaction(toForm(table), source, action, error, ticket);
}

} // namespace yufang
