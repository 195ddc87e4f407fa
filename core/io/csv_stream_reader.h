#pragma once

#include "sheet_source.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QIODevice;
class QStringDecoder;

namespace yufang {

class Gb18030Decoder;

// One record of a streamed CSV file, as UTF-8 bytes. Valid until the next call to next().
struct CsvByteRecord {
    int line = 0; // 1-based line where the record starts
    int fieldCount() const { return int(m_spans.size()); }
    // Field i with surrounding ASCII whitespace removed; empty when the record is shorter.
    // Trimmed once when the record is read: the register asks for each field several times.
    QByteArrayView at(int i) const {
        if (i < 0 || i >= int(m_spans.size()))
            return {};
        const Span& span = m_spans[size_t(i)];
        return QByteArrayView((span.inData ? m_data.constData() : m_buffer) + span.offset,
                              span.length);
    }
    bool isBlank() const;
    // True when no field holds a byte below U+0020 (no tab, line break or control
    // character): a name or code of the record then needs no such check of its own.
    bool isPlainText() const { return m_plain; }

private:
    friend class CsvStreamReader;
    struct Span {
        qsizetype offset;
        qsizetype length;
        bool inData; // in m_data (quoting changed it) or in the reader's buffer as read
    };
    void addTrimmed(const char* base, qsizetype offset, qsizetype length, bool inData);
    const char* m_buffer = nullptr; // the reader's buffer, stable until its next call
    QByteArray m_data;
    std::vector<Span> m_spans;
    bool m_plain = false;
};

// Reads a CSV file record by record without holding it in memory: the large-file sibling of
// CsvReader, with the same rules (RFC 4180: doubled quotes, embedded newlines, CRLF/LF/CR,
// comma or tab delimiter chosen from the first lines; a quote inside an unquoted field, text
// after a closing quote, a quote never closed, a control character such as NUL and a field or
// record over the limits of domain/input_text.h stop reading with an error) and the same
// encodings as decodeText (BOM, UTF-8, UTF-16, else GB18030; damaged UTF-8 is an error).
// Text that is not UTF-8 is transcoded chunk by chunk; UTF-8 is parsed in place, which is
// what makes a million-row register load in about a second.
// A workbook (.xlsx, .xls, told by its first bytes) is read instead through
// io/spreadsheet_reader, row by row from the compressed sheet: each row is one record whose
// line is the row's number, so the importer does not know which it reads.
class CsvStreamReader {
public:
    explicit CsvStreamReader(QIODevice* device);
    // Header texts (or a title) that tell the sheet holding the records in a workbook; call
    // before the first next().
    void setSheetHints(const QStringList& hints) { m_sheetHints = hints; }
    ~CsvStreamReader();
    CsvStreamReader(const CsvStreamReader&) = delete;
    CsvStreamReader& operator=(const CsvStreamReader&) = delete;

    // False at the end of the input or on an error (then error() and errorLine() are set).
    bool next(CsvByteRecord& record);
    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }   // 0: not tied to a line
    QString encoding() const { return m_encoding; } // or "Excel .xlsx, sheet 表1"
    char delimiter() const { return m_delimiter; }
    qint64 bytesRead() const { return m_bytesRead; } // raw bytes consumed from the device

private:
    bool start();
    bool fill(); // appends the next chunk as UTF-8; false at the end of the input
    bool appendChunk(const QByteArray& raw, bool last);
    // UTF-8 read into m_buffer from offset `from` on (the tail of the last chunk first):
    // validated where it lies, what is cut off kept for the next chunk.
    bool acceptUtf8(qsizetype from, bool last);

    bool nextRow(CsvByteRecord& record);

    QIODevice* m_device;
    std::unique_ptr<SheetSource> m_sheet; // set when the device holds a workbook
    SheetRow m_row;
    QStringList m_sheetHints;
    qint64 m_deviceSize = 0;
    std::unique_ptr<QStringDecoder> m_decoder; // UTF-16; both null: the input is UTF-8
    std::unique_ptr<Gb18030Decoder> m_gb18030; // GB18030 (io/gb18030: ICU or Windows)
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    QByteArray m_utf8Tail; // an incomplete UTF-8 sequence carried to the next chunk
    bool m_started = false;
    bool m_eof = false;
    char m_delimiter = ',';
    int m_line = 1;
    qint64 m_bytesRead = 0;
    QString m_encoding;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace yufang
