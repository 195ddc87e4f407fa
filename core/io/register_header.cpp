#include "register_header.h"

#include "cell_parsing.h"

#include <QHash>
#include <QRegularExpression>

namespace yufang {

std::optional<RegisterColumn> registerColumnFromHeader(const QString& header, bool* decorated) {
    static const QHash<QString, RegisterColumn> byName = [] {
        QHash<QString, RegisterColumn> h;
        for (int i = 0; i < kRegisterColumnCount; ++i) {
            h.insert(registerColumnKey(RegisterColumn(i)), RegisterColumn(i));
            h.insert(registerColumnCaption(RegisterColumn(i)), RegisterColumn(i));
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
