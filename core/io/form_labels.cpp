#include "form_labels.h"

#include "cell_parsing.h"

#include <QRegularExpression>

namespace yufang {

namespace {
// Longer labels first where one contains another (单位负责人 before 负责人).
const QRegularExpression& labelPattern() {
    static const QRegularExpression re(QStringLiteral(
        "(填报单位|年度|填报日期|报送日期|填报人|填表人|制表人|联系电话|电话|手机|校核人|审核人|"
        "单位负责人|负责人|联系人)\\s*(?:\\([^)]*\\))?\\s*:"));
    return re;
}

FormLabel labelOf(const QString& word) {
    if (word == QStringLiteral("填报单位"))
        return FormLabel::Unit;
    if (word == QStringLiteral("年度"))
        return FormLabel::Year;
    if (word == QStringLiteral("填报人") || word == QStringLiteral("填表人") ||
        word == QStringLiteral("制表人"))
        return FormLabel::Preparer;
    if (word == QStringLiteral("联系电话") || word == QStringLiteral("电话") ||
        word == QStringLiteral("手机"))
        return FormLabel::Phone;
    if (word == QStringLiteral("填报日期") || word == QStringLiteral("报送日期"))
        return FormLabel::Date;
    return FormLabel::Other;
}

int firstNonEmpty(const CsvRecord& r, int from = 0) {
    for (int i = from; i < r.fields.size(); ++i)
        if (!r.at(i).isEmpty())
            return i;
    return -1;
}

bool cellStartsWithLabel(const QString& cell) {
    const QString t = toHalfWidth(cell).trimmed();
    const QRegularExpressionMatch m = labelPattern().match(t);
    return m.hasMatch() && m.capturedStart() == 0;
}
} // namespace

QList<LabelledValue> labelledValues(const CsvRecord& r) {
    QList<LabelledValue> out;
    for (int i = 0; i < r.fields.size(); ++i) {
        const QString cell = toHalfWidth(r.fields.at(i));
        QList<QRegularExpressionMatch> matches;
        for (auto it = labelPattern().globalMatch(cell); it.hasNext();)
            matches << it.next();
        if (matches.isEmpty()) {
            // "填报单位兰山区" without a colon: only at the start of the first cell.
            const QString n = normaliseLabel(cell);
            if (i == firstNonEmpty(r) && n.startsWith(QStringLiteral("填报单位")) && n.size() > 4)
                out << LabelledValue{FormLabel::Unit, n.mid(4)};
            continue;
        }
        for (qsizetype k = 0; k < matches.size(); ++k) {
            const qsizetype from = matches[k].capturedEnd();
            const qsizetype to =
                k + 1 < matches.size() ? matches[k + 1].capturedStart() : cell.size();
            QString value = cell.mid(from, to - from).trimmed();
            if (value.isEmpty() && k + 1 == matches.size()) {
                // The value typed into the next cell, unless that cell is itself a label.
                const int next = firstNonEmpty(r, i + 1);
                if (next >= 0 && !cellStartsWithLabel(r.fields.at(next))) {
                    value = toHalfWidth(r.at(next)).trimmed();
                    i = next;
                }
            }
            out << LabelledValue{labelOf(matches[k].captured(1)), value};
        }
    }
    return out;
}

bool startsWithLabel(const CsvRecord& r) {
    const int first = firstNonEmpty(r);
    if (first < 0)
        return false;
    const QString n = normaliseLabel(r.at(first));
    return cellStartsWithLabel(r.at(first)) ||
           (n.startsWith(QStringLiteral("填报单位")) && n.size() > 4);
}

bool isNoteLine(const CsvRecord& r) {
    const int first = firstNonEmpty(r);
    if (first < 0)
        return false;
    static const QRegularExpression note(
        QStringLiteral("^(备注|注|说明|填表说明|附注)\\d*:|^\\(\\d+\\)"));
    return note.match(normaliseLabel(r.at(first))).hasMatch();
}

bool isTotalLabel(const QString& text) {
    const QString n = normaliseLabel(text).toLower();
    return n == QStringLiteral("合计") || n == QStringLiteral("总计") ||
           n == QLatin1String("total");
}

bool isUnitsRow(const CsvRecord& r) {
    static const QRegularExpression unit(QStringLiteral("^\\(?(户|家|人|起|件|%|‰|个)\\)?$"));
    bool any = false;
    for (const QString& f : r.fields) {
        const QString n = normaliseLabel(f);
        if (n.isEmpty())
            continue;
        if (!unit.match(n).hasMatch())
            return false;
        any = true;
    }
    return any;
}

} // namespace yufang
