#pragma once

class QTabBar;

namespace yufang {

// Fourteen main tabs fit a 1024 px window beside the unit tree, in Chinese and in English, with
// every title in full (issue 18): the bar keeps the platform style and only the padding on either
// side of a title is halved. The style is owned by the bar.
void useCompactTabs(QTabBar& bar);

} // namespace yufang
