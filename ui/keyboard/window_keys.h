#pragma once

class QMainWindow;
class QTabWidget;

namespace yufang {

// The window's keyboard, from whatever widget has the focus:
// - Ctrl+Tab / Ctrl+PgDn and Ctrl+Shift+Tab / Ctrl+PgUp switch the main tabs (window-level
//   actions, so a table or a text field that has the focus does not keep them);
// - a shortcut of one of the window's own actions wins over a focused text field's editing
//   key: QLineEdit claims Ctrl+E ("end of line", an Emacs key on X11) and so swallowed
//   文件 → 导出基本情况表. The clipboard, undo and select-all keys stay with the field.
void installWindowKeys(QMainWindow& window, QTabWidget& tabs);

} // namespace yufang
