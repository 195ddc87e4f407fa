#include "main_tab_style.h"

#include <QProxyStyle>
#include <QTabBar>

namespace yufang {

namespace {
class CompactTabStyle : public QProxyStyle {
public:
    int pixelMetric(PixelMetric metric, const QStyleOption* option,
                    const QWidget* widget) const override {
        const int base = QProxyStyle::pixelMetric(metric, option, widget);
        // 24 px in Fusion: 12 on either side of the title; 6 still reads as separate tabs.
        if (metric == PM_TabBarTabHSpace)
            return base / 2;
        return base;
    }
};
} // namespace

void useCompactTabs(QTabBar& bar) {
    auto* style = new CompactTabStyle;
    style->setParent(&bar);
    bar.setStyle(style);
}

} // namespace yufang
