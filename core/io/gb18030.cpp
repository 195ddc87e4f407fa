#include "gb18030.h"

#include <QStringEncoder>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace yufang {

namespace {
#ifdef Q_OS_WIN
constexpr UINT kGb18030CodePage = 54936;

bool windowsDecode(QByteArrayView bytes, QString* out) {
    out->clear();
    if (bytes.isEmpty())
        return true;
    const int n = int(bytes.size());
    const int wide =
        MultiByteToWideChar(kGb18030CodePage, MB_ERR_INVALID_CHARS, bytes.data(), n, nullptr, 0);
    if (wide <= 0)
        return false;
    out->resize(wide);
    MultiByteToWideChar(kGb18030CodePage, MB_ERR_INVALID_CHARS, bytes.data(), n,
                        reinterpret_cast<wchar_t*>(out->data()), wide);
    return true;
}
#endif

bool qtHasGb18030() {
    static const bool has = QStringDecoder("GB18030").isValid();
    return has;
}
} // namespace

qsizetype gb18030CompletePrefix(QByteArrayView bytes) {
    const auto* b = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        qsizetype length = 1;
        if (b[i] >= 0x81 && b[i] <= 0xFE) {
            if (i + 1 >= n)
                break;
            // A second byte 0x30-0x39 makes a four-byte character; anything else two bytes.
            length = (b[i + 1] >= 0x30 && b[i + 1] <= 0x39) ? 4 : 2;
        }
        if (i + length > n)
            break;
        i += length;
    }
    return i;
}

Gb18030Decoder::Gb18030Decoder() {
    if (qtHasGb18030()) {
        m_qt.emplace("GB18030");
        m_valid = true;
    } else {
#ifdef Q_OS_WIN
        m_valid = true;
#endif
    }
}

bool Gb18030Decoder::hasPending() const {
    return !m_pending.isEmpty();
}

QString Gb18030Decoder::decode(QByteArrayView bytes) {
    if (!m_valid || m_error) {
        m_error = true;
        return {};
    }
    if (m_qt) {
        QString text = m_qt->decode(bytes);
        m_error = m_qt->hasError();
        return text;
    }
#ifdef Q_OS_WIN
    m_pending.append(bytes.data(), bytes.size());
    const qsizetype whole = gb18030CompletePrefix(m_pending);
    QString text;
    if (!windowsDecode(QByteArrayView(m_pending).first(whole), &text)) {
        m_error = true;
        return {};
    }
    m_pending.remove(0, whole);
    return text;
#else
    m_error = true;
    return {};
#endif
}

QByteArray encodeGb18030(QStringView text, bool* ok) {
    if (ok)
        *ok = true;
    if (qtHasGb18030()) {
        QStringEncoder encoder("GB18030");
        return encoder.encode(text);
    }
#ifdef Q_OS_WIN
    if (text.isEmpty())
        return {};
    const auto* wide = reinterpret_cast<const wchar_t*>(text.utf16());
    const int n = int(text.size());
    // Flags must be 0 for code page 54936 (the API's rule for it and for UTF-8).
    const int size =
        WideCharToMultiByte(kGb18030CodePage, 0, wide, n, nullptr, 0, nullptr, nullptr);
    if (size > 0) {
        QByteArray bytes(size, Qt::Uninitialized);
        WideCharToMultiByte(kGb18030CodePage, 0, wide, n, bytes.data(), size, nullptr, nullptr);
        return bytes;
    }
#endif
    if (ok)
        *ok = false;
    return {};
}

} // namespace yufang
