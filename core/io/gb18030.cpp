#include "gb18030.h"

// The table codec is linked only where QtCore lacks ICU (YUFANG_GB18030_TABLES, core's
// CMakeLists); its header is needed everywhere for the decoder's member.
#include "gb18030_codec.h"
#include "gb18030_table.h"

#include <QStringEncoder>

namespace yufang {

namespace {
bool qtHasGb18030() {
    static const bool has = QStringDecoder("GB18030").isValid();
    return has;
}
} // namespace

qsizetype gb18030CompletePrefix(QByteArrayView bytes) {
    return gb18030::completePrefix(reinterpret_cast<const uchar*>(bytes.data()), bytes.size());
}

Gb18030Decoder::Gb18030Decoder() {
    if (qtHasGb18030()) {
        m_qt.emplace("GB18030");
        m_valid = true;
    } else {
#ifdef YUFANG_GB18030_TABLES
        m_tables = std::make_unique<Gb18030TableDecoder>();
        m_valid = true;
#endif
    }
}

Gb18030Decoder::~Gb18030Decoder() = default;

bool Gb18030Decoder::hasError() const {
#ifdef YUFANG_GB18030_TABLES
    if (m_tables)
        return m_tables->hasError();
#endif
    return !m_valid || m_qt->hasError();
}

bool Gb18030Decoder::hasPending() const {
#ifdef YUFANG_GB18030_TABLES
    if (m_tables)
        return m_tables->hasPending();
#endif
    return !m_qtTail.isEmpty();
}

QString Gb18030Decoder::decode(QByteArrayView bytes) {
#ifdef YUFANG_GB18030_TABLES
    if (m_tables)
        return m_tables->decode(bytes);
#endif
    if (!m_valid)
        return {};
    // ICU keeps the start of a character cut off at the end of `bytes` for the next call and
    // says nothing of it when no call follows: the same cut, made here, lets hasPending() tell
    // a truncated file, as the table decoder does.
    m_qtTail.append(bytes.data(), bytes.size());
    m_qtTail.remove(0, gb18030CompletePrefix(m_qtTail));
    return m_qt->decode(bytes);
}

QByteArray encodeGb18030(QStringView text, bool* ok) {
    if (ok)
        *ok = true;
    if (qtHasGb18030()) {
        QStringEncoder encoder("GB18030");
        return encoder.encode(text);
    }
#ifdef YUFANG_GB18030_TABLES
    return encodeGb18030WithTables(text);
#else
    if (ok)
        *ok = false;
    return {};
#endif
}

} // namespace yufang
