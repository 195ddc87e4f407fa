#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace yufang {

// Turns the bytes of a file that Excel or WPS saved into text: UTF-8 with or without BOM,
// UTF-16 with BOM ("Unicode text"), otherwise GB18030 (a superset of GBK and GB2312).
struct DecodedText {
    QString text;
    QString encoding;        // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030"
    bool ok = true;          // false when the bytes are none of these, or damaged UTF-8
    int damagedLine = 0;     // > 0: UTF-8 with an invalid byte on this line (a damaged file)
    QString problem() const; // why ok is false, for "FILE:LINE: message"
};

DecodedText decodeText(const QByteArray& bytes);

// Offset of the first invalid byte when `bytes` are UTF-8 with a few damaged bytes (at least
// eight well-formed multi-byte characters and four times as many as invalid ones), -1 when
// they are valid UTF-8 or not UTF-8 at all. Real GB18030 text forms a valid UTF-8 sequence
// only by accident (about one character in ten), so it is never taken for damaged UTF-8;
// decoding a damaged UTF-8 file as GB18030 instead would import every name as mojibake.
qsizetype damagedUtf8Offset(QByteArrayView bytes);

// The line where Chinese text first shows as runs of '?' (LibreOffice or Excel saved the CSV
// in a character set without Chinese, such as Windows-1252, which writes '?' for every Chinese
// character), 0 when the bytes hold Chinese (UTF-8 or GB18030) or no such runs. Checked before
// decoding: such a file often holds a byte (‰ as 0x89) that no Chinese encoding accepts. The
// Chinese is gone from such a file: only saving it again from the workbook brings it back
// (lostChineseProblem says how).
int lostChineseLine(QByteArrayView bytes); // the file's bytes, before decoding
QString lostChineseProblem();

} // namespace yufang
