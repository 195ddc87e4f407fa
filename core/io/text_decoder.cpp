#include "text_decoder.h"

#include "gb18030.h"
#include "utf8.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)
};

bool decodeWith(QStringDecoder&& decoder, QByteArrayView bytes, QString* out) {
    *out = decoder.decode(bytes);
    return !decoder.hasError();
}

// UTF-16 saved without a BOM still shows a zero byte in every other position for ASCII.
bool looksLikeUtf16Le(const QByteArray& bytes) {
    const qsizetype n = qMin<qsizetype>(bytes.size(), 400) & ~qsizetype(1);
    if (n < 4)
        return false;
    int zeroOdd = 0;
    for (qsizetype i = 1; i < n; i += 2)
        zeroOdd += bytes.at(i) == 0;
    return zeroOdd * 4 > n; // more than half of the odd bytes
}

// Counts well-formed multi-byte sequences and invalid bytes; the offset of the first invalid one.
struct Utf8Scan {
    qsizetype valid = 0;
    qsizetype invalid = 0;
    qsizetype first = -1;
};

Utf8Scan scanUtf8(QByteArrayView bytes) {
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    Utf8Scan r;
    for (qsizetype i = 0; i < n;) {
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
        if (const int len = utf8::sequenceAt(s, n, i); len > 0) {
            ++r.valid;
            i += len;
            continue;
        }
        if (r.first < 0)
            r.first = i;
        ++r.invalid;
        ++i;
    }
    return r;
}

int lineAt(QByteArrayView bytes, qsizetype offset) {
    return int(bytes.first(qMax<qsizetype>(offset, 0)).count('\n')) + 1;
}
} // namespace

qsizetype damagedUtf8Offset(QByteArrayView bytes) {
    const Utf8Scan scan = scanUtf8(bytes);
    if (scan.first < 0 || scan.valid < 8 || scan.valid < 4 * scan.invalid)
        return -1;
    return scan.first;
}

QString DecodedText::problem() const {
    if (damagedLine > 0)
        return Text::tr("the text is UTF-8 with an invalid byte on this line; the file is "
                        "damaged (save it again from the spreadsheet)");
    return Text::tr("the file is neither UTF-8, UTF-16 nor GB18030 text");
}

DecodedText decodeText(const QByteArray& bytes) {
    DecodedText r;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        r.encoding = QStringLiteral("UTF-8 (BOM)");
        r.ok = decodeWith(QStringDecoder(QStringConverter::Utf8), QByteArrayView(bytes).sliced(3),
                          &r.text);
        if (!r.ok) // a BOM says UTF-8: any invalid byte is damage
            r.damagedLine = lineAt(QByteArrayView(bytes).sliced(3),
                                   scanUtf8(QByteArrayView(bytes).sliced(3)).first);
        return r;
    }
    if (bytes.startsWith("\xFF\xFE")) {
        r.encoding = QStringLiteral("UTF-16LE");
        r.ok = decodeWith(QStringDecoder(QStringConverter::Utf16LE),
                          QByteArrayView(bytes).sliced(2), &r.text);
        return r;
    }
    if (bytes.startsWith("\xFE\xFF")) {
        r.encoding = QStringLiteral("UTF-16BE");
        r.ok = decodeWith(QStringDecoder(QStringConverter::Utf16BE),
                          QByteArrayView(bytes).sliced(2), &r.text);
        return r;
    }
    if (looksLikeUtf16Le(bytes)) {
        r.encoding = QStringLiteral("UTF-16LE");
        r.ok = decodeWith(QStringDecoder(QStringConverter::Utf16LE), bytes, &r.text);
        return r;
    }
    if (decodeWith(QStringDecoder(QStringConverter::Utf8), bytes, &r.text)) {
        r.encoding = QStringLiteral("UTF-8");
        return r;
    }
    if (const qsizetype at = damagedUtf8Offset(bytes); at >= 0) {
        r.encoding = QStringLiteral("UTF-8");
        r.text.clear();
        r.ok = false;
        r.damagedLine = lineAt(bytes, at);
        return r;
    }
    r.encoding = QStringLiteral("GB18030");
    Gb18030Decoder gb;
    r.text = gb.decode(bytes);
    r.ok = gb.isValid() && !gb.hasError() && !gb.hasPending();
    if (!r.ok)
        r.text.clear();
    return r;
}

int lostChineseLine(QByteArrayView bytes) {
    const auto* b = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    int line = 1;
    int runs = 0;
    int firstLine = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = b[i];
        // Chinese arrived (UTF-8 E3-E9 xx xx, or a GB18030 pair): a '?' here is the clerk's own.
        if (c >= 0xE3 && c <= 0xE9 && i + 2 < n && (b[i + 1] & 0xC0) == 0x80 &&
            (b[i + 2] & 0xC0) == 0x80)
            return 0;
        if (c >= 0xB0 && c <= 0xF7 && i + 1 < n && b[i + 1] >= 0xA1 && b[i + 1] <= 0xFE)
            return 0;
        if (c == '\n') {
            ++line;
        } else if (c == '?' && i + 1 < n && b[i + 1] == '?' && (i == 0 || b[i - 1] != '?')) {
            if (++runs == 1)
                firstLine = line;
        }
    }
    // Two runs such as ?????? (重点行业名称) and ?? (合计): no form has them by design.
    return runs >= 2 ? firstLine : 0;
}

QString lostChineseProblem() {
    return Text::tr("the Chinese text of this file arrived as '?': it was saved as CSV in a "
                    "character set without Chinese (LibreOffice's default Western Europe, or a "
                    "non-Chinese Windows), and the Chinese is no longer in the file. Save the "
                    "sheet again from the workbook choosing the character set Unicode (UTF-8) "
                    "(LibreOffice: tick Edit filter settings when saving as CSV; Excel: CSV "
                    "UTF-8), or import the .xlsx workbook itself");
}

} // namespace yufang
