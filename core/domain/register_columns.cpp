#include "register_columns.h"

#include "io/cell_parsing.h"

#include <QHash>
#include <QRegularExpression>

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

std::optional<RegisterColumn> registerColumnFromHeader(const QString& header, bool* decorated) {
    static const QHash<QString, RegisterColumn> byName = [] {
        QHash<QString, RegisterColumn> h;
        for (int i = 0; i < kRegisterColumnCount; ++i) {
            h.insert(QString::fromLatin1(kColumns[i].key), RegisterColumn(i));
            h.insert(QString::fromUtf8(kColumns[i].caption), RegisterColumn(i));
        }
        // Spellings staff use for the same columns.
        h.insert(QStringLiteral("信用代码"), RegisterColumn::CreditCode);
        h.insert(QStringLiteral("行业"), RegisterColumn::Industry);
        h.insert(QStringLiteral("重点行业"), RegisterColumn::Industry);
        h.insert(QStringLiteral("从业总人数"), RegisterColumn::Employees);
        h.insert(QStringLiteral("参加工伤保险人数"), RegisterColumn::InsuredEmployees);
        return h;
    }();
    if (decorated)
        *decorated = false;
    QString k = normaliseLabel(header).toLower();
    k.remove(QChar(0xFEFF));
    if (const auto it = byName.constFind(k); it != byName.constEnd())
        return *it;
    // What clerks add around a column name: a required-field star, a unit or a format hint in
    // brackets: "*企业名称", "从业人数（人）", "是否参保(是/否)", "统一社会信用代码【18位】".
    static const QRegularExpression decoration(
        QStringLiteral("^[*※]+|(\\(([^()]*)\\)|\\[([^\\[\\]]*)\\]|【([^【】]*)】)$"));
    // Brackets that change what the figure counts or its scale name another column.
    static const QRegularExpression narrowing(QStringLiteral("^(其中|含|不含|包括|除)|[万千百亿]"));
    QString stripped = k;
    for (int round = 0; round < 3; ++round) {
        const QRegularExpressionMatch m = decoration.match(stripped);
        if (!m.hasMatch())
            break;
        const QString inside = m.captured(2) + m.captured(3) + m.captured(4);
        if (narrowing.match(inside).hasMatch())
            return std::nullopt;
        stripped.remove(m.capturedStart(), m.capturedLength());
    }
    const auto it = byName.constFind(stripped);
    if (stripped == k || it == byName.constEnd())
        return std::nullopt;
    if (decorated)
        *decorated = true;
    return *it;
}

} // namespace yufang
