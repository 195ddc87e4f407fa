#include "xlsx_workbook.h"

#include "c_library_path.h"

#include <QFile>

namespace yufang {

XlsxWorkbook::XlsxWorkbook() {
    if (!m_dir.isValid())
        return;
    m_path = m_dir.filePath(QStringLiteral("book.xlsx"));
    lxw_workbook_options options{};
    // The library's own temporary files go into the same private folder. On Windows it opens
    // the workbook through minizip's UTF-16 calls (the name is read as UTF-8) but its temporary
    // files with fopen() (the ANSI code page), so the two names are spelt differently.
    m_tmpDir = ansiApiPath(m_dir.path());
    options.tmpdir = m_tmpDir.data();
    m_book = workbook_new_opt(utf8ApiPath(m_path).constData(), &options);
}

XlsxWorkbook::~XlsxWorkbook() {
    if (m_book) {
        // Not finished: close it anyway to free it; the file goes with the folder.
        workbook_close(m_book);
    }
}

lxw_worksheet* XlsxWorkbook::addSheet(const QString& name) {
    QString n = name;
    for (const QChar c : QStringLiteral("[]:*?/\\"))
        n.replace(c, QLatin1Char(' '));
    n = n.trimmed().left(31);
    return workbook_add_worksheet(m_book, n.isEmpty() ? nullptr : lxwText(n).constData());
}

bool XlsxWorkbook::finish(QByteArray* bytes, QString* error) {
    if (!m_book) {
        *error = QStringLiteral("cannot create a temporary folder for the .xlsx");
        return false;
    }
    const lxw_error rc = workbook_close(m_book);
    m_book = nullptr;
    if (rc != LXW_NO_ERROR) {
        *error =
            QStringLiteral("cannot write the .xlsx: %1").arg(QString::fromUtf8(lxw_strerror(rc)));
        return false;
    }
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the .xlsx back: %1").arg(f.errorString());
        return false;
    }
    *bytes = f.readAll();
    return true;
}

lxw_datetime lxwDate(const QDate& d) {
    lxw_datetime t{};
    t.year = d.year();
    t.month = d.month();
    t.day = d.day();
    return t;
}

int displayWidth(const QString& text) {
    int w = 0;
    int longest = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            longest = qMax(longest, w);
            w = 0;
            continue;
        }
        w += c.unicode() >= 0x2E80 ? 2 : 1;
    }
    return qMax(longest, w);
}

} // namespace yufang
