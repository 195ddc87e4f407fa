#include "register_columns.h"

namespace yufang {

namespace {
struct ColumnInfo {
    const char* key;
    const char* caption; // UTF-8
    bool required;
};

constexpr ColumnInfo kColumns[kRegisterColumnCount] = {
    {"unit_code", "单位代码", true},
    {"enterprise_name", "企业名称", true},
    {"credit_code", "统一社会信用代码", true},
    {"industry", "重点行业名称", true},
    {"year", "年度", true},
    {"employees", "从业人数", true},
    {"insured_employees", "参保人数", true},
    {"insured", "是否参保", true},
    {"accidents", "工伤事故数量", true},
    {"occupational_disease_cases", "职业病新发病例数", true},
    {"key_personnel", "重点人员数", true},
    {"key_personnel_trained", "已培训重点人员数", true},
    {"risk_class", "风险类别", false},
    {"payroll", "缴费工资总额", false},
    {"contributions", "缴费额", false},
    {"benefits_paid", "基金支付额", false},
};

const ColumnInfo& info(RegisterColumn c) {
    return kColumns[int(c)];
}
} // namespace

QString registerColumnKey(RegisterColumn column) {
    return QString::fromLatin1(info(column).key);
}
QString registerColumnCaption(RegisterColumn column) {
    return QString::fromUtf8(info(column).caption);
}
bool registerColumnRequired(RegisterColumn column) {
    return info(column).required;
}

bool registerColumnIsCount(RegisterColumn column) {
    switch (column) {
    case RegisterColumn::Employees:
    case RegisterColumn::InsuredEmployees:
    case RegisterColumn::Accidents:
    case RegisterColumn::OccupationalDiseaseCases:
    case RegisterColumn::KeyPersonnel:
    case RegisterColumn::KeyPersonnelTrained:
        return true;
    default:
        return false;
    }
}

} // namespace yufang
