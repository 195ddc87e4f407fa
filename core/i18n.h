#pragma once

#include <QString>

namespace yufang {

// Installs Yufang's and Qt's own translations for a language ("zh_CN", "en") on the running
// application. Simplified Chinese is the default; "en" shows the untranslated source texts.
void installTranslations(const QString& language);
QString defaultLanguage();

} // namespace yufang
