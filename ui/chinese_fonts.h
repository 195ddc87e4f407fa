#pragma once

#include <QString>
#include <QStringList>

namespace yufang {

// The fonts that draw the app's Chinese on a Windows screen. Windows' UI font (Segoe UI) has no
// Chinese; which font Windows then falls back to depends on the system's language (a Japanese
// font on some set-ups, whose glyphs differ). So the app names its fallbacks itself: the fonts
// Windows ships for Simplified Chinese, Microsoft YaHei UI (Windows 8 and later), Microsoft YaHei
// (Vista and 7) and SimSun (every version), then the Linux fonts, for Wine.
// The PDF's font is chosen apart, by ReportRenderer::fontFamily (same families).
QStringList chineseScreenFonts(const QStringList& installedFamilies);

// Makes the application font fall back to chineseScreenFonts() for glyphs it lacks. Called on
// Windows only: on Linux fontconfig already picks the installed CJK font.
void preferChineseScreenFonts();

} // namespace yufang
