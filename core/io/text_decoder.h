#pragma once

#include <QByteArray>
#include <QString>

namespace yufang {

// Turns the bytes of a file that Excel or WPS saved into text: UTF-8 with or without BOM,
// UTF-16 with BOM ("Unicode text"), otherwise GB18030 (a superset of GBK and GB2312).
struct DecodedText {
    QString text;
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030"
    bool ok = true;   // false when even GB18030 found invalid bytes
};

DecodedText decodeText(const QByteArray& bytes);

} // namespace yufang
