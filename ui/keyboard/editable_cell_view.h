#pragma once

#include <QTableView>

namespace yufang {

// A table for typing rows: Tab and Shift+Tab move through the editable cells only, so the
// clerk typing 企业户数, 参保企业户数, … never stops on a computed rate or a read-only name,
// and Tab at the last editable cell of a row goes on to the first editable cell of the next.
// Arrow keys and the mouse still reach every cell (to read or copy a computed one).
class EditableCellView : public QTableView {
    Q_OBJECT
public:
    using QTableView::QTableView;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;

private:
    QModelIndex nextEditable(const QModelIndex& from, int step) const;
};

} // namespace yufang
