#pragma once

#include <QString>

#include <optional>

namespace yufang {

// The columns of the enterprise register CSV (DESIGN.md "Enterprise register CSV"), in the
// order Yufang writes them. Headers match on the canonical key or the Chinese name.
enum class RegisterColumn {
    UnitCode,
    EnterpriseName,
    CreditCode,
    Industry,
    Year,
    Employees,
    InsuredEmployees,
    Insured,
    Accidents,
    OccupationalDiseaseCases,
    KeyPersonnel,
    KeyPersonnelTrained,
    RiskClass,
    Payroll,
    Contributions,
    BenefitsPaid,
};
inline constexpr int kRegisterColumnCount = 16;

QString registerColumnKey(RegisterColumn column);     // "unit_code", also the SQL column name
QString registerColumnCaption(RegisterColumn column); // "单位代码", the official Chinese name
bool registerColumnRequired(RegisterColumn column); // risk class and the money columns are optional
bool registerColumnIsCount(RegisterColumn column);  // whole numbers ≥ 0

} // namespace yufang
