#include "xlsx_parts.h"

#include "test_support.h"

#include "io/xlsx_reader.h"

#include <QRegularExpression>

#include <zip.h>

using namespace Qt::Literals::StringLiterals;

namespace yufang::test {

QByteArray zipEntry(const QByteArray& zipBytes, const char* name) {
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t* src =
        zip_source_buffer_create(zipBytes.constData(), zip_uint64_t(zipBytes.size()), 0, &ze);
    REQUIRE(src);
    zip_t* z = zip_open_from_source(src, ZIP_RDONLY, &ze);
    if (!z) {
        zip_source_free(src);
        FAIL("not a zip");
    }
    QByteArray out;
    if (zip_file_t* f = zip_fopen(z, name, 0)) {
        char buf[65536];
        zip_int64_t n;
        while ((n = zip_fread(f, buf, sizeof buf)) > 0)
            out.append(buf, qsizetype(n));
        zip_fclose(f);
    }
    zip_close(z);
    return out;
}

QString cellXml(const QByteArray& sheet, const QString& ref) {
    const QString xml = QString::fromUtf8(sheet);
    const QRegularExpression re(u"<c r=\"%1\"(?:[^>]*?/>|[^>]*>.*?</c>)"_s.arg(ref));
    return re.match(xml).captured(0);
}

QString formatOf(const QByteArray& styles, const QString& cell) {
    const auto s = QRegularExpression(u"s=\"(\\d+)\""_s).match(cell);
    if (!s.hasMatch())
        return u"General"_s;
    const QString xml = QString::fromUtf8(styles);
    const qsizetype xfs = xml.indexOf(u"<cellXfs"_s);
    QRegularExpression xf(u"<xf [^>]*?numFmtId=\"(\\d+)\""_s);
    auto it = xf.globalMatch(xml, xfs);
    int index = s.captured(1).toInt();
    QString id;
    while (it.hasNext()) {
        const auto m = it.next();
        if (index-- == 0) {
            id = m.captured(1);
            break;
        }
    }
    if (id == u"0"_s)
        return u"General"_s;
    if (id == u"49"_s)
        return u"@"_s;
    if (id == u"10"_s)
        return u"0.00%"_s;
    const auto code =
        QRegularExpression(u"<numFmt numFmtId=\"%1\" formatCode=\"([^\"]*)\""_s.arg(id)).match(xml);
    return code.captured(1).replace(u"&quot;"_s, u"\""_s);
}

QHash<QString, QString> sheetCells(const QByteArray& book) {
    QString error;
    const auto reader = XlsxReader::open(book, &error);
    INFO(error.toStdString());
    REQUIRE(reader);
    REQUIRE(reader->selectSheet(0));
    QHash<QString, QString> cells;
    SheetRow row;
    while (reader->next(row))
        for (int c = 0; c < row.cellCount(); ++c) {
            const QString text = QString::fromUtf8(row.cell(c));
            if (text.isEmpty())
                continue;
            QString column;
            for (int n = c + 1; n > 0; n = (n - 1) / 26)
                column.prepend(QChar(u'A' + (n - 1) % 26));
            cells.insert(column + QString::number(row.row), text);
        }
    return cells;
}

} // namespace yufang::test
