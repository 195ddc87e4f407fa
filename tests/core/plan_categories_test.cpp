// The plan editor's key-personnel categories: add, rename (stored rows follow), reorder and
// remove (refused while figures are stored), each save one transaction.
#include "form_fixtures.h"
#include "test_support.h"

#include "storage/plan_category_store.h"
#include "storage/plan_repository.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString A = u"分管负责人"_s;
const QString B = u"安全管理部门负责人"_s;
const QString C = u"一线班组长"_s;
const QString kLanshan = u"371302"_s;

void putB(const QSqlDatabase& db, qint64 personnel, qint64 trained) {
    FormTable t = loadForm(db, u"training"_s, kLanshan, 2023);
    FormRow& row = formRow(t, B, u"危险化学品"_s);
    row.setNumber(u"key_personnel"_s, personnel);
    row.setNumber(u"trained"_s, trained);
    storeForm(db, t);
}

const TrainingRow* rowOf(const TrainingTable& t, const QString& category) {
    for (const TrainingRow& r : t.rows)
        if (r.industry == u"危险化学品"_s && r.category == category)
            return &r;
    return nullptr;
}
} // namespace

TEST_CASE("Editing a plan's key-personnel categories keeps stored training figures",
          "[training][plans]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 linyi = PlanRepository(db).findByCode(u"linyi-2021"_s)->id;
    const PlanCategoryStore store(db);
    REQUIRE(store.categoriesOfPlan(linyi) == QStringList{A, B, C});
    putB(db, 20, 10);
    QString error;

    // Rename B, move it first, add 主要负责人: the stored 20/10 follows the new name.
    const QString renamed = u"安全管理机构负责人"_s;
    REQUIRE(
        store.save(linyi, {{B, renamed}, {A, A}, {C, C}, {QString(), u" 主要负责人 "_s}}, &error));
    CHECK(store.categoriesOfPlan(linyi) == QStringList{renamed, A, C, u"主要负责人"_s});
    const TrainingTable after = trainingTable(db, kLanshan, 2023);
    CHECK(after.rows.size() == 7 * 4);
    REQUIRE(rowOf(after, renamed) != nullptr);
    CHECK(rowOf(after, renamed)->counts.keyPersonnel == Count(20));
    CHECK(rowOf(after, renamed)->counts.trained == Count(10));
    CHECK(rowOf(after, B) == nullptr);

    // Removing the category with figures is refused whole; removing an empty one is fine.
    CHECK_FALSE(store.save(linyi, {{A, A}, {C, C}}, &error));
    CHECK(error.contains(renamed));
    CHECK(store.categoriesOfPlan(linyi).size() == 4);
    REQUIRE(store.save(linyi, {{renamed, renamed}, {A, A}}, &error));
    CHECK(store.categoriesOfPlan(linyi) == QStringList{renamed, A});

    // Empty and duplicate names and an empty list are refused.
    CHECK_FALSE(store.save(linyi, {{A, A}, {QString(), A}}, &error));
    CHECK_FALSE(store.save(linyi, {{A, u"  "_s}}, &error));
    CHECK_FALSE(store.save(linyi, {}, &error));
    CHECK(store.categoriesOfPlan(linyi) == QStringList{renamed, A});
}
