#include "csv_stream_reader.h"

#include "csv_writer.h"
#include "domain/input_text.h"
#include "spreadsheet_reader.h"
#include "text_decoder.h"
#include "utf8.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

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

// True when [p, p+n) holds a byte below 0x20 other than a tab: eight bytes at a time, since
// this runs over every line of a million-row register.
bool hasControlByte(const char* p, qsizetype n) {
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 w;
        std::memcpy(&w, p + i, 8);
        if (((w - 0x2020202020202020ULL) & ~w & 0x8080808080808080ULL) == 0)
            continue;
        for (int k = 0; k < 8; ++k)
            if (static_cast<unsigned char>(p[i + k]) < 0x20 && p[i + k] != '\t')
                return true;
    }
    for (; i < n; ++i)
        if (static_cast<unsigned char>(p[i]) < 0x20 && p[i] != '\t')
            return true;
    return false;
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
        // ASCII runs dominate a register: skip them eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
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

QByteArrayView CsvByteRecord::at(int i) const {
    if (i < 0 || i >= int(m_spans.size()))
        return {};
    const Span& span = m_spans[size_t(i)];
    const char* p = (span.inData ? m_data.constData() : m_buffer) + span.offset;
    qsizetype n = span.length;
    while (n > 0 && (isSpace(*p) || *p == '\r' || *p == '\n')) {
        ++p;
        --n;
    }
    while (n > 0 && (isSpace(p[n - 1]) || p[n - 1] == '\r' || p[n - 1] == '\n'))
        --n;
    // The apostrophe CsvWriter put before a formula sign or fragile digits (an exported
    // register's all-digit credit code), as CsvRecord::at strips it.
    if (n > 1 && *p == '\'') {
        qsizetype i = 0;
        while (i < n && p[i] == '\'')
            ++i;
        const QByteArrayView rest(p + i, n - i);
        if (!rest.isEmpty() &&
            ((rest.front() != '\0' && std::strchr("=+-@\t\r", rest.front()) != nullptr) ||
             (rest.size() <= 64 && CsvWriter::spreadsheetWouldMangle(QString::fromLatin1(rest))))) {
            ++p;
            --n;
        }
    }
    return QByteArrayView(p, n);
}

bool CsvByteRecord::isBlank() const {
    for (int i = 0; i < fieldCount(); ++i)
        if (!at(i).isEmpty())
            return false;
    return true;
}

CsvStreamReader::CsvStreamReader(QIODevice* device) : m_device(device) {}
CsvStreamReader::~CsvStreamReader() = default;

bool CsvStreamReader::appendChunk(const QByteArray& raw, bool last) {
    if (m_decoder) {
        const QString text = m_decoder->decode(raw);
        if (m_decoder->hasError()) {
            m_error = Text::tr("the text is not valid %1").arg(m_encoding);
            m_errorLine = m_line;
            return false;
        }
        m_buffer += text.toUtf8();
        return true;
    }
    QByteArray bytes = m_utf8Tail + raw;
    bool invalid = false;
    const qsizetype valid = validUtf8Prefix(bytes.constData(), bytes.size(), &invalid);
    if (invalid || (last && valid < bytes.size())) {
        m_error = Text::tr("the text is not valid UTF-8 (the file starts as UTF-8); the file "
                           "is damaged");
        m_errorLine = m_line + int(QByteArrayView(m_buffer).sliced(m_pos).count('\n')) +
                      int(QByteArrayView(bytes).first(valid).count('\n'));
        return false;
    }
    m_utf8Tail = bytes.mid(valid);
    bytes.truncate(valid);
    m_buffer += bytes;
    return true;
}

bool CsvStreamReader::fill() {
    if (m_eof)
        return false;
    const QByteArray raw = m_device->read(kChunk);
    m_bytesRead += raw.size();
    m_eof = raw.size() < kChunk || m_device->atEnd();
    if (!appendChunk(raw, m_eof)) {
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
            m_decoder = std::make_unique<QStringDecoder>("GB18030");
            if (!m_decoder->isValid()) {
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
            m_buffer.clear();
            m_pos = 0;
            if (m_eof || !fill())
                return false; // the end, or an encoding error (then m_error says so)
            continue;
        }
        record.line = line;
        const char delim = m_delimiter;
        // Fast path for the common line: complete in the buffer, no quote and no lone CR.
        // memchr scans it at memory speed; anything unusual takes the general path below.
        if (const void* nl = std::memchr(b + i, '\n', size_t(n - i))) {
            const qsizetype end = static_cast<const char*>(nl) - b;
            qsizetype stop = end;
            if (stop > i && b[stop - 1] == '\r')
                --stop;
            if (!std::memchr(b + i, '"', size_t(stop - i)) &&
                !std::memchr(b + i, '\r', size_t(stop - i)) &&
                stop - i <= input_limits::kMaxFieldChars && !hasControlByte(b + i, stop - i)) {
                qsizetype from = i;
                for (;;) {
                    const void* d = std::memchr(b + from, delim, size_t(stop - from));
                    const qsizetype to = d ? static_cast<const char*>(d) - b : stop;
                    record.m_spans.push_back(CsvByteRecord::Span{from, to - from, false});
                    if (!d)
                        break;
                    from = to + 1;
                }
                m_pos = end + 1;
                m_line = line + 1;
                record.m_buffer = b;
                while (!record.m_spans.empty() &&
                       record.at(int(record.m_spans.size()) - 1).isEmpty())
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
            record.m_spans.push_back(span);
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
            m_buffer.remove(0, m_pos);
            m_pos = 0;
            if (!fill() && !m_error.isEmpty())
                return false;
            continue;
        }
        m_pos = i;
        m_line = line;
        record.m_buffer = b;
        while (!record.m_spans.empty() && record.at(int(record.m_spans.size()) - 1).isEmpty())
            record.m_spans.pop_back();
        return true;
    }
}

} // namespace yufang
