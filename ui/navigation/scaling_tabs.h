#pragma once

class QTabWidget;

namespace yufang {

// The main tabs as a navigation that scales with the window: a row along the top while every
// title fits in full, a column down the left side (titles still written across) once they no
// longer do: fifteen titles need about 1,000 px in Chinese and more in English, and a 1024 px
// window with the unit tree beside the tabs has about 830 (they were elided to "审…", "企…").
// The column costs the pages about 100 px of width; no title is ever cut or hidden behind
// scroll arrows.
void installScalingTabs(QTabWidget& tabs);

// Whether every title fits on one row of the width `tabs` has now.
bool tabTitlesFitOneRow(const QTabWidget& tabs);

} // namespace yufang
