#include "xlsx_sheet_scanner.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetReader)
};

// A tag longer than this is no tag of a worksheet, and a cell's text longer than this is more
// than a spreadsheet's 32,767 characters can be in UTF-8: a damaged or hostile file (a zip bomb).
constexpr qsizetype kMaxTag = 1 << 20;
constexpr qsizetype kMaxValue = 1 << 20;

// The element's name without a namespace prefix ("x:c" → "c").
QByteArrayView localName(QByteArrayView name) {
    const qsizetype colon = name.indexOf(':');
    return colon < 0 ? name : name.sliced(colon + 1);
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

void appendUtf8(QByteArray& out, char32_t code) {
    if (code < 0x80) {
        out.append(char(code));
    } else if (code < 0x800) {
        out.append(char(0xC0 | (code >> 6)));
        out.append(char(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out.append(char(0xE0 | (code >> 12)));
        out.append(char(0x80 | ((code >> 6) & 0x3F)));
        out.append(char(0x80 | (code & 0x3F)));
    } else {
        out.append(char(0xF0 | (code >> 18)));
        out.append(char(0x80 | ((code >> 12) & 0x3F)));
        out.append(char(0x80 | ((code >> 6) & 0x3F)));
        out.append(char(0x80 | (code & 0x3F)));
    }
}

int parseInt(QByteArrayView v) {
    int n = 0;
    for (const char c : v) {
        if (c < '0' || c > '9' || n > 100'000'000)
            return -1;
        n = n * 10 + (c - '0');
    }
    return v.isEmpty() ? -1 : n;
}
} // namespace

XlsxSheetScanner::XlsxSheetScanner(QIODevice* device, qsizetype chunk)
    : m_device(device), m_chunk(qMax<qsizetype>(1, chunk)) {}

bool XlsxSheetScanner::fill() {
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    if (m_device->atEnd()) { // the part's end; a failed zip entry reads as ended too
        m_eof = true;
        return false;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + m_chunk);
    const qint64 got = m_device->read(m_buffer.data() + old, m_chunk);
    m_buffer.resize(old + qMax<qint64>(0, got));
    if (got < 0)
        m_deviceFailed = true;
    if (got <= 0)
        m_eof = true;
    return got > 0;
}

XlsxSheetScanner::Event XlsxSheetScanner::fail(const QString& why) {
    if (m_error.isEmpty())
        m_error = why;
    m_done = true;
    return Event::Error;
}

bool XlsxSheetScanner::skipPast(QByteArrayView end) {
    for (;;) {
        const qsizetype at = QByteArrayView(m_buffer).indexOf(end, m_pos);
        if (at >= 0) {
            m_pos = at + end.size();
            return true;
        }
        // Keep what may be the first bytes of a cut end marker.
        m_pos = qMax(m_pos, m_buffer.size() - end.size() + 1);
        if (!fill())
            return false;
    }
}

bool XlsxSheetScanner::readTag(QByteArrayView* tag) {
    // m_pos is on '<'. A '>' inside a quoted attribute value does not end the tag.
    qsizetype i = 1;
    char quote = 0;
    for (;;) {
        const char* data = m_buffer.constData() + m_pos;
        const qsizetype size = m_buffer.size() - m_pos;
        for (; i < size; ++i) {
            const char c = data[i];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                *tag = QByteArrayView(data + 1, i - 1);
                m_pos += i + 1;
                return true;
            }
        }
        if (i > kMaxTag || !fill())
            return false;
    }
}

bool XlsxSheetScanner::appendText(QByteArrayView raw) {
    // XML's end-of-line handling: CR LF and a lone CR are read as LF.
    auto append = [&](QByteArrayView part) {
        if (!part.contains('\r')) {
            m_value.append(part);
            return;
        }
        for (qsizetype i = 0; i < part.size(); ++i) {
            if (part[i] != '\r')
                m_value.append(part[i]);
            else if (i + 1 >= part.size() || part[i + 1] != '\n')
                m_value.append('\n');
        }
    };
    for (;;) {
        const qsizetype amp = raw.indexOf('&');
        if (amp < 0) {
            append(raw);
            return true;
        }
        append(raw.first(amp));
        const qsizetype semi = raw.indexOf(';', amp);
        if (semi < 0 || semi - amp > 12)
            return false;
        const QByteArrayView entity = raw.sliced(amp + 1, semi - amp - 1);
        if (entity == "lt")
            m_value.append('<');
        else if (entity == "gt")
            m_value.append('>');
        else if (entity == "amp")
            m_value.append('&');
        else if (entity == "quot")
            m_value.append('"');
        else if (entity == "apos")
            m_value.append('\'');
        else if (entity.startsWith('#')) {
            bool ok = false;
            const uint code = entity.startsWith("#x") ? entity.sliced(2).toUInt(&ok, 16)
                                                      : entity.sliced(1).toUInt(&ok, 10);
            if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                return false;
            appendUtf8(m_value, char32_t(code));
        } else {
            return false;
        }
        raw = raw.sliced(semi + 1);
    }
}

void XlsxSheetScanner::readAttributes(QByteArrayView tag, bool cell) {
    // tag: "c r=\"A1\" s=\"3\" t=\"s\"" (the name first).
    qsizetype i = 0;
    while (i < tag.size() && !isSpace(tag[i]) && tag[i] != '/')
        ++i;
    while (i < tag.size()) {
        while (i < tag.size() && (isSpace(tag[i]) || tag[i] == '/'))
            ++i;
        const qsizetype nameStart = i;
        while (i < tag.size() && tag[i] != '=' && !isSpace(tag[i]))
            ++i;
        const QByteArrayView name = localName(tag.sliced(nameStart, i - nameStart));
        while (i < tag.size() && tag[i] != '"' && tag[i] != '\'')
            ++i;
        if (i >= tag.size())
            return;
        const char quote = tag[i++];
        const qsizetype valueStart = i;
        while (i < tag.size() && tag[i] != quote)
            ++i;
        const QByteArrayView value = tag.sliced(valueStart, i - valueStart);
        ++i;
        if (name == "r") {
            if (cell)
                m_ref = value.toByteArray();
            else
                m_rowNumber = qMax(0, parseInt(value));
        } else if (cell && name == "t") {
            m_type = value.toByteArray();
        } else if (cell && name == "s") {
            m_style = qMax(0, parseInt(value));
        }
    }
}

XlsxSheetScanner::Event XlsxSheetScanner::next() {
    if (m_pendingRowEnd) {
        m_pendingRowEnd = false;
        return Event::RowEnd;
    }
    if (m_done)
        return m_error.isEmpty() && !m_deviceFailed ? Event::End : Event::Error;
    for (;;) {
        const qsizetype lt = m_buffer.indexOf('<', m_pos);
        const bool capturing = m_capture > 0 && m_phonetic == 0;
        if (lt < 0) {
            // The text goes on past the buffer: keep a character reference that may be cut.
            qsizetype cut = m_buffer.size();
            if (capturing) {
                const qsizetype amp = m_buffer.lastIndexOf('&');
                if (amp >= m_pos && m_buffer.indexOf(';', amp) < 0)
                    cut = amp;
                if (!appendText(QByteArrayView(m_buffer).sliced(m_pos, cut - m_pos)))
                    return fail(Text::tr("the sheet's XML is damaged (an unknown character "
                                         "reference): open the file in a spreadsheet and save "
                                         "it again"));
            }
            m_pos = cut;
            if (!fill()) {
                if (m_deviceFailed || m_inSheetData)
                    return fail(QString()); // a zip error, or cut short inside the data
                m_done = true;
                return Event::End;
            }
            continue;
        }
        if (capturing && lt > m_pos &&
            !appendText(QByteArrayView(m_buffer).sliced(m_pos, lt - m_pos)))
            return fail(Text::tr("the sheet's XML is damaged (an unknown character reference): "
                                 "open the file in a spreadsheet and save it again"));
        if (m_value.size() > kMaxValue)
            return fail(Text::tr("a cell of the sheet holds more text than a spreadsheet cell "
                                 "can: the file is damaged"));
        m_pos = lt;
        // Comments, processing instructions and CDATA need a few bytes to be told apart.
        while (m_buffer.size() - m_pos < 9 && fill()) {
        }
        const QByteArrayView ahead = QByteArrayView(m_buffer).sliced(m_pos);
        if (ahead.startsWith("<!--") || ahead.startsWith("<?")) {
            if (!skipPast(ahead.startsWith("<?") ? QByteArrayView("?>") : QByteArrayView("-->")))
                return fail(QString());
            continue;
        }
        if (ahead.startsWith("<![CDATA[")) {
            m_pos += 9;
            for (;;) { // the text as it stands, no entities
                const qsizetype at = QByteArrayView(m_buffer).indexOf("]]>", m_pos);
                const qsizetype stop = at >= 0 ? at : qMax(m_pos, m_buffer.size() - 2);
                if (capturing)
                    m_value.append(QByteArrayView(m_buffer).sliced(m_pos, stop - m_pos));
                m_pos = stop;
                if (at >= 0) {
                    m_pos += 3;
                    break;
                }
                if (!fill())
                    return fail(QString());
            }
            continue;
        }
        QByteArrayView tag;
        if (!readTag(&tag))
            return fail(QString());
        const bool end = tag.startsWith('/');
        const bool selfClosing = !end && tag.endsWith('/');
        qsizetype nameEnd = end ? 1 : 0;
        while (nameEnd < tag.size() && !isSpace(tag[nameEnd]) && tag[nameEnd] != '/')
            ++nameEnd;
        const QByteArrayView name = localName(tag.sliced(end ? 1 : 0, nameEnd - (end ? 1 : 0)));
        if (end) {
            if (name == "c" && m_inCell) {
                m_inCell = false;
                m_capture = 0;
                m_inInline = false;
                return Event::Cell;
            }
            if (name == "v" || (name == "t" && m_inInline)) {
                if (m_capture > 0 && m_phonetic == 0)
                    --m_capture;
            } else if (name == "rPh") {
                if (m_phonetic > 0)
                    --m_phonetic;
            } else if (name == "is") {
                m_inInline = false;
            } else if (name == "row" && m_inSheetData) {
                return Event::RowEnd;
            } else if (name == "sheetData") {
                m_done = true;
                return Event::End;
            }
            continue;
        }
        if (name == "sheetData") {
            if (selfClosing) {
                m_done = true;
                return Event::End;
            }
            m_inSheetData = true;
            continue;
        }
        if (!m_inSheetData)
            continue;
        if (name == "c") {
            m_ref.clear();
            m_type.clear();
            m_style = 0;
            m_value.truncate(0);
            m_inline = false;
            m_capture = 0;
            m_phonetic = 0;
            readAttributes(tag, true);
            if (selfClosing)
                return Event::Cell;
            m_inCell = true;
        } else if (name == "v") {
            if (m_inCell && !selfClosing)
                ++m_capture;
        } else if (name == "is") {
            if (m_inCell) {
                m_inline = true;
                m_inInline = !selfClosing;
            }
        } else if (name == "t") {
            if (m_inInline && m_phonetic == 0 && !selfClosing)
                ++m_capture;
        } else if (name == "rPh") {
            if (!selfClosing)
                ++m_phonetic;
        } else if (name == "row") {
            m_rowNumber = 0;
            readAttributes(tag, false);
            if (selfClosing) {
                // A row without cells: counted for the rows that follow without an r.
                m_pendingRowEnd = true;
            }
            return Event::RowStart;
        }
    }
}

} // namespace yufang
