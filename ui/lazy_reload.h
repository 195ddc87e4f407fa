#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace yufang {

// A tab follows every selection and every save, but a hidden one need not pay for it: request()
// reloads the view now when it is on screen, else marks it stale and reloads it when it is next
// shown. On a province's database the audit trail alone took a third of a unit click.
class LazyReload : public QObject {
public:
    // onShow, if given, runs whenever the view is shown without a pending reload: for cheap
    // figures that can change without a session signal.
    LazyReload(QWidget* view, std::function<void()> reload, std::function<void()> onShow = {});

    void request();
    // Reloads now if a request is pending: before exporting or printing what the view holds.
    void flush();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_view;
    std::function<void()> m_reload;
    std::function<void()> m_onShow;
    bool m_stale = true;
};

} // namespace yufang
