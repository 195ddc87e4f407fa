#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QIODevice;

namespace yufang {

// The <sheetData> of a worksheet part, scanned for the few elements that hold a sheet's data:
// <row r>, <c r t s>, its value <v>, an inline string <is> (<t>, the <t> of each run <r>, the
// phonetic guides <rPh> left out) and a formula <f> (skipped: its cached value is in <v>).
// Everything else (the sheet's layout before and after sheetData, comments, processing
// instructions) is skipped; namespace prefixes are ignored; the five predefined entities,
// character references and CDATA are decoded. Values come out as UTF-8.
//
// Why not QXmlStreamReader, which reads the rest of the workbook: a register's sheet is some
// 400 MiB of XML for a million rows, and a general parser (UTF-16 tokens, attribute lists,
// well-formedness bookkeeping) costs several times the whole CSV import on it
// (docs/performance.md). This scanner touches each byte about once. It checks what it needs
// (every tag closed, known entities, the file not cut short) and no more: a sheet whose tags do
// not nest may be read as far as its cells go, as Excel itself is lenient with such files.
class XlsxSheetScanner {
public:
    // `chunk`: how many bytes are read from the device at a time (tests make it tiny to cut
    // tags, texts and references at every place).
    explicit XlsxSheetScanner(QIODevice* device, qsizetype chunk = 256 * 1024);

    enum class Event {
        RowStart, // rowNumber() (0 when the row has no r)
        Cell,     // reference(), type(), style(), value()
        RowEnd,
        End,   // </sheetData>, or the end of a sheet without one
        Error, // errorString(), empty when the part is damaged or cut short (a zip error,
               // the file ends inside the sheet's data or inside a tag)
    };
    Event next();

    int rowNumber() const { return m_rowNumber; }
    QByteArrayView reference() const { return m_ref; }
    QByteArrayView type() const { return m_type; }
    int style() const { return m_style; }
    const QByteArray& value() const { return m_value; }
    bool inlineString() const { return m_inline; }

    QString errorString() const { return m_error; }
    bool deviceFailed() const { return m_deviceFailed; }

private:
    bool fill(); // reads more of the part after m_pos; false at the end or on a failure
    Event fail(const QString& why);
    // The bytes of the tag starting at m_pos (its '<'), up to but without its '>'; moves m_pos
    // past it. False when the part ends inside the tag.
    bool readTag(QByteArrayView* tag);
    bool skipPast(QByteArrayView end);   // comments, CDATA ends, processing instructions
    bool appendText(QByteArrayView raw); // decodes entities into m_value
    void readAttributes(QByteArrayView tag, bool cell);

    QIODevice* m_device;
    qsizetype m_chunk;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_deviceFailed = false;
    QString m_error;

    bool m_inSheetData = false;
    bool m_inCell = false;
    bool m_inInline = false;
    int m_capture = 0;  // > 0 inside a <v> or an inline string's <t>
    int m_phonetic = 0; // > 0 inside <rPh>
    bool m_done = false;
    bool m_pendingRowEnd = false; // after <row/>

    int m_rowNumber = 0;
    QByteArray m_ref;
    QByteArray m_type;
    int m_style = 0;
    QByteArray m_value;
    bool m_inline = false;
};

} // namespace yufang
