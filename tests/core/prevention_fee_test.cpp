// Prevention fee: the cap on the previous year's income, a higher approved ratio, projects
// through their stages, and over-cap saves refused with a message.
#include "test_support.h"

#include "domain/prevention_fee.h"
#include "io/money.h"
#include "storage/expert_repository.h"
#include "storage/fee_repository.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("The cap is 3 % of the previous year's income unless a higher ratio is approved",
          "[fee]") {
    FeeBudget b;
    b.priorIncomeFen = 123'456'789; // 1,234,567.89 yuan
    CHECK(b.capFen() == 3'703'704); // 37,037.04 yuan (37,037.0367 rounded)
    CHECK(validateBudget(b).isEmpty());
    b.capRatio = 0.05;
    CHECK_FALSE(validateBudget(b).isEmpty()); // above 3 % needs the approval reference
    b.approvalReference = u"鲁人社函〔2024〕1号"_s;
    CHECK(validateBudget(b).isEmpty());
    CHECK(b.capFen() == 6'172'839);
    CHECK(yuanText(6'172'839) == u"61,728.39"_s);
    qint64 fen = 0;
    CHECK(parseYuan(u"１,２３４.５元"_s, &fen));
    CHECK(fen == 123450);
    CHECK_FALSE(parseYuan(u"-1"_s, &fen));
    CHECK_FALSE(parseYuan(u"abc"_s, &fen));
}

TEST_CASE("Projects count against the cap from 立项 on and over the cap is refused", "[fee]") {
    TempDatabase t;
    const FeeRepository repo(t.connection());
    QString error;
    FeeBudget b = repo.budget(u"371300"_s, 2022);
    CHECK(b.incomeYear == 2021);
    CHECK(b.capRatio == Approx(0.03));
    b.priorIncomeFen = 100'000'000; // 1,000,000 yuan → cap 30,000 yuan
    REQUIRE(repo.saveBudget(b, &error));

    Expert e;
    e.name = u"王专家"_s;
    REQUIRE(ExpertRepository(t.connection()).save(e, &error));

    FeeProject p;
    p.unitCode = u"371300"_s;
    p.year = 2022;
    p.name = u"尘肺病预防宣传"_s;
    p.amountFen = 2'000'000;
    p.stage = ProjectStage::Approved;
    p.expertIds = {e.id};
    REQUIRE(repo.saveProject(p, &error));
    FeeProject q = p;
    q.id = 0;
    q.name = u"班组长培训"_s;
    q.kind = ProjectKind::Training;
    q.amountFen = 1'500'000;
    q.stage = ProjectStage::Applied; // applied: not yet committed, may exceed
    REQUIRE(repo.saveProject(q, &error));
    q.stage = ProjectStage::Reviewed;
    REQUIRE(repo.saveProject(q, &error));
    q.stage = ProjectStage::Approved; // 20,000 + 15,000 > 30,000
    CHECK_FALSE(repo.saveProject(q, &error));
    CHECK(error.contains(u"35,000.00"_s));
    CHECK(error.contains(u"30,000.00"_s));
    CHECK(error.contains(u"5,000.00"_s));
    q.amountFen = 1'000'000; // exactly the cap: allowed
    REQUIRE(repo.saveProject(q, &error));
    // Lowering the income below the committed total is refused too.
    b.priorIncomeFen = 90'000'000;
    CHECK_FALSE(repo.saveBudget(b, &error));
    // A higher approved ratio makes room.
    b.capRatio = 0.05;
    b.approvalReference = u"批复〔2022〕3号"_s;
    REQUIRE(repo.saveBudget(b, &error));
    const QList<FeeProject> list = repo.projects(u"371300"_s, 2022);
    REQUIRE(list.size() == 2);
    CHECK(list[0].expertIds == QList<qint64>{e.id});
    CHECK(list[1].kind == ProjectKind::Training);
    CHECK(committedFen(list) == 3'000'000);
    CHECK(repo.budget(u"371300"_s, 2022).capFen() == 4'500'000);
    REQUIRE(ExpertRepository(t.connection()).remove(e.id, &error)); // assignment goes with it
    CHECK(repo.projects(u"371300"_s, 2022)[0].expertIds.isEmpty());
    REQUIRE(repo.removeProject(list[0].id, &error));
    CHECK(repo.projects(u"371300"_s, 2022).size() == 1);
}

TEST_CASE("Shandong's 2021 fee may be computed on 2019 income", "[fee]") {
    TempDatabase t;
    const FeeRepository repo(t.connection());
    FeeBudget b = repo.budget(u"370100"_s, 2021);
    b.incomeYear = 2019;
    b.priorIncomeFen = 500'000'000;
    QString error;
    REQUIRE(repo.saveBudget(b, &error));
    CHECK(repo.budget(u"370100"_s, 2021).incomeYear == 2019);
    CHECK(repo.hasBudget(u"370100"_s, 2021));
    CHECK_FALSE(repo.hasBudget(u"370100"_s, 2022));
}
