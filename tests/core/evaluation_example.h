#pragma once
// The three-level example of the evaluation tests (docs/evaluation.md), hand-computed:
//
//   测试省 990000 (plan shandong-2021)
//     甲市 990100: 甲一县 990101, 甲二县 990102
//     乙市 990200: 乙一县 990201, 乙二县 990202 (no annex in 2023)
//
// Every county: 危险化学品, 1250 employees, 1000 insured persons; accidents by year:
//
//           2020 2021 2022 2023 2024 2025
//   990101    10   10    9    9    8    8
//   990102     6    6    6    5    5    5
//   990201     8    8    7    7    7    6
//   990202     4    4    4    —    4    3
//
// Province: 2020 28/4000 = 7.00‰, 2025 22/4000 = 5.50‰, −21.43 % (met: target −20 %);
// 2023: 21/3000 = 7.00‰ of the three that reported, like for like against 24/3000 = 8.00‰:
// −12.50 %, 覆盖不足 (3 of 4 reported). 甲市 2025: 13/2000 = 6.50‰ against 8.00‰: −18.75 %
// (滞后); 乙市: 9/2000 = 4.50‰ against 6.00‰: −25.00 % (已达成), so 乙市 ranks first.
// Insurance coverage: 4000/5000 = 80.00 %.
#include <QSqlDatabase>
#include <QString>

namespace yufang::test {

inline const char* const kExampleProvince = "990000";

// Adds the units and the annexes to an open, migrated database with the presets loaded.
void addEvaluationExample(const QSqlDatabase& db);

} // namespace yufang::test
