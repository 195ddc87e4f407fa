#include "xls_reader.h"

#include "c_library_path.h"
#include "sheet_cells.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <freexl.h>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetReader)
};

QString freexlProblem(int code) {
    switch (code) {
    case FREEXL_FILE_NOT_FOUND:
        return Text::tr("the file cannot be opened");
    case FREEXL_INSUFFICIENT_MEMORY:
        return Text::tr("not enough memory to read the workbook");
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
        return Text::tr("the file is an Office document but holds no Excel workbook: choose "
                        "the workbook itself (.xls or .xlsx), or a CSV file");
    case FREEXL_UNSUPPORTED_CHARSET:
    case FREEXL_INVALID_CHARACTER:
        return Text::tr("the .xls file uses a character set that cannot be read: open it in "
                        "Excel, WPS or LibreOffice and save it as .xlsx");
    default:
        return Text::tr("the .xls file is damaged or incomplete (was it cut short while being "
                        "copied or sent?): open it in Excel, WPS or LibreOffice and save it "
                        "again, preferably as .xlsx");
    }
}
} // namespace

XlsReader::~XlsReader() {
    if (m_handle)
        freexl_close(m_handle);
}

std::unique_ptr<XlsReader> XlsReader::open(const QByteArray& bytes, QString* error) {
    std::unique_ptr<XlsReader> r(new XlsReader);
    // A private copy for FreeXL, which only opens paths; it is removed with the reader.
    r->m_copy = std::make_unique<QTemporaryFile>(QDir::tempPath() +
                                                 QStringLiteral("/yufang-xls-XXXXXX.xls"));
    if (!r->m_copy->open() || r->m_copy->write(bytes) != bytes.size() || !r->m_copy->flush()) {
        *error = Text::tr("the .xls file could not be copied to the temporary folder (%1)")
                     .arg(r->m_copy->errorString());
        return nullptr;
    }
    if (!r->load(r->m_copy->fileName(), error))
        return nullptr;
    return r;
}

std::unique_ptr<XlsReader> XlsReader::openFile(const QString& path, QString* error) {
    std::unique_ptr<XlsReader> r(new XlsReader);
    if (!r->load(path, error))
        return nullptr;
    return r;
}

bool XlsReader::load(const QString& path, QString* error) {
    const int rc = freexl_open(ansiApiPath(path).constData(), &m_handle);
    if (rc != FREEXL_OK) {
        if (m_handle) {
            freexl_close(m_handle);
            m_handle = nullptr;
        }
        *error = freexlProblem(rc);
        return false;
    }
    unsigned int info = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK &&
        info == FREEXL_BIFF_OBFUSCATED) {
        *error = Text::tr("the workbook is protected by a password: open it, remove the "
                          "password and save it again");
        return false;
    }
    unsigned int sheets = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_SHEET_COUNT, &sheets) != FREEXL_OK || sheets == 0) {
        *error = Text::tr("the workbook holds no worksheet");
        return false;
    }
    for (unsigned short i = 0; i < sheets; ++i) {
        const char* name = nullptr;
        freexl_get_worksheet_name(m_handle, i, &name);
        m_names << (name ? QString::fromUtf8(name) : QString());
    }
    return true;
}

bool XlsReader::selectSheet(int index) {
    clearError();
    m_next = 0;
    m_rows = 0;
    m_columns = 0;
    if (index < 0 || index >= m_names.size())
        return fail(Text::tr("the workbook has no sheet %1").arg(index + 1));
    int rc = freexl_select_active_worksheet(m_handle, (unsigned short)index);
    if (rc == FREEXL_OK)
        rc = freexl_worksheet_dimensions(m_handle, &m_rows, &m_columns);
    if (rc != FREEXL_OK)
        return fail(freexlProblem(rc));
    return true;
}

bool XlsReader::next(SheetRow& row) {
    if (!error().isEmpty())
        return false;
    for (; m_next < m_rows; ++m_next) {
        row.clear();
        row.row = int(m_next) + 1;
        for (unsigned short c = 0; c < m_columns; ++c) {
            FreeXL_CellValue cell;
            const int rc = freexl_get_cell_value(m_handle, m_next, c, &cell);
            if (rc != FREEXL_OK)
                return fail(freexlProblem(rc), row.row);
            QByteArray text;
            switch (cell.type) {
            case FREEXL_CELL_INT:
                text = QByteArray::number(cell.value.int_value);
                break;
            case FREEXL_CELL_DOUBLE: {
                QString why;
                if (!numberCellText(cell.value.double_value, NumberStyle::General, false, &text,
                                    &why))
                    return fail(QStringLiteral("%1: %2").arg(cellName(row.row, c), why), row.row);
                break;
            }
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_TIME:
                text = cell.value.text_value;
                break;
            case FREEXL_CELL_DATETIME:
                text = cell.value.text_value;
                if (text.endsWith(" 00:00:00"))
                    text.truncate(10);
                break;
            default:
                break;
            }
            if (!text.isEmpty())
                row.set(c, text);
        }
        if (row.cellCount() > 0) {
            ++m_next;
            return true;
        }
    }
    return false;
}

double XlsReader::progress() const {
    return m_rows > 0 ? double(m_next) / double(m_rows) : 0;
}

} // namespace yufang
