#include "input_text.h"

#include <QCoreApplication>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(InputText)
};

bool isForbiddenControl(QChar c) {
    return c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') &&
           c != QLatin1Char('\r');
}
} // namespace

QString excerpt(QStringView cell) {
    const bool cut = cell.size() > input_limits::kExcerptChars;
    QString out;
    out.reserve(input_limits::kExcerptChars + 1);
    for (QChar c : cell.first(qMin(cell.size(), input_limits::kExcerptChars))) {
        // U+2400 + n is the Control Pictures symbol of C0 character n (␀ for NUL, ␊ for LF).
        out += c.unicode() < 0x20 ? QChar(0x2400 + c.unicode()) : c;
    }
    if (cut)
        out += QChar(0x2026);
    return out;
}

qsizetype firstForbiddenControl(QStringView text) {
    for (qsizetype i = 0; i < text.size(); ++i)
        if (isForbiddenControl(text.at(i)))
            return i;
    return -1;
}

QString nameProblem(QStringView cell) {
    for (QChar c : cell) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            return Text::tr("\"%1\" holds a line break, which a name or code cannot")
                .arg(excerpt(cell));
        if (c == QLatin1Char('\t'))
            return Text::tr("\"%1\" holds a tab, which a name or code cannot").arg(excerpt(cell));
        if (isForbiddenControl(c))
            return Text::tr("\"%1\" holds the control character U+%2")
                .arg(excerpt(cell))
                .arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    if (cell.size() > input_limits::kMaxNameChars)
        return Text::tr("\"%1\" is %2 characters long; a name or code has at most %3")
            .arg(excerpt(cell))
            .arg(cell.size())
            .arg(input_limits::kMaxNameChars);
    return {};
}

} // namespace yufang
