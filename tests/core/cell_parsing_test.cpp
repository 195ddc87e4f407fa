// Lenient reading of what clerks type into count cells (DESIGN.md "Annex CSV").
#include "test_support.h"

#include "io/cell_parsing.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("parseCount accepts the spellings spreadsheets and clerks produce", "[cells]") {
    const auto [cell, expected] = GENERATE(table<const char16_t*, qint64>({
        {u"0", 0},
        {u"42", 42},
        {u"  42  ", 42},
        {u"1,234", 1234},
        {u"1,234,567", 1234567},
        {u"1 234", 1234},
        {u"１２３４", 1234},       // full-width digits
        {u"１，２３４", 1234},     // full-width thousands separator
        {u"１\u3000２３４", 1234}, // full-width space as separator
        {u"\u3000５６\u3000", 56}, // full-width spaces around
        {u"12.0", 12},             // Excel's trailing .0
        {u"1,000.00", 1000},
        {u"'77", 77}, // text-formatted cell
        {u"-0", 0},
    }));
    const QString text = QString::fromUtf16(cell);
    CAPTURE(text);
    const ParsedCount p = parseCount(text);
    REQUIRE(p.kind == ParsedCount::Kind::Value);
    CHECK(p.value == expected);
}

TEST_CASE("parseCount treats blanks and dashes as not filled in", "[cells]") {
    const QString cell = QString::fromUtf16(
        GENERATE(as<const char16_t*>{}, u"", u"   ", u"\u3000", u"—", u"-", u"--"));
    CAPTURE(cell);
    CHECK(parseCount(cell).kind == ParsedCount::Kind::Empty);
}

TEST_CASE("parseCount rejects what is not a whole number >= 0 and says why", "[cells]") {
    const auto [cell, why] = GENERATE(table<const char16_t*, const char16_t*>({
        {u"abc", u"not a number"},
        {u"12a", u"not a number"},
        {u"1,23", u"not a number"}, // not a thousands grouping
        {u"12.5", u"not a whole number"},
        {u"-3", u"negative"},
        {u"－３", u"negative"}, // full-width minus
        {u"1234567890123456", u"too large"},
    }));
    const QString text = QString::fromUtf16(cell);
    CAPTURE(text);
    const ParsedCount p = parseCount(text);
    REQUIRE(p.kind == ParsedCount::Kind::Invalid);
    CHECK(p.problem.contains(QString::fromUtf16(why)));
    CHECK(p.problem.contains(text.trimmed()));
}

TEST_CASE("parseRate reads printed rates", "[cells]") {
    CHECK(parseRate(u"85.27"_s).value() == Approx(85.27));
    CHECK(parseRate(u"85.27%"_s).value() == Approx(85.27));
    CHECK(parseRate(u"3.5‰"_s).value() == Approx(3.5));
    CHECK(parseRate(u"８５.２７％"_s).value() == Approx(85.27));
    CHECK_FALSE(parseRate(u""_s).has_value());
    CHECK_FALSE(parseRate(u"—"_s).has_value());
}

TEST_CASE("parseYear reads 2020 - 2020年 - full-width digits", "[cells]") {
    CHECK(parseYear(u"2020"_s) == std::optional<int>(2020));
    CHECK(parseYear(u"2020年"_s) == std::optional<int>(2020));
    CHECK(parseYear(u"２０２３"_s) == std::optional<int>(2023));
    CHECK(parseYear(u" 2021年度 "_s) == std::optional<int>(2021));
    CHECK_FALSE(parseYear(u"20"_s).has_value());
    CHECK_FALSE(parseYear(u"abcd"_s).has_value());
    CHECK_FALSE(parseYear(u"1800"_s).has_value());
    CHECK_FALSE(parseYear(u""_s).has_value());
}

TEST_CASE("normaliseLabel folds full-width forms and drops whitespace", "[cells]") {
    CHECK(normaliseLabel(u"填报单位："_s) == u"填报单位:"_s);
    CHECK(normaliseLabel(u" 企业 户数 "_s) == u"企业户数"_s);
    CHECK(normaliseLabel(u"２０２０年工伤事故数量"_s) == u"2020年工伤事故数量"_s);
    CHECK(normaliseLabel(u"（人）"_s) == u"(人)"_s);
}
