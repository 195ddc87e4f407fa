#include "chinese_fonts.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace yufang {

QStringList chineseScreenFonts(const QStringList& installedFamilies) {
    QStringList chosen;
    for (const QString& family :
         {QStringLiteral("Microsoft YaHei UI"), QStringLiteral("Microsoft YaHei"),
          QStringLiteral("SimSun"), QStringLiteral("WenQuanYi Micro Hei"),
          QStringLiteral("Noto Sans CJK SC")})
        if (installedFamilies.contains(family, Qt::CaseInsensitive))
            chosen << family;
    return chosen;
}

void preferChineseScreenFonts() {
    const QStringList fallbacks = chineseScreenFonts(QFontDatabase::families());
    if (fallbacks.isEmpty())
        return;
    const QString family = QApplication::font().family();
    QFont::insertSubstitutions(family, fallbacks);
}

} // namespace yufang
