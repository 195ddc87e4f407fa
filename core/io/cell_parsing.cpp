#include "cell_parsing.h"

#include "domain/input_text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CellParsing)
};
} // namespace

QString toHalfWidth(const QString& s) {
    QString t = s.normalized(QString::NormalizationForm_KC);
    t.replace(QChar(0x2212), QLatin1Char('-')); // minus sign
    t.replace(QChar(0x00A0), QLatin1Char(' '));
    return t;
}

QString normaliseLabel(const QString& text) {
    // A loop, not a regular expression: this runs for every cell of a header row, and a
    // pattern compiled per call made a 100,000-column row take minutes.
    QString t = toHalfWidth(text);
    t.removeIf([](QChar c) { return c.isSpace(); });
    return t;
}

QString headerKey(const QString& header) {
    QString h = normaliseLabel(header).toLower();
    static const QRegularExpression unitSuffix(QStringLiteral("[\\(（\\[].*[\\)）\\]]$"));
    h.remove(unitSuffix); // "(%)", "（人）"
    h.remove(QLatin1Char('*'));
    return h;
}

ParsedCount parseCount(const QString& cell) {
    ParsedCount r;
    QString t = toHalfWidth(cell).trimmed();
    if (t.startsWith(QLatin1Char('\'')))
        t = t.mid(1).trimmed();
    if (t.isEmpty() || t == QStringLiteral("—") || t == QLatin1String("-") ||
        t == QStringLiteral("--")) {
        return r;
    }
    static const QRegularExpression grouped(
        QStringLiteral("^-?(\\d{1,3}([, ]\\d{3})+|\\d+)(\\.0*)?$"));
    const QRegularExpressionMatch m = grouped.match(t);
    if (!m.hasMatch()) {
        static const QRegularExpression fractional(QStringLiteral("^-?[\\d, ]*\\.\\d*[1-9]\\d*$"));
        r.kind = ParsedCount::Kind::Invalid;
        r.problem = fractional.match(t).hasMatch()
                        ? Text::tr("\"%1\" is not a whole number").arg(excerpt(cell.trimmed()))
                        : Text::tr("\"%1\" is not a number").arg(excerpt(cell.trimmed()));
        return r;
    }
    QString digits = m.captured(1);
    digits.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    bool ok = false;
    const qint64 v = digits.toLongLong(&ok);
    if (!ok || digits.size() > 15) {
        r.kind = ParsedCount::Kind::Invalid;
        r.problem = Text::tr("\"%1\" is too large").arg(excerpt(cell.trimmed()));
        return r;
    }
    if (t.startsWith(QLatin1Char('-')) && v != 0) {
        r.kind = ParsedCount::Kind::Invalid;
        r.problem = Text::tr("\"%1\" is negative; counts are whole numbers ≥ 0")
                        .arg(excerpt(cell.trimmed()));
        return r;
    }
    r.kind = ParsedCount::Kind::Value;
    r.value = v;
    return r;
}

ParsedCount parseDecimal(const QString& cell, int decimals) {
    ParsedCount r;
    QString t = toHalfWidth(cell).trimmed();
    if (t.startsWith(QLatin1Char('\'')))
        t = t.mid(1).trimmed();
    if (t.isEmpty() || t == QStringLiteral("—") || t == QLatin1String("-") ||
        t == QStringLiteral("--")) {
        return r;
    }
    static const QRegularExpression grouped(
        QStringLiteral("^(-?)(\\d{1,3}(?:[, ]\\d{3})+|\\d+)(?:\\.(\\d*))?$"));
    const QRegularExpressionMatch m = grouped.match(t);
    if (!m.hasMatch()) {
        r.kind = ParsedCount::Kind::Invalid;
        r.problem = Text::tr("\"%1\" is not a number").arg(excerpt(cell.trimmed()));
        return r;
    }
    QString whole = m.captured(2);
    whole.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    QString fraction = m.captured(3);
    while (fraction.size() > decimals && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > decimals) {
        r.kind = ParsedCount::Kind::Invalid;
        r.problem = Text::tr("\"%1\" has more than %2 decimal place(s)")
                        .arg(excerpt(cell.trimmed()))
                        .arg(decimals);
        return r;
    }
    fraction = fraction.leftJustified(decimals, QLatin1Char('0'));
    bool ok = false;
    const qint64 v = QString(whole + fraction).toLongLong(&ok);
    if (!ok || whole.size() + fraction.size() > 15) {
        r.kind = ParsedCount::Kind::Invalid;
        r.problem = Text::tr("\"%1\" is too large").arg(excerpt(cell.trimmed()));
        return r;
    }
    if (!m.captured(1).isEmpty() && v != 0) {
        r.kind = ParsedCount::Kind::Invalid;
        r.problem =
            Text::tr("\"%1\" is negative; figures are numbers ≥ 0").arg(excerpt(cell.trimmed()));
        return r;
    }
    r.kind = ParsedCount::Kind::Value;
    r.value = v;
    return r;
}

std::optional<double> parseRate(const QString& cell) {
    QString t = normaliseLabel(cell);
    t.remove(QLatin1Char('%')).remove(QStringLiteral("‰")).remove(QLatin1Char(','));
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

std::optional<int> parseYear(const QString& cell) {
    static const QRegularExpression re(QStringLiteral("^(\\d{4})年?(度)?$"));
    const QRegularExpressionMatch m = re.match(normaliseLabel(cell));
    if (!m.hasMatch())
        return std::nullopt;
    const int y = m.captured(1).toInt();
    return y >= 1990 && y <= 2100 ? std::optional<int>(y) : std::nullopt;
}

QDate parseDate(const QString& cell) {
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    const QRegularExpressionMatch m = re.match(toHalfWidth(cell).trimmed());
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

} // namespace yufang
