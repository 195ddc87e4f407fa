// Indicator definitions as JSON (docs/indicators.md, "What a definition says"): what the
// database stores, presets ship and the CLI exports and imports. Strict, and every refusal
// names the field (and in a file, the line of the field).
#include "test_support.h"

#include "io/indicator_definition_json.h"

#include <QJsonDocument>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
IndicatorDefinition platformRate() {
    IndicatorDefinition d;
    d.code = u"platform-injury-rate"_s;
    d.name = u"重点平台企业职业伤害发生率"_s;
    d.formCode = u"platform-enterprises"_s;
    d.numeratorKeys = {u"injured"_s};
    d.denominatorKeys = {u"covered"_s};
    d.scale = 1000;
    d.unit = u"‰"_s;
    d.baselineYear = 2025;
    d.targetKind = IndicatorTargetKind::Relative;
    d.target = -0.10;
    d.glidePath = IndicatorGlidePath::Linear;
    d.rowFilter = {u"甲平台"_s};
    return d;
}

QString errorOf(const QByteArray& json) {
    QString error;
    const auto d = readIndicatorDefinitionFile(json, u"x.json"_s, &error);
    CHECK_FALSE(d.has_value());
    return error;
}
} // namespace

TEST_CASE("An indicator definition survives JSON both ways", "[indicators][json]") {
    const IndicatorDefinition d = platformRate();
    QString error;
    const auto back = readIndicatorDefinitionFile(indicatorDefinitionFile(d), u"x.json"_s, &error);
    INFO(error.toStdString());
    REQUIRE(back.has_value());
    CHECK(*back == d);
    // Defaults: a count has scale 1 and no decimals; a single key may be written as text.
    const auto count = indicatorDefinitionFromJson(
        QJsonDocument::fromJson(R"({"code":"c","name":"C","form":"disease","kind":"count",
                                    "numerator":"pneumoconiosis"})")
            .object(),
        &error);
    REQUIRE(count.has_value());
    CHECK(count->scale == 1);
    CHECK(count->decimals == 0);
    CHECK(count->numeratorKeys == QStringList{u"pneumoconiosis"_s});
    CHECK(count->targetKind == IndicatorTargetKind::None);
    CHECK(count->assessed);
}

TEST_CASE("A wrong definition is refused naming the line and field", "[indicators][json]") {
    // Line 3 holds "kind".
    CHECK(errorOf("{\n \"code\": \"a\", \"name\": \"A\", \"form\": \"annex\",\n"
                  " \"kind\": \"sum\", \"numerator\": \"accidents\"\n}") ==
          u"x.json:3: kind: must be one of ratio_of_sums, count"_s);
    CHECK(errorOf("{\"code\": \"a\", \"name\": \"A\", \"form\": \"annex\", \"kind\": \"count\"}")
              .startsWith(u"x.json:1: numerator: "_s));
    CHECK(errorOf("{\"code\": \"a\", \"name\": \"A\", \"form\": \"annex\", \"kind\": \"count\","
                  "\n\"numerator\": \"x\", \"target_kind\": \"relative\"}")
              .contains(u"target: is missing"_s));
    CHECK(errorOf("{\"code\": \"a\", \"name\": \"A\", \"form\": \"annex\", \"kind\": \"count\","
                  "\"numerator\": \"x\", \"rows_too\": \"yes\"}")
              .contains(u"rows_too: must be true or false"_s));
    CHECK(errorOf("[1, 2]").contains(u"one JSON object"_s));
    CHECK(errorOf("{\n\n  \"code\": }").startsWith(u"x.json:3: "_s));
    // The domain's own checks come through with their field too.
    CHECK(errorOf("{\"code\": \"a\", \"name\": \"A\", \"form\": \"annex\", \"kind\": \"count\","
                  "\"numerator\": \"x\", \"direction\": \"up\", \"target_kind\": \"relative\","
                  "\"target\": -0.1}")
              .contains(u"target: "_s));
}
