#include "excel_sheet.h"

#include <catch2/catch.hpp>

#include <QStringEncoder>

using namespace Qt::Literals::StringLiterals;

namespace yufang::test {

Sheet annexSheet(int year) {
    return {
        {u"《临沂市工伤预防五年行动计划（2021-2025年）实施方案》重点行业企业基本情况表"_s},
        {u"填报单位：临沂市兰山区人力资源和社会保障局"_s},
        {u"重点行业名称"_s, u"企业户数"_s, u"参保企业户数"_s, u"从业总人数"_s,
         u"参加工伤保险人数"_s, u"工伤保险参保率"_s, u"%1年工伤事故数量"_s.arg(year),
         u"工伤事故发生率"_s, u"备注"_s},
        {u"危险化学品"_s, u"10"_s, u"8"_s, u"1000"_s, u"800"_s, u"80.00%"_s, u"4"_s, u"5.00"_s, {}},
        {u"矿山"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"#DIV/0!"_s, u"0"_s, u"#DIV/0!"_s, {}},
        {u"建筑施工"_s, u"20"_s, u"15"_s, u"5000"_s, u"4000"_s, u"80.00%"_s, u"12"_s, u"3.00"_s,
         u"按项目参保"_s},
        {u"合计"_s, u"30"_s, u"23"_s, u"6000"_s, u"4800"_s, u"80.00%"_s, u"16"_s, u"3.33"_s, {}},
        {u"填报人：张三"_s, {}, {}, {}, u"联系电话：0539-1234567"_s},
        {u"备注：（1）请填写2020年底的数据。"_s},
        {u"（2）重点行业为《实施方案》中明确的行业及各县区确定的重点行业，分别列出。"_s},
        {u"（3）基本情况作为考核评估的基础数据。"_s},
    };
}

Sheet annexDataSheet(int year) {
    const QString y = QString::number(year);
    return {
        {u"单位代码"_s, u"单位名称"_s, u"年度"_s, u"重点行业名称"_s, u"企业户数"_s,
         u"参保企业户数"_s, u"从业总人数"_s, u"参加工伤保险人数"_s, u"工伤事故数量"_s, u"备注"_s},
        {u"371302"_s,
         u"兰山区"_s,
         y,
         u"危险化学品"_s,
         u"10"_s,
         u"8"_s,
         u"1000"_s,
         u"800"_s,
         u"4"_s,
         {}},
        {u"371302"_s, u"兰山区"_s, y, u"矿山"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, {}},
        {u"371302"_s, u"兰山区"_s, y, u"建筑施工"_s, u"20"_s, u"15"_s, u"5000"_s, u"4000"_s,
         u"12"_s, u"按项目参保"_s},
    };
}

QStringList& rowStartingWith(Sheet& sheet, const QString& first) {
    for (QStringList& row : sheet)
        if (!row.isEmpty() && row.first() == first)
            return row;
    FAIL("no row starts with " << first.toStdString());
    return sheet.first();
}

QString excelText(const Sheet& sheet, QChar delimiter, int width) {
    int columns = width;
    if (width == 0)
        for (const QStringList& row : sheet)
            columns = qMax(columns, int(row.size()));
    QString out;
    for (QStringList row : sheet) {
        while (columns > 0 && row.size() < columns)
            row << QString();
        QStringList cells;
        for (const QString& cell : row) {
            const bool quote = cell.contains(delimiter) || cell.contains(QLatin1Char('"')) ||
                               cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'));
            cells << (quote ? QLatin1Char('"') + QString(cell).replace(u"\""_s, u"\"\""_s) +
                                  QLatin1Char('"')
                            : cell);
        }
        out += cells.join(delimiter) + u"\r\n"_s;
    }
    return out;
}

QByteArray gbk(const QString& text) {
    QStringEncoder e("GBK");
    REQUIRE(e.isValid());
    QByteArray bytes = e.encode(text);
    REQUIRE_FALSE(e.hasError());
    return bytes;
}

} // namespace yufang::test
