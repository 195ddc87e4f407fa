#include "spreadsheet_reader.h"

#include "xls_reader.h"
#include "xlsx_reader.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>
#include <QSet>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetReader)
};

constexpr int kRowsToChooseBy = 40;

bool startsWith(QByteArrayView bytes, QByteArrayView magic) {
    return bytes.size() >= magic.size() && bytes.first(magic.size()) == magic;
}

// An OLE2 file holds its streams' names in UTF-16LE.
bool hasStream(QByteArrayView bytes, const char* latinName) {
    QByteArray utf16;
    for (const char* p = latinName; *p; ++p) {
        utf16.append(*p);
        utf16.append('\0');
    }
    return bytes.indexOf(utf16) >= 0;
}

QString normalised(QByteArrayView cell) {
    QString s = QString::fromUtf8(cell);
    s.remove(QLatin1Char(' ')).remove(QChar(0x3000)).remove(QLatin1Char('\n'));
    return s.toCaseFolded();
}

// How many of `hints` the first rows of the selected sheet hold, and whether it holds anything.
int score(SheetSource& source, const QStringList& hints, bool* empty) {
    QSet<int> found;
    SheetRow row;
    int rows = 0;
    *empty = true;
    while (rows < kRowsToChooseBy && source.next(row)) {
        ++rows;
        *empty = false;
        for (int c = 0; c < row.cellCount(); ++c) {
            const QString cell = normalised(row.cell(c));
            if (cell.isEmpty())
                continue;
            for (int h = 0; h < hints.size(); ++h) {
                const QString& hint = hints.at(h);
                if (cell == hint || (hint.size() >= 4 && cell.contains(hint)))
                    found.insert(h);
            }
        }
    }
    return int(found.size());
}

OpenedSpreadsheet choose(std::unique_ptr<SheetSource> source, QString format,
                         const QStringList& rawHints) {
    OpenedSpreadsheet out;
    out.format = std::move(format);
    QStringList hints;
    for (const QString& h : rawHints)
        if (const QString n = normalised(h.toUtf8()); !n.isEmpty())
            hints << n;
    int best = -1;
    int bestScore = 0;
    int firstFilled = -1;
    for (int i = 0; i < source->sheetCount(); ++i) {
        if (source->sheetHidden(i) || !source->selectSheet(i))
            continue;
        bool empty = true;
        const int s = score(*source, hints, &empty);
        if (!source->error().isEmpty()) {
            out.error = source->error();
            out.errorRow = source->errorRow();
            return out;
        }
        if (!empty && firstFilled < 0)
            firstFilled = i;
        if (s > bestScore) {
            best = i;
            bestScore = s;
        }
        if (hints.isEmpty() && firstFilled >= 0)
            break;
    }
    const int chosen = best >= 0 ? best : (firstFilled >= 0 ? firstFilled : 0);
    if (!source->selectSheet(chosen)) {
        out.error = source->error();
        return out;
    }
    out.sheet = source->sheetName(chosen);
    out.source = std::move(source);
    return out;
}

OpenedSpreadsheet failed(const QString& why) {
    OpenedSpreadsheet out;
    out.error = why;
    return out;
}

// An OLE2 file that is no .xls says what it is instead.
QString oleProblem(QByteArrayView bytes) {
    if (hasStream(bytes, "EncryptedPackage"))
        return Text::tr("the workbook is protected by a password (it is encrypted): open it, "
                        "remove the password (File → Info → Protect Workbook in Excel) and save "
                        "it again");
    if (hasStream(bytes, "WordDocument"))
        return Text::tr("the file is a Word document, not a spreadsheet");
    return {};
}
} // namespace

FileContent sniffFileContent(QByteArrayView head) {
    if (startsWith(head, "PK\x03\x04") || startsWith(head, "PK\x05\x06"))
        return FileContent::Zip;
    if (startsWith(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return FileContent::Ole;
    if (startsWith(head, "\xFF\xFE") || startsWith(head, "\xFE\xFF") ||
        startsWith(head, "\xEF\xBB\xBF"))
        return FileContent::Text;
    if (startsWith(head, "%PDF") || startsWith(head, "\x89PNG") ||
        startsWith(head, "\xFF\xD8\xFF") || startsWith(head, "MZ") ||
        startsWith(head, "\x7F"
                         "ELF") ||
        startsWith(head, "SQLite format 3") || startsWith(head, "\x1F\x8B") ||
        startsWith(head, "Rar!") || startsWith(head, "7z\xBC\xAF"))
        return FileContent::NotText;
    // Text has no control bytes but tab and line ends; one NUL is a damaged CSV (reported
    // with its line by the CSV reader), many are a binary file. UTF-16 without a BOM has a
    // NUL beside every ASCII character, all on the same side.
    const QByteArrayView sample = head.first(qMin<qsizetype>(head.size(), 4096));
    qsizetype control = 0;
    qsizetype oddZeros = 0;
    qsizetype evenZeros = 0;
    for (qsizetype i = 0; i < sample.size(); ++i) {
        const auto c = static_cast<unsigned char>(sample[i]);
        if (c == 0)
            ++(i % 2 ? oddZeros : evenZeros);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            ++control;
    }
    const bool utf16 = (oddZeros * 4 > sample.size() && evenZeros * 20 < oddZeros) ||
                       (evenZeros * 4 > sample.size() && oddZeros * 20 < evenZeros);
    if (!utf16 && control >= 16 && control * 20 > sample.size())
        return FileContent::NotText;
    return FileContent::Text;
}

QString notTextProblem(QByteArrayView head) {
    if (startsWith(head, "%PDF"))
        return Text::tr("the file is a PDF, which cannot be imported: choose the spreadsheet "
                        "(.xlsx, .xls) or a CSV file the figures were typed into");
    if (startsWith(head, "SQLite format 3"))
        return Text::tr("the file is a database, not a form: open it with 文件 → 打开数据库");
    return Text::tr("the file is neither text (CSV) nor an Excel workbook (.xlsx, .xls): save "
                    "the sheet as .xlsx, or as CSV with the character set Unicode (UTF-8)");
}

QString OpenedSpreadsheet::description() const {
    return sheet.isEmpty() ? format : Text::tr("%1, sheet %2").arg(format, sheet);
}

OpenedSpreadsheet openSpreadsheet(const QByteArray& bytes, const QStringList& hints) {
    QString why;
    switch (sniffFileContent(bytes)) {
    case FileContent::Zip:
        if (auto r = XlsxReader::open(bytes, &why))
            return choose(std::move(r), QStringLiteral("Excel .xlsx"), hints);
        return failed(why);
    case FileContent::Ole:
        if (const QString problem = oleProblem(bytes); !problem.isEmpty())
            return failed(problem);
        if (auto r = XlsReader::open(bytes, &why))
            return choose(std::move(r), QStringLiteral("Excel .xls"), hints);
        return failed(why);
    default:
        return failed(Text::tr("the file is not a workbook"));
    }
}

OpenedSpreadsheet openSpreadsheet(QIODevice* device, const QStringList& hints) {
    const QByteArray head = device->peek(8);
    const auto* file = qobject_cast<QFileDevice*>(device);
    if (sniffFileContent(head) == FileContent::Zip && file && !file->fileName().isEmpty()) {
        QString why;
        if (auto r = XlsxReader::openFile(file->fileName(), &why))
            return choose(std::move(r), QStringLiteral("Excel .xlsx"), hints);
        return failed(why);
    }
    // An .xls is read whole by FreeXL anyway (at most 65,536 rows a sheet).
    return openSpreadsheet(device->readAll(), hints);
}

} // namespace yufang
