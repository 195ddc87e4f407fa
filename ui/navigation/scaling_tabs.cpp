#include "scaling_tabs.h"

#include <QEvent>
#include <QFontMetrics>
#include <QProxyStyle>
#include <QStyleOptionTab>
#include <QTabBar>
#include <QTabWidget>

namespace yufang {

namespace {
bool vertical(QTabBar::Shape shape) {
    return shape == QTabBar::RoundedWest || shape == QTabBar::RoundedEast ||
           shape == QTabBar::TriangularWest || shape == QTabBar::TriangularEast;
}

// Tabs down the side with their titles written across, as a list: Qt would turn them by 90°.
class AcrossTabStyle : public QProxyStyle {
public:
    QSize sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size,
                           const QWidget* widget) const override {
        QSize s = QProxyStyle::sizeFromContents(type, option, size, widget);
        if (type == CT_TabBarTab)
            if (const auto* tab = qstyleoption_cast<const QStyleOptionTab*>(option);
                tab && vertical(tab->shape))
                s.transpose();
        return s;
    }
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget) const override {
        if (element == CE_TabBarTabLabel)
            if (const auto* tab = qstyleoption_cast<const QStyleOptionTab*>(option);
                tab && vertical(tab->shape)) {
                QStyleOptionTab across(*tab);
                across.shape = QTabBar::RoundedNorth;
                QProxyStyle::drawControl(element, &across, painter, widget);
                return;
            }
        QProxyStyle::drawControl(element, option, painter, widget);
    }
};

class TabPlacer : public QObject {
public:
    explicit TabPlacer(QTabWidget& tabs) : QObject(&tabs), m_tabs(tabs) {
        tabs.installEventFilter(this);
        tabs.tabBar()->installEventFilter(this);
    }
    bool eventFilter(QObject* watched, QEvent* event) override {
        // A resize of the window, or a title that changed length ("报送（3 项逾期）").
        if ((watched == &m_tabs && event->type() == QEvent::Resize) ||
            (watched == m_tabs.tabBar() && event->type() == QEvent::LayoutRequest))
            place();
        return false;
    }
    void place() {
        const QTabWidget::TabPosition wanted =
            tabTitlesFitOneRow(m_tabs) ? QTabWidget::North : QTabWidget::West;
        if (m_tabs.tabPosition() != wanted)
            m_tabs.setTabPosition(wanted);
    }

private:
    QTabWidget& m_tabs;
};
} // namespace

bool tabTitlesFitOneRow(const QTabWidget& tabs) {
    const QTabBar* bar = tabs.tabBar();
    const QFontMetrics fm(bar->font());
    QStyleOptionTab option;
    option.initFrom(bar);
    option.shape = QTabBar::RoundedNorth;
    int width = 0;
    for (int i = 0; i < tabs.count(); ++i) {
        option.text = tabs.tabText(i);
        const QSize text(fm.horizontalAdvance(option.text) +
                             bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, &option, bar),
                         fm.height());
        width += bar->style()->sizeFromContents(QStyle::CT_TabBarTab, &option, text, bar).width();
    }
    return width <= tabs.width();
}

void installScalingTabs(QTabWidget& tabs) {
    auto* style = new AcrossTabStyle;
    style->setParent(tabs.tabBar());
    tabs.tabBar()->setStyle(style);
    (new TabPlacer(tabs))->place();
}

} // namespace yufang
