#pragma once

#include "domain/diagnostic.h"
#include "domain/form_definition.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace yufang {

// A form definition as JSON (docs/forms.md "The JSON format"): what the database stores as
// text, what presets ship and what `form-definition` / `import-form-definition` exchange.
// Keys are the FormDefinition's members; enums use formRowKindKey & co.
QJsonObject formDefinitionToJsonObject(const FormDefinition& definition);
// Indented UTF-8 JSON ending in a newline, keys in a fixed order: byte-stable.
QByteArray formDefinitionToJson(const FormDefinition& definition);
// Compact, for the database column.
QByteArray formDefinitionToCompactJson(const FormDefinition& definition);

// Reads one definition. Every problem is an error naming the file, the line where the JSON
// itself is broken, and the field ("columns[2].type: …"): a missing or mistyped member, an
// unknown member (a misspelt key would otherwise be dropped silently), an unknown enum word,
// and whatever validateFormDefinition finds. nullopt when there is any error.
std::optional<FormDefinition> formDefinitionFromJson(const QByteArray& json, const QString& file,
                                                     Diagnostics* out);
std::optional<FormDefinition> formDefinitionFromJsonObject(const QJsonObject& object,
                                                           const QString& file, Diagnostics* out);

} // namespace yufang
