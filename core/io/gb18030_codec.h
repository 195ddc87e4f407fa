#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace yufang {

// GB18030 from the tables of io/gb18030_table (ICU's mapping, taken from the build host's QtCore
// at build time), for a QtCore without ICU: the Windows build's. io/gb18030 chooses it only
// there; tests/core/gb18030_codec_test compares it with ICU code by code on Linux.
//
// It gives what Qt's ICU converter gives: the same characters for every valid code, an error
// for every invalid one, and the same bytes when encoding, lone surrogates included. One
// difference, by design: decoding stops at the first invalid code (ICU writes U+FFFD and goes
// on), as every caller refuses such text anyway.
class Gb18030TableDecoder {
public:
    // May be called chunk by chunk; a character split between two chunks is completed by the
    // next call.
    QString decode(QByteArrayView bytes);
    bool hasError() const { return m_error; }
    // The start of a character held back for the next chunk; at the end of the input, a file
    // cut off inside a character.
    bool hasPending() const { return !m_pending.isEmpty(); }

private:
    QByteArray m_pending;
    bool m_error = false;
};

QByteArray encodeGb18030WithTables(QStringView text);

} // namespace yufang
