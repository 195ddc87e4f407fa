#include "window_keys.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QMainWindow>
#include <QTabWidget>

namespace yufang {

namespace {

// Refuses a focused widget's claim (ShortcutOverride) on a key that one of the window's
// enabled actions is bound to, unless the key edits text in the field (copy, paste, undo, …).
class ActionKeysFirst : public QObject {
public:
    explicit ActionKeysFirst(QMainWindow& window) : QObject(&window), m_window(window) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() != QEvent::ShortcutOverride)
            return false;
        auto* widget = qobject_cast<QWidget*>(watched);
        if (!widget || widget->window() != &m_window)
            return false;
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::ShiftModifier)
            return false; // typing, never a window shortcut
        for (QKeySequence::StandardKey editing :
             {QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste, QKeySequence::Undo,
              QKeySequence::Redo, QKeySequence::SelectAll, QKeySequence::Delete,
              QKeySequence::Backspace, QKeySequence::DeleteStartOfWord,
              QKeySequence::DeleteEndOfWord}) {
            if (key->matches(editing))
                return false;
        }
        const QKeySequence pressed(key->keyCombination());
        for (const QAction* action : m_window.findChildren<QAction*>()) {
            if (!action->isEnabled())
                continue;
            for (const QKeySequence& bound : action->shortcuts()) {
                if (bound == pressed) {
                    event->ignore(); // not claimed: the shortcut map gives it to the action
                    return true;
                }
            }
        }
        return false;
    }

private:
    QMainWindow& m_window;
};

} // namespace

void installWindowKeys(QMainWindow& window, QTabWidget& tabs) {
    auto* next = new QAction(QObject::tr("Next tab"), &window);
    next->setObjectName(QStringLiteral("NextTabAction"));
    next->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Tab)});
    next->setShortcutContext(Qt::WindowShortcut);
    auto* previous = new QAction(QObject::tr("Previous tab"), &window);
    previous->setObjectName(QStringLiteral("PreviousTabAction"));
    previous->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab)});
    previous->setShortcutContext(Qt::WindowShortcut);
    window.addAction(next);
    window.addAction(previous);
    QObject::connect(next, &QAction::triggered, &tabs, [&tabs] {
        if (tabs.count() > 0)
            tabs.setCurrentIndex((tabs.currentIndex() + 1) % tabs.count());
    });
    QObject::connect(previous, &QAction::triggered, &tabs, [&tabs] {
        if (tabs.count() > 0)
            tabs.setCurrentIndex((tabs.currentIndex() + tabs.count() - 1) % tabs.count());
    });
    qApp->installEventFilter(new ActionKeysFirst(window));
}

} // namespace yufang
