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
// A header cell (any case, full-width or spaced) to its column. A name with a star or a unit or
// hint in brackets ("*企业名称", "从业人数（人）") names its column too, *decorated telling so; a
// bracket that narrows or rescales the figure ("从业人数（其中女职工）", "缴费额（万元）") does
// not.
std::optional<RegisterColumn> registerColumnFromHeader(const QString& header,
                                                       bool* decorated = nullptr);

} // namespace yufang
