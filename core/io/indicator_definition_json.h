#pragma once

#include "domain/indicator_definition.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// An indicator definition as JSON (docs/indicators.md, "Definition files"): what the database
// stores (indicator_definition.definition), what presets.json ships under a plan's
// "indicators", and what `yufang-cli indicator-definition` writes and
// `import-indicator-definition` reads. Strict: an unknown key, a wrong type or an impossible
// value is an error that names the field, so a typo never silently drops a target.
namespace yufang {

QJsonObject indicatorDefinitionToJson(const IndicatorDefinition& d);
// *error: "field: message" (e.g. "scale: must be a whole number").
std::optional<IndicatorDefinition> indicatorDefinitionFromJson(const QJsonObject& o,
                                                               QString* error);

// A file: indented UTF-8 JSON, one object.
QByteArray indicatorDefinitionFile(const IndicatorDefinition& d);
// *error: "FILE:LINE: field: message", the line of the field's key (or of the syntax error).
std::optional<IndicatorDefinition>
readIndicatorDefinitionFile(const QByteArray& bytes, const QString& fileName, QString* error);

} // namespace yufang
