// The Windows fallback fonts for Chinese on screen (ui/chinese_fonts).
#include <catch2/catch.hpp>

#include "chinese_fonts.h"

using namespace yufang;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("Windows Chinese fonts come first in their own order", "[fonts]") {
    const QStringList installed = {u"Segoe UI"_s, u"SimSun"_s, u"Arial"_s, u"microsoft yahei"_s,
                                   u"Microsoft YaHei UI"_s};
    CHECK(chineseScreenFonts(installed) ==
          QStringList{u"Microsoft YaHei UI"_s, u"Microsoft YaHei"_s, u"SimSun"_s});
}

TEST_CASE("Under Wine the Linux CJK font is the fallback", "[fonts]") {
    CHECK(chineseScreenFonts({u"Tahoma"_s, u"WenQuanYi Micro Hei"_s}) ==
          QStringList{u"WenQuanYi Micro Hei"_s});
    CHECK(chineseScreenFonts({u"Tahoma"_s}).isEmpty());
}
