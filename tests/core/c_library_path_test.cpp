// File names with Chinese characters and spaces through the C library calls (io/c_library_path):
// libzip, FreeXL and std::filesystem open the same files Qt does. On Linux this guards the
// plumbing; the Windows conversions themselves run in scripts/lib/wine-test.sh.
#include "test_support.h"

#include "io/c_library_path.h"
#include "io/xls_reader.h"
#include "io/xlsx_reader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace yufang;
using namespace Qt::Literals::StringLiterals;

namespace {
QString copyFixture(const QTemporaryDir& tmp, const QString& name, const QString& as) {
    const QString folder = tmp.filePath(u"附件 文件 (二)"_s);
    QDir().mkpath(folder);
    const QString path = folder + u'/' + as;
    REQUIRE(QFile::copy(QStringLiteral(YUFANG_TEST_DATA_DIR "/xlsx/") + name, path));
    return path;
}
} // namespace

TEST_CASE("Workbooks open from a folder named in Chinese with spaces", "[paths]") {
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    QString error;
    const QString xlsx = copyFixture(tmp, u"annex_form.xlsx"_s, u"基本 情况表.xlsx"_s);
    CHECK(XlsxReader::openFile(xlsx, &error) != nullptr);
    CHECK(error.isEmpty());
    const QString xls = copyFixture(tmp, u"annex_form.xls"_s, u"基本 情况表.xls"_s);
    CHECK(XlsReader::openFile(xls, &error) != nullptr);
    CHECK(error.isEmpty());
    CHECK_FALSE(XlsxReader::openFile(tmp.filePath(u"无此 文件.xlsx"_s), &error));
}

TEST_CASE("std::filesystem reaches the file Qt named", "[paths]") {
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString path = tmp.filePath(u"数据 库 甲.sqlite"_s);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("x");
    f.close();
    CHECK(std::filesystem::exists(filesystemPath(path)));
    CHECK(std::filesystem::file_size(filesystemPath(path)) == 1);
    CHECK_FALSE(std::filesystem::exists(filesystemPath(path + u"乙"_s)));
    CHECK(QString::fromUtf8(utf8ApiPath(path)) == path);
}
