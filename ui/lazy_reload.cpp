#include "lazy_reload.h"

#include <QEvent>
#include <QWidget>

namespace yufang {

LazyReload::LazyReload(QWidget* view, std::function<void()> reload, std::function<void()> onShow)
    : QObject(view), m_view(view), m_reload(std::move(reload)), m_onShow(std::move(onShow)) {
    view->installEventFilter(this);
}

void LazyReload::request() {
    m_stale = true;
    if (m_view->isVisible()) {
        m_stale = false;
        m_reload();
    }
}

void LazyReload::flush() {
    if (m_stale) {
        m_stale = false;
        m_reload();
    }
}

bool LazyReload::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view && event->type() == QEvent::Show) {
        if (m_stale) {
            m_stale = false;
            m_reload();
        } else if (m_onShow) {
            m_onShow();
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace yufang
