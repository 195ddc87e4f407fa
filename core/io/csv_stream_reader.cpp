#include "csv_stream_reader.h"

#include "csv_writer.h"
#include "domain/input_text.h"
#include "gb18030.h"
#include "spreadsheet_reader.h"
#include "text_decoder.h"
#include "utf8.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>
#include <QtEndian>

#include <cstring>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CsvStreamReader)
};

constexpr qint64 kChunk = 1 << 20;

bool isSpace(char c) {
    return c == ' ' || c == '\t';
}

// NUL and the other C0 controls no spreadsheet writes into a cell (tab, LF and CR are text).
bool isForbiddenControl(char c) {
    return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
}

// The one pass over a line of the fast path: false when [p, p+n) holds a quote or a byte below
// 0x20 other than a tab (the general parser then takes the line); *plain is cleared when it
// holds a tab. Eight bytes at a time, since this runs over every line of a million-row
// register.
bool plainLine(const char* p, qsizetype n, bool* plain) {
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    constexpr quint64 kHigh = 0x8080808080808080ULL;
    auto slow = [&](const char* q, qsizetype m) {
        for (qsizetype k = 0; k < m; ++k) {
            const auto c = static_cast<unsigned char>(q[k]);
            if (c == '"' || (c < 0x20 && c != '\t'))
                return false;
            if (c == '\t')
                *plain = false;
        }
        return true;
    };
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 w;
        std::memcpy(&w, p + i, 8);
        const quint64 quote = w ^ (kOnes * '"');
        // Some byte below 0x20, or some byte equal to '"' (exact as to whether there is one).
        if ((((w - kOnes * 0x20) & ~w) | ((quote - kOnes) & ~quote)) & kHigh)
            if (!slow(p + i, 8))
                return false;
    }
    return slow(p + i, n - i);
}

// Characters in UTF-8 bytes (every byte that does not continue a sequence).
qsizetype utf8Length(const char* p, qsizetype n) {
    qsizetype chars = 0;
    for (qsizetype i = 0; i < n; ++i)
        chars += (static_cast<unsigned char>(p[i]) & 0xC0) != 0x80;
    return chars;
}

// Length of the longest prefix of [p, p+n) made of whole, valid UTF-8 sequences; *invalid is
// set when a byte sequence can never become valid (as opposed to one cut off at the end).
qsizetype validUtf8Prefix(const char* p, qsizetype n, bool* invalid) {
    const auto* s = reinterpret_cast<const unsigned char*>(p);
    qsizetype i = 0;
    *invalid = false;
    while (i < n) {
        // ASCII runs dominate a register: skip them eight bytes at a time, and the ASCII
        // bytes before the first of a word that is not (little-endian: the lowest set bit).
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if (const quint64 high = qFromLittleEndian(word) & 0x8080808080808080ULL) {
                i += qCountTrailingZeroBits(high) / 8;
                break;
            }
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        // A run of non-ASCII characters. Chinese text is three-byte sequences E1-EC / EE-EF
        // (no overlong form or surrogate possible there) with two continuation bytes: checked
        // inline, the rest by sequenceAt.
        for (unsigned char lead = c; lead >= 0x80; lead = i < n ? s[i] : 0) {
            if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && i + 2 < n &&
                (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
                i += 3;
                continue;
            }
            const int len = utf8::sequenceAt(s, n, i);
            if (len < 0)
                return i; // cut off: the rest comes with the next chunk
            if (len == 0) {
                *invalid = true;
                return i;
            }
            i += len;
        }
    }
    return i;
}

bool looksLikeUtf16Le(const QByteArray& bytes) {
    const qsizetype n = qMin<qsizetype>(bytes.size(), 400) & ~qsizetype(1);
    if (n < 4)
        return false;
    int zeroOdd = 0;
    for (qsizetype i = 1; i < n; i += 2)
        zeroOdd += bytes.at(i) == 0;
    return zeroOdd * 4 > n;
}

char detectDelimiter(const QByteArray& text) {
    qsizetype tabs = 0, commas = 0, from = 0;
    for (int line = 0; line < 12 && from < text.size(); ++line) {
        qsizetype end = text.indexOf('\n', from);
        if (end < 0)
            end = text.size();
        for (qsizetype i = from; i < end; ++i) {
            tabs += text.at(i) == '\t';
            commas += text.at(i) == ',';
        }
        from = end + 1;
    }
    return tabs > commas ? '\t' : ',';
}
} // namespace

void CsvByteRecord::addTrimmed(const char* base, qsizetype offset, qsizetype length, bool inData) {
    const char* p = base + offset;
    auto blank = [](char c) { return isSpace(c) || c == '\r' || c == '\n'; };
    while (length > 0 && blank(p[0])) {
        ++p;
        ++offset;
        --length;
    }
    while (length > 0 && blank(p[length - 1]))
        --length;
    // The apostrophe CsvWriter put before a formula sign or fragile digits (an exported
    // register's all-digit credit code), as CsvRecord::at strips it.
    if (length > 1 && *p == '\'') {
        qsizetype i = 0;
        while (i < length && p[i] == '\'')
            ++i;
        const QByteArrayView rest(p + i, length - i);
        if (!rest.isEmpty() &&
            ((rest.front() != '\0' && std::strchr("=+-@\t\r", rest.front()) != nullptr) ||
             (rest.size() <= 64 && CsvWriter::spreadsheetWouldMangle(QString::fromLatin1(rest))))) {
            ++offset;
            --length;
        }
    }
    m_spans.push_back(Span{offset, length, inData});
}

bool CsvByteRecord::isBlank() const {
    for (const Span& span : m_spans)
        if (span.length > 0)
            return false;
    return true;
}

CsvStreamReader::CsvStreamReader(QIODevice* device) : m_device(device) {}
CsvStreamReader::~CsvStreamReader() = default;

bool CsvStreamReader::appendChunk(const QByteArray& raw, bool last) {
    if (m_decoder || m_gb18030) {
        const QString text = m_decoder ? m_decoder->decode(raw) : m_gb18030->decode(raw);
        const bool bad = m_decoder ? m_decoder->hasError()
                                   : m_gb18030->hasError() || (last && m_gb18030->hasPending());
        if (bad) {
            m_error = Text::tr("the text is not valid %1").arg(m_encoding);
            m_errorLine = m_line;
            return false;
        }
        m_buffer += text.toUtf8();
        return true;
    }
    const qsizetype from = m_buffer.size();
    m_buffer.append(m_utf8Tail).append(raw);
    return acceptUtf8(from, last);
}

bool CsvStreamReader::acceptUtf8(qsizetype from, bool last) {
    const char* bytes = m_buffer.constData() + from;
    const qsizetype size = m_buffer.size() - from;
    bool invalid = false;
    const qsizetype valid = validUtf8Prefix(bytes, size, &invalid);
    if (invalid || (last && valid < size)) {
        m_error = Text::tr("the text is not valid UTF-8 (the file starts as UTF-8); the file "
                           "is damaged");
        m_errorLine = m_line +
                      int(QByteArrayView(m_buffer).sliced(m_pos, from - m_pos).count('\n')) +
                      int(QByteArrayView(bytes, valid).count('\n'));
        return false;
    }
    m_utf8Tail = QByteArray(bytes + valid, size - valid);
    m_buffer.truncate(from + valid);
    return true;
}

bool CsvStreamReader::fill() {
    if (m_eof)
        return false;
    if (m_decoder || m_gb18030) {
        const QByteArray raw = m_device->read(kChunk);
        m_bytesRead += raw.size();
        m_eof = raw.size() < kChunk || m_device->atEnd();
        if (!appendChunk(raw, m_eof)) {
            m_eof = true;
            return false;
        }
        return true;
    }
    // UTF-8 is read straight into the buffer behind what is left of it (its capacity is
    // kept): no chunk allocated, copied and freed per megabyte.
    const qsizetype from = m_buffer.size();
    const qsizetype tail = m_utf8Tail.size();
    m_buffer.resize(from + tail + kChunk);
    std::memcpy(m_buffer.data() + from, m_utf8Tail.constData(), size_t(tail));
    const qint64 got = m_device->read(m_buffer.data() + from + tail, kChunk);
    m_buffer.truncate(from + tail + qMax<qint64>(got, 0));
    m_bytesRead += qMax<qint64>(got, 0);
    m_eof = got < kChunk || m_device->atEnd();
    if (!acceptUtf8(from, m_eof)) {
        m_eof = true;
        return false;
    }
    return true;
}

bool CsvStreamReader::start() {
    m_started = true;
    const QByteArray head = m_device->peek(4096);
    switch (sniffFileContent(head)) {
    case FileContent::Text:
        break;
    case FileContent::NotText:
        m_error = notTextProblem(head);
        return false;
    case FileContent::Zip:
    case FileContent::Ole: {
        m_deviceSize = m_device->isSequential() ? 0 : m_device->size();
        OpenedSpreadsheet sheet = openSpreadsheet(m_device, m_sheetHints);
        m_encoding = sheet.description();
        if (!sheet.source) {
            m_error = sheet.error;
            m_errorLine = sheet.errorRow;
            return false;
        }
        m_sheet = std::move(sheet.source);
        return true;
    }
    }
    QByteArray raw = m_device->read(kChunk);
    m_bytesRead += raw.size();
    // Before decoding: such a file often holds a byte no Chinese encoding accepts.
    if (const int line = lostChineseLine(raw.left(64 * 1024)); line > 0) {
        m_error = lostChineseProblem();
        m_errorLine = line;
        return false;
    }
    m_eof = raw.size() < kChunk || m_device->atEnd();
    if (raw.startsWith("\xEF\xBB\xBF")) {
        m_encoding = QStringLiteral("UTF-8 (BOM)");
        raw.remove(0, 3);
    } else if (raw.startsWith("\xFF\xFE")) {
        m_encoding = QStringLiteral("UTF-16LE");
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16LE);
        raw.remove(0, 2);
    } else if (raw.startsWith("\xFE\xFF")) {
        m_encoding = QStringLiteral("UTF-16BE");
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16BE);
        raw.remove(0, 2);
    } else if (looksLikeUtf16Le(raw)) {
        m_encoding = QStringLiteral("UTF-16LE");
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16LE);
    } else {
        bool invalid = false;
        validUtf8Prefix(raw.constData(), raw.size(), &invalid);
        if (!invalid) {
            m_encoding = QStringLiteral("UTF-8");
        } else if (const qsizetype at = damagedUtf8Offset(raw); at >= 0) {
            // UTF-8 with a damaged byte: decoding it as GB18030 would turn every name into
            // mojibake (decodeText applies the same rule).
            m_encoding = QStringLiteral("UTF-8");
            m_error = Text::tr("the text is not valid UTF-8 (the file is UTF-8 with a damaged "
                               "byte)");
            m_errorLine = int(QByteArrayView(raw).first(at).count('\n')) + 1;
            return false;
        } else {
            m_encoding = QStringLiteral("GB18030");
            m_gb18030 = std::make_unique<Gb18030Decoder>();
            if (!m_gb18030->isValid()) {
                m_error = Text::tr("the file is neither UTF-8, UTF-16 nor GB18030 text");
                return false;
            }
        }
    }
    if (!appendChunk(raw, m_eof))
        return false;
    m_delimiter = detectDelimiter(m_buffer.left(64 * 1024));
    return true;
}

bool CsvStreamReader::nextRow(CsvByteRecord& record) {
    if (!m_sheet->next(m_row)) {
        m_error = m_sheet->error();
        m_errorLine = m_sheet->errorRow();
        return false;
    }
    m_bytesRead = qint64(m_sheet->progress() * double(m_deviceSize));
    record.line = m_row.row;
    record.m_data.swap(m_row.data); // the row's text becomes the record's, without a copy
    record.m_spans.clear();
    for (const auto& [offset, length] : m_row.cells)
        record.m_spans.push_back({offset, length, true});
    return true;
}

bool CsvStreamReader::next(CsvByteRecord& record) {
    if (!m_started && !start())
        return false;
    if (!m_error.isEmpty())
        return false;
    if (m_sheet)
        return nextRow(record);
    for (;;) {
        record.m_data.clear();
        record.m_spans.clear();
        const char* b = m_buffer.constData();
        const qsizetype n = m_buffer.size();
        qsizetype i = m_pos;
        int line = m_line;
        if (i >= n) {
            m_buffer.truncate(0); // keeps its capacity for the next chunk
            m_pos = 0;
            if (m_eof || !fill())
                return false; // the end, or an encoding error (then m_error says so)
            continue;
        }
        record.line = line;
        const char delim = m_delimiter;
        // Fast path for the common line: complete in the buffer, no quote and no control
        // byte (a CR only at its end). memchr finds the line's end and its delimiters at
        // memory speed, one pass checks the rest; anything unusual takes the general path.
        if (const void* nl = std::memchr(b + i, '\n', size_t(n - i))) {
            const qsizetype end = static_cast<const char*>(nl) - b;
            qsizetype stop = end;
            if (stop > i && b[stop - 1] == '\r')
                --stop;
            bool plain = true;
            if (stop - i <= input_limits::kMaxFieldChars && plainLine(b + i, stop - i, &plain)) {
                qsizetype from = i;
                for (;;) {
                    const void* d = std::memchr(b + from, delim, size_t(stop - from));
                    const qsizetype to = d ? static_cast<const char*>(d) - b : stop;
                    record.addTrimmed(b, from, to - from, false);
                    if (!d)
                        break;
                    from = to + 1;
                }
                m_pos = end + 1;
                m_line = line + 1;
                record.m_buffer = b;
                // A tab delimiter is no tab inside a field.
                record.m_plain = plain || delim == '\t';
                while (!record.m_spans.empty() && record.m_spans.back().length == 0)
                    record.m_spans.pop_back();
                return true;
            }
        }
        bool complete = false;
        bool needMore = false;
        const qsizetype recordStart = i;
        auto fail = [&](int at, const QString& message) {
            m_error = message;
            m_errorLine = at;
            m_eof = true;
            return false;
        };
        auto tooLong = [&](qsizetype from, qsizetype to, qsizetype limit) {
            return to - from > limit && utf8Length(b + from, to - from) > limit;
        };
        auto cellText = [&](qsizetype from, qsizetype to) {
            return excerpt(QString::fromUtf8(b + from, qMin<qsizetype>(to - from, 256)));
        };
        while (!complete && !needMore) {
            // One field from i. Fields stay where they are in the buffer (no copy) unless
            // doubled quotes changed them.
            qsizetype j = i;
            while (j < n && isSpace(b[j]) && b[j] != delim)
                ++j;
            CsvByteRecord::Span span{i, 0, false};
            if (j < n && b[j] == '"') {
                const qsizetype open = j + 1;
                const int openLine = line;
                i = open;
                bool copied = false;
                const qsizetype copyStart = record.m_data.size();
                for (;;) {
                    const qsizetype q = i;
                    while (i < n && b[i] != '"') {
                        if (b[i] == '\n' || (b[i] == '\r' && !(i + 1 < n && b[i + 1] == '\n')))
                            ++line;
                        else if (isForbiddenControl(b[i]))
                            return fail(line, Text::tr("the control character U+%1 (a NUL or a "
                                                       "similar byte no spreadsheet writes) is "
                                                       "in the text; the file is damaged")
                                                  .arg(int(b[i]), 4, 16, QLatin1Char('0')));
                        ++i;
                    }
                    if (copied)
                        record.m_data.append(b + q, i - q);
                    if (i >= n) {
                        needMore = !m_eof;
                        if (m_eof)
                            return fail(openLine,
                                        Text::tr("the quote (\") that opens the cell \"%1\" on "
                                                 "this line is never closed; a stray quote "
                                                 "would swallow the lines after it")
                                            .arg(cellText(open, n)));
                        break;
                    }
                    if (i + 1 >= n && !m_eof) {
                        needMore = true; // cannot tell "" from a closing quote yet
                        break;
                    }
                    if (i + 1 < n && b[i + 1] == '"') {
                        if (!copied) {
                            record.m_data.append(b + open, i - open);
                            copied = true;
                        }
                        record.m_data.append('"');
                        i += 2;
                        continue;
                    }
                    break;
                }
                if (needMore)
                    break;
                span = copied
                           ? CsvByteRecord::Span{copyStart, record.m_data.size() - copyStart, true}
                           : CsvByteRecord::Span{open, i - open, false};
                const qsizetype close = i;
                ++i; // the closing quote
                // Only spaces may follow the closing quote: anything else means a quote is
                // misplaced, and reading on would join or split cells.
                while (i < n && isSpace(b[i]) && b[i] != delim)
                    ++i;
                if (i < n && b[i] != delim && b[i] != '\n' && b[i] != '\r')
                    return fail(openLine, Text::tr("the quoted cell \"%1\" that opens on this "
                                                   "line is followed by text after its closing "
                                                   "quote (line %2); a quote is misplaced")
                                              .arg(cellText(open, close))
                                              .arg(line));
                if (tooLong(open, close, input_limits::kMaxFieldChars))
                    return fail(line, Text::tr("a cell longer than %1 characters (more than a "
                                               "spreadsheet cell holds): \"%2\"")
                                          .arg(input_limits::kMaxFieldChars)
                                          .arg(cellText(open, close)));
            } else {
                while (i < n && b[i] != delim && b[i] != '\n' && b[i] != '\r') {
                    if (b[i] == '"')
                        return fail(line, Text::tr("a quote (\") inside the cell \"%1\"; a cell "
                                                   "holding quotes must be quoted whole, as "
                                                   "spreadsheets save it")
                                              .arg(cellText(span.offset, i)));
                    if (isForbiddenControl(b[i]))
                        return fail(line, Text::tr("the control character U+%1 (a NUL or a "
                                                   "similar byte no spreadsheet writes) is in "
                                                   "the text; the file is damaged")
                                              .arg(int(b[i]), 4, 16, QLatin1Char('0')));
                    ++i;
                }
                span.length = i - span.offset;
                if (tooLong(span.offset, i, input_limits::kMaxFieldChars))
                    return fail(line, Text::tr("a cell longer than %1 characters (more than a "
                                               "spreadsheet cell holds): \"%2\"")
                                          .arg(input_limits::kMaxFieldChars)
                                          .arg(cellText(span.offset, i)));
            }
            record.addTrimmed(span.inData ? record.m_data.constData() : b, span.offset, span.length,
                              span.inData);
            if (tooLong(recordStart, i, input_limits::kMaxRecordChars))
                return fail(record.line, Text::tr("the record is longer than %1 characters; no "
                                                  "form has such a line (a quote left open?)")
                                             .arg(input_limits::kMaxRecordChars));
            if (i >= n) {
                if (!m_eof)
                    needMore = true;
                else
                    complete = true;
            } else if (b[i] == delim) {
                ++i;
            } else {
                if (b[i] == '\r') {
                    if (i + 1 >= n && !m_eof) {
                        needMore = true;
                        break;
                    }
                    if (i + 1 < n && b[i + 1] == '\n')
                        ++i;
                }
                ++i;
                ++line;
                complete = true;
            }
        }
        if (needMore) {
            // Keep the unfinished record at the front of the buffer, read on and parse it
            // again; a record that never ends (a quote left open) stops at the limit.
            if (n - m_pos > 4 * input_limits::kMaxRecordChars &&
                utf8Length(b + m_pos, n - m_pos) > input_limits::kMaxRecordChars)
                return fail(record.line, Text::tr("the record is longer than %1 characters; no "
                                                  "form has such a line (a quote left open?)")
                                             .arg(input_limits::kMaxRecordChars));
            // Moved to the front by hand: QByteArray::remove(0, n) would only advance the
            // array's start, and the next chunk would then need a new allocation.
            const qsizetype rest = m_buffer.size() - m_pos;
            std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(rest));
            m_buffer.truncate(rest);
            m_pos = 0;
            if (!fill() && !m_error.isEmpty())
                return false;
            continue;
        }
        m_pos = i;
        m_line = line;
        record.m_buffer = b;
        record.m_plain = false; // the fields are checked one by one
        while (!record.m_spans.empty() && record.m_spans.back().length == 0)
            record.m_spans.pop_back();
        return true;
    }
}

} // namespace yufang
