// The worksheet scanner of io/xlsx_sheet_scanner: the events and values of a sheet with every
// construct a saved workbook uses (shared, inline, rich-text and formula cells, entities,
// character references, CDATA, comments, namespace prefixes, a row without cells), the same
// whatever the size of the pieces the zip hands out; a cut sheet and an unknown entity are
// errors, not a silently short sheet.
#include "io/xlsx_sheet_scanner.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QStringList>

using namespace yufang;
using namespace Qt::Literals::StringLiterals;

namespace {
const QByteArray kSheet =
    QString::fromUtf16(
        u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<dimension ref=\"A1:C5\"/><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>"
        "<sheetData>"
        "<row r=\"1\" spans=\"1:3\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" "
        "s=\"2\"><v>126</v></c>"
        "<c r=\"C1\" t=\"inlineStr\"><is><r><t>甲&amp;乙</t></r><r><rPr><b/></rPr>"
        "<t xml:space=\"preserve\"> 丙\r\n丁</t></r><rPh sb=\"0\" "
        "eb=\"1\"><t>コウ</t></rPh></is></c></row>"
        "<!-- a comment holding <row r=\"9\"> -->"
        "<row r=\"2\"/>"
        "<row r=\"3\" x14ac:dyDescent=\"0.25\"><c r=\"A3\" t=\"str\"><f>A1&amp;\"&gt;\"</f>"
        "<v>a&lt;b&#x4E2D;&#20013;&quot;&apos;</v></c><c r=\"B3\" s=\"1\"/></row>"
        "<x:row r=\"4\"><x:c r=\"A4\" title='a > b'><x:v>1.5</x:v></x:c></x:row>"
        "<row><c><v><![CDATA[<raw>&amp;]]></v></c></row>"
        "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:C1\"/></mergeCells>"
        "<row r=\"99\"><c r=\"A99\"><v>1</v></c></row></worksheet>")
        .toUtf8();

// Every event as a line of text.
QStringList scan(const QByteArray& xml, qsizetype chunk, QString* error = nullptr) {
    QBuffer device;
    device.setData(xml);
    device.open(QIODevice::ReadOnly);
    XlsxSheetScanner s(&device, chunk);
    QStringList out;
    for (int guard = 0; guard < 1000; ++guard) {
        switch (s.next()) {
        case XlsxSheetScanner::Event::RowStart:
            out << u"row %1"_s.arg(s.rowNumber());
            break;
        case XlsxSheetScanner::Event::Cell:
            out << u"cell %1 t=%2 s=%3 [%4]%5"_s
                       .arg(QString::fromLatin1(s.reference()), QString::fromLatin1(s.type()))
                       .arg(s.style())
                       .arg(QString::fromUtf8(s.value()),
                            s.inlineString() ? u" inline"_s : QString());
            break;
        case XlsxSheetScanner::Event::RowEnd:
            out << u"end row"_s;
            break;
        case XlsxSheetScanner::Event::End:
            out << u"end"_s;
            return out;
        case XlsxSheetScanner::Event::Error:
            if (error)
                *error = s.errorString();
            out << u"error"_s;
            return out;
        }
    }
    out << u"no end"_s;
    return out;
}
} // namespace

TEST_CASE("The sheet scanner reads every kind of cell whatever the pieces it is read in",
          "[spreadsheet]") {
    const QStringList expected = {
        u"row 1"_s,
        u"cell A1 t=s s=0 [0]"_s,
        u"cell B1 t= s=2 [126]"_s,
        u"cell C1 t=inlineStr s=0 [甲&乙 丙\n丁] inline"_s, // runs joined, no phonetic guide
        u"end row"_s,
        u"row 2"_s,
        u"end row"_s,
        u"row 3"_s,
        u"cell A3 t=str s=0 [a<b中中\"']"_s, // the formula skipped, its cached value kept
        u"cell B3 t= s=1 []"_s,
        u"end row"_s,
        u"row 4"_s,
        u"cell A4 t= s=0 [1.5]"_s, // prefixes ignored; a '>' inside an attribute value
        u"end row"_s,
        u"row 0"_s,
        u"cell  t= s=0 [<raw>&amp;]"_s, // CDATA as it stands
        u"end row"_s,
        u"end"_s, // nothing after </sheetData>
    };
    CHECK(scan(kSheet, 256 * 1024) == expected);
    for (qsizetype chunk = 1; chunk <= 17; ++chunk) {
        INFO("chunk " << chunk);
        CHECK(scan(kSheet, chunk) == expected);
    }
}

TEST_CASE("A cut sheet or an unknown entity is an error of the sheet scanner", "[spreadsheet]") {
    const qsizetype data = kSheet.indexOf("<sheetData>");
    for (const qsizetype cut : {data + 5, data + 40, data + 200, kSheet.indexOf("</sheetData>")}) {
        INFO("cut at " << cut);
        const QStringList events = scan(kSheet.left(cut), 7);
        CHECK(events.last() == u"error"_s);
    }
    QByteArray entity = kSheet;
    entity.replace("&lt;b", "&nbsp;b");
    QString error;
    CHECK(scan(entity, 64, &error).last() == u"error"_s);
    CHECK(error.contains(u"character reference"_s));
    // A sheet without data is an empty sheet.
    CHECK(scan("<worksheet><sheetData/></worksheet>", 4) == QStringList{u"end"_s});
}
