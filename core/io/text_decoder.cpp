#include "text_decoder.h"

#include <QStringDecoder>

namespace yufang {

namespace {
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
} // namespace

DecodedText decodeText(const QByteArray& bytes) {
    DecodedText r;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        r.encoding = QStringLiteral("UTF-8 (BOM)");
        r.ok = decodeWith(QStringDecoder(QStringConverter::Utf8), QByteArrayView(bytes).sliced(3),
                          &r.text);
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
    r.encoding = QStringLiteral("GB18030");
    QStringDecoder gb("GB18030");
    if (!gb.isValid()) {
        r.ok = false;
        return r;
    }
    r.ok = decodeWith(std::move(gb), bytes, &r.text);
    return r;
}

} // namespace yufang
