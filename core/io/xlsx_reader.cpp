#include "xlsx_reader.h"

#include "c_library_path.h"
#include "domain/input_text.h"
#include "xlsx_sheet_scanner.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QXmlStreamReader>

#include <zip.h>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetReader)
};

// Parts that are read whole (workbook, relationships, styles) are small in any real workbook;
// a bigger one is a damaged or hostile file.
constexpr qint64 kMaxSmallPart = 64LL << 20;
// The shared strings are held in memory: a province's register has about 2 million distinct
// texts (names and credit codes), some 60 MiB.
constexpr qsizetype kMaxSharedStrings = qsizetype(1) << 30;

QString damaged() {
    return Text::tr("the .xlsx file is damaged or incomplete (was it cut short while being "
                    "copied or sent?): open it in Excel, WPS or LibreOffice and save it again");
}

QString zipProblem(int code) {
    switch (code) {
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD:
    case ZIP_ER_ENCRNOTSUPP:
        return Text::tr("the workbook is protected by a password: open it, remove the password "
                        "(File → Info → Protect Workbook in Excel) and save it again");
    case ZIP_ER_NOZIP:
    case ZIP_ER_INCONS:
    case ZIP_ER_EOF:
    case ZIP_ER_CRC:
    case ZIP_ER_ZLIB:
    case ZIP_ER_COMPRESSED_DATA:
    case ZIP_ER_READ:
    case ZIP_ER_SEEK:
        return damaged();
    case ZIP_ER_OPEN:
        return Text::tr("the file cannot be opened");
    case ZIP_ER_MEMORY:
        return Text::tr("not enough memory to read the workbook");
    default: {
        zip_error_t e;
        zip_error_init_with_code(&e, code);
        const QString why = QString::fromUtf8(zip_error_strerror(&e));
        zip_error_fini(&e);
        return Text::tr("the workbook cannot be read (%1)").arg(why);
    }
    }
}

// "xl/" + "worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml", "../xl/…": a part's path in
// the zip from a relationship's target.
QString resolvePart(const QString& baseDir, const QString& target) {
    QString path = target.startsWith(QLatin1Char('/')) ? target.mid(1) : baseDir + target;
    QStringList out;
    for (const QString& part : path.split(QLatin1Char('/'))) {
        if (part == QLatin1String(".."))
            out.isEmpty() ? void() : out.removeLast();
        else if (!part.isEmpty() && part != QLatin1String("."))
            out << part;
    }
    return out.join(QLatin1Char('/'));
}

QString dirOf(const QString& path) {
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash + 1);
}

// Relationship targets by id, and by type (the last part of the type URI).
struct Relationships {
    QHash<QString, QString> byId;
    QHash<QString, QString> byType;
};

Relationships readRelationships(const QByteArray& xml, const QString& baseDir) {
    Relationships r;
    QXmlStreamReader x(xml);
    while (!x.atEnd()) {
        if (x.readNext() == QXmlStreamReader::StartElement && x.name() == u"Relationship") {
            const QXmlStreamAttributes a = x.attributes();
            if (a.value(QLatin1String("TargetMode")) == u"External")
                continue;
            const QString target =
                resolvePart(baseDir, a.value(QLatin1String("Target")).toString());
            r.byId.insert(a.value(QLatin1String("Id")).toString(), target);
            const QString type = a.value(QLatin1String("Type")).toString();
            r.byType.insert(type.mid(type.lastIndexOf(QLatin1Char('/')) + 1), target);
        }
    }
    return r;
}

// "_x000D_" and its kin: how OOXML writes a character XML cannot hold.
QString unescapeOoxml(QString text) {
    qsizetype at = text.indexOf(QLatin1String("_x"));
    while (at >= 0 && at + 7 <= text.size()) {
        bool ok = false;
        const uint code = QStringView(text).sliced(at + 2, 4).toUInt(&ok, 16);
        if (ok && text.at(at + 6) == QLatin1Char('_')) {
            text.replace(at, 7, QChar(char16_t(code)));
            at = text.indexOf(QLatin1String("_x"), at + 1);
        } else {
            at = text.indexOf(QLatin1String("_x"), at + 2);
        }
    }
    return text;
}

// The text of an <si> or <is> element the reader stands on: its <t>, or the <t> of each run
// <r>, joined; phonetic guides (<rPh>, furigana) are not part of the cell's text.
QString readRichText(QXmlStreamReader& x) {
    QString text;
    int depth = 1;
    while (depth > 0 && !x.atEnd()) {
        const QXmlStreamReader::TokenType t = x.readNext();
        if (t == QXmlStreamReader::StartElement) {
            if (x.name() == u"t") {
                text += x.readElementText();
            } else if (x.name() == u"rPh") {
                x.skipCurrentElement();
            } else {
                ++depth;
            }
        } else if (t == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return text.contains(QLatin1String("_x")) ? unescapeOoxml(text) : text;
}
} // namespace

// One entry of the zip, decompressed as it is read, for QXmlStreamReader.
class ZipEntryDevice : public QIODevice {
public:
    ZipEntryDevice(zip_file_t* file, qint64 size) : m_file(file), m_size(size) {
        open(QIODevice::ReadOnly);
    }
    ~ZipEntryDevice() override { zip_fclose(m_file); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override {
        return (m_failed ? 0 : qMax<qint64>(0, m_size - m_consumed)) + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return bytesAvailable() == 0; }
    bool failed() const { return m_failed; }
    double progress() const { return m_size > 0 ? double(m_consumed) / double(m_size) : 0; }

protected:
    qint64 readData(char* data, qint64 max) override {
        if (m_failed)
            return -1;
        const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(max));
        if (n < 0) {
            m_failed = true;
            return -1;
        }
        m_consumed += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    zip_file_t* m_file;
    qint64 m_size;
    qint64 m_consumed = 0;
    bool m_failed = false;
};

XlsxReader::~XlsxReader() {
    m_scanner.reset();
    m_device.reset();
    if (m_zip)
        zip_discard(m_zip);
}

std::unique_ptr<XlsxReader> XlsxReader::open(const QByteArray& bytes, QString* error) {
    std::unique_ptr<XlsxReader> r(new XlsxReader);
    r->m_bytes = bytes;
    zip_error_t e;
    zip_error_init(&e);
    zip_source_t* source =
        zip_source_buffer_create(r->m_bytes.constData(), zip_uint64_t(r->m_bytes.size()), 0, &e);
    if (source)
        r->m_zip = zip_open_from_source(source, ZIP_RDONLY, &e);
    if (!r->m_zip) {
        *error = zipProblem(zip_error_code_zip(&e));
        if (source)
            zip_source_free(source);
        zip_error_fini(&e);
        return nullptr;
    }
    zip_error_fini(&e);
    if (!r->load(error))
        return nullptr;
    return r;
}

std::unique_ptr<XlsxReader> XlsxReader::openFile(const QString& path, QString* error) {
    std::unique_ptr<XlsxReader> r(new XlsxReader);
    int code = 0;
    r->m_zip = zip_open(utf8ApiPath(path).constData(), ZIP_RDONLY, &code);
    if (!r->m_zip) {
        *error = zipProblem(code);
        return nullptr;
    }
    if (!r->load(error))
        return nullptr;
    return r;
}

bool XlsxReader::openEntry(const QString& name, std::unique_ptr<ZipEntryDevice>* device,
                           QString* error) {
    const QByteArray n = name.toUtf8();
    const zip_int64_t index = zip_name_locate(m_zip, n.constData(), ZIP_FL_NOCASE);
    if (index < 0) {
        *error = damaged();
        return false;
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &st) != 0) {
        *error = damaged();
        return false;
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
        *error = zipProblem(ZIP_ER_NOPASSWD);
        return false;
    }
    zip_file_t* file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file) {
        *error = zipProblem(zip_error_code_zip(zip_get_error(m_zip)));
        return false;
    }
    const qint64 size = (st.valid & ZIP_STAT_SIZE) ? qint64(st.size) : 0;
    *device = std::make_unique<ZipEntryDevice>(file, size);
    return true;
}

bool XlsxReader::readSmallEntry(const QString& name, QByteArray* out, bool required,
                                QString* error) {
    const QByteArray n = name.toUtf8();
    if (zip_name_locate(m_zip, n.constData(), ZIP_FL_NOCASE) < 0) {
        if (required)
            *error = damaged();
        out->clear();
        return !required;
    }
    std::unique_ptr<ZipEntryDevice> device;
    if (!openEntry(name, &device, error))
        return false;
    out->clear();
    char buffer[65536];
    for (;;) {
        const qint64 got = device->read(buffer, sizeof buffer);
        if (got < 0 || device->failed()) {
            *error = damaged();
            return false;
        }
        if (got == 0)
            break;
        out->append(buffer, got);
        if (out->size() > kMaxSmallPart) {
            *error = damaged();
            return false;
        }
    }
    return true;
}

bool XlsxReader::load(QString* error) {
    // An OpenDocument spreadsheet is a zip too: tell it apart from a damaged workbook.
    if (zip_name_locate(m_zip, "xl/workbook.xml", ZIP_FL_NOCASE) < 0) {
        QByteArray mimetype;
        QString ignored;
        readSmallEntry(QStringLiteral("mimetype"), &mimetype, false, &ignored);
        QByteArray rels;
        readSmallEntry(QStringLiteral("_rels/.rels"), &rels, false, &ignored);
        if (mimetype.contains("opendocument.spreadsheet")) {
            *error = Text::tr("this is an OpenDocument spreadsheet (.ods), which Yufang does not "
                              "read: open it in LibreOffice or WPS and save it as Excel 2007-365 "
                              "(.xlsx), or as CSV with the character set Unicode (UTF-8)");
            return false;
        }
        if (rels.isEmpty() || !rels.contains("officeDocument")) {
            *error = Text::tr("the file is a zip archive but not an Excel workbook (.xlsx): "
                              "choose the workbook itself, or a CSV file");
            return false;
        }
    }
    QByteArray rootRels;
    if (!readSmallEntry(QStringLiteral("_rels/.rels"), &rootRels, false, error))
        return false;
    QString workbookPath =
        readRelationships(rootRels, QString())
            .byType.value(QStringLiteral("officeDocument"), QStringLiteral("xl/workbook.xml"));
    QByteArray workbook;
    if (!readSmallEntry(workbookPath, &workbook, true, error)) {
        if (zip_name_locate(m_zip, "word/document.xml", ZIP_FL_NOCASE) >= 0)
            *error = Text::tr("the file is a Word document, not a spreadsheet");
        return false;
    }
    const QString baseDir = dirOf(workbookPath);
    const QString relsPath = baseDir + QStringLiteral("_rels/") +
                             workbookPath.mid(workbookPath.lastIndexOf(QLatin1Char('/')) + 1) +
                             QStringLiteral(".rels");
    QByteArray relsXml;
    if (!readSmallEntry(relsPath, &relsXml, true, error))
        return false;
    const Relationships rels = readRelationships(relsXml, baseDir);

    QXmlStreamReader x(workbook);
    while (!x.atEnd()) {
        if (x.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (x.name() == u"workbookPr") {
            const QStringView d = x.attributes().value(QLatin1String("date1904"));
            m_date1904 = d == u"1" || d == u"true";
        } else if (x.name() == u"sheet") {
            Sheet s;
            const QXmlStreamAttributes a = x.attributes();
            s.name = a.value(QLatin1String("name")).toString();
            const QStringView state = a.value(QLatin1String("state"));
            s.hidden = state == u"hidden" || state == u"veryHidden";
            for (const QXmlStreamAttribute& attribute : a)
                if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                    s.path = rels.byId.value(attribute.value().toString());
            if (!s.path.isEmpty())
                m_sheets << s;
        }
    }
    if (x.hasError()) {
        *error = damaged();
        return false;
    }
    if (m_sheets.isEmpty()) {
        *error = Text::tr("the workbook holds no worksheet");
        return false;
    }
    if (!loadStyles(rels.byType.value(QStringLiteral("styles")), error))
        return false;
    return loadSharedStrings(rels.byType.value(QStringLiteral("sharedStrings")), error);
}

bool XlsxReader::loadStyles(const QString& name, QString* error) {
    if (name.isEmpty())
        return true;
    QByteArray xml;
    if (!readSmallEntry(name, &xml, false, error))
        return false;
    QHash<int, QString> formats;
    QXmlStreamReader x(xml);
    bool inCellXfs = false;
    while (!x.atEnd()) {
        const QXmlStreamReader::TokenType t = x.readNext();
        if (t == QXmlStreamReader::StartElement) {
            if (x.name() == u"numFmt") {
                formats.insert(x.attributes().value(QLatin1String("numFmtId")).toInt(),
                               x.attributes().value(QLatin1String("formatCode")).toString());
            } else if (x.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && x.name() == u"xf") {
                const int id = x.attributes().value(QLatin1String("numFmtId")).toInt();
                m_cellStyles.push_back(numberStyleOf(id, formats.value(id)));
            }
        } else if (t == QXmlStreamReader::EndElement && x.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (x.hasError()) {
        *error = damaged();
        return false;
    }
    return true;
}

bool XlsxReader::loadSharedStrings(const QString& name, QString* error) {
    if (name.isEmpty() || zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE) < 0)
        return true;
    std::unique_ptr<ZipEntryDevice> device;
    if (!openEntry(name, &device, error))
        return false;
    QXmlStreamReader x(device.get());
    while (!x.atEnd()) {
        if (x.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (x.name() == u"sst") {
            const qsizetype count = x.attributes().value(QLatin1String("uniqueCount")).toLongLong();
            if (count > 0 && count < 50'000'000)
                m_stringEnds.reserve(size_t(count));
        } else if (x.name() == u"si") {
            m_strings.append(readRichText(x).toUtf8());
            m_stringEnds.push_back(m_strings.size());
            if (m_strings.size() > kMaxSharedStrings) {
                *error = Text::tr("the workbook holds more text than Yufang reads (1 GiB)");
                return false;
            }
        }
    }
    if (x.hasError() || device->failed()) {
        *error = damaged();
        return false;
    }
    m_strings.squeeze();
    return true;
}

bool XlsxReader::selectSheet(int index) {
    clearError();
    m_scanner.reset();
    m_device.reset();
    m_lastRow = 0;
    m_sheetDone = false;
    if (index < 0 || index >= m_sheets.size())
        return fail(Text::tr("the workbook has no sheet %1").arg(index + 1));
    QString why;
    if (!openEntry(m_sheets.at(index).path, &m_device, &why))
        return fail(why);
    m_scanner = std::make_unique<XlsxSheetScanner>(m_device.get());
    return true;
}

double XlsxReader::progress() const {
    return m_device ? m_device->progress() : 0;
}

bool XlsxReader::finishCell(SheetRow& row, QByteArrayView value, bool inlineString) {
    if (m_column < 0 || m_column > 16383)
        return fail(Text::tr("a cell reference outside the sheet in row %1").arg(m_row), m_row);
    QByteArray text;
    if (m_type == CellType::Shared) {
        // The index, read digit by digit (the common case: no spaces, no sign).
        qsizetype i = 0;
        bool ok = !value.isEmpty() && value.size() <= 12;
        for (const char *p = value.data(), *end = p + value.size(); ok && p < end; ++p) {
            ok = *p >= '0' && *p <= '9';
            i = i * 10 + (*p - '0');
        }
        if (!ok)
            i = value.trimmed().toLongLong(&ok);
        if (!ok || i < 0 || size_t(i) >= m_stringEnds.size())
            return fail(Text::tr("cell %1 names a text that is not in the workbook; the file is "
                                 "damaged")
                            .arg(cellName(m_row, m_column)),
                        m_row);
        const qsizetype from = i == 0 ? 0 : m_stringEnds[size_t(i) - 1];
        row.set(m_column, QByteArrayView(m_strings).sliced(from, m_stringEnds[size_t(i)] - from));
        return true;
    }
    if (m_type == CellType::Text || m_type == CellType::Error) {
        text = value.toByteArray();
        if (inlineString && text.contains("_x"))
            text = unescapeOoxml(QString::fromUtf8(text)).toUtf8();
    } else if (m_type == CellType::Boolean) {
        text = value.trimmed() == "1" || value.trimmed() == "true" ? "1" : "0";
    } else if (m_type == CellType::Date) {
        // An ISO 8601 date (Strict OOXML); the time is dropped when it is midnight.
        text = value.trimmed().toByteArray();
        if (text.endsWith("T00:00:00") || text.endsWith("T00:00:00Z"))
            text.truncate(10);
    } else if (!value.isEmpty()) {
        const NumberStyle style = m_style >= 0 && size_t(m_style) < m_cellStyles.size()
                                      ? m_cellStyles[size_t(m_style)]
                                      : NumberStyle::General;
        // The common case of a register, a plain whole number such as 126 in a General cell,
        // is already the text numberCellText would give: copied without a conversion.
        if (style == NumberStyle::General && value.size() <= 15 &&
            (value.size() == 1 || value.front() != '0')) {
            qsizetype n = 0;
            while (n < value.size() && value[n] >= '0' && value[n] <= '9')
                ++n;
            if (n == value.size()) {
                row.set(m_column, value);
                return true;
            }
        }
        bool ok = false;
        const double v = value.trimmed().toDouble(&ok);
        if (!ok)
            return fail(Text::tr("cell %1 holds \"%2\", which is not a number; the file is "
                                 "damaged")
                            .arg(cellName(m_row, m_column), excerpt(QString::fromUtf8(value))),
                        m_row);
        QString why;
        if (!numberCellText(v, style, m_date1904, &text, &why))
            return fail(QStringLiteral("%1: %2").arg(cellName(m_row, m_column), why), m_row);
    }
    if (text.size() > input_limits::kMaxFieldChars &&
        QString::fromUtf8(text).size() > input_limits::kMaxFieldChars)
        return fail(Text::tr("cell %1 is longer than %2 characters")
                        .arg(cellName(m_row, m_column))
                        .arg(input_limits::kMaxFieldChars),
                    m_row);
    if (!text.isEmpty())
        row.set(m_column, text);
    if (row.data.size() > input_limits::kMaxRecordChars * 3)
        return fail(Text::tr("row %1 holds more than %2 characters; no form has such a row")
                        .arg(m_row)
                        .arg(input_limits::kMaxRecordChars),
                    m_row);
    return true;
}

bool XlsxReader::next(SheetRow& row) {
    if (!m_scanner || m_sheetDone || !error().isEmpty())
        return false;
    XlsxSheetScanner& s = *m_scanner;
    bool inRow = false;
    for (;;) {
        switch (s.next()) {
        case XlsxSheetScanner::Event::RowStart:
            m_row = s.rowNumber() > 0 ? s.rowNumber() : m_lastRow + 1;
            m_lastRow = m_row;
            m_column = -1;
            row.clear();
            row.row = m_row;
            inRow = true;
            break;
        case XlsxSheetScanner::Event::Cell: {
            if (!inRow)
                break;
            const QByteArrayView ref = s.reference();
            m_column = ref.isEmpty() ? m_column + 1 : columnOfReference(ref);
            // t: n (or none), s, b, d, e, str, inlineStr; one letter but for the strings.
            const QByteArrayView type = s.type();
            const char t = type.size() == 1 ? type.front() : type.isEmpty() ? 'n' : '\0';
            m_type = t == 'n'   ? CellType::Number
                     : t == 's' ? CellType::Shared
                     : t == 'b' ? CellType::Boolean
                     : t == 'd' ? CellType::Date
                     : t == 'e' ? CellType::Error
                                : CellType::Text; // str, inlineStr
            m_style = s.style();
            if (!finishCell(row, s.value(), s.inlineString())) {
                m_sheetDone = true;
                return false;
            }
            break;
        }
        case XlsxSheetScanner::Event::RowEnd:
            if (inRow) {
                inRow = false;
                if (row.cellCount() > 0)
                    return true;
            }
            break;
        case XlsxSheetScanner::Event::End:
            m_sheetDone = true;
            return false;
        case XlsxSheetScanner::Event::Error:
            m_sheetDone = true;
            return fail(s.errorString().isEmpty() ? damaged() : s.errorString(), m_lastRow);
        }
    }
}

} // namespace yufang
