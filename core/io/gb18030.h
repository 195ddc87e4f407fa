#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <memory>
#include <optional>

namespace yufang {

class Gb18030TableDecoder;

// GB18030, the Chinese national character set in which older Excel and WPS set-ups save CSV.
// Qt 6.4 converts it only through ICU: Debian's QtCore links ICU, the Windows build's QtCore does
// not (ICU's data alone is 30 MB, for one character set). There io/gb18030_codec converts it
// from tables that tools/gb18030_table takes from the build host's ICU at build time, so both
// builds read and write the same bytes (scripts/package-windows.sh --test compares them).
// Windows' own code page 54936 is not used: Wine has none, and it is Windows' implementation, not
// ICU's (.NET's port of it calls it GB18030-2000, where 0xA8BC is U+E7C7, ICU 72's U+1E3F), which
// Windows updates may change.
class Gb18030Decoder {
public:
    Gb18030Decoder();
    ~Gb18030Decoder();
    // False when this build has no GB18030 converter at all.
    bool isValid() const { return m_valid; }
    // Like QStringDecoder::decode: may be called chunk by chunk; a character split between two
    // chunks is completed by the next call.
    QString decode(QByteArrayView bytes);
    bool hasError() const;
    // Bytes of an unfinished character held back for the next chunk; at the end of the input
    // they mean a truncated file.
    bool hasPending() const;

private:
    std::optional<QStringDecoder> m_qt; // through ICU where QtCore has it
    // ICU holds the start of a split character inside; this is its copy, for hasPending().
    QByteArray m_qtTail;
    std::unique_ptr<Gb18030TableDecoder> m_tables; // where it has not
    bool m_valid = false;
};

// The text in GB18030 (which covers all of Unicode). Empty, with *ok false, when the build has
// no converter.
QByteArray encodeGb18030(QStringView text, bool* ok = nullptr);

// How many leading bytes of `bytes` form whole GB18030 characters (1, 2 or 4 bytes each, told
// apart by their first two bytes); the rest is the start of a character cut off by a chunk end.
qsizetype gb18030CompletePrefix(QByteArrayView bytes);

} // namespace yufang
