#include "xlsx_sheet_scanner.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
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

// The hot loops work on raw pointers and memchr/memcmp: a Debug build (-O0) pays a function
// call for every QByteArrayView operation, and this runs for every byte of a million-row sheet.

// A name of `n` bytes at `p` equals the literal `s`.
template <size_t N> bool is(const char* p, qsizetype n, const char (&s)[N]) {
    return n == qsizetype(N - 1) && std::memcmp(p, s, N - 1) == 0;
}

// The element's name without a namespace prefix ("x:c" → "c"): moves `p` past the colon.
void stripPrefix(const char*& p, qsizetype& n) {
    if (const void* colon = std::memchr(p, ':', size_t(n))) {
        const qsizetype skip = static_cast<const char*>(colon) - p + 1;
        p += skip;
        n -= skip;
    }
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

// True when every quoted attribute value in [p, end) is closed (a '>' after it ends the tag).
bool quotesClosed(const char* p, const char* const end) {
    while (p < end) {
        const auto* d = static_cast<const char*>(std::memchr(p, '"', size_t(end - p)));
        const auto* s = static_cast<const char*>(std::memchr(p, '\'', size_t(end - p)));
        const char* open = !d ? s : !s ? d : std::min(d, s);
        if (!open)
            return true;
        const auto* close =
            static_cast<const char*>(std::memchr(open + 1, *open, size_t(end - open - 1)));
        if (!close)
            return false;
        p = close + 1;
    }
    return true;
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
    // m_pos is on '<'. A '>' inside a quoted attribute value does not end the tag. memchr does
    // the scanning: this runs for every tag of a million-row sheet.
    qsizetype from = 1; // relative to m_pos: fill() moves the buffer
    for (;;) {
        const char* data = m_buffer.constData() + m_pos;
        const qsizetype size = m_buffer.size() - m_pos;
        const void* gt = size > from ? std::memchr(data + from, '>', size_t(size - from)) : nullptr;
        if (gt) {
            const qsizetype end = static_cast<const char*>(gt) - data;
            if (quotesClosed(data + 1, data + end)) {
                *tag = QByteArrayView(data + 1, end - 1);
                m_pos += end + 1;
                return true;
            }
            from = end + 1;
            continue;
        }
        from = qMax<qsizetype>(1, size);
        if (size > kMaxTag || !fill())
            return false;
    }
}

bool XlsxSheetScanner::appendText(QByteArrayView raw) {
    // Nearly every value is plain text: appended whole.
    if (!std::memchr(raw.data(), '&', size_t(raw.size())) &&
        !std::memchr(raw.data(), '\r', size_t(raw.size()))) {
        m_value.append(raw.data(), raw.size());
        return true;
    }
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
    const char* p = tag.data();
    const char* const end = p + tag.size();
    while (p < end && !isSpace(*p) && *p != '/')
        ++p;
    for (;;) {
        const auto* eq = static_cast<const char*>(std::memchr(p, '=', size_t(end - p)));
        if (!eq)
            return;
        const char* nameEnd = eq;
        while (nameEnd > p && isSpace(nameEnd[-1]))
            --nameEnd;
        const char* name = nameEnd;
        while (name > p && !isSpace(name[-1]))
            --name;
        qsizetype nameSize = nameEnd - name;
        stripPrefix(name, nameSize);
        const char* open = eq + 1;
        while (open < end && *open != '"' && *open != '\'')
            ++open;
        if (open >= end)
            return;
        const auto* close =
            static_cast<const char*>(std::memchr(open + 1, *open, size_t(end - open - 1)));
        if (!close)
            return;
        const QByteArrayView value(open + 1, close - open - 1);
        p = close + 1;
        if (nameSize != 1)
            continue;
        if (*name == 'r') {
            if (cell)
                m_ref.append(value); // cleared at <c>: the buffer is reused, no allocation
            else
                m_rowNumber = qMax(0, parseInt(value));
        } else if (cell && *name == 't') {
            m_type.append(value);
        } else if (cell && *name == 's') {
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
        const char* const buffer = m_buffer.constData();
        const auto* found = static_cast<const char*>(
            std::memchr(buffer + m_pos, '<', size_t(m_buffer.size() - m_pos)));
        const qsizetype lt = found ? found - buffer : -1;
        const bool capturing = m_capture > 0 && m_phonetic == 0;
        if (lt < 0) {
            // The text goes on past the buffer: keep a character reference that may be cut.
            qsizetype cut = m_buffer.size();
            if (capturing) {
                const qsizetype amp = m_buffer.lastIndexOf('&');
                if (amp >= m_pos && m_buffer.indexOf(';', amp) < 0)
                    cut = amp;
                // and a CR whose LF may follow in the next piece (CR LF is one line break).
                if (cut > m_pos && m_buffer.at(cut - 1) == '\r')
                    --cut;
                if (!appendText(QByteArrayView(m_buffer).sliced(m_pos, cut - m_pos)))
                    return fail(Text::tr("the sheet's XML is damaged (an unknown character "
                                         "reference): open the file in a spreadsheet and save "
                                         "it again"));
            }
            if (m_value.size() > kMaxValue)
                return fail(Text::tr("a cell of the sheet holds more text than a spreadsheet "
                                     "cell can: the file is damaged"));
            m_pos = cut;
            if (!fill()) {
                if (m_deviceFailed || m_inSheetData)
                    return fail(QString()); // a zip error, or cut short inside the data
                m_done = true;
                return Event::End;
            }
            continue;
        }
        if (capturing && lt > m_pos) {
            if (!appendText(QByteArrayView(buffer + m_pos, lt - m_pos)))
                return fail(Text::tr("the sheet's XML is damaged (an unknown character "
                                     "reference): open the file in a spreadsheet and save it "
                                     "again"));
            if (m_value.size() > kMaxValue)
                return fail(Text::tr("a cell of the sheet holds more text than a spreadsheet "
                                     "cell can: the file is damaged"));
        }
        m_pos = lt;
        // Comments, processing instructions and CDATA need a few bytes to be told apart.
        while (m_buffer.size() - m_pos < 9 && fill()) {
        }
        const char second = m_pos + 1 < m_buffer.size() ? m_buffer.constData()[m_pos + 1] : '\0';
        if (second == '!' || second == '?') {
            const QByteArrayView ahead = QByteArrayView(m_buffer).sliced(m_pos);
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
            // A comment, a processing instruction or a declaration: skipped whole.
            if (!skipPast(second == '?'              ? QByteArrayView("?>")
                          : ahead.startsWith("<!--") ? QByteArrayView("-->")
                                                     : QByteArrayView(">")))
                return fail(QString());
            continue;
        }
        QByteArrayView tag;
        if (!readTag(&tag))
            return fail(QString());
        const char* t = tag.data();
        const qsizetype tagSize = tag.size();
        const bool end = tagSize > 0 && t[0] == '/';
        const bool selfClosing = !end && tagSize > 0 && t[tagSize - 1] == '/';
        const char* name = end ? t + 1 : t;
        qsizetype nameSize = 0;
        while (name + nameSize < t + tagSize && !isSpace(name[nameSize]) && name[nameSize] != '/')
            ++nameSize;
        stripPrefix(name, nameSize);
        if (end) {
            if (is(name, nameSize, "c") && m_inCell) {
                m_inCell = false;
                m_capture = 0;
                m_inInline = false;
                return Event::Cell;
            }
            if (is(name, nameSize, "v") || (is(name, nameSize, "t") && m_inInline)) {
                if (m_capture > 0 && m_phonetic == 0)
                    --m_capture;
            } else if (is(name, nameSize, "rPh")) {
                if (m_phonetic > 0)
                    --m_phonetic;
            } else if (is(name, nameSize, "is")) {
                m_inInline = false;
            } else if (is(name, nameSize, "row") && m_inSheetData) {
                return Event::RowEnd;
            } else if (is(name, nameSize, "sheetData")) {
                m_done = true;
                return Event::End;
            }
            continue;
        }
        if (is(name, nameSize, "sheetData")) {
            if (selfClosing) {
                m_done = true;
                return Event::End;
            }
            m_inSheetData = true;
            continue;
        }
        if (!m_inSheetData)
            continue;
        if (is(name, nameSize, "c")) {
            m_ref.truncate(0);
            m_type.truncate(0);
            m_style = 0;
            m_value.truncate(0);
            m_inline = false;
            m_capture = 0;
            m_phonetic = 0;
            readAttributes(tag, true);
            if (selfClosing)
                return Event::Cell;
            m_inCell = true;
        } else if (is(name, nameSize, "v")) {
            if (m_inCell && !selfClosing)
                ++m_capture;
        } else if (is(name, nameSize, "is")) {
            if (m_inCell) {
                m_inline = true;
                m_inInline = !selfClosing;
            }
        } else if (is(name, nameSize, "t")) {
            if (m_inInline && m_phonetic == 0 && !selfClosing)
                ++m_capture;
        } else if (is(name, nameSize, "rPh")) {
            if (!selfClosing)
                ++m_phonetic;
        } else if (is(name, nameSize, "row")) {
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
