#include "sheet_cells.h"

#include <QCoreApplication>
#include <QDate>
#include <QTime>

#include <charconv>
#include <cmath>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetReader)
};

// A spreadsheet holds 15 significant digits; a whole number from 10^15 up has lost some.
constexpr double kExactLimit = 1e15;

// The shortest text that reads back as `v` ("0.1", not "0.10000000000000001").
QByteArray shortest(double v) {
    char buffer[64];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed);
    if (r.ec == std::errc())
        return QByteArray(buffer, r.ptr - buffer);
    return QByteArray::number(v, 'g', 15);
}
} // namespace

NumberStyle numberStyleOf(int id, QStringView code) {
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
        (id >= 50 && id <= 58))
        return NumberStyle::Date;
    if (id == 9 || id == 10)
        return NumberStyle::Percent;
    if (id < 164 || code.isEmpty())
        return NumberStyle::General;
    // Only the part for positive numbers counts; quoted text, [colour]/[$-locale] and
    // backslash-escaped characters are not format letters.
    bool quoted = false;
    bool bracket = false;
    bool date = false;
    bool percent = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            quoted = c != QLatin1Char('"');
            continue;
        }
        if (bracket) {
            bracket = c != QLatin1Char(']');
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('[')) {
            bracket = true;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // the next character is literal (or padding)
        } else if (c == QLatin1Char(';')) {
            break;
        } else if (c == QLatin1Char('%')) {
            percent = true;
        } else {
            const QChar l = c.toLower();
            if (l == QLatin1Char('y') || l == QLatin1Char('m') || l == QLatin1Char('d') ||
                l == QLatin1Char('h') || l == QLatin1Char('s'))
                date = true;
        }
    }
    if (date)
        return NumberStyle::Date;
    return percent ? NumberStyle::Percent : NumberStyle::General;
}

bool numberCellText(double value, NumberStyle style, bool date1904, QByteArray* out,
                    QString* error) {
    if (!std::isfinite(value)) {
        *error = Text::tr("the cell holds no valid number");
        return false;
    }
    if (style == NumberStyle::Date && value >= 0 && value < 2958466) { // up to 9999-12-31
        double whole = std::floor(value);
        int seconds = int(std::lround((value - whole) * 86400.0));
        if (seconds >= 86400) {
            whole += 1;
            seconds -= 86400;
        }
        const qint64 days = qint64(whole);
        QDate date;
        if (date1904)
            date = QDate(1904, 1, 1).addDays(days);
        else if (days >= 61) // Excel counts a 29 February 1900 that never was
            date = QDate(1899, 12, 30).addDays(days);
        else
            date = QDate(1899, 12, 31).addDays(days);
        const QTime time = QTime(0, 0).addSecs(seconds);
        QString text;
        if (days == 0 && !date1904 && seconds > 0)
            text = time.toString(QStringLiteral("HH:mm:ss")); // a time of day alone
        else if (seconds == 0)
            text = date.toString(Qt::ISODate);
        else
            text = date.toString(Qt::ISODate) + QLatin1Char(' ') +
                   time.toString(QStringLiteral("HH:mm:ss"));
        *out = text.toLatin1();
        return true;
    }
    const double whole = std::floor(value);
    if (whole == value && std::fabs(value) >= kExactLimit) {
        *error = Text::tr("the number %1 has more digits than a spreadsheet keeps (15): if it "
                          "is a code such as an 18-digit 统一社会信用代码, its last digits are "
                          "already lost. Format the column as Text, enter the codes again and "
                          "save")
                     .arg(QString::number(value, 'g', 15));
        return false;
    }
    if (style == NumberStyle::Percent) {
        // 0.0152 → "1.52%": rounded to 12 significant digits to drop the binary noise of ×100.
        const double percent = QByteArray::number(value * 100.0, 'g', 12).toDouble();
        *out = (std::floor(percent) == percent ? QByteArray::number(qint64(percent))
                                               : shortest(percent)) +
               '%';
        return true;
    }
    *out = whole == value ? QByteArray::number(qint64(value)) : shortest(value);
    return true;
}

QString cellName(int row, int column) {
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row);
}

namespace {
char16_t unit(QChar c) {
    return c.unicode();
}
char16_t unit(char c) {
    return char16_t(uchar(c));
}

template <typename View> int columnOf(View reference) {
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const char16_t c = unit(reference[i]);
        if (c >= u'A' && c <= u'Z')
            column = column * 26 + (c - u'A' + 1);
        else if (c >= u'a' && c <= u'z')
            column = column * 26 + (c - u'a' + 1);
        else
            break;
        if (column > 16384) // beyond XFD: not a column of any spreadsheet
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}
} // namespace

int columnOfReference(QStringView reference) {
    return columnOf(reference);
}

int columnOfReference(QByteArrayView reference) {
    return columnOf(reference);
}

int rowOfReference(QStringView reference) {
    qsizetype i = 0;
    while (i < reference.size() && reference.at(i).isLetter())
        ++i;
    bool ok = false;
    const int row = reference.sliced(i).toInt(&ok);
    return ok && row > 0 ? row : 0;
}

} // namespace yufang
