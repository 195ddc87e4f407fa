#pragma once

#include "forms/annex_tab.h"
#include "forms/form_editor.h"
#include "forms/form_table_model.h"

#include "domain/form_definition.h"
#include "io/form_definition_json.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The 基本情况表 as the presets ship it (the first plan's `annex` definition, read from
// resources/presets/presets.json): the tab shows this definition, its rates and rules.
inline const yufang::FormDefinition& shippedAnnexDefinition() {
    static const yufang::FormDefinition definition = [] {
        QFile file(QStringLiteral(YUFANG_SOURCE_DIR "/resources/presets/presets.json"));
        file.open(QIODevice::ReadOnly);
        const QJsonObject presets = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue form : presets.value(QStringLiteral("plans"))
                                         .toArray()
                                         .at(0)[QStringLiteral("forms")]
                                         .toArray())
            if (form[QStringLiteral("code")].toString() == QStringLiteral("annex"))
                if (auto d = yufang::formDefinitionFromJsonObject(form.toObject(), file.fileName(),
                                                                  nullptr))
                    return *d;
        return yufang::FormDefinition{};
    }();
    return definition;
}

// The model column of a 基本情况表 column key ("enterprises") in the form engine's editor: the
// row names first, then the definition's columns in order.
inline int annexColumn(const char* key) {
    return 1 + shippedAnnexDefinition().columnIndex(QString::fromLatin1(key));
}
